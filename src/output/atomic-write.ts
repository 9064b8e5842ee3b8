import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PathError } from '../io/path-error.js';
import { checkOutputPath } from '../io/safe-path.js';

/** One file of an output set: a name inside the output directory and its contents. */
export interface OutputFile {
  readonly name: string;
  readonly data: string | Uint8Array;
}

/**
 * The file that marks a directory as an output set of ssc-proj: the names of the files of the
 * set and the SHA-256 of each (merge checks a shard's files against it). A non-empty --out
 * without it is refused rather than replaced.
 */
export const OUTPUT_MARKER = '.ssc-proj-output.json';

/** What the marker file holds. */
export interface OutputManifest {
  readonly writtenBy: 'ssc-proj';
  /** File name -> `sha256:<hex>` of its bytes. */
  readonly files: Readonly<Record<string, string>>;
}

/** `sha256:<hex>` of a file's contents, as recorded in the marker. */
export function digestOf(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** The manifest of an output directory, or null when it has no (readable) marker. */
export function readManifest(dir: string): OutputManifest | null {
  const p = join(dir, OUTPUT_MARKER);
  if (!existsSync(p)) return null;
  try {
    const m = JSON.parse(readFileSync(p, 'utf8')) as OutputManifest;
    return m !== null && typeof m === 'object' && m.writtenBy === 'ssc-proj' && typeof m.files === 'object' && m.files !== null ? m : null;
  } catch {
    return null;
  }
}

let stepsDone = 0;

/**
 * Fault injection for the crash tests: with SSC_PROJ_FAULT_AFTER_WRITES=n in the environment the
 * process kills itself (SIGKILL, as `kill -9`) right after its n-th write step (a file written, a
 * rename, a removal). Unset, it does nothing.
 */
function step(): void {
  stepsDone += 1;
  const n = process.env.SSC_PROJ_FAULT_AFTER_WRITES;
  if (n !== undefined && n !== '' && Number(n) === stepsDone) process.kill(process.pid, 'SIGKILL');
}

const STAGING = 'ssc-proj-staging';
const PREVIOUS = 'ssc-proj-previous';
const TMP = 'ssc-proj-tmp';

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Leftovers of a process that died while writing `target`: `.<name>.<kind>-<pid>` beside it. */
function leftovers(target: string, kind: string): string[] {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.${kind}-`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && !pidAlive(Number(f.slice(prefix.length))))
    .map((f) => join(dir, f));
}

/**
 * Mend what a killed writer left beside `out`: a previous set moved aside just before the swap
 * goes back to `out` when `out` is missing (else it is removed); staging directories and
 * temporary files are removed.
 */
export function recoverOutput(out: string): void {
  const target = resolve(out);
  for (const prev of leftovers(target, PREVIOUS)) {
    if (!existsSync(target)) renameSync(prev, target);
    else rmSync(prev, { recursive: true, force: true });
  }
  for (const p of [...leftovers(target, STAGING), ...leftovers(target, TMP)]) rmSync(p, { recursive: true, force: true });
}

function ioError(path: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR') return new PathError(path, `cannot write (${code})`);
  return e;
}

/**
 * Refuse `out` as an output directory before any work: a pseudo-filesystem or special file, a
 * file, an unwritable place, or a non-empty directory that is not an earlier output of ssc-proj.
 * @throws {PathError}
 */
export function checkOutputDir(out: string): void {
  checkOutputPath(out, 'directory');
  recoverOutput(out);
  const target = resolve(out);
  if (existsSync(target) && readdirSync(target).length > 0 && readManifest(target) === null) {
    throw new PathError(out, `is a non-empty directory that ssc-proj did not write (no ${OUTPUT_MARKER}); give a new or empty directory`);
  }
}

/**
 * Write a set of output files into the directory `out` as one unit. Every file is written into a
 * staging directory beside `out` (`.<out>.ssc-proj-staging-<pid>`) with the marker last; then the
 * previous directory is moved aside, the staging directory renamed to `out`, and the previous
 * set removed. Until the swap, `out` keeps its previous contents; afterwards it holds exactly the
 * new set (no stale file of an earlier run). `derive` adds files computed from the staged ones
 * (the HTML report). A process killed in between leaves only what `recoverOutput` (run first by
 * every writer) mends.
 * @throws {PathError} for an `out` that may not be replaced (see `checkOutputDir`)
 * @example writeOutputSet('out/baseline', [{ name: 'summary.json', data: '{}' }])
 */
export function writeOutputSet(out: string, files: readonly OutputFile[], derive?: (stagingDir: string) => readonly OutputFile[]): void {
  checkOutputDir(out);
  const target = resolve(out);
  const parent = dirname(target);
  const staging = join(parent, `.${basename(target)}.${STAGING}-${process.pid}`);
  const previous = join(parent, `.${basename(target)}.${PREVIOUS}-${process.pid}`);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (e) {
    throw ioError(out, e);
  }
  try {
    try {
      mkdirSync(staging);
    } catch (e) {
      throw ioError(out, e);
    }
    const digests: Record<string, string> = {};
    const put = (f: OutputFile) => {
      if (f.name === OUTPUT_MARKER || f.name !== basename(f.name) || f.name.startsWith('.')) throw new Error(`output file name "${f.name}" is not a plain file name`);
      writeFileSync(join(staging, f.name), f.data);
      digests[f.name] = digestOf(f.data);
      step();
    };
    for (const f of files) put(f);
    if (derive !== undefined) for (const f of derive(staging)) put(f);
    const manifest: OutputManifest = { writtenBy: 'ssc-proj', files: Object.fromEntries(Object.entries(digests).sort(([a], [b]) => (a < b ? -1 : 1))) };
    writeFileSync(join(staging, OUTPUT_MARKER), `${JSON.stringify(manifest, null, 2)}\n`);
    step();
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  const hadPrevious = existsSync(target);
  if (hadPrevious) {
    renameSync(target, previous);
    step();
  }
  try {
    renameSync(staging, target);
    step();
  } catch (e) {
    if (hadPrevious) renameSync(previous, target);
    rmSync(staging, { recursive: true, force: true });
    throw ioError(out, e);
  }
  if (hadPrevious) {
    rmSync(previous, { recursive: true, force: true });
    step();
  }
}

/**
 * Write one output file so that readers see either the old file or the whole new one: a
 * temporary file beside it (`.<name>.ssc-proj-tmp-<pid>`, removed by the next writer if the
 * process is killed), then a rename (atomic on one file system).
 * @throws {PathError} for a path that may not be written (see `checkOutputPath`)
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  checkOutputPath(path, 'file');
  recoverOutput(path);
  const target = resolve(path);
  const tmp = join(dirname(target), `.${basename(target)}.${TMP}-${process.pid}`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(tmp, data);
    step();
    renameSync(tmp, target);
    step();
  } catch (e) {
    rmSync(tmp, { force: true });
    throw ioError(path, e);
  }
}
