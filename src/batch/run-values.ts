/** Small helpers the scheme runners share: loading a base, per-year values, rate checks, packing a run's rows. */
import { dirname, resolve } from 'node:path';
import { readYamlSource, type YamlSource } from '../assumptions/yaml-source.js';

/**
 * Read a base scenario file, with the batch's horizon (when it sets one) in place of the file's
 * and a run's overrides set on its YAML tree (`applyOverrides`), and resolve it through the
 * scheme's own loader: its bounds and defaults hold for a batch as for a scenario file.
 */
export function loadBase<S>(
  path: string,
  horizonYears: number | undefined,
  resolveSource: (src: YamlSource, baseDir: string) => Promise<S>,
  overrides: Readonly<Record<string, number>> = {},
): Promise<S> {
  const src = readYamlSource(path);
  if (horizonYears !== undefined) src.doc.set('horizonYears', horizonYears);
  applyOverrides(src, overrides);
  return resolveSource(src, dirname(resolve(path)));
}

/** The source text a batch override gives the loader. */
export const OVERRIDE_SOURCE = 'batch override (the batch file names its source)';

/**
 * Set each override (dotted scenario key -> value) on a scenario's YAML tree: `rules.x`,
 * `pension.x`, `behaviour.x`, `economic.x`, `fund.x` become `{ value, source }` (the value alone
 * when the scenario already gives the key); `programmes.<name>.<field>` sets the field of the
 * programme of that name. The loader then validates the tree as it would a file.
 *
 * @example applyOverrides(src, { 'rules.maxMissedContributions': 12 }) // rules: { maxMissedContributions: { value: 12, source: ... } }
 */
export function applyOverrides(src: YamlSource, overrides: Readonly<Record<string, number>>): void {
  for (const [key, value] of Object.entries(overrides)) {
    const parts = key.split('.');
    const m = /^programmes\.(.+)\.([A-Za-z]+)$/.exec(key);
    if (m !== null) {
      const list = src.doc.get('programmes') as { items?: Array<{ get(k: string): unknown }> } | undefined;
      const i = list?.items?.findIndex((p) => typeof p?.get === 'function' && p.get('name') === m[1]) ?? -1;
      if (i < 0) throw new RangeError(`the base scenario has no programme "${m[1]}"`);
      src.doc.setIn(['programmes', i, m[2] as string], value);
      continue;
    }
    const existing = src.doc.getIn(parts, true) as { get?: (k: string) => unknown } | undefined;
    if (existing !== undefined && typeof existing?.get === 'function' && existing.get('value') !== undefined) src.doc.setIn([...parts, 'value'], value);
    else src.doc.setIn(parts, src.doc.createNode({ value, source: OVERRIDE_SOURCE }));
  }
}
/** One value every projection year (a sensitivity value applied to a per-year assumption). */
export const filledYears = (years: number, value: number): Float64Array => new Float64Array(years).fill(value);

/** A rate path must stay above -100% (a growth factor 1 + x above 0); the run fails otherwise. */
export function checkRate(name: string, values: Float64Array, startYear: number): void {
  for (let y = 0; y < values.length; y++) {
    const v = values[y]!;
    if (!Number.isFinite(v) || v <= -1) throw new RangeError(`${name} is ${v} in ${startYear + y}: a rate must be above -1 (-100%)`);
  }
}

/** A run's indicator rows as one column-major Float64Array (values[c x years + y]), the buffer a worker transfers. */
export function packColumns<R>(rows: readonly R[], columns: ReadonlyArray<{ readonly name: keyof R }>): Float64Array {
  const years = rows.length;
  const values = new Float64Array(columns.length * years);
  columns.forEach((c, k) => {
    for (let y = 0; y < years; y++) values[k * years + y] = rows[y]![c.name] as number;
  });
  return values;
}
