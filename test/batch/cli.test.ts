/** `ssc-proj batch` and `ssc-proj merge` as a user runs them: files, shards, exit codes, Ctrl-C. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { readDir, spawnCli, stochasticBatch, tempDir, writeBatch } from './helpers.js';

describe('ssc-proj batch and merge', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = tempDir('cli');
    file = writeBatch(dir, 'st.yaml', stochasticBatch({ runs: 4, years: 2 }));
  });

  it('batch on 2 threads = 2 shards (quiet, main thread) merged, byte for byte; progress lines on a non-terminal stderr', async () => {
    const whole = await cli(['batch', file, '--out', join(dir, 'whole'), '--threads', '2']);
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stderr).toMatch(/batch "test-stochastic" \(stochastic, base "baseline", 2 years\): 4 runs on 2 worker threads \(piscina\)/);
    expect(whole.stderr).toMatch(/ssc-proj batch: 4\/4 runs \(100%\), [\d.]+ runs\/s, done, 0 failed/);
    expect(whole.stderr).toMatch(/4 of 4 runs succeeded; wrote runs\.csv, percentiles\.csv, batch-summary\.json, runs-summary\.csv, batch\.resolved\.yaml, scenario\.resolved\.yaml/);
    for (const i of [0, 1]) {
      const r = await cli(['batch', file, '--out', join(dir, `shard-${i}`), '--shard', `${i}/2`, '--threads', '0', '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
    }
    const merged = await cli(['merge', join(dir, 'shard-1'), join(dir, 'shard-0'), '--out', join(dir, 'merged')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(readDir(join(dir, 'merged'))).toEqual(readDir(join(dir, 'whole')));
    // Merging one shard alone: runs are missing, exit code 2.
    const missing = await cli(['merge', join(dir, 'shard-0'), '--out', join(dir, 'bad')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/ssc-proj: runs 2-3 of the batch's 4 are in none of the directories/);
    expect(existsSync(join(dir, 'bad'))).toBe(false);
  });

  it('refuses a bad --shard and a bad batch file with exit code 2', async () => {
    const shard = await cli(['batch', file, '--out', join(dir, 'x'), '--shard', '2/2']);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toMatch(/--shard "2\/2": i must be below n/);
    const bad = writeBatch(dir, 'bad.yaml', 'base: nowhere.yaml\nsensitivity: { mode: grid, parameters: { economic.interest: [0.04] } }\n');
    const r = await cli(['batch', bad, '--out', join(dir, 'y')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nowhere\.yaml:1:1: cannot read file/);
  });

  it('Ctrl-C (SIGINT) stops the workers, writes nothing and exits with 130', async () => {
    const long = writeBatch(dir, 'long.yaml', stochasticBatch({ runs: 60, years: 15 }));
    const out = join(dir, 'interrupted');
    const child = spawnCli(['batch', long, '--out', out, '--threads', '2']);
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/runs on 2 worker threads/.test(stderr)) resolve();
      });
    });
    // Let the workers start and compute a little.
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/SIGINT: stopped the worker threads after \d+ of 60 runs; nothing written to/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
