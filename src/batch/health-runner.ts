/**
 * The batch runner of the social health insurance (scheme `health`, issue 6): a
 * ResolvedHealthScenario (resolveHealthScenarioSource) as the base, one run's sensitivity values
 * or stochastic paths applied to a shallow copy of it, and runHealthScenario. docs/batch.md lists
 * the parameters and paths.
 *
 * Rules that are choices (docs/batch.md, "The health scheme"):
 * - Wage growth moves pension indexation only when the base scenario lets pensions grow with wages
 *   (it gives no economic.pensionIndexation: the loader then uses the wage-growth array itself).
 *   Medical inflation never moves with wage growth: it is an assumption of its own (vary both, or
 *   correlate their paths, to move them together).
 * - The `inflation` path sets economic.pensionIndexation (pensions follow prices, as the optional
 *   scheme's inflation indexes its pensions); `medicalInflation` is a path of its own. Shock order:
 *   the optional scheme's four paths in its order, then medicalInflation.
 * - The `takeUp` path multiplies the odds of the dependants' take-up: t = b m / (1 - b + b m), so a
 *   share stays a share (0 and 1 are kept; the median stays b).
 * - A base whose insured group is an optional-scheme projection has no wage growth, pension
 *   indexation or coverage shares of its own: those parameters and paths are refused.
 */
import { SCENARIO_BOUNDS } from '../assumptions/bounds.js';
import { POP_AGES } from '../core/resolved-scenario.js';
import { HEALTH_INDICATOR_COLUMNS } from '../health/health-indicators.js';
import { resolveHealthScenarioSource } from '../health/load-health-scenario.js';
import type { PopulationInsured, ResolvedHealthScenario } from '../health/resolved-health-scenario.js';
import { runHealthScenario } from '../health/run-health-scenario.js';
import { resolvedScenarioYaml } from '../output/resolved-scenario-yaml.js';
import { GENERATOR } from '../scenario/run-any.js';
import { checkRate, filledYears, loadBase, packColumns } from './run-values.js';
import type { ParameterInfo, PathInfo, RunAssumptions, SchemeRunner, SchemeRunOutput } from './schemes.js';

type S = ResolvedHealthScenario;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Bounds of the health scenario file (load-health-scenario.ts: GROWTH for economic rates, RATE for shares). */
const GROWTH = { min: -0.5, max: 1 } as const;
const SHARE = { min: 0, max: 1 } as const;

/** Parameters a sensitivity may vary. Per-year ones get the value in every projection year. */
const PARAMETERS: Readonly<Record<string, ParameterInfo>> = {
  'economic.wageGrowth': { ...GROWTH, what: 'nominal wage growth of the insured, every year (pension indexation moves with it when the base scenario has pensions grow with wages)' },
  'economic.pensionIndexation': { ...GROWTH, what: "growth of the pensions paid (pensioners' contributions), every year" },
  'economic.medicalInflation': { ...GROWTH, what: 'growth of every unit cost (prices and intensity of care), every year' },
  'economic.interest': { ...GROWTH, what: "the fund's return, also the discount rate of the GAP, every year" },
  'revenue.contributionRate': { ...SHARE, what: 'health contribution on insurable wages, every year (the maternity rate comes on top)' },
  'revenue.pensionerContributionRate': { ...SHARE, what: 'contribution on pensions paid, every year' },
  'dependants.takeUp': { ...SHARE, what: 'share of the dependants of the insured and pensioners who are enrolled, every year' },
  'coverage.coveredShareMultiplier': { min: 0, max: 100, what: "multiplier on the contributors' shares of the population, every year, replacing the base value" },
  'coverage.pensionerShareMultiplier': { min: 0, max: 100, what: "multiplier on the pensioners' shares of the population, every year, replacing the base value" },
  'health.utilisationMultiplier': { min: 0, max: 10, what: 'multiplier on every use rate (outpatient visits, inpatient admissions, prescriptions, other services; not the length of stay or deliveries)' },
  'health.unitCostMultiplier': { min: 0, max: 10, what: 'multiplier on the five unit costs (visit, inpatient day, prescription, other service, delivery)' },
  'maternity.contributionRate': { ...SHARE, what: 'maternity insurance contribution on insurable wages' },
  'maternity.claimShare': { ...SHARE, what: 'share of deliveries of insured women that give a maternity benefit' },
  'fund.initialReserve': { ...SCENARIO_BOUNDS.reserveJod, what: 'initial reserve (JOD), within the scenario file bounds' },
  'fund.adminCostRate': { ...SHARE, what: 'administration cost as a share of benefit expenditure' },
  'fund.terminalReserveYears': { min: 0, max: 20, what: "terminal reserve of the GAP, in years of the last year's expenditure" },
};

/** Keys that need the population-based insured group (coverage.insured.from: population). */
const POPULATION_ONLY = new Set(['economic.wageGrowth', 'economic.pensionIndexation', 'coverage.coveredShareMultiplier', 'coverage.pensionerShareMultiplier', 'wageGrowth', 'inflation']);

/** In shock order: the optional scheme's four paths in its order, then medical inflation. */
const PATHS: Readonly<Record<string, PathInfo>> = {
  wageGrowth: { kind: 'level', target: 'economic.wageGrowth', what: 'nominal wage growth (pension indexation moves with it when the base has pensions grow with wages)' },
  inflation: { kind: 'level', target: 'economic.pensionIndexation', what: 'inflation, as the indexation of the pensions paid' },
  interest: { kind: 'level', target: 'economic.interest', what: "the fund's return (and discount rate)" },
  takeUp: { kind: 'multiplier', target: 'dependants.takeUp', what: "multiplier on the odds of the dependants' take-up, median 1" },
  medicalInflation: { kind: 'level', target: 'economic.medicalInflation', what: 'medical inflation (growth of every unit cost)' },
};

/** A share b with its odds multiplied by m: b m / (1 - b + b m), written so that 0, 1 and extreme m stay exact. */
export function scaleOdds(b: number, m: number): number {
  if (b <= 0) return 0;
  if (b >= 1) return 1;
  return 1 / (1 + (1 - b) / (b * m));
}

/**
 * The largest multiplier of one share (contributors or pensioners) that keeps, in every year and
 * cell, contributors + pensioners <= the population (the loader's check), at most 100.
 */
function largestMultiplier(share: Float64Array, other: Float64Array, otherMultiplier: Float64Array): number {
  let max = 100;
  for (const om of otherMultiplier) {
    for (let i = 0; i < 2 * POP_AGES; i++) {
      if (share[i]! > 0) max = Math.min(max, (1 - other[i]! * om) / share[i]!);
    }
  }
  return Math.max(0, max);
}

/** The loader's check: contributors and pensioners at most the population, in every cell and year. */
function checkShares(g: PopulationInsured, startYear: number): void {
  for (let y = 0; y < g.coveredShareMultiplier.length; y++) {
    for (let i = 0; i < 2 * POP_AGES; i++) {
      const share = g.coveredShare[i]! * g.coveredShareMultiplier[y]! + g.pensionerShare[i]! * g.pensionerShareMultiplier[y]!;
      if (share > 1) throw new RangeError(`contributors and pensioners would be ${share} of the population (${i < POP_AGES ? 'M' : 'F'} aged ${i % POP_AGES} in ${startYear + y}): coveredShare x coveredShareMultiplier + pensionerShare x pensionerShareMultiplier must be <= 1`);
    }
  }
}

const fromOptionalMessage = (what: string, s: S) =>
  `${what} cannot be varied: the base scenario's insured group is a projection of the optional scheme (${s.insured.from === 'optional-scheme' ? s.insured.path : ''}), whose wages, pensions and members are its own; vary them in an optional-scheme batch`;

export const healthRunner: SchemeRunner<S> = {
  scheme: 'health',
  columns: HEALTH_INDICATOR_COLUMNS,

  load(path, options) {
    return loadBase(path, options.horizonYears, resolveHealthScenarioSource, options.overrides);
  },

  describe(s) {
    return {
      name: s.name,
      startYear: s.startYear,
      years: s.years,
      // What the GAP is held against: health + maternity rate of the first year (summary.json contribution_rate).
      contributionRate: s.revenue.contributionRate[0]! + s.maternity.contributionRate,
      resolvedYaml: resolvedScenarioYaml(s, GENERATOR),
    };
  },

  parameterKeys: Object.keys(PARAMETERS),

  isAppliedKey(key) {
    return Object.hasOwn(PARAMETERS, key);
  },

  parameter(key, s) {
    if (!Object.hasOwn(PARAMETERS, key)) return `unknown parameter "${key}" (known for health: ${this.parameterKeys.join(', ')})`;
    if (POPULATION_ONLY.has(key) && s.insured.from !== 'population') return fromOptionalMessage(key, s);
    const info = PARAMETERS[key]!;
    if (s.insured.from === 'population' && (key === 'coverage.coveredShareMultiplier' || key === 'coverage.pensionerShareMultiplier')) {
      const g = s.insured;
      const max = key === 'coverage.coveredShareMultiplier' ? largestMultiplier(g.coveredShare, g.pensionerShare, g.pensionerShareMultiplier) : largestMultiplier(g.pensionerShare, g.coveredShare, g.coveredShareMultiplier);
      return { ...info, max, what: `${info.what}; at most ${max} with this base scenario (contributors and pensioners at most the population at every age)` };
    }
    return info;
  },

  paths: PATHS,

  pathProblem(name, s) {
    return POPULATION_ONLY.has(name) && s.insured.from !== 'population' ? fromOptionalMessage(`the ${name} path`, s) : null;
  },

  apply(base, run: RunAssumptions) {
    const years = base.years;
    const economic: Mutable<S['economic']> = { ...base.economic };
    const revenue: Mutable<S['revenue']> = { ...base.revenue };
    const dependants: Mutable<S['dependants']> = { ...base.dependants };
    const maternity: Mutable<S['maternity']> = { ...base.maternity };
    const fund: Mutable<S['fund']> = { ...base.fund };
    let utilisation = base.utilisation;
    let unitCosts = base.unitCosts;
    let insured = base.insured;
    const population = (what: string): PopulationInsured => {
      if (insured.from !== 'population') throw new RangeError(fromOptionalMessage(what, base));
      return insured;
    };

    for (const [key, value] of Object.entries(run.values)) {
      switch (key) {
        case 'economic.wageGrowth':
        case 'economic.pensionIndexation':
          population(key);
          economic[key.slice('economic.'.length) as 'wageGrowth' | 'pensionIndexation'] = filledYears(years, value);
          break;
        case 'economic.medicalInflation':
        case 'economic.interest':
          economic[key.slice('economic.'.length) as 'medicalInflation' | 'interest'] = filledYears(years, value);
          break;
        case 'revenue.contributionRate':
        case 'revenue.pensionerContributionRate':
          revenue[key.slice('revenue.'.length) as 'contributionRate' | 'pensionerContributionRate'] = filledYears(years, value);
          break;
        case 'dependants.takeUp':
          dependants.takeUp = filledYears(years, value);
          break;
        case 'coverage.coveredShareMultiplier':
        case 'coverage.pensionerShareMultiplier':
          insured = { ...population(key), [key.slice('coverage.'.length)]: filledYears(years, value) };
          break;
        case 'health.utilisationMultiplier': {
          const u = utilisation;
          const times = (a: Float64Array) => a.map((x) => x * value);
          utilisation = { ...u, outpatientVisits: times(u.outpatientVisits), inpatientAdmissions: times(u.inpatientAdmissions), prescriptions: times(u.prescriptions), otherServices: times(u.otherServices) };
          break;
        }
        case 'health.unitCostMultiplier': {
          const c = unitCosts;
          unitCosts = { visit: c.visit * value, inpatientDay: c.inpatientDay * value, prescription: c.prescription * value, otherService: c.otherService * value, delivery: c.delivery * value };
          break;
        }
        case 'maternity.contributionRate':
        case 'maternity.claimShare':
          maternity[key.slice('maternity.'.length) as 'contributionRate' | 'claimShare'] = value;
          break;
        case 'fund.initialReserve':
        case 'fund.adminCostRate':
        case 'fund.terminalReserveYears':
          fund[key.slice('fund.'.length) as keyof S['fund']] = value;
          break;
        default:
          throw new RangeError(`unknown parameter "${key}"`);
      }
    }
    if (insured !== base.insured) checkShares(population('coverage'), base.startYear);

    for (const [name, values] of Object.entries(run.paths)) {
      if (!Object.hasOwn(PATHS, name)) throw new RangeError(`unknown path "${name}"`);
      if (name === 'takeUp') {
        dependants.takeUp = dependants.takeUp.map((b, y) => scaleOdds(b, values[y]!));
        continue;
      }
      checkRate(`the ${name} path`, values, base.startYear);
      if (name === 'wageGrowth' || name === 'inflation') population(`the ${name} path`);
      const target = PATHS[name]!.target.slice('economic.'.length) as keyof S['economic'];
      economic[target] = Float64Array.from(values);
    }

    // Pensions grow with wages in the base (the loader used the wage-growth array itself): keep them
    // together, unless the run sets pension indexation itself.
    const setsIndexation = 'economic.pensionIndexation' in run.values || 'inflation' in run.paths;
    if (base.economic.pensionIndexation === base.economic.wageGrowth && economic.wageGrowth !== base.economic.wageGrowth && !setsIndexation) {
      economic.pensionIndexation = economic.wageGrowth;
    }
    return { ...base, economic, insured, dependants, utilisation, unitCosts, maternity, revenue, fund };
  },

  run(s): SchemeRunOutput {
    const r = runHealthScenario(s);
    return {
      startYear: s.startYear,
      years: s.years,
      values: packColumns(r.indicators, HEALTH_INDICATOR_COLUMNS),
      gap: r.summary.gap,
      yearReserveFirstFalls: r.summary.year_reserve_first_falls,
      yearReserveExhausted: r.summary.year_reserve_exhausted,
    };
  },
};
