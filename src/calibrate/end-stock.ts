import { project } from '../core/projection.js';
import { POP_AGES, type ResolvedScenario } from '../core/resolved-scenario.js';
import type { BandTable } from '../scenario/band-table.js';
import type { ModelEntry } from './calibration-file.js';

/** The start-stock parameters a run's end state gives (the rest of the start stock is not in its outputs). */
export const END_STOCK_PARAMETERS = ['startInsured', 'startWomenShare', 'startAgeShares', 'startAverageWage', 'startFormerMembers', 'startFormerAverageWage', 'startPensioners', 'startAveragePension'] as const;

/**
 * The start stock of the year after a run, from the run's state at the end of its last year:
 * subscribers (number, women's share, shares by the model's age bands, mean declared wage by sex:
 * the last year's insurable wages over its mean members), former members, pensioners (old-age and
 * survivors) and their mean pension. Former members' last wages are not in the run's figures: they
 * are taken as the subscribers' mean wage (the former members at the end of a run are mostly
 * those who left in its last years). Service and arrears are not in the run's yearly figures:
 * those parameters are left as they are.
 * @example endStockValues(fittedScenario, { bands: [16, 25, 35, 45, 55, 60], M: [...], F: [...] })
 */
export function endStockValues(s: ResolvedScenario, bands: readonly number[]): Record<(typeof END_STOCK_PARAMETERS)[number], unknown> {
  const p = project(s, { byAge: true });
  const by = p.byAge!;
  const last = s.years - 1;
  const sumSex = (a: Float64Array, sex: number, from = 0, to = POP_AGES - 1) => {
    let t = 0;
    for (let age = from; age <= to; age++) t += a[sex * POP_AGES + age]!;
    return t;
  };
  const insured = [0, 1].map((sex) => sumSex(by.insured[last]!, sex));
  const before = last > 0 ? [0, 1].map((sex) => sumSex(by.insured[last - 1]!, sex)) : insured;
  const shares = (sex: number): number[] =>
    bands.map((lo, i) => {
      const hi = i + 1 < bands.length ? bands[i + 1]! - 1 : POP_AGES - 1;
      return insured[sex]! === 0 ? 0 : sumSex(by.insured[last]!, sex, lo, hi) / insured[sex]!;
    });
  const wage = (sex: number) => {
    const mean = (insured[sex]! + before[sex]!) / 2;
    return mean === 0 ? 0 : sumSex(by.insurableWages[last]!, sex) / 12 / mean;
  };
  const pensioners = sumSex(by.pensioners[last]!, 0) + sumSex(by.pensioners[last]!, 1);
  const pensions = sumSex(by.pensions[last]!, 0) + sumSex(by.pensions[last]!, 1);
  const total = insured[0]! + insured[1]!;
  const meanWage = total === 0 ? 0 : (wage(0) * insured[0]! + wage(1) * insured[1]!) / total;
  const ageShares: BandTable = { bands: [...bands], M: shares(0), F: shares(1) };
  return {
    startInsured: total,
    startWomenShare: total === 0 ? 0 : insured[1]! / total,
    startAgeShares: ageShares,
    startAverageWage: { M: wage(0), F: wage(1) },
    startFormerMembers: p.annual.formerMembers[last]!,
    startFormerAverageWage: meanWage,
    startPensioners: pensioners,
    startAveragePension: pensioners === 0 ? 0 : pensions / pensioners,
  };
}

/** A behaviour model whose start-stock parameters are a run's end state, each naming that source. */
export function endStockModel(model: Readonly<Record<string, ModelEntry>>, values: Record<string, unknown>, source: string): Record<string, ModelEntry> {
  const out: Record<string, ModelEntry> = {};
  for (const [name, entry] of Object.entries(model)) {
    // Taken from a run fitted to the SSC's reported figures (the source names the fit): 'reported'.
    out[name] = name in values ? { value: values[name], ...(entry.unit === undefined ? {} : { unit: entry.unit }), source, confidence: 'reported' } : entry;
  }
  return out;
}
