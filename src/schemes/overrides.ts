/** A scenario file loaded with a batch's horizon and values set on its YAML tree, through the scheme's own loader. */
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, Pair, Scalar } from 'yaml';
import { readYamlSource, type YamlSource } from '../assumptions/yaml-source.js';
import type { LoadOptions } from './scheme.js';

/** The source text an override gives the loader. */
export const OVERRIDE_SOURCE = 'batch override (the batch file names its source)';

/**
 * Read a scenario file, with `options.horizonYears` (when given) in place of the file's and the
 * overrides set on its YAML tree (`applyOverrides`), and resolve it through the scheme's own
 * loader: its bounds, defaults and messages hold for a batch as for a scenario file.
 * @example loadWithOverrides('scenarios/baseline.yaml', { overrides: { 'pension.accrualRate': 0.02 } }, resolveScenarioSource)
 */
export function loadWithOverrides<S>(path: string, options: LoadOptions, resolveSource: (src: YamlSource, baseDir: string) => Promise<S>): Promise<S> {
  const src = readYamlSource(path);
  if (options.horizonYears !== undefined) src.doc.set('horizonYears', options.horizonYears);
  applyOverrides(src, options.overrides ?? {});
  return resolveSource(src, dirname(resolve(path)));
}

/**
 * Set each override (dotted scenario key -> value) on a scenario's YAML tree: `rules.x`,
 * `pension.x`, `behaviour.x`, `economic.x`, `fund.x` become `{ value, source }` (the value alone
 * when the scenario already gives the key); `programmes.<name>.<field>` sets the field of the
 * programme of that name. The loader then validates the tree as it would a file.
 * @throws {RangeError} a programme the scenario does not have
 * @example applyOverrides(src, { 'rules.maxMissedContributions': 12 }) // rules: { maxMissedContributions: { value: 12, source: ... } }
 */
export function applyOverrides(src: YamlSource, overrides: Readonly<Record<string, unknown>>): void {
  for (const [key, value] of Object.entries(overrides)) {
    const parts = key.split('.');
    const m = /^programmes\.(.+)\.([A-Za-z]+)$/.exec(key);
    if (m !== null) {
      const list = src.doc.get('programmes') as { items?: Array<{ get(k: string): unknown }> } | undefined;
      const i = list?.items?.findIndex((p) => typeof p?.get === 'function' && p.get('name') === m[1]) ?? -1;
      if (i < 0) {
        const names = (list?.items ?? []).map((p) => (typeof p?.get === 'function' ? String(p.get('name')) : '?'));
        throw new RangeError(`the base scenario has no programme "${m[1]}" (${names.length === 0 ? 'it has no programmes' : `its programmes: ${names.join(', ')}`})`);
      }
      src.doc.setIn(['programmes', i, m[2] as string], value);
      continue;
    }
    const existing = src.doc.getIn(parts, true) as { get?: (k: string) => unknown } | undefined;
    if (existing !== undefined && typeof existing?.get === 'function' && existing.get('value') !== undefined) setNode(src, [...parts, 'value'], value);
    else setNode(src, parts, { value, source: OVERRIDE_SOURCE });
  }
}

/**
 * Set the value at a key path as YAML nodes with scalar keys, mappings created where missing (the
 * loaders find a value by its node: yaml-source.ts yamlNodeAt).
 */
function setNode(src: YamlSource, path: readonly string[], value: unknown): void {
  let node: unknown = src.doc.contents;
  path.forEach((key, i) => {
    if (!isMap(node)) throw new RangeError(`cannot set ${path.join('.')}: ${path.slice(0, i).join('.') || 'the scenario'} is not a mapping`);
    const next = i === path.length - 1 ? src.doc.createNode(value) : undefined;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair !== undefined) {
      if (next !== undefined) pair.value = next;
      node = pair.value;
    } else {
      const created = next ?? src.doc.createNode({});
      node.items.push(new Pair(new Scalar(key), created));
      node = created;
    }
  });
}
