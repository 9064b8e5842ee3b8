import { isRecord } from './json-file.js';

/** One line of the key-assumptions table. */
export interface AssumptionRow {
  /** Dotted key in scenario.resolved.yaml (`economic.wageGrowth`). */
  readonly key: string;
  /** The value, compactly (`0.03 (every year, 2025-2074)`, `0.02 (2025) ... 0.04 (2074), 50 values`). */
  readonly value: string;
  readonly unit: string;
  readonly source: string;
  readonly confidence: string;
  /** The value as the file has it (for comparisons: two runs differ when these differ). */
  readonly raw?: unknown;
}

const MAX_TEXT = 140;

/**
 * A value's text clipped to 140 characters, every decimal number in it with more than 4 decimals
 * rounded to 4 (0.0123456789 -> 0.0123): a report shows assumptions, the file keeps the digits.
 */
function clip(s: string): string {
  const t = s.replace(/-?\d+\.\d{5,}/g, (m) => String(Number(Number(m).toFixed(4))));
  return t.length <= MAX_TEXT ? t : `${t.slice(0, MAX_TEXT - 1)}…`;
}

function scalarText(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return JSON.stringify(v);
}

function isScalar(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof v) || v instanceof Date;
}

/** Year-value pairs of a per-year table (`{2025: 0.03, ...}` or `[{year, value}, ...]`), else null. */
function perYear(v: unknown): Array<[string, unknown]> | null {
  if (isRecord(v)) {
    const keys = Object.keys(v);
    if (keys.length > 0 && keys.every((k) => /^\d{4}$/.test(k)) && keys.every((k) => isScalar(v[k]))) return keys.map((k) => [k, v[k]]);
    return null;
  }
  if (Array.isArray(v) && v.length > 0 && v.every((e) => isRecord(e) && 'year' in e && 'value' in e && isScalar(e.value))) {
    return v.map((e) => [scalarText((e as Record<string, unknown>).year), (e as Record<string, unknown>).value]);
  }
  return null;
}

/**
 * A value of the resolved scenario in one short line: a scalar as written; a per-year table as
 * "x (every year, 2025-2074)" when constant, else "first (year) … last (year), n values"; a list
 * of scalars likewise; a list of named objects (programmes) as its names; anything else as
 * compact JSON, clipped to 140 characters.
 *
 * @example compactValue({ 2025: 0.03, 2026: 0.03 }) // => '0.03 (every year, 2025-2026)'
 * @example compactValue([{ year: 2025, value: 0.02 }, { year: 2074, value: 0.04 }]) // => '0.02 (2025) … 0.04 (2074), 2 values'
 */
export function compactValue(v: unknown): string {
  if (isScalar(v)) return clip(scalarText(v));
  const py = perYear(v);
  if (py !== null) {
    const [y0, v0] = py[0] as [string, unknown];
    const [y1, v1] = py[py.length - 1] as [string, unknown];
    if (py.every(([, x]) => scalarText(x) === scalarText(v0))) return clip(`${scalarText(v0)} (every year, ${y0}-${y1})`);
    return clip(`${scalarText(v0)} (${y0}) … ${scalarText(v1)} (${y1}), ${py.length} values`);
  }
  if (Array.isArray(v) && v.length > 0 && v.every((e) => isRecord(e) && typeof e.name === 'string')) {
    return clip(`${v.length} item${v.length > 1 ? 's' : ''}: ${v.map((e) => (e as Record<string, unknown>).name as string).join('; ')}`);
  }
  if (Array.isArray(v) && v.every(isScalar)) {
    if (v.length > 0 && v.every((x) => scalarText(x) === scalarText(v[0]))) return clip(`${scalarText(v[0])} (all ${v.length} values)`);
    if (v.length > 6) return clip(`${scalarText(v[0])} … ${scalarText(v[v.length - 1])}, ${v.length} values`);
    return clip(v.map(scalarText).join(', '));
  }
  return clip(JSON.stringify(v));
}

/** A parameter in the model files' shape: an object with a `value` (and unit, source, confidence). */
function isParameter(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && 'value' in v;
}

/**
 * Units of the scenario keys whose file gives none (a scenario writes `wageGrowth: { value,
 * source }`): what the engine reads the value as (docs/outputs.md, the loaders).
 */
export const SCENARIO_UNITS: Readonly<Record<string, string>> = {
  startYear: 'calendar year',
  horizonYears: 'years',
  'economic.wageGrowth': 'per year',
  'economic.inflation': 'per year',
  'economic.interest': 'per year',
  'economic.minimumWageGrowth': 'per year',
  'economic.medicalInflation': 'per year',
  'economic.pensionIndexation': 'per year',
  'demography.sexRatioAtBirth': 'male births per female birth',
  'demography.netMigration': 'persons a year',
  'fund.initialReserve': 'JOD',
  'fund.adminCostRate': 'share of contribution income',
  'fund.terminalReserveYears': 'years of expenditure',
  'revenue.contributionRate': 'share of insurable wages',
  'revenue.pensionerContributionRate': 'share of pensions',
};

function row(key: string, p: Record<string, unknown>): AssumptionRow {
  const source = typeof p.source === 'string' ? p.source : '';
  return {
    key,
    raw: p.value,
    value: compactValue(p.value),
    unit: typeof p.unit === 'string' ? p.unit : (SCENARIO_UNITS[key] ?? ''),
    source,
    // A source that says it is an assumption is one, whether or not the file says so again.
    confidence: typeof p.confidence === 'string' ? p.confidence : /^assumption\b/i.test(source) ? 'assumption' : '',
  };
}

/** Keys that list data sources rather than assumptions. */
const SOURCE_KEYS = new Set(['sources', 'data_sources', 'dataSources']);

/**
 * Keys that are not assumptions: `notes` (the engine's `{ generatedBy, data: [...] }`, whose
 * `data` lines name the data tables used, listed with the sources) and `description` (shown
 * under the report's title).
 */
const NOT_ASSUMPTIONS = new Set(['notes', 'description']);

/**
 * The top-level assumptions of a resolved scenario, one row each: a parameter (`{ value, unit,
 * source, confidence }`) as its value and source; a group of parameters (`economic: {
 * wageGrowth: {...} }`) one row a member; any other value compactly, with the `source` beside
 * it when it has one. The `sources` list is left to `dataSources`.
 */
export function assumptionRows(resolved: unknown): AssumptionRow[] {
  if (!isRecord(resolved)) return [];
  const rows: AssumptionRow[] = [];
  for (const [key, v] of Object.entries(resolved)) {
    if (SOURCE_KEYS.has(key) || NOT_ASSUMPTIONS.has(key)) continue;
    if (isParameter(v)) rows.push(row(key, v));
    else if (isRecord(v) && Object.values(v).some(isParameter)) {
      for (const [k2, v2] of Object.entries(v)) {
        if (isParameter(v2)) rows.push(row(`${key}.${k2}`, v2));
        else if (k2 !== 'source') rows.push({ key: `${key}.${k2}`, raw: v2, value: compactValue(v2), unit: '', source: typeof v.source === 'string' ? v.source : '', confidence: '' });
      }
    } else {
      const source = isRecord(v) && typeof v.source === 'string' ? v.source : '';
      rows.push({ key, raw: v, value: compactValue(v), unit: SCENARIO_UNITS[key] ?? '', source, confidence: '' });
    }
  }
  return rows;
}

function sourceText(s: unknown): string {
  if (typeof s === 'string') return s;
  if (!isRecord(s)) return scalarText(s);
  const title = ['title', 'name', 'source', 'publisher'].map((k) => s[k]).find((x) => typeof x === 'string') as string | undefined;
  const usedFor = s.used_for ?? s.usedFor;
  const details = ['edition', 'version', 'year', 'file', 'licence', 'license']
    .filter((k) => s[k] !== undefined && s[k] !== title)
    .map((k) => `${k} ${scalarText(s[k])}`);
  let text = title ?? JSON.stringify(s);
  if (details.length > 0) text += ` (${details.join(', ')})`;
  if (usedFor !== undefined) text += ` — used for ${scalarText(usedFor)}`;
  if (typeof s.url === 'string') text += ` — ${s.url}`;
  return text;
}

/** The data sources of a resolved scenario: its own list, and the source texts its assumptions cite. */
export interface DataSources {
  /** The `sources` list (strings, or objects with a title or name, used_for, url), in order. */
  readonly listed: readonly string[];
  /** Every other distinct `source` text of the assumptions, in order of appearance. */
  readonly cited: readonly string[];
}

/**
 * The data sources of a resolved scenario: the entries of its top-level `sources` list and of
 * `notes.data` (the data tables the engine used, e.g. "demography.mortality: UN WPP 2024 mx …"),
 * then every `source` text its assumptions give, each once.
 *
 * @example dataSources({ sources: ['UN WPP 2024'], mx: { value: 1, source: 'UN WPP 2024' }, k: { value: 2, source: 'SSC statement' } })
 * // => { listed: ['UN WPP 2024'], cited: ['SSC statement'] }
 */
export function dataSources(resolved: unknown): DataSources {
  const listed: string[] = [];
  const cited: string[] = [];
  const add = (into: string[], s: string) => {
    const t = s.trim();
    if (t !== '' && !listed.includes(t) && !cited.includes(t)) into.push(t);
  };
  if (isRecord(resolved)) {
    for (const key of SOURCE_KEYS) {
      const list = resolved[key];
      if (Array.isArray(list)) list.forEach((s) => add(listed, sourceText(s)));
      else if (isRecord(list)) for (const [k, s] of Object.entries(list)) add(listed, typeof s === 'string' ? `${k}: ${s}` : `${k}: ${sourceText(s)}`);
    }
    const data = isRecord(resolved.notes) ? resolved.notes.data : undefined;
    if (Array.isArray(data)) data.filter((d): d is string => typeof d === 'string').forEach((d) => add(listed, d));
  }
  const walk = (v: unknown, depth: number) => {
    if (depth > 8) return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (isRecord(v)) {
      for (const [k, x] of Object.entries(v)) {
        if ((SOURCE_KEYS.has(k) || k === 'notes') && depth === 0) continue;
        if (k === 'source' && typeof x === 'string') add(cited, x);
        else walk(x, depth + 1);
      }
    }
  };
  walk(resolved, 0);
  return { listed, cited };
}
