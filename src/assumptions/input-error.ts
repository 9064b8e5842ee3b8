/**
 * An error in a file the user gave us (scenario, model, member, batch): it names the
 * file, the line and column, the key, and what was wrong (the value and the bound it broke).
 * The CLI prints `toString()` on one line of stderr and exits with code 2.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    /** Dotted path of the key, e.g. `events.3.amount`; empty for the whole file. */
    readonly key: string,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${col}: ${key === '' ? '' : `${key}: `}${detail}`);
  }
}

/** True for errors that mean "bad input" (exit code 2) rather than "the run failed" (1). */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
