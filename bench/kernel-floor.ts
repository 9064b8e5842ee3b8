/**
 * Figure: the floor under the projection's speed. The completion step's row arithmetic
 * (bench/kernel-floor/row-kernel.ts) on a synthetic pool, in JavaScript and in C
 * (row-kernel.c), each a cell at a time (as the step is written) and a row at a time (element-wise
 * moves, which a C compiler vectorises): the same operations in the same order, so the four
 * checksums must agree to the bit. Without the settlements the real step adds. From the faster C
 * figure and the cells a baseline projection visits, what compiled code would need at the least:
 * `floor_baseline_open_s_c` for the open group's 100 years of a run (ssc-proj run values the scheme
 * over 100 years), `floor_batch_1000_s_2_threads_c` for 1,000 runs of 50 years on 2 cores. A goal
 * below these cannot be met by a faster kernel, only by fewer cells or more cores (issue 14).
 * Every JavaScript round is a fresh process; the C kernel is built once with `cc -O3
 * -ffp-contract=off` (no fused multiply-add, no -ffast-math; the machine's baseline instruction
 * set, no -march) and run as many times; without a C compiler the C keys are null.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { project } from '../src/core/projection.js';
import { loadScenario } from '../src/scenario/load-scenario.js';
import { runRowKernel, type KernelSample } from './kernel-floor/row-kernel.js';
import { formatNumber, inFreshProcess, median, type Figure, type FigureContext, type FigureResult } from './harness.js';

const MONTHS = 600;

type Order = 'cells' | 'rows';
const ORDERS: readonly Order[] = ['cells', 'rows'];

/** In a fresh process: the JavaScript kernel over MONTHS months. */
export function measureJsKernel(order: Order): KernelSample {
  return runRowKernel(order, MONTHS);
}

/** The cells a baseline projection visits over 50 and 100 years (Projection.cellMonths). */
export async function countCells(scenario: string): Promise<{ y50: number; y100: number }> {
  const s = await loadScenario(scenario);
  return { y50: project(s, { years: 50 }).cellMonths, y100: project(s, { years: 100 }).cellMonths };
}

function buildC(dir: string): string | null {
  const src = fileURLToPath(new URL('./kernel-floor/row-kernel.c', import.meta.url));
  const exe = join(dir, 'row-kernel');
  const r = spawnSync('cc', ['-O3', '-ffp-contract=off', '-o', exe, src], { encoding: 'utf8' });
  return r.status === 0 ? exe : null;
}

function runC(exe: string, order: Order): KernelSample {
  const r = spawnSync(exe, [order, String(MONTHS)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`row-kernel exited with ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as KernelSample;
}

const ns = (k: KernelSample) => (1e9 * k.seconds) / k.cells;
const round2 = (x: number) => Math.round(x * 100) / 100;

export const figure: Figure = {
  name: 'floor',
  summary: 'the completion step’s row arithmetic in JavaScript and in C (ns a cell), and what the C floor means for a run and for 1,000 paths',
  keys: ['floor_ns_per_cell_js', 'floor_ns_per_cell_c', 'floor_baseline_open_s_c', 'floor_batch_1000_s_2_threads_c'],

  async run(ctx: FigureContext): Promise<FigureResult> {
    const rounds = ctx.quick ? 2 : 5;
    const dir = mkdtempSync(join(tmpdir(), 'ssc-floor-'));
    try {
      const exe = buildC(dir);
      if (exe === null) ctx.log('floor: no C compiler (cc): the C keys are not measured');
      const js: Record<Order, KernelSample[]> = { cells: [], rows: [] };
      const c: Record<Order, KernelSample[]> = { cells: [], rows: [] };
      // Alternated, so that a change of load falls on all four.
      for (let r = 1; r <= rounds; r++) {
        ctx.log(`floor: round ${r}/${rounds}`);
        for (const o of ORDERS) {
          js[o].push(await inFreshProcess<Order, KernelSample>(import.meta.url, 'measureJsKernel', o, ctx));
          if (exe !== null) c[o].push(runC(exe, o));
        }
      }
      ctx.log('floor: counting the cells of a baseline projection (50 and 100 years)');
      const cells = await inFreshProcess<string, { y50: number; y100: number }>(import.meta.url, 'countCells', 'scenarios/baseline.yaml', ctx);
      const med = (xs: KernelSample[]) => (xs.length > 0 ? median(xs.map(ns)) : null);
      const jsNs = { cells: med(js.cells)!, rows: med(js.rows)! };
      const cNs = { cells: med(c.cells), rows: med(c.rows) };
      const jsBest = Math.min(jsNs.cells, jsNs.rows);
      const cBest = cNs.cells === null || cNs.rows === null ? null : Math.min(cNs.cells, cNs.rows);
      const all = [...js.cells, ...js.rows, ...c.cells, ...c.rows];
      // As numbers: 17 significant digits name one double (C's %.17g drops trailing zeros).
      const sums = new Set(all.map((k) => Number(k.checksum)));
      const same = sums.size === 1;
      const openS = cBest === null ? null : (cells.y100 * cBest) / 1e9;
      const batchS = cBest === null ? null : (1000 * cells.y50 * cBest) / 1e9 / 2;
      const list = (xs: KernelSample[]) => xs.map((k) => ns(k).toFixed(2)).join(', ');
      const cLine = (o: Order) => (cNs[o] === null ? 'not measured (no cc)' : `${cNs[o]!.toFixed(2)} ns [${list(c[o])}]`);
      return {
        ok: same,
        values: {
          floor_ns_per_cell_js: round2(jsBest),
          floor_ns_per_cell_c: cBest === null ? null : round2(cBest),
          floor_baseline_open_s_c: openS === null ? null : round2(openS),
          floor_batch_1000_s_2_threads_c: batchS === null ? null : Math.round(batchS),
        },
        details: {
          months: MONTHS,
          cells_per_kernel_run: js.cells[0]!.cells,
          rounds,
          js_cells_ns_samples: js.cells.map((k) => round2(ns(k))),
          js_rows_ns_samples: js.rows.map((k) => round2(ns(k))),
          c_cells_ns_samples: c.cells.map((k) => round2(ns(k))),
          c_rows_ns_samples: c.rows.map((k) => round2(ns(k))),
          js_cells_ns: round2(jsNs.cells),
          js_rows_ns: round2(jsNs.rows),
          c_cells_ns: cNs.cells === null ? null : round2(cNs.cells),
          c_rows_ns: cNs.rows === null ? null : round2(cNs.rows),
          js_over_c: cBest === null ? null : round2(jsBest / cBest),
          baseline_cells_50_years: cells.y50,
          baseline_cells_100_years: cells.y100,
          c_compiler: exe === null ? 'none found' : 'cc -O3 -ffp-contract=off',
          checksums: [...sums],
          same_checksum: same,
        },
        lines: [
          `completion row kernel, ${formatNumber(js.cells[0]!.cells)} cells a run, ${rounds} rounds, ns a cell (median [samples]):`,
          `  JavaScript, a cell at a time ${jsNs.cells.toFixed(2)} [${list(js.cells)}]; a row at a time ${jsNs.rows.toFixed(2)} [${list(js.rows)}]`,
          `  C (cc -O3 -ffp-contract=off), a cell at a time ${cLine('cells')}; a row at a time ${cLine('rows')}`,
          `baseline cells visited: ${formatNumber(cells.y50)} in 50 years, ${formatNumber(cells.y100)} in 100`,
          cBest === null
            ? 'floors: not computed (no C figure)'
            : `at the faster C figure, the cells alone: the open group of a run (100 years) ${openS!.toFixed(2)} s; 1,000 runs of 50 years on 2 cores ${Math.round(batchS!)} s; ${formatNumber(1e9 / cBest)} cells a second (JavaScript ${(jsBest / cBest).toFixed(1)}x slower)`,
          same ? 'sanity: the four kernels give the same checksum, to the bit, in every round' : `SANITY CHECK FAILED: checksums differ: ${[...sums].join(' ')}`,
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
