/**
 * What every benchmark figure shares: its shape (a `Figure` gives named numbers), the machine
 * description printed with every run, medians, and running a measurement in a fresh Node process
 * so that each code path is timed with its own JIT state and heap.
 */
import { fork } from 'node:child_process';
import { arch, availableParallelism, cpus, loadavg, platform } from 'node:os';
import { fileURLToPath } from 'node:url';

/** How a figure is asked to run. */
export interface FigureContext {
  /** Fewer repetitions (and, where a figure says so, a smaller sample): a smoke run, not a figure to quote. */
  readonly quick: boolean;
  /** Run measurements in this process instead of fresh ones (for a profiler; figures not comparable). */
  readonly inProcess: boolean;
  /** Progress for people; it goes to stderr so that `--json` keeps stdout to one object. */
  log(line: string): void;
}

/** What a figure measured. */
export interface FigureResult {
  /** The figures, by their JSON key (snake_case with the unit: `statements_per_s_fils`). */
  /** The figures by key; null = not measured in this run (say why in details). */
  readonly values: Readonly<Record<string, number | null>>;
  /** How they were measured: sample sizes, repetitions, every sample, sanity checks. */
  readonly details: Readonly<Record<string, unknown>>;
  /** The readable report of the figure, a line each. */
  readonly lines: readonly string[];
  /** False when a sanity check failed (the run then exits with code 1). */
  readonly ok: boolean;
}

/** One benchmark figure: a file in bench/ exporting `figure`, listed in bench/figures.ts. */
export interface Figure {
  readonly name: string;
  /** One line: what it measures. */
  readonly summary: string;
  /** The JSON keys of `values`, in report order. */
  readonly keys: readonly string[];
  run(ctx: FigureContext): Promise<FigureResult>;
}

/** The machine and the run, printed with every result. */
export interface MachineInfo {
  readonly node: string;
  readonly date: string;
  readonly cpu: string;
  readonly cores: number;
  readonly platform: string;
  /** 1-minute load average when the run started (above the core count: other work shared the CPU). */
  readonly loadavg_1m: number;
}

export function machineInfo(): MachineInfo {
  return {
    node: process.version,
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    platform: `${platform()} ${arch()}`,
    loadavg_1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/**
 * The median (for an even count, the mean of the two middle values).
 * @example median([3, 1, 2]) // => 2
 */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Wall-clock and CPU seconds of one timed run. */
export interface Timing {
  readonly wall: number;
  /** User + system CPU of the whole process (all its threads: GC and compiler helpers too). */
  readonly cpu: number;
}

/**
 * Time `body`, after a full garbage collection when the process allows it (`--expose-gc`).
 * On a shared machine the wall clock includes the time other processes held the CPU; the CPU
 * seconds do not, so both are kept.
 */
export function timeOnce(body: () => void): Timing {
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  body();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6 };
}

/** A message from bench/child.ts. */
export type ChildReply = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: string };

/** What bench/child.ts is asked to run: `exportName(input)` of the module at `module` (a file URL). */
export interface ChildTask {
  readonly module: string;
  readonly exportName: string;
  readonly input: unknown;
}

const CHILD = new URL(import.meta.url.endsWith('.ts') ? './child.ts' : './child.js', import.meta.url);

/**
 * Call `exportName(input)` of a module in a fresh Node process (same flags, so it works under tsx
 * and from built JavaScript, plus `--expose-gc`): its own heap and JIT state, nothing left over from
 * another path. The child's stdout goes to our stderr. Input and result travel as JSON-like IPC
 * messages (structured clone). With `ctx.inProcess`, the call is made here instead.
 */
export async function inFreshProcess<I, O>(moduleUrl: string, exportName: string, input: I, ctx: FigureContext): Promise<O> {
  if (ctx.inProcess) {
    const m = (await import(moduleUrl)) as Record<string, (x: I) => O | Promise<O>>;
    return m[exportName]!(input);
  }
  const child = fork(fileURLToPath(CHILD), [], {
    execArgv: [...process.execArgv, '--expose-gc'],
    stdio: ['ignore', 2, 2, 'ipc'],
    serialization: 'advanced',
  });
  return new Promise<O>((resolve, reject) => {
    let reply: ChildReply | undefined;
    child.once('message', (m) => {
      reply = m as ChildReply;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (reply?.ok === true) resolve(reply.result as O);
      else reject(new Error(reply?.ok === false ? reply.error : `bench child for ${exportName} exited with ${signal ?? code} and no result`));
    });
    child.send({ module: moduleUrl, exportName, input } satisfies ChildTask);
  });
}

/** `12345.6` -> `12,346`; ratios and small numbers keep 2 decimals. */
export function formatNumber(x: number): string {
  return Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(2);
}
