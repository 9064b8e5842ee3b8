import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeOutputSet } from '../../src/output/atomic-write.js';
import type { OutputFile } from '../../src/batch/batch-files.js';
import { DIST_IS_FRESH, ROOT } from '../helpers/cli.js';

/** A fresh temporary directory. */
export const tempDir = (tag: string): string => mkdtempSync(join(tmpdir(), `ssc-proj-batch-${tag}-`));

/** The shipped baseline and subsidy scenarios (absolute paths: batch files in temp directories name them). */
export const BASELINE = join(ROOT, 'scenarios/baseline.yaml');
export const SUBSIDY_YOUTH = join(ROOT, 'scenarios/subsidy-youth.yaml');

/** Write a batch file (YAML text) into `dir` and return its path. */
export function writeBatch(dir: string, name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** A small stochastic batch on the baseline: `runs` runs of `years` years. */
export function stochasticBatch(o: { runs: number; years: number; seed?: number; sigma?: number; extra?: string }): string {
  const sigma = o.sigma ?? 0.01;
  return `name: test-stochastic
base: ${JSON.stringify(BASELINE)}
horizonYears: ${o.years}
stochastic:
  runs: ${o.runs}
  seed: ${o.seed ?? 7}
  paths:
    wageGrowth: { mean: 0.03, phi: 0.6, sigma: ${sigma}, source: test }
    inflation: { mean: 0.02, phi: 0.5, sigma: ${sigma}, source: test }
    interest: { mean: 0.05, phi: 0.8, sigma: ${sigma}, source: test }
    takeUp: { phi: 0.7, sigma: ${sigma * 5}, source: test }
${o.extra ?? ''}`;
}

/** Write output files into a directory (as the CLI does). */
export function writeDir(dir: string, files: readonly OutputFile[]): string {
  writeOutputSet(dir, files);
  return dir;
}

/** Every file of a directory, by name. */
export function readDir(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

export const asRecord = (files: readonly OutputFile[]): Record<string, string> => Object.fromEntries([...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => [f.name, f.data]));

/**
 * Start `ssc-proj ...args` (dist/ when fresh, else the sources through tsx, as test/helpers/cli.ts)
 * and return the child process, for tests that signal it.
 */
export function spawnCli(args: readonly string[]): ChildProcessWithoutNullStreams {
  const fromSource = `import { main } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/cli/main.ts')).href)}; await main(${JSON.stringify(args)});`;
  const argv = DIST_IS_FRESH ? [join(ROOT, 'bin/ssc-proj.js'), ...args] : ['--import', 'tsx', '--input-type=module', '-e', fromSource];
  return spawn(process.execPath, argv, { cwd: ROOT });
}
