import { expect } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { reEscape } from './cli.js';

/** 1-based line of the first line of `text` containing `needle`. */
export const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/**
 * Loading `file` (whose text is `text`) fails with an InputError that starts `file:line:col: `,
 * matches `message`, and stands on the first line containing `lineNeedle`.
 */
export async function expectInputErrorAt(load: (file: string) => Promise<unknown>, file: string, text: string, lineNeedle: string, message: RegExp): Promise<void> {
  const err = await load(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const e = err as InputError;
  expect(e.message).toMatch(new RegExp(`^${reEscape(file)}:\\d+:\\d+: `));
  expect(e.message).toMatch(message);
  expect(e.line).toBe(lineOf(text, lineNeedle));
}
