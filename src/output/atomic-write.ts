import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file so that readers see either the old file or the whole new one, never a part:
 * write a temporary file beside it, then rename (atomic on one file system).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Write several files as one unit: all are written to temporary names first, and only when every
 * one is complete are they renamed into place. A failure leaves none of the new files behind.
 */
export function writeFilesAtomic(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>): void {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const f of files) {
      const dir = dirname(f.path);
      mkdirSync(dir, { recursive: true });
      const tmp = join(dir, `.${basename(f.path)}.${process.pid}.${Date.now()}.tmp`);
      staged.push({ tmp, path: f.path });
      writeFileSync(tmp, f.data);
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  for (const s of staged) renameSync(s.tmp, s.path);
}
