import { z } from 'zod';
import { errorAt, type KeyPath, type YamlSource } from '../assumptions/yaml-source.js';
import { POP_AGES } from '../core/resolved-scenario.js';

/**
 * A value by age band and sex, as written in model files:
 * `{ bands: [0, 16, 25], M: [0, 0.01, 0.02], F: [0, 0.01, 0.015] }` — `bands` are the lower ages
 * of the bands (increasing, the last open to 100), one value a band for each sex.
 */
export function bandTableSchema(min: number, max: number) {
  const values = z.array(z.number().min(min).max(max)).min(1);
  return z.strictObject({ bands: z.array(z.number().int().min(0).max(100)).min(1), M: values, F: values });
}

export interface BandTable {
  readonly bands: number[];
  readonly M: number[];
  readonly F: number[];
}

/** The band table as one value a single age 0..100 for each sex: [sex * 101 + age], zero below the first band. */
export function bandTableToAges(t: BandTable, at: { src: YamlSource; path: KeyPath }): Float64Array {
  t.bands.forEach((b, i) => {
    if (i > 0 && b <= t.bands[i - 1]!) throw errorAt(at.src, [...at.path, 'bands', i], `bands must increase: ${b} after ${t.bands[i - 1]}`);
  });
  for (const sex of ['M', 'F'] as const) {
    if (t[sex].length !== t.bands.length) throw errorAt(at.src, [...at.path, sex], `${t[sex].length} values for ${t.bands.length} bands`);
  }
  const out = new Float64Array(2 * POP_AGES);
  (['M', 'F'] as const).forEach((sex, si) => {
    for (let age = 0; age < POP_AGES; age++) {
      let band = -1;
      for (let i = 0; i < t.bands.length; i++) if (t.bands[i]! <= age) band = i;
      out[si * POP_AGES + age] = band < 0 ? 0 : t[sex][band]!;
    }
  });
  return out;
}
