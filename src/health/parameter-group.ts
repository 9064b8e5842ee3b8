import { loadParameterSet, type ParamSpecs, type ParamValues } from '../assumptions/parameter-set.js';
import { errorAt, toPlain, type KeyPath, type YamlSource, plainValueAt } from '../assumptions/yaml-source.js';

type Loaded<S extends ParamSpecs> = ReturnType<typeof loadParameterSet<S>>;


/**
 * Two model files whose parameters a scenario overrides under one group (`health:` holds the
 * utilisation and the unit costs): each file is loaded with `loadParameterSet`, seeing only the
 * overrides of its own parameters. An override that is a parameter of neither file is an
 * InputError at its key. The overrides each file sees are a copy of the scenario document with
 * the other file's keys removed, so every error keeps the scenario's file:line:column.
 * @example const { a, b } = loadParameterPair(UTILISATION_SPECS, utilSrc, COST_SPECS, costSrc, { src, path: ['health'] })
 */
export function loadParameterPair<A extends ParamSpecs, B extends ParamSpecs>(
  specsA: A,
  modelA: YamlSource,
  specsB: B,
  modelB: YamlSource,
  overrides: { src: YamlSource; path: KeyPath },
): { a: Loaded<A> & { values: ParamValues<A> }; b: Loaded<B> & { values: ParamValues<B> } } {
  const given = plainValueAt(toPlain(overrides.src), overrides.path);
  const namesA = Object.keys(specsA);
  const namesB = Object.keys(specsB);
  const only = (keep: readonly string[]): { src: YamlSource; path: KeyPath } => {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) return overrides;
    const doc = overrides.src.doc.clone() as YamlSource['doc'];
    for (const key of Object.keys(given)) if (!keep.includes(key)) doc.deleteIn([...overrides.path, key]);
    return { src: { ...overrides.src, doc }, path: overrides.path };
  };
  if (given !== null && typeof given === 'object' && !Array.isArray(given)) {
    for (const key of Object.keys(given)) {
      if (!namesA.includes(key) && !namesB.includes(key)) {
        throw errorAt(overrides.src, [...overrides.path, key], `unknown parameter "${key}" (known: ${[...namesA, ...namesB].join(', ')})`, true);
      }
    }
  }
  return { a: loadParameterSet(specsA, modelA, only(namesA)), b: loadParameterSet(specsB, modelB, only(namesB)) };
}
