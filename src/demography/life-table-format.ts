import type { Sex } from '../rules/optional-rules.js';
import { csvNumber, toCsv } from '../output/csv.js';
import type { LifeTable } from './life-table.js';

/** One row of a life table as printed; n is null for the open group (JSON has no Infinity). */
export interface LifeTableRowJson {
  readonly x: number;
  readonly n: number | null;
  readonly mx: number;
  readonly ax: number;
  readonly qx: number;
  readonly lx: number;
  readonly dx: number;
  readonly Lx: number;
  readonly Tx: number;
  readonly ex: number;
}

/** The `life-table` command's JSON document. */
export interface LifeTableJson {
  readonly sex: Sex;
  readonly period: string;
  readonly e0: number;
  readonly rows: LifeTableRowJson[];
}

/** Printed columns, in order. */
export const LIFE_TABLE_COLUMNS = ['x', 'n', 'mx', 'ax', 'qx', 'lx', 'dx', 'Lx', 'Tx', 'ex'] as const;

/**
 * The rows of a life table as plain objects `{ x, n, mx, ax, qx, lx, dx, Lx, Tx, ex }`, numbers
 * unrounded; n is null in the open group.
 */
export function lifeTableRows(t: LifeTable): LifeTableRowJson[] {
  const rows: LifeTableRowJson[] = [];
  for (let i = 0; i < t.x.length; i++) {
    rows.push({
      x: t.x[i]!,
      n: Number.isFinite(t.n[i]!) ? t.n[i]! : null,
      mx: t.mx[i]!,
      ax: t.ax[i]!,
      qx: t.qx[i]!,
      lx: t.lx[i]!,
      dx: t.dx[i]!,
      Lx: t.Lx[i]!,
      Tx: t.Tx[i]!,
      ex: t.ex[i]!,
    });
  }
  return rows;
}

/**
 * A life table as the JSON document `{ sex, period, e0, rows: [{ x, n, mx, ax, qx, lx, dx, Lx, Tx, ex }] }`
 * of `ssc-proj life-table`, numbers unrounded; n is null in the open group.
 * @example lifeTableToJson(wppLifeTable('F', '2015-2020'), 'F', '2015-2020').rows[21].n // => null
 */
export function lifeTableToJson(t: LifeTable, sex: Sex, period: string): LifeTableJson {
  return { sex, period, e0: t.ex[0]!, rows: lifeTableRows(t) };
}

/**
 * A life table as CSV: header `x,n,mx,ax,qx,lx,dx,Lx,Tx,ex`, one row a group, 12 significant
 * digits, n empty in the open group.
 */
export function lifeTableToCsv(t: LifeTable): string {
  const rows = lifeTableRows(t).map((r) => LIFE_TABLE_COLUMNS.map((c) => (r[c] === null ? '' : csvNumber(r[c]))));
  return toCsv(LIFE_TABLE_COLUMNS, rows);
}

/**
 * A life table as aligned text for the terminal: a title line, the columns (mx, qx to 6
 * decimals, ax and ex to 2 or 3, lx, dx, Lx, Tx to whole persons), and e0.
 */
export function lifeTableToText(t: LifeTable, sex: Sex, period: string): string {
  const head = ['x', 'n', 'mx', 'ax', 'qx', 'lx', 'dx', 'Lx', 'Tx', 'ex'];
  const body: string[][] = [];
  for (let i = 0; i < t.x.length; i++) {
    body.push([
      String(t.x[i]),
      Number.isFinite(t.n[i]!) ? String(t.n[i]) : '+',
      t.mx[i]!.toFixed(6),
      t.ax[i]!.toFixed(3),
      t.qx[i]!.toFixed(6),
      t.lx[i]!.toFixed(0),
      t.dx[i]!.toFixed(0),
      t.Lx[i]!.toFixed(0),
      t.Tx[i]!.toFixed(0),
      t.ex[i]!.toFixed(2),
    ]);
  }
  const width = head.map((h, j) => Math.max(h.length, ...body.map((r) => r[j]!.length)));
  const line = (cells: string[]): string => cells.map((c, j) => c.padStart(width[j]!)).join('  ');
  return [
    `Abridged life table, Jordan, ${sex === 'M' ? 'males' : 'females'}, ${period} (UN WPP 2024 death rates; radix 100,000)`,
    line(head),
    ...body.map(line),
    `e0 = ${t.ex[0]!.toFixed(2)} years`,
    '',
  ].join('\n');
}
