/**
 * The even-service-phase bias on a broad closed population (issue 13x): the cohort core against
 * the exact expectation of its member model (test/core/phase-bias.ts), baseline behaviour.
 *   npx tsx scripts/phase-bias-gap.ts [--step 1] [--years 40] [--everyone-pays] [--no-reentry] [--mirror-off]
 */
import { loadScenario } from '../src/scenario/load-scenario.js';
import { cohortFigures, FIGURES, memberFigures, populationScenario, type PopulationSpec } from '../test/core/phase-bias.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const flag = (name: string) => process.argv.includes(name);
const base = await loadScenario('scenarios/baseline.yaml');
const step = arg('--step', 1);
const spec: PopulationSpec = {
  ages: Array.from({ length: Math.floor(30 / step) + 1 }, (_, i) => 25 + i * step),
  maxService: arg('--max-service', 20),
  wage: [arg('--wage-m', 400), arg('--wage-f', 320)],
  years: arg('--years', 40),
  interest: 0.05,
  completionSameMonth: !flag('--mirror-off'),
};
let s = populationScenario(base, spec);
if (flag('--everyone-pays')) {
  const nK = s.rules.maxMissedContributions;
  s = { ...s, behaviour: { ...s.behaviour, payment: { catchUp: new Float64Array(nK).fill(1), stay: new Float64Array(nK), miss: new Float64Array(nK) } } };
}
if (flag('--no-early')) s = { ...s, pension: { ...s.pension, earlyRetirement: { ...s.pension.earlyRetirement, takeUp: new Float64Array(s.pension.earlyRetirement.takeUp.length) } } };
if (flag('--no-reentry')) s = { ...s, behaviour: { ...s.behaviour, reEntryRate: 0 } };
let t0 = performance.now();
const c = cohortFigures(s);
const tc = performance.now() - t0;
t0 = performance.now();
const x = memberFigures(s, spec);
const tx = performance.now() - t0;
console.log(`ages ${spec.ages[0]}..${spec.ages.at(-1)} step ${step}, service 0..${spec.maxService} years, wages ${spec.wage.join('/')}, ${spec.years} years; cohort ${tc.toFixed(0)} ms, exact ${(tx / 1000).toFixed(1)} s`);
for (const k of FIGURES) console.log(`${k.padEnd(26)} cohort ${c[k].toPrecision(7).padStart(12)}  members ${x[k].toPrecision(7).padStart(12)}  cohort/members - 1 = ${(100 * (c[k] / x[k] - 1)).toFixed(3)}%`);
