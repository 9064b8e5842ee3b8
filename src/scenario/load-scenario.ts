import { INPUT_LIMITS, readInputText } from '../io/safe-path.js';
import { boundedNumber, checkProjectionYears, checkReserveGrowth } from '../assumptions/bounds.js';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { z } from 'zod';
import { describeAssumption, resolveAssumption } from '../assumptions/assumption.js';
import { loadParameterSet, unitAndConfidence } from '../assumptions/parameter-set.js';
import { parseWithSchema } from '../assumptions/validate.js';
import { errorAt, readYamlSource, yamlSourceFromText, type YamlSource } from '../assumptions/yaml-source.js';
import { cellLayout } from '../core/layout.js';
import { POP_AGES, type DisabilityTerms, type EarlyRetirementTerms, type OrphanTerms, type ResolvedScenario, type SourcedValue } from '../core/resolved-scenario.js';
import { basePopulation } from '../demography/base-population.js';
import { annualDeathProbability } from '../demography/death-probability.js';
import { singleAgeDeathRates } from '../demography/death-rates.js';
import { singleAgeAsfr } from '../demography/fertility.js';
import { optionalRulesFromSource } from '../rules/load-model.js';
import type { BandTable } from './band-table.js';
import { BEHAVIOUR_SPECS, PENSION_SPECS } from './optional-parameters.js';
import { programmeSchema, resolveProgramme } from './programme-schema.js';
import { buildStartStock } from './start-stock.js';

/** Years every per-year assumption is resolved over: the longest valuation horizon (design note section 8). */
const VALUATION_YEARS = 100;

/** The models/ folder shipped with the engine. */
export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

const sourced = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, source: z.string().min(1), unit: z.string().optional(), confidence: z.enum(['verified', 'reported', 'assumption']).optional() });

export const scenarioSchema = z.strictObject({
  scheme: z.literal('ssc-optional'),
  name: z.string().min(1),
  description: z.string().default(''),
  startYear: z.number().int().min(1990).max(2100),
  horizonYears: z.number().int().min(1).max(100),
  models: z.strictObject({ rules: z.string().optional(), pension: z.string().optional(), behaviour: z.string().optional() }).default({}),
  economic: z.strictObject({
    wageGrowth: sourced(z.unknown()),
    inflation: sourced(z.unknown()),
    interest: sourced(z.unknown()),
    minimumWageGrowth: sourced(z.unknown()).optional(),
  }),
  demography: z
    .strictObject({
      sexRatioAtBirth: sourced(z.number().min(0.8).max(1.3)).optional(),
      netMigration: sourced(z.union([z.literal(0), z.strictObject({ file: z.string().min(1) })])).optional(),
    })
    .default({}),
  fund: z.strictObject({
    initialReserve: sourced(boundedNumber.reserveJod),
    adminCostRate: sourced(z.number().min(0).max(1)),
    terminalReserveYears: sourced(z.number().min(0).max(20)),
  }),
  rules: z.record(z.string(), z.unknown()).optional(),
  pension: z.record(z.string(), z.unknown()).optional(),
  behaviour: z.record(z.string(), z.unknown()).optional(),
  programmes: z.array(z.unknown()).default([]),
  notes: z.unknown().optional(),
});

/** The values of the horizon, the last one held to `years` (the valuation years past the horizon). */
function holdLast(v: Float64Array, years: number): Float64Array {
  if (v.length >= years) return v;
  const out = new Float64Array(years);
  out.set(v);
  out.fill(v[v.length - 1]!, v.length);
  return out;
}

/** Sex ratio at birth, males per female: the usual biological figure. */
const DEFAULT_SRB = { value: 1.05, source: 'assumption: usual sex ratio at birth (design note section 1)' };

function modelPath(given: string | undefined, defaultName: string, baseDir: string): string {
  if (given === undefined) return resolve(MODELS_DIR, defaultName);
  return isAbsolute(given) ? given : resolve(baseDir, given);
}

/** Net migrants by year from a CSV `year,sex,age,net_migrants` (missing rows are zero). */
function readMigration(file: string, src: YamlSource, startYear: number, years: number): Float64Array[] {
  let text: string;
  try {
    text = readInputText(file, INPUT_LIMITS.dataBytes);
  } catch {
    throw errorAt(src, ['demography', 'netMigration', 'value', 'file'], `cannot read ${file}`);
  }
  const out = Array.from({ length: years }, () => new Float64Array(2 * POP_AGES));
  const lines = text.trim().split(/\r?\n/);
  if (lines[0]?.replace(/\s/g, '') !== 'year,sex,age,net_migrants') throw errorAt(src, ['demography', 'netMigration', 'value', 'file'], `${file}:1: header must be year,sex,age,net_migrants`);
  lines.slice(1).forEach((line, i) => {
    const [y, sex, age, n] = line.split(',').map((x) => x.trim());
    const yi = Number(y) - startYear;
    const a = Number(age);
    const v = Number(n);
    if ((sex !== 'M' && sex !== 'F') || !Number.isInteger(a) || a < 0 || a > 100 || !Number.isFinite(v) || !Number.isInteger(Number(y))) {
      throw errorAt(src, ['demography', 'netMigration', 'value', 'file'], `${file}:${i + 2}: bad row "${line}"`);
    }
    if (yi >= 0 && yi < years) out[yi]![(sex === 'M' ? 0 : 1) * POP_AGES + a] += v;
  });
  return out;
}

/**
 * Read, validate and resolve an optional-scheme scenario: the scenario file (YAML), the model
 * files it names (rules, pension, behaviour; defaults in models/), the UN WPP data, and every
 * assumption to one number a projection year. A policy tool may pass the scenario as an object
 * (relative model paths are then taken from the working directory).
 * @throws {InputError} file:line:column, key and the bound broken, for anything malformed
 * @example const s = await loadScenario('scenarios/baseline.yaml'); runScenario(s)
 */
export async function loadScenario(input: string | object): Promise<ResolvedScenario> {
  const src = typeof input === 'string' ? readYamlSource(input) : yamlSourceFromText(stringify(input ?? null), '<scenario object>');
  const baseDir = typeof input === 'string' ? dirname(resolve(input)) : process.cwd();
  return resolveScenarioSource(src, baseDir);
}

export async function resolveScenarioSource(src: YamlSource, baseDir: string): Promise<ResolvedScenario> {
  const f = parseWithSchema(src, scenarioSchema);
  checkProjectionYears(src, f.startYear, f.horizonYears);
  const { startYear, horizonYears } = f;
  // Every per-year assumption is resolved over the valuation years (100, run-scenario.ts), the
  // scenario's horizon being the first `horizonYears` of them.
  const years = Math.max(horizonYears, VALUATION_YEARS);
  const provenance: SourcedValue[] = [];
  const files = {
    rules: modelPath(f.models.rules, 'ssc-optional.yaml', baseDir),
    pension: modelPath(f.models.pension, 'ssc-pension.yaml', baseDir),
    behaviour: modelPath(f.models.behaviour, 'optional-behaviour.yaml', baseDir),
  };

  const rules = optionalRulesFromSource(readYamlSource(files.rules), { src, path: ['rules'] });
  const pension = loadParameterSet(PENSION_SPECS, readYamlSource(files.pension), { src, path: ['pension'] });
  const behaviour = loadParameterSet(BEHAVIOUR_SPECS, readYamlSource(files.behaviour), { src, path: ['behaviour'] });

  // Resolved over the horizon; past it (valuation years) each holds its value of the horizon's last year.
  const byYear = async (at: { src: YamlSource; path: readonly (string | number)[] }, bounds: { min?: number; max?: number }) => resolveAssumption(at.src, at.path, startYear, horizonYears, bounds);
  const econ = async (key: 'wageGrowth' | 'inflation' | 'interest' | 'minimumWageGrowth') => {
    const v = await byYear({ src, path: ['economic', key, 'value'] }, { min: -0.5, max: 1 });
    provenance.push({ key: `economic.${key}`, value: describeAssumption(v, startYear), source: f.economic[key]!.source, ...unitAndConfidence(f.economic[key]!) });
    return holdLast(v, years);
  };
  const wageGrowth = await econ('wageGrowth');
  const inflation = await econ('inflation');
  const interest = await econ('interest');
  // Checked over the horizon: the outputs round the reserve to fils only within it.
  checkReserveGrowth(src, ['fund', 'initialReserve', 'value'], f.fund.initialReserve.value, interest.subarray(0, horizonYears));
  const minimumWageGrowth = f.economic.minimumWageGrowth === undefined ? wageGrowth : await econ('minimumWageGrowth');
  const entryRateMultiplierH = await byYear(behaviour.locations.entryRateMultiplier!, { min: 0, max: 100 });
  const increaseTakeUpH = await byYear(behaviour.locations.increaseTakeUp!, { min: 0, max: 1 });
  const entryRateMultiplier = holdLast(entryRateMultiplierH, years);
  const increaseTakeUp = holdLast(increaseTakeUpH, years);

  // Demography: UN WPP (population 2019 vintage, mortality and fertility 2024).
  const pop = basePopulation(startYear - 0.5);
  const population = new Float64Array(2 * POP_AGES);
  population.set(pop.male, 0);
  population.set(pop.female, POP_AGES);
  const deathProbability: Float64Array[] = [];
  const fertility: Float64Array[] = [];
  for (let y = 0; y < years; y++) {
    const q = new Float64Array(2 * POP_AGES);
    q.set(singleAgeDeathRates('M', startYear + y).map(annualDeathProbability), 0);
    q.set(singleAgeDeathRates('F', startYear + y).map(annualDeathProbability), POP_AGES);
    deathProbability.push(q);
    fertility.push(singleAgeAsfr(startYear + y));
  }
  const srb = f.demography.sexRatioAtBirth ?? DEFAULT_SRB;
  const migration = f.demography.netMigration;
  const netMigration = migration === undefined || migration.value === 0 ? [] : readMigration(resolve(baseDir, migration.value.file), src, startYear, years);
  provenance.push(
    { key: 'demography.population', value: `UN WPP 2019, Jordan, 1 January ${startYear} (interpolated, split into single ages)`, source: 'United Nations, World Population Prospects 2019 (models/data/jordan/README.md)' },
    { key: 'demography.mortality', value: `UN WPP 2024 mx, Jordan, ${startYear}..${startYear + horizonYears - 1}`, source: 'United Nations, World Population Prospects 2024 (models/data/jordan/README.md)' },
    { key: 'demography.fertility', value: `UN WPP 2024 TFR x PASFR, Jordan`, source: 'United Nations, World Population Prospects 2024' },
    { key: 'demography.sexRatioAtBirth', value: srb.value, source: srb.source },
    { key: 'demography.netMigration', value: migration === undefined || migration.value === 0 ? 0 : { file: resolve(baseDir, migration.value.file) }, source: migration?.source ?? 'assumption: zero net migration (design note section 1)' },
  );

  const b = behaviour.values;
  const p = pension.values;
  const L = cellLayout(b.maxActiveAge, rules.maxMissedContributions);
  const nK = L.nK;
  const catchUp = new Float64Array(nK);
  const stay = new Float64Array(nK);
  const miss = new Float64Array(nK);
  catchUp[0] = b.payWhenUpToDate;
  miss[0] = 1 - b.payWhenUpToDate;
  const cu = b.catchUp as { first: number; decay: number };
  const po = b.payOldestOnly as { first: number; decay: number };
  for (let k = 1; k < nK; k++) {
    catchUp[k] = cu.first * cu.decay ** (k - 1);
    stay[k] = po.first * po.decay ** (k - 1);
    if (catchUp[k]! + stay[k]! > 1) throw errorAt(behaviour.locations.payOldestOnly!.src, behaviour.locations.payOldestOnly!.path, `catching up and paying the oldest month have probabilities summing to ${catchUp[k]! + stay[k]!} > 1 at ${k} unpaid months`);
    miss[k] = 1 - catchUp[k]! - stay[k]!;
  }
  const nra: [number, number] = [(p.normalRetirementAge as { M: number }).M, (p.normalRetirementAge as { F: number }).F];
  if (b.maxActiveAge < Math.max(...nra)) {
    const at = behaviour.locations.maxActiveAge!;
    throw errorAt(at.src, at.path, `${b.maxActiveAge} is below the bound: must be >= the pension age ${Math.max(...nra)} (members would leave before they can retire)`);
  }
  const bySex = (x: unknown): [number, number] => [(x as { M: number }).M, (x as { F: number }).F];

  const programmes = f.programmes.map((raw, i) => {
    const input = parseWithSchema(src, programmeSchema, raw, ['programmes', i]);
    provenance.push({ key: `programmes.${input.name}`, value: input, source: input.source });
    return resolveProgramme(input, startYear, src, ['programmes', i]);
  });
  const names = new Set<string>();
  programmes.forEach((pr, i) => {
    if (names.has(pr.name)) throw errorAt(src, ['programmes', i, 'name'], `programme name "${pr.name}" is used twice`);
    names.add(pr.name);
  });

  for (const [name, v] of Object.entries(rules.provenanceFiles)) provenance.push({ key: `rules.${name}`, value: rules.plainValues[name], source: v.source, ...unitAndConfidence(v) });
  const asUsed: Record<string, unknown> = {
    entryRateMultiplier: describeAssumption(entryRateMultiplierH, startYear),
    increaseTakeUp: describeAssumption(increaseTakeUpH, startYear),
  };
  for (const [group, set] of [['pension', pension], ['behaviour', behaviour]] as const) {
    for (const [name, v] of Object.entries(set.provenance)) provenance.push({ key: `${group}.${name}`, value: group === 'behaviour' && name in asUsed ? asUsed[name] : set.plain[name], source: v.source, ...unitAndConfidence(v) });
  }
  provenance.push(
    { key: 'fund.initialReserve', value: f.fund.initialReserve.value, source: f.fund.initialReserve.source, ...unitAndConfidence(f.fund.initialReserve) },
    { key: 'fund.adminCostRate', value: f.fund.adminCostRate.value, source: f.fund.adminCostRate.source, ...unitAndConfidence(f.fund.adminCostRate) },
    { key: 'fund.terminalReserveYears', value: f.fund.terminalReserveYears.value, source: f.fund.terminalReserveYears.source, ...unitAndConfidence(f.fund.terminalReserveYears) },
  );

  return {
    scheme: 'ssc-optional',
    name: f.name,
    description: f.description,
    startYear,
    years: horizonYears,
    valuationYears: years,
    rules,
    economic: { wageGrowth, inflation, interest, minimumWageGrowth },
    demography: { population, deathProbability, fertility, netMigration, sexRatioAtBirth: srb.value },
    behaviour: {
      eligibleShare: b.eligibleShare,
      coveredEmploymentShare: b.coveredEmploymentShare,
      entryRate: b.entryRate,
      entryRateMultiplier,
      entryWageFactor: b.entryWageFactor,
      exitCoveredWorkRate: b.exitCoveredWorkRate,
      requestRate: b.requestRate,
      reEntryRate: b.reEntryRate,
      payment: { catchUp, stay, miss },
      increaseTakeUp,
      increaseMeanSize: b.increaseMeanSize,
      mortalityMultiplier: b.mortalityMultiplier,
      continueAfterPensionAge: b.continueAfterPensionAge,
      maxActiveAge: b.maxActiveAge,
    },
    pension: {
      normalRetirementAge: nra,
      qualifyingMonths: p.qualifyingMonths as number,
      accrualRate: p.accrualRate as number,
      minimumPension: p.minimumPension as number,
      minimumPensionIndexed: p.minimumPensionIndexed as boolean,
      indexationMonth: p.indexationMonth as number,
      indexationCap: p.indexationCap as number,
      survivorProbability: bySex(p.survivorProbability),
      survivorShare: p.survivorShare as number,
      survivorAgeDifference: bySex(p.survivorAgeDifference),
      deathPensionMinServiceYears: p.deathPensionMinServiceYears as number,
      lumpSumRatePerMonth: p.lumpSumRatePerMonth as number,
      referenceWageMonths: p.referenceWageMonths as number,
      earlyRetirement: earlyRetirementTerms(p),
      disability: {
        minMonths: p.disabilityMinMonths as number,
        incidence: p.disabilityIncidence as Float64Array,
        pension: p.disabilityPension as DisabilityTerms['pension'],
        mortalityMultiplier: p.disabledMortalityMultiplier as number,
      },
      orphans: p.orphans as OrphanTerms,
      deathInServicePension: p.deathInServicePension as 'disability' | 'old-age',
    },
    startStock: buildStartStock(L, {
      insured: b.startInsured as number,
      womenShare: b.startWomenShare as number,
      ageShares: b.startAgeShares as BandTable,
      meanServiceYears: b.startMeanServiceYears as number,
      arrears: b.startArrears,
      payment: { catchUp, stay, miss },
      qualifyingMonths: p.qualifyingMonths as number,
      averageWage: b.startAverageWage as { M: number; F: number },
      formerMembers: b.startFormerMembers as number,
      formerMeanServiceYears: b.startFormerMeanServiceYears as number,
      formerAverageWage: b.startFormerAverageWage as number,
      pensioners: b.startPensioners as number,
      averagePension: b.startAveragePension as number,
      retirementAge: nra,
    }),
    fund: {
      initialReserve: f.fund.initialReserve.value,
      adminCostRate: f.fund.adminCostRate.value,
      terminalReserveYears: f.fund.terminalReserveYears.value,
    },
    programmes,
    provenance,
  };
}

/** The early-retirement terms from the pension model's values. */
function earlyRetirementTerms(p: Record<string, unknown>): EarlyRetirementTerms {
  const e = p.earlyRetirement as { routes: { age: { M: number; F: number }; months: { M: number; F: number } }[]; newRulesFrom: string; newRulesMinAge: { M: number; F: number } };
  const [year, month] = e.newRulesFrom.split('-').map(Number) as [number, number];
  return {
    routes: e.routes.map((r) => ({ age: [r.age.M, r.age.F] as const, months: [r.months.M, r.months.F] as const })),
    newRulesFrom: year * 12 + month - 1,
    newRulesMinAge: [e.newRulesMinAge.M, e.newRulesMinAge.F],
    accrualBelowLimit: p.earlyRetirementAccrual as Float64Array,
    accrualAboveLimit: p.earlyRetirementAccrualAboveLimit as Float64Array,
    accrualWageLimit: p.accrualWageLimit as number,
    takeUp: p.earlyRetirementTakeUp as Float64Array,
  };
}
