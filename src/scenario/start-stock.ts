import { CompletionPool } from '../core/completion-pool.js';
import { cellIndex, PENSIONER_AGES, poolIndex, type CellLayout } from '../core/layout.js';
import type { PaymentBehaviour, ResolvedScenario } from '../core/resolved-scenario.js';
import type { BandTable } from './band-table.js';

export interface StartStockSpec {
  readonly insured: number;
  readonly womenShare: number;
  readonly ageShares: BandTable;
  readonly meanServiceYears: number;
  /** Arrears shares: the stationary distribution of the payment behaviour, or given. */
  readonly arrears: 'stationary' | { readonly upToDate: number; readonly ratio: number };
  readonly payment: PaymentBehaviour;
  /** Members at or above pension age with this many credited months would already be pensioners. */
  readonly qualifyingMonths: number;
  readonly averageWage: { readonly M: number; readonly F: number };
  readonly formerMembers: number;
  readonly formerMeanServiceYears: number;
  readonly formerAverageWage: number;
  readonly pensioners: number;
  readonly averagePension: number;
  readonly retirementAge: readonly [number, number];
}

/** Shares of service years 0..maxS, geometric with the given mean (truncated and renormalised). */
export function serviceShares(mean: number, maxS: number): Float64Array {
  const out = new Float64Array(maxS + 1);
  const r = mean / (1 + mean);
  let total = 0;
  for (let s = 0; s <= maxS; s++) total += out[s] = r ** s;
  for (let s = 0; s <= maxS; s++) out[s] = out[s]! / total;
  return out;
}

/** Shares of arrears states 0..nK-1: upToDate at 0, the rest falling by `ratio` from 1 to nK - 1. */
export function arrearsShares(upToDate: number, ratio: number, nK: number): Float64Array {
  const out = new Float64Array(nK);
  if (nK === 1) {
    out[0] = 1;
    return out;
  }
  out[0] = upToDate;
  let total = 0;
  for (let k = 1; k < nK; k++) total += ratio ** (k - 1);
  for (let k = 1; k < nK; k++) out[k] = total === 0 ? 0 : ((1 - upToDate) * ratio ** (k - 1)) / total;
  return out;
}

/**
 * The long-run shares of arrears states 0..nK-1 under the monthly payment behaviour (catch up to 0,
 * pay the oldest month and stay, miss to k + 1), a terminated member being replaced by a new one
 * at 0: the stationary distribution of that chain, by iteration from everyone at 0.
 */
export function stationaryArrears(p: PaymentBehaviour, nK: number): Float64Array {
  let x = new Float64Array(nK);
  x[0] = 1;
  for (let it = 0; it < 5000; it++) {
    const y = new Float64Array(nK);
    for (let k = 0; k < nK; k++) {
      const v = x[k]!;
      if (v === 0) continue;
      y[0] += v * p.catchUp[k]!;
      if (k > 0) y[k] += v * p.stay[k]!;
      y[k + 1 < nK ? k + 1 : 0] += v * p.miss[k]!;
    }
    let diff = 0;
    for (let k = 0; k < nK; k++) diff += Math.abs(y[k]! - x[k]!);
    x = y;
    if (diff < 1e-15) break;
  }
  return x;
}

/** Ages of each band (bands' lower bounds, the last band running to `lastAge`) with the share of each age. */
function ageShares(t: BandTable, sex: 'M' | 'F', firstAge: number, lastAge: number): Float64Array {
  const out = new Float64Array(lastAge + 1);
  let total = 0;
  t.bands.forEach((lo, i) => {
    const hi = i + 1 < t.bands.length ? t.bands[i + 1]! - 1 : lastAge;
    const from = Math.max(lo, firstAge);
    const to = Math.min(hi, lastAge);
    if (to < from) return;
    for (let a = from; a <= to; a++) out[a] = t[sex][i]! / (to - from + 1);
  });
  for (const x of out) total += x;
  if (total > 0) for (let a = 0; a <= lastAge; a++) out[a] = out[a]! / total;
  return out;
}

/**
 * The scheme as it is on the start date, spread over cells by the model's [A] distributions:
 * sexes by the women's share; ages by band shares (even within a band); service geometric with
 * the given mean and at most age - 16 years; arrears: the up-to-date share at 0 and the rest
 * falling geometrically over 1..nK-1; declared wages at each sex's mean. Ages are ages at
 * 1 January (layout.ts) and a member's credited months are 12 x service years + 0..11 evenly. At or
 * above pension age only members without the qualifying months remain active: they complete them
 * in the completion pool, each with the months still missing. Former members alike (ages below
 * pension age); pensioners evenly over the 15 years from pension age.
 * Totals are exact: the cells sum to the given numbers of persons.
 */
export function buildStartStock(L: CellLayout, spec: StartStockSpec): ResolvedScenario['startStock'] {
  const insuredPersons = new Float64Array(L.size);
  const insuredWageMass = new Float64Array(L.size);
  const inactivePersons = new Float64Array(2 * L.nService * L.nAge);
  const inactiveWageMass = new Float64Array(2 * L.nService * L.nAge);
  const completion = new CompletionPool(L, spec.qualifyingMonths);
  const qualifyingYears = Math.ceil(spec.qualifyingMonths / 12);
  const pensionerPersons = new Float64Array(2 * PENSIONER_AGES);
  const pensionerPensionMass = new Float64Array(2 * PENSIONER_AGES);
  const kShares = spec.arrears === 'stationary' ? stationaryArrears(spec.payment, L.nK) : arrearsShares(spec.arrears.upToDate, spec.arrears.ratio, L.nK);
  (['M', 'F'] as const).forEach((sexName, sex) => {
    const sexShare = sex === 1 ? spec.womenShare : 1 - spec.womenShare;
    const ages = ageShares(spec.ageShares, sexName, L.ageMin, L.ageMax);
    const formerAges = ageShares(spec.ageShares, sexName, L.ageMin, Math.min(L.ageMax, spec.retirementAge[sex]! - 1));
    for (let age = L.ageMin; age <= L.ageMax; age++) {
      const ai = age - L.ageMin;
      const maxS = Math.min(age - L.ageMin, L.nService - 1);
      // At or above pension age, members with the qualifying service would be pensioners already.
      const atPensionAge = age >= spec.retirementAge[sex]!;
      const maxActiveS = atPensionAge ? Math.min(maxS, qualifyingYears - 1) : maxS;
      const sShares = serviceShares(spec.meanServiceYears, maxActiveS);
      const fShares = serviceShares(spec.formerMeanServiceYears, maxS);
      const n = spec.insured * sexShare * ages[age]!;
      const f = spec.formerMembers * sexShare * (formerAges[age] ?? 0);
      for (let s = 0; s <= maxS; s++) {
        for (let k = 0; s <= maxActiveS && k < L.nK; k++) {
          const persons = n * sShares[s]! * kShares[k]!;
          if (persons === 0) continue;
          const wage = spec.averageWage[sexName];
          if (atPensionAge) {
            // Credited months 12 s + q, q = 0..11 evenly: each still misses Q - 12 s - q months.
            for (let q = 0; q < 12; q++) {
              const missing = spec.qualifyingMonths - 12 * s - q;
              if (missing > 0) completion.add(sex, ai, missing, k, persons / 12, (persons / 12) * wage);
            }
            continue;
          }
          const i = cellIndex(L, sex, ai - s, ai, k);
          insuredPersons[i] = persons;
          insuredWageMass[i] = persons * wage;
        }
        const fp = f * fShares[s]!;
        if (fp > 0) {
          const j = poolIndex(L, sex, s, ai);
          inactivePersons[j] = fp;
          inactiveWageMass[j] = fp * spec.formerAverageWage;
        }
      }
    }
    const nra = spec.retirementAge[sex]!;
    for (let age = nra; age < nra + 15 && age < PENSIONER_AGES; age++) {
      const p = (spec.pensioners * sexShare) / 15;
      pensionerPersons[sex * PENSIONER_AGES + age] = p;
      pensionerPensionMass[sex * PENSIONER_AGES + age] = p * spec.averagePension;
    }
  });
  return { insuredPersons, insuredWageMass, completionPersons: completion.persons, completionWageMass: completion.wage, inactivePersons, inactiveWageMass, pensionerPersons, pensionerPensionMass };
}
