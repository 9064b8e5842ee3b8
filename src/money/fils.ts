/**
 * Money is an integer number of fils: 1 JOD = 1000 fils (ISO 4217: JOD has 3 decimals).
 * Text is parsed and printed exactly; no float ever holds a money amount.
 */
export const FILS_PER_JOD = 1000;

const JOD_TEXT = /^(\d+)(?:\.(\d{1,3}))?$/;

/**
 * Parse a JOD amount written with at most 3 decimals (`400`, `400.5`, `400.000`) into fils.
 * @example parseJod('420.125') // => 420125
 * @throws {RangeError} on a sign, more than 3 decimals, or anything that is not a plain decimal
 */
export function parseJod(text: string): number {
  const m = JOD_TEXT.exec(text.trim());
  if (m === null) {
    const decimals = /^\d+\.(\d+)$/.exec(text.trim())?.[1]?.length;
    throw new RangeError(decimals !== undefined ? `"${text}" has ${decimals} decimals: JOD amounts have at most 3 (fils)` : `"${text}" is not a JOD amount (digits with at most 3 decimals, no sign)`);
  }
  const fils = Number(m[1]) * FILS_PER_JOD + Number((m[2] ?? '').padEnd(3, '0'));
  if (!Number.isSafeInteger(fils)) throw new RangeError(`"${text}" is too large for exact fils`);
  return fils;
}

/**
 * Format fils as JOD with exactly 3 decimals.
 * @example formatJod(70_000) // => '70.000'
 * @example formatJod(-5) // => '-0.005'
 */
export function formatJod(fils: number): string {
  if (!Number.isSafeInteger(fils)) throw new RangeError(`formatJod(${fils}): not an integer number of fils`);
  const sign = fils < 0 ? '-' : '';
  const abs = Math.abs(fils);
  return `${sign}${Math.floor(abs / FILS_PER_JOD)}.${String(abs % FILS_PER_JOD).padStart(3, '0')}`;
}
