/**
 * Progress of a batch on stderr: a cli-progress bar (runs done, rate, time left, failures) on a
 * terminal; plain lines when stderr is not a terminal (a log file, a Kubernetes pod, a Slurm
 * job), one every 10 seconds or every 10% of the runs, whichever comes first; nothing when quiet.
 */
import cliProgress from 'cli-progress';
import type { BatchProgress } from './run-batch.js';

export type ProgressMode = 'bar' | 'lines' | 'none';

export interface ProgressReporter {
  update(p: BatchProgress): void;
  /** Stop the bar (and print the last line in lines mode). */
  stop(): void;
}

/** Seconds as "1 h 02 min", "3 min 05 s", "12 s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'unknown';
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${s} s`;
}

/** The progress mode for a stream: the bar on a terminal, lines otherwise, nothing when quiet. */
export function progressMode(quiet: boolean, stream: { isTTY?: boolean }): ProgressMode {
  if (quiet) return 'none';
  return stream.isTTY === true ? 'bar' : 'lines';
}

/** A line of progress: "40/200 runs (20%), 0.83 runs/s, about 3 min 12 s left, 1 failed". */
export function progressLine(p: BatchProgress, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? p.done / elapsedSeconds : 0;
  const left = p.done === p.total ? 'done' : rate > 0 ? `about ${formatDuration((p.total - p.done) / rate)} left` : 'time left unknown';
  const pct = p.total === 0 ? 100 : Math.floor((100 * p.done) / p.total);
  return `${p.done}/${p.total} runs (${pct}%), ${rate.toFixed(2)} runs/s, ${left}, ${p.failed} failed`;
}

export function progressReporter(mode: ProgressMode, label: string, stream: NodeJS.WriteStream = process.stderr, options: { everySeconds?: number } = {}): ProgressReporter {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  if (mode === 'none') return { update: () => {}, stop: () => {} };
  if (mode === 'lines') {
    const every = options.everySeconds ?? 10;
    let lastAt = 0;
    let lastDecile = 0;
    let last: BatchProgress | null = null;
    let printedLast = false;
    const print = (p: BatchProgress) => {
      stream.write(`${label}: ${progressLine(p, elapsed())}\n`);
      lastAt = elapsed();
      printedLast = true;
    };
    return {
      update(p) {
        last = p;
        printedLast = false;
        const decile = p.total === 0 ? 10 : Math.floor((10 * p.done) / p.total);
        if (p.done === 0) return;
        if (decile > lastDecile || elapsed() - lastAt >= every) {
          lastDecile = decile;
          print(p);
        }
      },
      stop() {
        if (last !== null && !printedLast && last.done > 0) print(last);
      },
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} |{bar}| {value}/{total} runs | {rate} runs/s | {left} | {failed} failed`,
      stream,
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started_ = false;
  const payload = (p: BatchProgress) => {
    const t = elapsed();
    const rate = t > 0 ? p.done / t : 0;
    return { rate: rate.toFixed(2), failed: p.failed, left: p.done === p.total ? 'done' : rate > 0 ? `${formatDuration((p.total - p.done) / rate)} left` : 'time left unknown' };
  };
  return {
    update(p) {
      if (!started_) {
        bar.start(p.total, p.done, payload(p));
        started_ = true;
      } else bar.update(p.done, payload(p));
    },
    stop() {
      if (started_) bar.stop();
    },
  };
}
