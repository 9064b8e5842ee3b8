import { accessSync, closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { PathError } from './path-error.js';

/** Kernel pseudo-filesystems and device trees: never read as input nor written as output. */
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];

/** Size caps on what the tool reads (README "Bad input and failures"). */
export const INPUT_LIMITS = {
  /** Scenario, model and batch files (YAML or JSON). */
  scenarioBytes: 1_000_000,
  /** A data file a scenario names (net migration CSV). */
  dataBytes: 10_000_000,
  /** Member files of `ssc-proj statement`. */
  memberBytes: 2_000_000,
  /** Events in one member file or record. */
  memberEvents: 20_000,
  /** A CSV or JSON file of an output directory read by report, compare or merge. */
  outputFileBytes: 200_000_000,
} as const;

function underPseudo(path: string): string | null {
  for (const root of PSEUDO_ROOTS) if (path === root || path.startsWith(root + sep)) return root;
  return null;
}

function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  if (s.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/** The real path of `path` (symbolic links followed), or its absolute path when it does not exist. */
function realOrAbsolute(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Refuse an input file that is not a regular file (device, FIFO, socket, directory), lies under
 * /proc, /sys or /dev, or is larger than `maxBytes`; checked before it is opened for reading, so
 * `/dev/zero` or a FIFO never blocks.
 * @throws {PathError} naming the file
 * @example checkInputFile('/dev/zero', 1e6) // throws "/dev/zero: not a regular file (a character device)"
 */
export function checkInputFile(path: string, maxBytes: number): void {
  let s: Stats;
  try {
    s = statSync(path);
  } catch (e) {
    throw new PathError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (!s.isFile()) throw new PathError(path, `${kindOf(s)}: give a regular file`);
  const root = underPseudo(realOrAbsolute(path));
  if (root !== null) throw new PathError(path, `is under ${root} (a kernel pseudo-filesystem): give a regular file`);
  if (s.size > maxBytes) throw new PathError(path, `${s.size} bytes is above the limit of ${maxBytes} bytes for this file`);
}

/**
 * Read a text input file with a size cap: checked by `checkInputFile`, then at most `maxBytes`
 * read (a file that grows while read is refused too).
 * @throws {PathError} naming the file
 */
export function readInputText(path: string, maxBytes: number): string {
  checkInputFile(path, maxBytes);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new PathError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new PathError(path, 'not a regular file: give a regular file');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new PathError(path, `above the limit of ${maxBytes} bytes for this file`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuse an output path before any work: under /proc, /sys or /dev; an existing special file;
 * an existing directory where a file is wanted (or the reverse); a nearest existing ancestor that
 * is not a writable directory. Nothing is created.
 * @throws {PathError} naming the path
 * @example checkOutputPath('/proc/sys/x', 'directory') // throws "/proc/sys/x: is under /proc ..."
 */
export function checkOutputPath(path: string, kind: 'directory' | 'file'): void {
  const abs = resolve(path);
  const root = underPseudo(abs) ?? underPseudo(realOrAbsolute(path));
  if (root !== null) throw new PathError(path, `is under ${root} (a kernel pseudo-filesystem): give a path on a disk`);
  if (existsSync(abs)) {
    const s = statSync(abs);
    if (kind === 'directory' && !s.isDirectory()) throw new PathError(path, `exists and is ${s.isFile() ? 'a file' : kindOf(s)}: --out must be a directory`);
    if (kind === 'file' && !s.isFile()) throw new PathError(path, `exists and is ${kindOf(s)}: --out must be a file`);
  }
  // The nearest existing ancestor must be a directory we can write into.
  let dir = dirname(abs);
  while (!existsSync(dir) && dirname(dir) !== dir) {
    try {
      if (lstatSync(dir).isSymbolicLink()) break; // a dangling link: let mkdir report it
    } catch {
      /* does not exist: go up */
    }
    dir = dirname(dir);
  }
  const d = statSync(dir, { throwIfNoEntry: false });
  if (d === undefined || !d.isDirectory()) throw new PathError(path, `${dir} is not a directory`);
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    throw new PathError(path, `cannot write into ${dir} (permission denied)`);
  }
  // An existing target must itself be writable (a read-only output directory cannot be replaced).
  if (existsSync(abs) && kind === 'file') {
    try {
      accessSync(abs, constants.W_OK);
    } catch {
      throw new PathError(path, 'cannot write the file (permission denied)');
    }
  }
}
