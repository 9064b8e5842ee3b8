/**
 * The side runs of `ssc-proj run` (core/run-scenario.ts sideRuns: the closed-group valuation and
 * the programmes' comparison runs) on a second thread, while the main thread projects the open
 * group (runScenarioBeside): on two cores a run takes about the time of its longest part, not of
 * all of them. One Worker for one computation: the scenario and the options go in as workerData
 * (structured clone), the side runs come back as one message (their arrays moved, not copied), and
 * the thread ends. The same functions on the same numbers: the figures equal the one-thread run's
 * to the bit (test/core/side-runs-thread.test.ts).
 *
 * Built JavaScript (dist/) starts this very file in the thread; from the TypeScript sources (tests,
 * tsx) the thread starts side-runs-thread-tsx.mjs, which registers tsx first (as
 * src/batch/tsx-worker.mjs does for the batch workers).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { workerExecArgv } from '../../batch/worker-exec-argv.js';
import type { Projection } from '../../core/projection.js';
import type { ResolvedScenario } from '../../core/resolved-scenario.js';
import { sideRuns, type RunOptions, type SideRuns } from '../../core/run-scenario.js';

const MARK = 'ssc-proj side runs';

interface ThreadInput {
  readonly mark: typeof MARK;
  readonly scenario: ResolvedScenario;
  readonly options: RunOptions;
}

/** The buffers of a projection's yearly arrays, to move to the main thread. */
function buffersOf(p: Projection): ArrayBuffer[] {
  const arrays = [...Object.values(p.annual), ...p.programmes.flatMap((x) => [x.cost, x.beneficiaries, x.newBeneficiaries])];
  return arrays.filter((a): a is Float64Array => a instanceof Float64Array).map((a) => a.buffer as ArrayBuffer);
}

if (!isMainThread && (workerData as Partial<ThreadInput> | null)?.mark === MARK) {
  const { scenario, options } = workerData as ThreadInput;
  const result = sideRuns(scenario, options);
  parentPort!.postMessage(result, [...new Set(result.withoutProgramme.flatMap(buffersOf))]);
}

/** The module the thread starts: this file when built, else the tsx bootstrap. */
function threadEntry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./side-runs-thread-tsx.mjs', import.meta.url) : new URL(import.meta.url);
}

/**
 * sideRuns(s, options) on a new worker thread.
 * @throws (rejects) with the thread's error, or when the thread ends without an answer
 */
export function sideRunsOnThread(s: ResolvedScenario, options: RunOptions): Promise<SideRuns> {
  return new Promise((resolve, reject) => {
    const input: ThreadInput = { mark: MARK, scenario: s, options };
    const worker = new Worker(threadEntry(), { workerData: input, execArgv: workerExecArgv() });
    let answered = false;
    worker.once('message', (v: SideRuns) => {
      answered = true;
      resolve(v);
    });
    worker.once('error', (e) => {
      answered = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the side-runs thread ended (exit code ${code}) without an answer`));
    });
  });
}
