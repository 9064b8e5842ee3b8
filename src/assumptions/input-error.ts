/**
 * An error in a file the user gave us (scenario, model, member, batch): it names the
 * file, the line and column, the key, and what was wrong (the value and the bound it broke).
 * The CLI prints `toString()` on one line of stderr and exits with code 2.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly file: string,
    /** 1-based; 0 for a value handed to the library, which has no line. */
    readonly line: number,
    readonly col: number,
    /** Dotted path of the key, e.g. `events.3.amount`; empty for the whole file. */
    readonly key: string,
    readonly detail: string,
  ) {
    // Line 0: a value handed to the library (no text to point into): `<member record>: key: detail`.
    // One line always: a newline in the detail (an expression's text, a value) is written as \n.
    super(`${file}${line > 0 ? `:${line}:${col}` : ''}: ${key === '' ? '' : `${key}: `}${detail.replace(/\r?\n/g, '\\n')}`);
  }
}

/** True for errors that mean "bad input" (exit code 2) rather than "the run failed" (1). */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
