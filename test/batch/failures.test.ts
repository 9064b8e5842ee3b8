/** Must hold: a run that fails is reported with its message, and the other runs finish. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBatch, type LoadedBatch } from '../../src/batch/batch-file.js';
import type { RunFailed } from '../../src/batch/messages.js';
import { batchRunFiles, BatchCancelledError, runBatch } from '../../src/batch/run-batch.js';
import { stochasticBatch, tempDir, writeBatch } from './helpers.js';

const summaryOf = (batch: LoadedBatch, run: Awaited<ReturnType<typeof runBatch>>) =>
  JSON.parse(batchRunFiles(batch, run).find((f) => f.name === 'batch-summary.json')!.data) as { runs: number; succeeded: number; failed: Array<{ run: number; message: string }> };

describe('failed runs', () => {
  let batch: LoadedBatch;
  beforeAll(async () => {
    batch = await loadBatch(writeBatch(tempDir('fail'), 'st.yaml', stochasticBatch({ runs: 6, years: 2 })));
  });

  it.each(['piscina', 'worker-threads-pool'] as const)('%s: a run that throws and a worker thread that dies fail those runs only, with their messages', async (pool) => {
    const run = await runBatch(batch, { threads: 2, pool, inject: { throwInRuns: [1], exitWorkerInRuns: [4] } });
    expect(run.outcomes.map((o) => o.ok)).toEqual([true, false, true, true, false, true]);
    expect((run.outcomes[1] as RunFailed).message).toBe('injected failure in run 1 (test hook)');
    expect((run.outcomes[4] as RunFailed).message).toMatch(/^worker thread failed: worker exited with code:? 3$/);
    const s = summaryOf(batch, run);
    expect(s).toMatchObject({ runs: 6, succeeded: 4 });
    expect(s.failed.map((f) => f.run)).toEqual([1, 4]);
    const runsSummary = batchRunFiles(batch, run).find((f) => f.name === 'runs-summary.csv')!.data.split('\n');
    expect(runsSummary[2]).toMatch(/^1,,,,failed,injected failure in run 1 \(test hook\),0x[0-9a-f]{16}$/);
    expect(runsSummary[1]).toMatch(/^0,0\.\d+,.*,ok,,0x/);
  });

  it('a path that leaves the possible range fails its run with a message naming the path and the year', async () => {
    const wild = await loadBatch(
      writeBatch(tempDir('wild'), 'wild.yaml', `base: ${JSON.stringify(batch.basePath)}\nhorizonYears: 3\nstochastic:\n  runs: 8\n  seed: 3\n  paths:\n    interest: { mean: 0, phi: 1, sigma: 2, source: test }\n`),
    );
    const run = await runBatch(wild, { threads: 0 });
    const failed = run.outcomes.filter((o): o is RunFailed => !o.ok);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(8);
    for (const f of failed) expect(f.message).toMatch(/^the interest path is -?[\d.e-]+ in 20(26|27|28): a rate must be above -1 \(-100%\)$/);
  });

  it('an aborted batch rejects with BatchCancelledError and stops its workers', async () => {
    const controller = new AbortController();
    const pending = runBatch(batch, { threads: 1, pool: 'piscina', signal: controller.signal, onProgress: (p) => p.done === 1 && controller.abort() });
    await expect(pending).rejects.toBeInstanceOf(BatchCancelledError);
  });
});
