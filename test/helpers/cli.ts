import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const DIST_MAIN = join(ROOT, 'dist/cli/main.js');

/**
 * The installed command `node bin/ssc-proj.js` is tested when dist/ is at least as new as every
 * file in src/ (in CI `npm ci` builds it through the prepare script); otherwise the same main()
 * runs from the TypeScript source through tsx, so a stale dist/ is never what a test sees.
 */
export const DIST_IS_FRESH = existsSync(DIST_MAIN) && statSync(DIST_MAIN).mtimeMs >= newestMtime(join(ROOT, 'src'));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `ssc-proj ...args` in a child process (cwd = repository root). */
export function cli(args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const fromSource = `import { main } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/cli/main.ts')).href)}; await main(${JSON.stringify(args)});`;
  const argv = DIST_IS_FRESH ? [join(ROOT, 'bin/ssc-proj.js'), ...args] : ['--import', 'tsx', '--input-type=module', '-e', fromSource];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { cwd: ROOT, env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, stdout, stderr }));
  });
}

/** Escape text for a RegExp. */
export const reEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
