/**
 * A file or directory a report needs is missing or unusable, where there is no line and column
 * to point at (a missing indicators.csv, a DIR that is not a directory). The CLI prints it on one
 * line of stderr as `FILE: detail` and exits with code 2, like an InputError.
 */
export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
