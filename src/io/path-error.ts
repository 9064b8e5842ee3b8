/**
 * A file or directory the user named cannot be used as it is (a device, /proc, a FIFO, too large,
 * not writable, a non-empty directory the tool did not write), where there is no line and column
 * to point at. The CLI prints it on one line of stderr as `FILE: detail` and exits with code 2.
 * @example new PathError('/dev/zero', 'not a regular file (a character device)')
 */
export class PathError extends Error {
  override readonly name = 'PathError';
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
