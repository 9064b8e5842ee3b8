import { CompletionPool } from '../core/completion-pool.js';
import { cellIndex, cellLayout, PENSIONER_AGES } from '../core/layout.js';
import { project } from '../core/projection.js';
import { POP_AGES, type ResolvedScenario } from '../core/resolved-scenario.js';
import type { InsuredYear } from './insured-group.js';

/**
 * Active members of the optional scheme's start stock by [sex * 101 + age], summed over the
 * other dimensions of the core's cells (layout.ts: [sex][service or gap][age][arrears k]; the
 * second dimension is walked whole, whatever it counts).
 */
export function startInsuredByAge(s: ResolvedScenario): Float64Array {
  const L = cellLayout(s.behaviour.maxActiveAge, s.rules.maxMissedContributions);
  const out = new Float64Array(2 * POP_AGES);
  const second = L.perSex / (L.nAge * L.nK);
  for (let sex = 0; sex < 2; sex++) {
    for (let j = 0; j < second; j++) {
      for (let ai = 0; ai < L.nAge; ai++) {
        const base = cellIndex(L, sex, j, ai, 0);
        let t = 0;
        for (let k = 0; k < L.nK; k++) t += s.startStock.insuredPersons[base + k]!;
        out[sex * POP_AGES + Math.min(L.ageMin + ai, POP_AGES - 1)] += t;
      }
    }
  }
  // Members at or above pension age completing their qualifying months (completion-pool.ts).
  const completion = new CompletionPool(L, s.pension.qualifyingMonths);
  completion.persons.set(s.startStock.completionPersons);
  completion.aLo = 0;
  completion.aHi = L.nAge - 1;
  completion.mHi = s.pension.qualifyingMonths;
  completion.forEach((i, sex, ai) => {
    out[sex * POP_AGES + Math.min(L.ageMin + ai, POP_AGES - 1)] += completion.persons[i]!;
  });
  return out;
}

/** Pensioners of the optional scheme's start stock by [sex * 101 + age] (ages above 100 in 100). */
export function startPensionersByAge(s: ResolvedScenario): Float64Array {
  const out = new Float64Array(2 * POP_AGES);
  for (let sex = 0; sex < 2; sex++) {
    for (let age = 0; age < PENSIONER_AGES; age++) out[sex * POP_AGES + Math.min(age, POP_AGES - 1)] += s.startStock.pensionerPersons[sex * PENSIONER_AGES + age]!;
  }
  return out;
}

/**
 * The insured group from a projection of the optional scheme over the first `years` years
 * (`project(s, { byAge: true })`): contributors = the mean of the active members at the start and
 * at the end of the year (the start stock for the first year), pensioners likewise (old-age and
 * survivors), insurable wages by age as the projection counts them, pensions paid = the
 * projection's pension expenditure of the year.
 * @throws RangeError when the optional scenario is shorter than `years`
 */
export function optionalSchemeInsuredGroup(s: ResolvedScenario, years: number): InsuredYear[] {
  if (years > s.years) throw new RangeError(`the optional scenario has ${s.years} years, the health projection needs ${years}`);
  const p = project({ ...s, years }, { byAge: true });
  const byAge = p.byAge!;
  let insured = startInsuredByAge(s);
  let pensioners = startPensionersByAge(s);
  const out: InsuredYear[] = [];
  for (let y = 0; y < years; y++) {
    const mean = (a: Float64Array, b: Float64Array) => Float64Array.from(a, (x, i) => (x + b[i]!) / 2);
    out.push({
      contributors: mean(insured, byAge.insured[y]!),
      pensioners: mean(pensioners, byAge.pensioners[y]!),
      insurableWages: Float64Array.from(byAge.insurableWages[y]!),
      pensionsPaid: p.annual.pensionExpenditure[y]!,
      population: null,
    });
    insured = byAge.insured[y]!;
    pensioners = byAge.pensioners[y]!;
  }
  return out;
}
