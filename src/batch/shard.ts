/**
 * Shards: `--shard i/n` runs the i-th (0-based) of n contiguous slices of the batch's runs,
 * runs floor(i x R / n) to floor((i + 1) x R / n) - 1 of R runs. Slices differ in size by one
 * run at most; every run is in exactly one slice. 0-based like JOB_COMPLETION_INDEX (Kubernetes
 * Indexed Job) and SLURM_ARRAY_TASK_ID with --array=0-(n-1).
 */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * Parse `i/n` (0 <= i < n).
 * @throws {RangeError} saying what is wrong (the CLI prints it as a usage error)
 * @example parseShard('2/3') // => { index: 2, count: 3 }
 */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (m === null && /^\s*-/.test(text)) throw new RangeError(`--shard "${text}": i must be 0 or more (shards are numbered 0 to n - 1, e.g. --shard 0/4)`);
  if (m === null) throw new RangeError(`--shard "${text}": expected i/n, e.g. --shard 0/4 (i from 0 to n - 1)`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new RangeError(`--shard "${text}": n must be at least 1`);
  if (index >= count) throw new RangeError(`--shard "${text}": i must be below n (shards are numbered 0 to ${count - 1})`);
  return { index, count };
}

/**
 * The runs of a shard: [first, end) of `runs`; all runs without a shard.
 * @example shardRange(200, { index: 1, count: 3 }) // => { first: 66, end: 133 }
 */
export function shardRange(runs: number, shard: Shard | null): { first: number; end: number } {
  if (shard === null) return { first: 0, end: runs };
  return { first: Math.floor((shard.index * runs) / shard.count), end: Math.floor(((shard.index + 1) * runs) / shard.count) };
}
