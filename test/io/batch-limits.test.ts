/** `ssc-proj batch`: --threads capped at the cores, a clear --shard message. */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capThreads } from '../../src/batch/run-batch.js';
import { cli } from '../helpers/cli.js';
import { stochasticBatch, tempDir, writeBatch } from '../batch/helpers.js';

describe('batch: threads and shards as an unkind user gives them', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = tempDir('limits');
    file = writeBatch(dir, 'st.yaml', stochasticBatch({ runs: 2, years: 1 }));
  });

  it('capThreads keeps a request up to the cores and caps one above', () => {
    const cores = availableParallelism();
    expect(capThreads(cores)).toEqual({ threads: cores, capped: false });
    expect(capThreads(1)).toEqual({ threads: 1, capped: false });
    expect(capThreads(cores + 98)).toEqual({ threads: cores, capped: true });
  });

  it('--threads 100 warns and runs on the available cores', async () => {
    const cores = availableParallelism();
    const r = await cli(['batch', file, '--out', join(dir, 'o'), '--threads', '100']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`ssc-proj: warning: --threads 100 is above the ${cores} cores available; using ${cores}\n`);
    expect(r.stderr).toContain(`on ${cores} worker thread`);
  });

  it.each([
    ['-1/2', 'ssc-proj: --shard "-1/2": i must be 0 or more (shards are numbered 0 to n - 1, e.g. --shard 0/4)\n'],
    ['1/-2', 'ssc-proj: --shard "1/-2": expected i/n, e.g. --shard 0/4 (i from 0 to n - 1)\n'],
  ])('--shard %s: exit 2 with one clear line', async (shard, stderr) => {
    const r = await cli(['batch', file, '--out', join(dir, 'x'), '--shard', shard]);
    expect(r).toEqual({ code: 2, stdout: '', stderr });
  });
});
