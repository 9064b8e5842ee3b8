/**
 * The closed-group valuation of `ssc-proj run` on a second thread, while the main thread projects
 * the open group (core/run-scenario.ts runScenarioBeside): on two cores the run takes about the
 * time of its longest projection, not of all three. One Worker for one computation: the scenario
 * goes in as workerData (structured clone), the valuation comes back as one message, and the
 * thread ends. The same function on the same numbers: the figures equal the one-thread run's to
 * the bit (test/core/closed-group-thread.test.ts).
 *
 * Built JavaScript (dist/) starts this very file in the thread; from the TypeScript sources (tests,
 * tsx) the thread starts closed-group-thread-tsx.mjs, which registers tsx first (as
 * src/batch/tsx-worker.mjs does for the batch workers).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { workerExecArgv } from '../../batch/worker-exec-argv.js';
import type { ResolvedScenario } from '../../core/resolved-scenario.js';
import { closedGroupValuation, type ClosedGroupValuation } from '../../core/valuation.js';

const MARK = 'ssc-proj closed-group valuation';

interface ThreadInput {
  readonly mark: typeof MARK;
  readonly scenario: ResolvedScenario;
  readonly years: number;
}

if (!isMainThread && (workerData as Partial<ThreadInput> | null)?.mark === MARK) {
  const { scenario, years } = workerData as ThreadInput;
  parentPort!.postMessage(closedGroupValuation(scenario, years));
}

/** The module the thread starts: this file when built, else the tsx bootstrap. */
function threadEntry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./closed-group-thread-tsx.mjs', import.meta.url) : new URL(import.meta.url);
}

/**
 * closedGroupValuation(s, years) on a new worker thread.
 * @throws (rejects) with the thread's error, or when the thread ends without an answer
 */
export function closedGroupOnThread(s: ResolvedScenario, years: number): Promise<ClosedGroupValuation> {
  return new Promise((resolve, reject) => {
    const input: ThreadInput = { mark: MARK, scenario: s, years };
    const worker = new Worker(threadEntry(), { workerData: input, execArgv: workerExecArgv() });
    let answered = false;
    worker.once('message', (v: ClosedGroupValuation) => {
      answered = true;
      resolve(v);
    });
    worker.once('error', (e) => {
      answered = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the closed-group valuation thread ended (exit code ${code}) without an answer`));
    });
  });
}
