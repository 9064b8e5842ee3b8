import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../src/batch/pool.js';

describe('workerExecArgv: what a worker thread inherits', () => {
  it('keeps loader options and drops those of a main script given as text, and --expose-gc (a Worker refuses it)', () => {
    expect(workerExecArgv(['--import', 'tsx', '--input-type=module', '-e', 'await main()', '--max-old-space-size=512'])).toEqual(['--import', 'tsx', '--max-old-space-size=512']);
    expect(workerExecArgv(['--input-type', 'module', '--eval=1', '--expose-gc'])).toEqual([]);
    expect(workerExecArgv([])).toEqual([]);
    expect(workerExecArgv(['--expose-gc', '--import', 'tsx', '--expose_gc'])).toEqual(['--import', 'tsx']);
  });
});
