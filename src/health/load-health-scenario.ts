import { existsSync } from 'node:fs';
import { boundedNumber, checkProjectionYears, checkReserveGrowth } from '../assumptions/bounds.js';
import { dirname, isAbsolute, resolve } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { describeAssumption, resolveAssumption, type AssumptionBounds } from '../assumptions/assumption.js';
import { loadParameterSet, unitAndConfidence } from '../assumptions/parameter-set.js';
import { parseWithSchema } from '../assumptions/validate.js';
import { errorAt, readYamlSource, yamlSourceFromText, type KeyPath, type YamlSource } from '../assumptions/yaml-source.js';
import { POP_AGES, type SourcedValue } from '../core/resolved-scenario.js';
import { basePopulation } from '../demography/base-population.js';
import { annualDeathProbability } from '../demography/death-probability.js';
import { singleAgeDeathRates } from '../demography/death-rates.js';
import { singleAgeAsfr } from '../demography/fertility.js';
import { loadScenario, MODELS_DIR } from '../scenario/load-scenario.js';
import { COST_SPECS, COVERAGE_SPECS, DEPENDANT_SPECS, MATERNITY_SPECS, UTILISATION_SPECS, type InsuredSource } from './health-parameters.js';
import { resolveHealthSubsidy } from './health-subsidy.js';
import { loadParameterPair } from './parameter-group.js';
import type { OptionalSchemeInsured, PopulationInsured, ResolvedHealthScenario, ResolvedHealthSubsidy } from './resolved-health-scenario.js';

const sourced = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, source: z.string().min(1), unit: z.string().optional(), confidence: z.enum(['verified', 'reported', 'assumption']).optional() });
const overrides = z.record(z.string(), z.unknown()).optional();

export const healthScenarioSchema = z.strictObject({
  scheme: z.literal('health'),
  name: z.string().min(1),
  description: z.string().default(''),
  startYear: z.number().int().min(1990).max(2100),
  horizonYears: z.number().int().min(1).max(100),
  models: z
    .strictObject({ coverage: z.string().optional(), dependants: z.string().optional(), utilisation: z.string().optional(), costs: z.string().optional(), maternity: z.string().optional() })
    .default({}),
  economic: z.strictObject({
    wageGrowth: sourced(z.unknown()).optional(),
    pensionIndexation: sourced(z.unknown()).optional(),
    medicalInflation: sourced(z.unknown()),
    interest: sourced(z.unknown()),
  }),
  demography: z.strictObject({ sexRatioAtBirth: sourced(z.number().min(0.8).max(1.3)).optional() }).default({}),
  coverage: overrides,
  dependants: overrides,
  health: overrides,
  maternity: overrides,
  revenue: z.strictObject({
    contributionRate: sourced(z.unknown()),
    pensionerContributionRate: sourced(z.unknown()).optional(),
    subsidies: sourced(z.array(z.unknown())).optional(),
  }),
  fund: z.strictObject({
    initialReserve: sourced(boundedNumber.reserveJod),
    adminCostRate: sourced(z.number().min(0).max(1)),
    terminalReserveYears: sourced(z.number().min(0).max(20)),
  }),
  notes: z.unknown().optional(),
});

/** Default model files (in models/). */
export const HEALTH_MODEL_FILES = {
  coverage: 'health-coverage.yaml',
  dependants: 'health-dependants.yaml',
  utilisation: 'health-utilisation.yaml',
  costs: 'health-costs.yaml',
  maternity: 'health-maternity.yaml',
} as const;

const DEFAULT_SRB = { value: 1.05, source: 'assumption: usual sex ratio at birth (design note section 1)' };
const RATE: AssumptionBounds = { min: 0, max: 1 };
const GROWTH: AssumptionBounds = { min: -0.5, max: 1 };

function modelPath(given: string | undefined, defaultName: string, baseDir: string): string {
  if (given === undefined) return resolve(MODELS_DIR, defaultName);
  return isAbsolute(given) ? given : resolve(baseDir, given);
}

/**
 * Read, validate and resolve a health scenario (`scheme: health`): the scenario file (YAML),
 * the model files it names (coverage, dependants, utilisation, costs, maternity; defaults in
 * models/health-*.yaml, each parameter overridable under its group: `coverage:`, `dependants:`,
 * `health:` (utilisation and costs), `maternity:`), the UN WPP data, the optional scenario the
 * insured group comes from (`coverage.insured: { value: { from: optional-scheme, scenario: path } }`),
 * and every assumption to one number a projection year. A policy tool may pass the scenario as
 * an object (relative paths are then taken from the working directory).
 * @throws {InputError} file:line:column, key and the bound broken, for anything malformed
 * @example const s = await loadHealthScenario('scenarios/health-baseline.yaml'); runHealthScenario(s)
 */
export async function loadHealthScenario(input: string | object): Promise<ResolvedHealthScenario> {
  const src = typeof input === 'string' ? readYamlSource(input) : yamlSourceFromText(stringify(input ?? null), '<scenario object>');
  const baseDir = typeof input === 'string' ? dirname(resolve(input)) : process.cwd();
  return resolveHealthScenarioSource(src, baseDir);
}

/** `loadHealthScenario` on a parsed scenario; relative model and scenario paths are taken from `baseDir`. */
export async function resolveHealthScenarioSource(src: YamlSource, baseDir: string): Promise<ResolvedHealthScenario> {
  const f = parseWithSchema(src, healthScenarioSchema);
  checkProjectionYears(src, f.startYear, f.horizonYears);
  const { startYear, horizonYears: years } = f;
  const provenance: SourcedValue[] = [];
  const file = (k: keyof typeof HEALTH_MODEL_FILES) => readYamlSource(modelPath(f.models[k], HEALTH_MODEL_FILES[k], baseDir));
  const byYear = (at: { src: YamlSource; path: KeyPath }, bounds: AssumptionBounds) => resolveAssumption(at.src, at.path, startYear, years, bounds);

  // Model parameter sets, each overridable under its group.
  const coverage = loadParameterSet(COVERAGE_SPECS, file('coverage'), { src, path: ['coverage'] });
  const dependants = loadParameterSet(DEPENDANT_SPECS, file('dependants'), { src, path: ['dependants'] });
  const { a: utilisation, b: costs } = loadParameterPair(UTILISATION_SPECS, file('utilisation'), COST_SPECS, file('costs'), { src, path: ['health'] });
  const maternity = loadParameterSet(MATERNITY_SPECS, file('maternity'), { src, path: ['maternity'] });

  // Where the insured group comes from.
  const source = coverage.values.insured as InsuredSource;
  const insuredAt = coverage.locations.insured!;
  if (source.from === 'optional-scheme' && source.scenario === undefined) throw errorAt(insuredAt.src, insuredAt.path, 'from: optional-scheme needs scenario: <optional-scheme scenario file>');
  if (source.from === 'population' && source.scenario !== undefined) throw errorAt(insuredAt.src, [...insuredAt.path, 'scenario'], 'scenario is only read with from: optional-scheme', true);
  const fromPopulation = source.from === 'population';
  if (!fromPopulation) {
    const unused = Object.keys(COVERAGE_SPECS).find((name) => name !== 'insured' && name !== 'insuredFertility' && coverage.locations[name]!.src === src);
    if (unused !== undefined) throw errorAt(src, ['coverage', unused], `not used when the insured group comes from an optional-scheme projection (only with from: population): remove it`, true);
  }
  for (const key of ['wageGrowth', 'pensionIndexation'] as const) {
    if (!fromPopulation && f.economic[key] !== undefined) throw errorAt(src, ['economic', key], `not used when the insured group comes from an optional-scheme projection (its wages and pensions are the projection's): remove it`, true);
  }
  if (fromPopulation && f.economic.wageGrowth === undefined) throw errorAt(src, ['economic'], 'missing wageGrowth: needed when coverage.insured is from: population');

  // Economic assumptions.
  const econ = async (key: 'wageGrowth' | 'pensionIndexation' | 'medicalInflation' | 'interest') => {
    const v = await byYear({ src, path: ['economic', key, 'value'] }, GROWTH);
    provenance.push({ key: `economic.${key}`, value: describeAssumption(v, startYear), source: f.economic[key]!.source, ...unitAndConfidence(f.economic[key]!) });
    return v;
  };
  const medicalInflation = await econ('medicalInflation');
  const interest = await econ('interest');
  checkReserveGrowth(src, ['fund', 'initialReserve', 'value'], f.fund.initialReserve.value, interest);
  let wageGrowth: Float64Array = new Float64Array(years);
  let pensionIndexation: Float64Array = new Float64Array(years);
  if (fromPopulation) {
    wageGrowth = await econ('wageGrowth');
    if (f.economic.pensionIndexation === undefined) {
      pensionIndexation = wageGrowth;
      provenance.push({ key: 'economic.pensionIndexation', value: describeAssumption(wageGrowth, startYear), source: 'assumption: pensions grow with wages (economic.pensionIndexation not given)' });
    } else pensionIndexation = await econ('pensionIndexation');
  }

  // Demography: UN WPP mortality and fertility; fertility from childAgeLimit - 1 years before the start (children's births).
  const childAgeLimit = dependants.values.childAgeLimit;
  const deathProbability: Float64Array[] = [];
  for (let y = 0; y < years; y++) {
    const q = new Float64Array(2 * POP_AGES);
    q.set(singleAgeDeathRates('M', startYear + y).map(annualDeathProbability), 0);
    q.set(singleAgeDeathRates('F', startYear + y).map(annualDeathProbability), POP_AGES);
    deathProbability.push(q);
  }
  const firstFertilityYear = startYear - Math.max(0, childAgeLimit - 1);
  const fertility = { firstYear: firstFertilityYear, rates: Array.from({ length: startYear + years - firstFertilityYear }, (_, i) => singleAgeAsfr(firstFertilityYear + i)) };
  const srb = f.demography.sexRatioAtBirth ?? DEFAULT_SRB;
  if (fromPopulation) {
    provenance.push({ key: 'demography.population', value: `UN WPP 2019, Jordan, 1 January ${startYear} (interpolated, split into single ages), projected by cohort components without migration`, source: 'United Nations, World Population Prospects 2019 (models/data/jordan/README.md)' });
  }
  provenance.push(
    { key: 'demography.mortality', value: `UN WPP 2024 mx, Jordan, ${startYear}..${startYear + years - 1}`, source: 'United Nations, World Population Prospects 2024 (models/data/jordan/README.md)' },
    { key: 'demography.fertility', value: `UN WPP 2024 TFR x PASFR, Jordan, ${firstFertilityYear}..${startYear + years - 1}`, source: 'United Nations, World Population Prospects 2024' },
    { key: 'demography.sexRatioAtBirth', value: srb.value, source: srb.source },
  );

  // The insured group.
  let insured: PopulationInsured | OptionalSchemeInsured;
  if (fromPopulation) {
    const c = coverage.values;
    const coveredShareMultiplier = await byYear(coverage.locations.coveredShareMultiplier!, { min: 0, max: 100 });
    const pensionerShareMultiplier = await byYear(coverage.locations.pensionerShareMultiplier!, { min: 0, max: 100 });
    for (let y = 0; y < years; y++) {
      for (let i = 0; i < 2 * POP_AGES; i++) {
        const share = c.coveredShare[i]! * coveredShareMultiplier[y]! + c.pensionerShare[i]! * pensionerShareMultiplier[y]!;
        if (share > 1) {
          const at = coverage.locations.coveredShareMultiplier!;
          throw errorAt(at.src, at.path, `contributors and pensioners would be ${share} of the population (${i < POP_AGES ? 'M' : 'F'} aged ${i % POP_AGES} in ${startYear + y}): coveredShare x coveredShareMultiplier + pensionerShare x pensionerShareMultiplier must be <= 1`);
        }
      }
    }
    const pop = basePopulation(startYear - 0.5);
    const population = new Float64Array(2 * POP_AGES);
    population.set(pop.male, 0);
    population.set(pop.female, POP_AGES);
    const pension = c.averagePension as { M: number; F: number };
    insured = {
      from: 'population',
      population,
      coveredShare: c.coveredShare,
      coveredShareMultiplier,
      averageWage: c.averageWage,
      pensionerShare: c.pensionerShare,
      pensionerShareMultiplier,
      averagePension: [pension.M, pension.F],
    };
    const asUsed: Record<string, unknown> = { coveredShareMultiplier: describeAssumption(coveredShareMultiplier, startYear), pensionerShareMultiplier: describeAssumption(pensionerShareMultiplier, startYear) };
    for (const [name, v] of Object.entries(coverage.provenance)) provenance.push({ key: `coverage.${name}`, value: asUsed[name] ?? coverage.plain[name], source: v.source, ...unitAndConfidence(v) });
  } else {
    const scenarioPath = [...insuredAt.path, 'scenario'];
    const dir = insuredAt.src === src ? baseDir : dirname(insuredAt.src.file);
    const path = resolve(dir, source.scenario!);
    if (!existsSync(path)) throw errorAt(insuredAt.src, scenarioPath, `cannot read the optional-scheme scenario ${path}`);
    const optional = await loadScenario(path);
    if (optional.startYear !== startYear) throw errorAt(insuredAt.src, scenarioPath, `the optional-scheme scenario starts in ${optional.startYear}, this scenario in ${startYear}: they must start together`);
    if (optional.years < years) throw errorAt(insuredAt.src, scenarioPath, `the optional-scheme scenario projects ${optional.years} years, this scenario ${years}: it must cover the whole horizon`);
    insured = { from: 'optional-scheme', path, scenario: optional };
    const insuredFertility = coverage.provenance.insuredFertility!;
    provenance.push(
      { key: 'coverage.insured', value: { from: 'optional-scheme', scenario: path }, source: coverage.provenance.insured!.source },
      { key: 'coverage.insuredFertility', value: coverage.plain.insuredFertility, source: insuredFertility.source, ...unitAndConfidence(insuredFertility) },
    );
  }

  // Dependants, utilisation, unit costs, maternity.
  const takeUp = await byYear(dependants.locations.takeUp!, RATE);
  for (const [name, v] of Object.entries(dependants.provenance)) provenance.push({ key: `dependants.${name}`, value: name === 'takeUp' ? describeAssumption(takeUp, startYear) : dependants.plain[name], source: v.source, ...unitAndConfidence(v) });
  for (const set of [utilisation, costs]) for (const [name, v] of Object.entries(set.provenance)) provenance.push({ key: `health.${name}`, value: set.plain[name], source: v.source, ...unitAndConfidence(v) });
  for (const [name, v] of Object.entries(maternity.provenance)) provenance.push({ key: `maternity.${name}`, value: maternity.plain[name], source: v.source, ...unitAndConfidence(v) });
  const d = dependants.values;
  const u = utilisation.values;
  const k = costs.values;

  // Revenue.
  const contributionRate = await byYear({ src, path: ['revenue', 'contributionRate', 'value'] }, RATE);
  provenance.push({ key: 'revenue.contributionRate', value: describeAssumption(contributionRate, startYear), source: f.revenue.contributionRate.source, ...unitAndConfidence(f.revenue.contributionRate) });
  let pensionerContributionRate: Float64Array = new Float64Array(years);
  if (f.revenue.pensionerContributionRate === undefined) {
    provenance.push({ key: 'revenue.pensionerContributionRate', value: describeAssumption(pensionerContributionRate, startYear), source: 'assumption: pensioners pay no contribution (revenue.pensionerContributionRate not given)' });
  } else {
    pensionerContributionRate = await byYear({ src, path: ['revenue', 'pensionerContributionRate', 'value'] }, RATE);
    provenance.push({ key: 'revenue.pensionerContributionRate', value: describeAssumption(pensionerContributionRate, startYear), source: f.revenue.pensionerContributionRate.source, ...unitAndConfidence(f.revenue.pensionerContributionRate) });
  }
  const subsidies: ResolvedHealthSubsidy[] = [];
  const subsidiesPlain: unknown[] = [];
  const raw = f.revenue.subsidies?.value ?? [];
  for (let i = 0; i < raw.length; i++) {
    const { subsidy, plain } = await resolveHealthSubsidy(src, ['revenue', 'subsidies', 'value', i], raw[i], startYear, years);
    if (subsidies.some((x) => x.name === subsidy.name)) throw errorAt(src, ['revenue', 'subsidies', 'value', i, 'name'], `subsidy name "${subsidy.name}" is used twice`);
    subsidies.push(subsidy);
    subsidiesPlain.push(plain);
  }
  if (f.revenue.subsidies !== undefined) provenance.push({ key: 'revenue.subsidies', value: subsidiesPlain, source: f.revenue.subsidies.source });

  provenance.push(
    { key: 'fund.initialReserve', value: f.fund.initialReserve.value, source: f.fund.initialReserve.source, ...unitAndConfidence(f.fund.initialReserve) },
    { key: 'fund.adminCostRate', value: f.fund.adminCostRate.value, source: f.fund.adminCostRate.source, ...unitAndConfidence(f.fund.adminCostRate) },
    { key: 'fund.terminalReserveYears', value: f.fund.terminalReserveYears.value, source: f.fund.terminalReserveYears.source, ...unitAndConfidence(f.fund.terminalReserveYears) },
  );

  const bySex = (x: unknown): [number, number] => [(x as { M: number }).M, (x as { F: number }).F];
  return {
    scheme: 'health',
    name: f.name,
    description: f.description,
    startYear,
    years,
    economic: { wageGrowth, pensionIndexation, medicalInflation, interest },
    insured,
    demography: { deathProbability, fertility, sexRatioAtBirth: srb.value, relativeFertility: { insured: coverage.values.insuredFertility, spouses: d.spouseFertility } },
    dependants: {
      takeUp,
      marriedShare: d.marriedShare,
      spouseDependentShare: bySex(d.spouseDependentShare),
      spouseAgeDifference: bySex(d.spouseAgeDifference),
      childAgeLimit,
    },
    utilisation: {
      outpatientVisits: u.outpatientVisits,
      inpatientAdmissions: u.inpatientAdmissions,
      averageLengthOfStay: u.averageLengthOfStay,
      prescriptions: u.prescriptions,
      otherServices: u.otherServices,
    },
    unitCosts: { visit: k.costPerVisit, inpatientDay: k.costPerInpatientDay, prescription: k.costPerPrescription, otherService: k.costPerOtherService, delivery: k.costPerDelivery },
    maternity: { contributionRate: maternity.values.contributionRate, leaveDays: maternity.values.leaveDays, claimShare: maternity.values.claimShare },
    revenue: { contributionRate, pensionerContributionRate, subsidies },
    fund: { initialReserve: f.fund.initialReserve.value, adminCostRate: f.fund.adminCostRate.value, terminalReserveYears: f.fund.terminalReserveYears.value },
    provenance,
  };
}
