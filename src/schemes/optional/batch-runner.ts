/**
 * The batch runner of the optional scheme: a ResolvedScenario (loadScenario) as the base, one
 * run's sensitivity values or stochastic paths applied to a shallow copy of it, and runScenario
 * without the programme comparisons (a batch compares runs with each other, not with a scenario
 * stripped of its programmes). Every value varied is validated by the scenario loader first
 * (src/batch/batch-file.ts): this module holds no bounds.
 */
import { INDICATOR_COLUMNS } from '../../core/indicators.js';
import type { ResolvedProgramme, ResolvedScenario } from '../../core/resolved-scenario.js';
import { runScenario } from '../../core/run-scenario.js';
import { rateToNumber } from '../../money/scaled-rate.js';
import { resolvedScenarioYaml } from '../../output/resolved-scenario-yaml.js';
import { checkRate, filledYears, packColumns } from '../../batch/run-values.js';
import { GENERATOR } from '../generator.js';
import type { PathInfo, RunAssumptions, SchemeRunner, SchemeRunOutput } from '../scheme.js';

type EconomicKey = keyof ResolvedScenario['economic'];
type PerYearBehaviour = 'entryRateMultiplier' | 'increaseTakeUp';
type ScalarBehaviour = 'eligibleShare' | 'reEntryRate' | 'increaseMeanSize' | 'mortalityMultiplier' | 'continueAfterPensionAge';
type FundKey = keyof ResolvedScenario['fund'];
type ProgrammeField = 'share' | 'entryMultiplier' | 'missMultiplier' | 'persistence';

/**
 * The keys `apply` sets on a resolved scenario itself: each takes the value as given (a per-year
 * assumption, a Float64Array in the resolved scenario, gets it every year). Any other scenario key
 * is resolved by the loader (rules, pension, the start stock, payment behaviour, ...).
 */
const APPLIED = new Set([
  'economic.wageGrowth',
  'economic.inflation',
  'economic.interest',
  'economic.minimumWageGrowth',
  'behaviour.entryRateMultiplier',
  'behaviour.increaseTakeUp',
  'behaviour.eligibleShare',
  'behaviour.reEntryRate',
  'behaviour.increaseMeanSize',
  'behaviour.mortalityMultiplier',
  'behaviour.continueAfterPensionAge',
  'fund.initialReserve',
  'fund.adminCostRate',
  'fund.terminalReserveYears',
]);
/** The fields of a programme `apply` sets itself (`programmes.<name>.<field>`). */
const APPLIED_PROGRAMME_FIELDS = new Set<ProgrammeField>(['share', 'entryMultiplier', 'missMultiplier', 'persistence']);
const PROGRAMME_KEY = /^programmes\.(.+)\.([A-Za-z]+)$/;

const PATHS: Readonly<Record<string, PathInfo>> = {
  wageGrowth: { kind: 'level', target: 'economic.wageGrowth', what: 'nominal average wage growth (economic.minimumWageGrowth moves with it: the base spread is kept)' },
  inflation: { kind: 'level', target: 'economic.inflation', what: 'inflation' },
  interest: { kind: 'level', target: 'economic.interest', what: 'nominal interest' },
  takeUp: { kind: 'multiplier', target: 'behaviour.entryRateMultiplier', what: 'multiplier on the base entry-rate multiplier (take-up), median 1' },
};

export const optionalRunner: SchemeRunner<ResolvedScenario> = {
  columns: INDICATOR_COLUMNS,

  describe(s) {
    return { name: s.name, startYear: s.startYear, years: s.years, contributionRate: rateToNumber(s.rules.contributionRate), resolvedYaml: resolvedScenarioYaml(s, GENERATOR) };
  },

  applies(key) {
    const m = PROGRAMME_KEY.exec(key);
    return APPLIED.has(key) || (m !== null && APPLIED_PROGRAMME_FIELDS.has(m[2] as ProgrammeField));
  },

  scenarioOverrides(key, value) {
    return { [key]: value };
  },

  paths: PATHS,

  apply(base, run: RunAssumptions) {
    const years = base.years;
    const economic: Record<EconomicKey, Float64Array> = { ...base.economic };
    const behaviour = { ...base.behaviour } as { -readonly [K in keyof ResolvedScenario['behaviour']]: ResolvedScenario['behaviour'][K] };
    const fund = { ...base.fund } as { -readonly [K in FundKey]: number };
    let programmes: ResolvedProgramme[] = [...base.programmes];

    for (const [key, value] of Object.entries(run.values)) {
      if (!optionalRunner.applies(key)) throw new RangeError(`"${key}" is set by the scenario loader, not by the batch runner`);
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
