import { isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { compileExpression } from './expression.js';
import { InputError } from './input-error.js';
import { errorAt, keyName, nodeOffsetPosition, type KeyPath, type YamlSource, yamlNodeAt } from './yaml-source.js';

/** What a resolved value must satisfy (inclusive): a probability is `{ min: 0, max: 1 }`. */
export interface AssumptionBounds {
  readonly min?: number;
  readonly max?: number;
  /** Whole numbers only (a count, an age). */
  readonly integer?: boolean;
}

/** The one way `extend` may fill the years after a table's last year (more may come). */
export const TABLE_EXTENSIONS = ['last'] as const;

const FORMS = 'a number, a table by year { 2025: 0.03, ... }, { table: {...}, extend: last } or { expr: "..." }';


/** An InputError at this very node (a key of a table may be written twice: errorAt would find the first). */
function errorAtNode(src: YamlSource, node: unknown, path: KeyPath, detail: string): InputError {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (range == null) return errorAt(src, path, detail, true);
  const { line, col, file } = nodeOffsetPosition(src, node, range[0]);
  return new InputError(file, line, col, keyName(path), detail);
}

function describeNode(node: unknown): string {
  if (node === undefined || node === null) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'null';
    return typeof v === 'string' ? JSON.stringify(v) : String(v);
  }
  return 'an unknown value';
}

/** `value` if it is a finite number within the bounds, else the InputError at `path` saying which bound it broke. */
function checkValue(value: number, bounds: AssumptionBounds, fail: (detail: string) => InputError): number {
  if (Number.isNaN(value)) throw fail('NaN is not a number');
  if (!Number.isFinite(value)) throw fail(`${value} is not a finite number`);
  if (bounds.min !== undefined && value < bounds.min) throw fail(`${value} is below the bound: must be >= ${bounds.min}`);
  if (bounds.max !== undefined && value > bounds.max) throw fail(`${value} is above the bound: must be <= ${bounds.max}`);
  if (bounds.integer === true && !Number.isInteger(value)) throw fail(`${value} is not a whole number`);
  return value;
}

/** The number written at `path` (a scalar node), checked against the bounds. */
function numberAt(src: YamlSource, path: KeyPath, node: unknown, bounds: AssumptionBounds): number {
  if (!isScalar(node) || typeof node.value !== 'number') {
    const hint = isScalar(node) && typeof node.value === 'string' ? ' (write an expression as { expr: "..." })' : '';
    throw errorAt(src, path, `expected a number, got ${describeNode(node)}${hint}`);
  }
  return checkValue(node.value, bounds, (detail) => errorAt(src, path, detail));
}

const keyText = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/** The entries of a table by year, each checked; years outside the projection are kept (and ignored later). */
function readTable(src: YamlSource, path: KeyPath, node: unknown, bounds: AssumptionBounds): Map<number, number> {
  if (!isMap(node)) throw errorAt(src, path, `expected a table by year { 2025: 0.03, ... }, got ${describeNode(node)}`);
  const table = new Map<number, number>();
  for (const pair of (node as YAMLMap).items) {
    const key = keyText(pair);
    if (!/^\d{4}$/.test(key)) throw errorAtNode(src, pair.key, [...path, key], `"${key}" is not a year: the keys of a table by year are years such as 2025 (or one of: ${FORMS})`);
    const year = Number(key);
    if (table.has(year)) throw errorAtNode(src, pair.key, [...path, key], `year ${year} is given twice`);
    table.set(year, numberAt(src, [...path, key], pair.value, bounds));
  }
  return table;
}

/**
 * An economic or demographic assumption of a scenario file, resolved to one value a projection
 * year (index i is year startYear + i, t = i). It may be written as:
 *
 * - a number, the same every year: `wageGrowth: 0.03`;
 * - a table by year, every projection year present (years outside the projection are allowed and
 *   ignored, so one table serves several horizons): `inflation: { 2025: 0.025, 2026: 0.024, ... }`;
 * - a table whose last value holds for the years after it:
 *   `inflation: { table: { 2025: 0.025, 2026: 0.024 }, extend: last }` (years before the first
 *   entry or between entries must still be given; `last` is the only extension for now);
 * - an expression of t, years from the start, compiled once and evaluated once a year:
 *   `interest: { expr: "0.03 + 0.01 * exp(-t / 5)" }` (see `compileExpression` for what is allowed).
 *
 * Every value (each table entry, used or not, and each year of an expression) must be a finite
 * number within `bounds`.
 *
 * @param src the parsed scenario file
 * @param path the key path of the assumption, e.g. `['economic', 'wageGrowth']`
 * @param startYear the first projection year (t = 0)
 * @param years the number of projection years
 * @param bounds inclusive bounds, e.g. `{ min: 0, max: 1 }` for a probability
 * @throws {InputError} at file:line:col of the offending entry and its key: a missing year, a value
 *   out of bounds (stating the value and the bound), NaN or infinity, a key that is not a year, an
 *   unknown key, or anything wrong in an expression
 * @example await resolveAssumption(src, ['inflation'], 2025, 4) // with inflation: { table: { 2025: 0.025, 2026: 0.024 }, extend: last }
 *   // => Float64Array [0.025, 0.024, 0.024, 0.024]
 */
export async function resolveAssumption(src: YamlSource, path: KeyPath, startYear: number, years: number, bounds: AssumptionBounds = {}): Promise<Float64Array> {
  if (!Number.isInteger(startYear) || !Number.isInteger(years) || years < 1) throw new RangeError(`resolveAssumption: bad projection years (start ${startYear}, ${years} years)`);
  const out = new Float64Array(years);
  const node = yamlNodeAt(src, path);
  if (node === undefined) throw errorAt(src, path, `missing: expected ${FORMS}`, true);

  if (isScalar(node)) {
    out.fill(numberAt(src, path, node, bounds));
    return out;
  }
  if (!isMap(node)) throw errorAt(src, path, `expected ${FORMS}, got ${describeNode(node)}`);

  const keys = (node as YAMLMap).items.map(keyText);
  if (keys.includes('expr')) {
    const other = keys.find((k) => k !== 'expr');
    if (other !== undefined) throw errorAt(src, [...path, other], `unknown key "${other}" beside expr (an expression is { expr: "..." } alone)`, true);
    const exprPath = [...path, 'expr'];
    const exprNode = yamlNodeAt(src, exprPath);
    if (!isScalar(exprNode) || typeof exprNode.value !== 'string') throw errorAt(src, exprPath, `expected an expression of t in quotes, got ${describeNode(exprNode)}`);
    const text = exprNode.value;
    const f = await compileExpression(text, { src, path: exprPath });
    for (let t = 0; t < years; t++) {
      out[t] = checkValue(f(t), bounds, (detail) => errorAt(src, exprPath, `expression "${text}" at t = ${t} (year ${startYear + t}): ${detail}`));
    }
    return out;
  }

  let tablePath: KeyPath = path;
  let extendLast = false;
  if (keys.includes('table')) {
    const other = keys.find((k) => k !== 'table' && k !== 'extend');
    if (other !== undefined) throw errorAt(src, [...path, other], `unknown key "${other}" beside table (known: table, extend)`, true);
    tablePath = [...path, 'table'];
    if (keys.includes('extend')) {
      const ext = yamlNodeAt(src, [...path, 'extend']);
      if (!isScalar(ext) || !(TABLE_EXTENSIONS as readonly unknown[]).includes(ext.value)) {
        throw errorAt(src, [...path, 'extend'], `${describeNode(ext)} is not one of ${TABLE_EXTENSIONS.map((e) => JSON.stringify(e)).join(', ')}`);
      }
      extendLast = true;
    }
  }
  const table = readTable(src, tablePath, yamlNodeAt(src, tablePath), bounds);
  const lastYear = Math.max(...table.keys());
  const endYear = startYear + years - 1;
  for (let i = 0; i < years; i++) {
    const year = startYear + i;
    const v = table.get(year) ?? (extendLast && year > lastYear ? table.get(lastYear) : undefined);
    if (v === undefined) {
      const how = extendLast ? 'extend: last only fills the years after the last one given' : 'or write { table: {...}, extend: last } to hold the last value';
      throw errorAt(src, tablePath, `no value for ${year}: every projection year ${startYear}..${endYear} must be given (${how})`);
    }
    out[i] = v;
  }
  return out;
}

/**
 * The resolved values as a table by year, for the resolved-scenario output. It is itself a valid
 * assumption: read back, it gives the same numbers (shortest round-trip decimal of each double).
 * @example describeAssumption(Float64Array.of(0.03, 0.031), 2025) // => { 2025: 0.03, 2026: 0.031 }
 */
export function describeAssumption(values: Float64Array, startYear: number): Record<number, number> {
  const out: Record<number, number> = {};
  values.forEach((v, i) => {
    out[startYear + i] = v;
  });
  return out;
}
