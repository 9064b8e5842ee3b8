/**
 * Must hold: the same batch gives byte-identical files with 1 thread, 2 threads, and 3 shards
 * merged; merge refuses shards of different batches, overlapping shards and missing runs.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBatch, type LoadedBatch } from '../../src/batch/batch-file.js';
import { MergeError, mergeShardDirs } from '../../src/batch/merge.js';
import { batchRunFiles, runBatch } from '../../src/batch/run-batch.js';
import { asRecord, readDir, stochasticBatch, tempDir, writeBatch, writeDir } from './helpers.js';

describe('one batch, any threads or shards: the same bytes', () => {
  let dir: string;
  let batch: LoadedBatch;
  let one: Record<string, string>;
  let shardDirs: string[];

  beforeAll(async () => {
    dir = tempDir('det');
    batch = await loadBatch(writeBatch(dir, 'st.yaml', stochasticBatch({ runs: 7, years: 3, sigma: 0.02 })));
    one = asRecord(batchRunFiles(batch, await runBatch(batch, { threads: 1, pool: 'piscina' })));
    // Three shards, each on its own pool: as on three machines.
    const pools = [
      { pool: 'piscina', threads: 2 },
      { pool: 'worker-threads-pool', threads: 1 },
      { pool: 'inline', threads: 0 },
    ] as const;
    shardDirs = [];
    for (let i = 0; i < 3; i++) {
      const run = await runBatch(batch, { ...pools[i]!, shard: { index: i, count: 3 } });
      shardDirs.push(writeDir(join(dir, `shard-${i}`), batchRunFiles(batch, run)));
    }
  });

  it('writes the six files of docs/outputs.md', () => {
    expect(Object.keys(one)).toEqual(['batch-summary.json', 'batch.resolved.yaml', 'percentiles.csv', 'runs-summary.csv', 'runs.csv', 'scenario.resolved.yaml']);
    expect(one['runs.csv']!.split('\n')[0]).toMatch(/^run,scheme,year,insured,/);
    expect(one['runs.csv']!.trimEnd().split('\n')).toHaveLength(1 + 7 * 3);
  });

  it('2 threads (worker-threads-pool) = 1 thread (piscina), byte for byte', async () => {
    const two = asRecord(batchRunFiles(batch, await runBatch(batch, { threads: 2, pool: 'worker-threads-pool' })));
    expect(two).toEqual(one);
  });

  it('3 shards merged (in any order) = 1 thread, byte for byte; a shard says which slice it is', () => {
    const shard1 = JSON.parse(readDir(shardDirs[1]!)['batch-summary.json']!) as { runs: number; shard: unknown };
    expect(shard1.runs).toBe(2);
    expect(shard1.shard).toEqual({ index: 1, count: 3, first_run: 2, last_run: 3, batch_runs: 7 });
    const merged = mergeShardDirs([shardDirs[2]!, shardDirs[0]!, shardDirs[1]!]);
    expect(asRecord(merged)).toEqual(one);
    // A merged directory is a whole batch: merging it alone gives it back.
    expect(asRecord(mergeShardDirs([writeDir(join(dir, 'merged'), merged)]))).toEqual(one);
  });

  it('merge refuses a shard of another batch (another seed), naming both', async () => {
    const other = await loadBatch(writeBatch(dir, 'other.yaml', stochasticBatch({ runs: 7, years: 3, sigma: 0.02, seed: 8 })));
    const otherShard = writeDir(join(dir, 'other-shard-2'), batchRunFiles(other, await runBatch(other, { threads: 0, shard: { index: 2, count: 3 } })));
    expect(() => mergeShardDirs([shardDirs[0]!, shardDirs[1]!, otherShard])).toThrow(MergeError);
    expect(() => mergeShardDirs([shardDirs[0]!, shardDirs[1]!, otherShard])).toThrow(/other-shard-2 is not a shard of the same batch as .*shard-0: their batch.resolved.yaml differ/);
  });

  it('merge refuses overlapping shards and missing runs', () => {
    expect(() => mergeShardDirs([shardDirs[0]!, shardDirs[1]!, shardDirs[1]!])).toThrow(/run 2 is in both .*shard-1 and .*shard-1: the directories overlap/);
    expect(() => mergeShardDirs([shardDirs[0]!, shardDirs[2]!])).toThrow(/runs 2-3 of the batch's 7 are in none of the directories/);
    expect(() => mergeShardDirs([join(dir, 'nowhere')])).toThrow(/nowhere.*batch\.resolved\.yaml: missing/);
  });
});
