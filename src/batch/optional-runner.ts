/**
 * The batch runner of the optional scheme: a ResolvedScenario (loadScenario) as the base, one
 * run's sensitivity values or stochastic paths applied to a shallow copy of it, and runScenario
 * without the programme comparisons (a batch compares runs with each other, not with a scenario
 * stripped of its programmes).
 */
import { SCENARIO_BOUNDS } from '../assumptions/bounds.js';
import { INDICATOR_COLUMNS } from '../core/indicators.js';
import type { ResolvedProgramme, ResolvedScenario } from '../core/resolved-scenario.js';
import { runScenario } from '../core/run-scenario.js';
import { rateToNumber } from '../money/scaled-rate.js';
import { resolvedScenarioYaml } from '../output/resolved-scenario-yaml.js';
import { resolveScenarioSource } from '../scenario/load-scenario.js';
import { GENERATOR } from '../scenario/run-any.js';
import { checkRate, filledYears, loadBase, packColumns } from './run-values.js';
import type { ParameterInfo, PathInfo, RunAssumptions, SchemeRunner, SchemeRunOutput } from './schemes.js';

type EconomicKey = keyof ResolvedScenario['economic'];
type PerYearBehaviour = 'entryRateMultiplier' | 'increaseTakeUp';
type ScalarBehaviour = 'eligibleShare' | 'reEntryRate' | 'increaseMeanSize' | 'mortalityMultiplier' | 'continueAfterPensionAge';
type FundKey = keyof ResolvedScenario['fund'];
type ProgrammeField = 'share' | 'entryMultiplier' | 'missMultiplier' | 'persistence';

/** Parameters a sensitivity may vary, with the bounds of the scenario file. Per-year ones get the value every year. */
const FIXED_PARAMETERS: Readonly<Record<string, ParameterInfo>> = {
  'economic.wageGrowth': { min: -0.5, max: 1, what: 'nominal average wage growth, every year (economic.minimumWageGrowth moves with it: the base spread is kept)' },
  'economic.inflation': { min: -0.5, max: 1, what: 'inflation, every year (pension indexation)' },
  'economic.interest': { min: -0.5, max: 1, what: 'nominal interest on the reserve and for present values, every year' },
  'economic.minimumWageGrowth': { min: -0.5, max: 1, what: 'minimum wage growth, every year' },
  'behaviour.entryRateMultiplier': { min: 0, max: 100, what: 'multiplier on entry rates (take-up), every year, replacing the base value' },
  'behaviour.increaseTakeUp': { min: 0, max: 1, what: 'share of paying members taking the annual increase, every year' },
  'behaviour.eligibleShare': { min: 0, max: 1, what: 'share of the population who may enroll' },
  'behaviour.reEntryRate': { min: 0, max: 1, what: 'annual re-entry rate of former subscribers' },
  'behaviour.increaseMeanSize': { min: 0, max: 1, what: 'mean size of the annual increase' },
  'behaviour.mortalityMultiplier': { min: 0, max: 10, what: 'multiplier on death probabilities of members and pensioners' },
  'behaviour.continueAfterPensionAge': { min: 0, max: 1, what: 'share continuing to contribute past pension age without the qualifying months' },
  'fund.initialReserve': { ...SCENARIO_BOUNDS.reserveJod, what: 'initial reserve (JOD), within the scenario file bounds' },
  'fund.adminCostRate': { min: 0, max: 1, what: 'administration cost as a share of contribution income' },
  'fund.terminalReserveYears': { min: 0, max: 20, what: 'terminal reserve of the GAP, in years of expenditure' },
};

const PROGRAMME_FIELDS: Readonly<Record<ProgrammeField, ParameterInfo>> = {
  share: { min: 0, max: 1, what: 'share of the contribution the programme pays' },
  entryMultiplier: { min: 0, max: 100, what: "entry-rate multiplier while the programme admits" },
  missMultiplier: { min: 0, max: 100, what: 'multiplier on missing a contribution while subsidised' },
  persistence: { min: 0, max: 1, what: 'share staying enrolled when the subsidy ends' },
};

const PATHS: Readonly<Record<string, PathInfo>> = {
  wageGrowth: { kind: 'level', target: 'economic.wageGrowth', what: 'nominal average wage growth (economic.minimumWageGrowth moves with it: the base spread is kept)' },
  inflation: { kind: 'level', target: 'economic.inflation', what: 'inflation' },
  interest: { kind: 'level', target: 'economic.interest', what: 'nominal interest' },
  takeUp: { kind: 'multiplier', target: 'behaviour.entryRateMultiplier', what: 'multiplier on the base entry-rate multiplier (take-up), median 1' },
};

export const optionalRunner: SchemeRunner<ResolvedScenario> = {
  scheme: 'ssc-optional',
  columns: INDICATOR_COLUMNS,

  load(path, options) {
    return loadBase(path, options.horizonYears, resolveScenarioSource, options.overrides);
  },

  describe(s) {
    return { name: s.name, startYear: s.startYear, years: s.years, contributionRate: rateToNumber(s.rules.contributionRate), resolvedYaml: resolvedScenarioYaml(s, GENERATOR) };
  },

  isAppliedKey(key) {
    const m = /^programmes\.(.+)\.([A-Za-z]+)$/.exec(key);
    return Object.hasOwn(FIXED_PARAMETERS, key) || (m !== null && Object.hasOwn(PROGRAMME_FIELDS, m[2] as string));
  },

  parameterKeys: [...Object.keys(FIXED_PARAMETERS), ...Object.keys(PROGRAMME_FIELDS).map((f) => `programmes.<name>.${f}`)],

  parameter(key, s) {
    if (Object.hasOwn(FIXED_PARAMETERS, key)) return FIXED_PARAMETERS[key]!;
    const m = /^programmes\.(.+)\.([A-Za-z]+)$/.exec(key);
    if (m === null) return `unknown parameter "${key}" (known: ${this.parameterKeys.join(', ')})`;
    const [, name, field] = m as unknown as [string, string, string];
    if (!s.programmes.some((p) => p.name === name)) {
      const names = s.programmes.map((p) => p.name);
      return `the base scenario has no programme "${name}" (${names.length === 0 ? 'it has no programmes' : `its programmes: ${names.join(', ')}`})`;
    }
    if (!Object.hasOwn(PROGRAMME_FIELDS, field)) return `a programme's "${field}" cannot be varied (known: ${Object.keys(PROGRAMME_FIELDS).join(', ')})`;
    return PROGRAMME_FIELDS[field as ProgrammeField];
  },

  paths: PATHS,

  apply(base, run: RunAssumptions) {
    const years = base.years;
    const economic: Record<EconomicKey, Float64Array> = { ...base.economic };
    const behaviour = { ...base.behaviour } as { -readonly [K in keyof ResolvedScenario['behaviour']]: ResolvedScenario['behaviour'][K] };
    const fund = { ...base.fund } as { -readonly [K in FundKey]: number };
    let programmes: ResolvedProgramme[] = [...base.programmes];

    for (const [key, value] of Object.entries(run.values)) {
      const [group, name] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
      if (group === 'economic') economic[name as EconomicKey] = filledYears(years, value);
      else if (group === 'behaviour' && (name === 'entryRateMultiplier' || name === 'increaseTakeUp')) behaviour[name as PerYearBehaviour] = filledYears(years, value);
      else if (group === 'behaviour') behaviour[name as ScalarBehaviour] = value;
      else if (group === 'fund') fund[name as FundKey] = value;
      else if (group === 'programmes') {
        const dot = name.lastIndexOf('.');
        const [pName, field] = [name.slice(0, dot), name.slice(dot + 1) as ProgrammeField];
        programmes = programmes.map((p) => (p.name === pName ? { ...p, [field]: value } : p));
      } else throw new RangeError(`unknown parameter "${key}"`);
    }
    for (const [name, values] of Object.entries(run.paths)) {
      const info = PATHS[name];
      if (info === undefined) throw new RangeError(`unknown path "${name}"`);
      if (name === 'takeUp') behaviour.entryRateMultiplier = behaviour.entryRateMultiplier.map((m, y) => m * values[y]!);
      else {
        checkRate(`the ${name} path`, values, base.startYear);
        economic[name as EconomicKey] = Float64Array.from(values);
      }
    }
    // Wage growth moved: the minimum wage keeps its spread to it, unless it was set itself.
    if (economic.wageGrowth !== base.economic.wageGrowth && !('economic.minimumWageGrowth' in run.values)) {
      const w = economic.wageGrowth;
      economic.minimumWageGrowth = base.economic.minimumWageGrowth.slice(0, w.length).map((m, y) => w[y]! + (m - base.economic.wageGrowth[y]!));
      checkRate('minimum wage growth (wage growth plus the base spread)', economic.minimumWageGrowth, base.startYear);
    }
    return { ...base, economic, behaviour, fund, programmes };
  },

  run(s): SchemeRunOutput {
    // A batch's runs report the GAP over the scenario's horizon (no 100-year extension, no closed group).
    const r = runScenario(s, { programmeComparisons: false, valuation: false });
    return {
      startYear: s.startYear,
      years: s.years,
      values: packColumns(r.indicators, INDICATOR_COLUMNS),
      gap: r.summary.gap,
      yearReserveFirstFalls: r.summary.year_reserve_first_falls,
      yearReserveExhausted: r.summary.year_reserve_exhausted,
    };
  },
};
