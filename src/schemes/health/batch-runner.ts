/**
 * The batch runner of the social health insurance (scheme `health`, issue 6): a
 * ResolvedHealthScenario (resolveHealthScenarioSource) as the base, one run's sensitivity values
 * or stochastic paths applied to a shallow copy of it, and runHealthScenario. docs/batch.md lists
 * the parameters and paths. Every value varied is validated by the scenario loader first
 * (src/batch/batch-file.ts, `scenarioOverrides`): this module holds no bounds.
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
 *   indexation or coverage shares of its own: the loader refuses those parameters, `pathProblem`
 *   those paths.
 */
import { HEALTH_INDICATOR_COLUMNS } from '../../health/health-indicators.js';
import type { PopulationInsured, ResolvedHealthScenario } from '../../health/resolved-health-scenario.js';
import { runHealthScenario } from '../../health/run-health-scenario.js';
import { resolvedScenarioYaml } from '../../output/resolved-scenario-yaml.js';
import { checkRate, filledYears, packColumns } from '../../batch/run-values.js';
import { GENERATOR } from '../generator.js';
import type { PathInfo, RunAssumptions, SchemeRunner, SchemeRunOutput } from '../scheme.js';

type S = ResolvedHealthScenario;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The keys `apply` sets on a resolved scenario itself (a per-year assumption gets the value every
 * year). The coverage multipliers and any other scenario key are resolved by the loader, which
 * also checks that contributors and pensioners stay within the population.
 */
const APPLIED = new Set([
  'economic.wageGrowth',
  'economic.pensionIndexation',
  'economic.medicalInflation',
  'economic.interest',
  'revenue.contributionRate',
  'revenue.pensionerContributionRate',
  'dependants.takeUp',
  'health.utilisationMultiplier',
  'health.unitCostMultiplier',
  'maternity.contributionRate',
  'maternity.claimShare',
  'fund.initialReserve',
  'fund.adminCostRate',
  'fund.terminalReserveYears',
]);

/** The use rates `health.utilisationMultiplier` scales (not the length of stay; deliveries follow fertility). */
const USE_RATES = ['outpatientVisits', 'inpatientAdmissions', 'prescriptions', 'otherServices'] as const;
/** The unit costs `health.unitCostMultiplier` scales: resolved field -> scenario parameter (`health.<parameter>`). */
const UNIT_COSTS = { visit: 'costPerVisit', inpatientDay: 'costPerInpatientDay', prescription: 'costPerPrescription', otherService: 'costPerOtherService', delivery: 'costPerDelivery' } as const;

/** Path names that need the population-based insured group (coverage.insured.from: population). */
const POPULATION_ONLY = new Set(['wageGrowth', 'inflation']);

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

const fromOptionalMessage = (what: string, s: S) =>
  `${what} cannot be varied: the base scenario's insured group is a projection of the optional scheme (${s.insured.from === 'optional-scheme' ? s.insured.path : ''}), whose wages, pensions and members are its own; vary them in an optional-scheme batch`;

export const healthRunner: SchemeRunner<S> = {
  columns: HEALTH_INDICATOR_COLUMNS,

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

  applies(key) {
    return APPLIED.has(key);
  },

  scenarioOverrides(key, value, s) {
    // The multipliers are checked as the scaled parameters they give, against the loader's bounds.
    const plain = (name: string) => s.provenance.find((p) => p.key === `health.${name}`)?.value;
    if (key === 'health.utilisationMultiplier') {
      return Object.fromEntries(
        USE_RATES.map((name) => {
          const t = plain(name) as { bands: number[]; M: number[]; F: number[] };
          return [`health.${name}`, { bands: t.bands, M: t.M.map((x) => x * value), F: t.F.map((x) => x * value) }];
        }),
      );
    }
    if (key === 'health.unitCostMultiplier') return Object.fromEntries(Object.entries(UNIT_COSTS).map(([field, name]) => [`health.${name}`, s.unitCosts[field as keyof typeof UNIT_COSTS] * value]));
    return { [key]: value };
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
    const insured = base.insured;
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
        case 'health.utilisationMultiplier': {
          const u: Mutable<S['utilisation']> = { ...utilisation };
          for (const name of USE_RATES) u[name] = u[name].map((x) => x * value);
          utilisation = u;
          break;
        }
        case 'health.unitCostMultiplier': {
          const c: Mutable<S['unitCosts']> = { ...unitCosts };
          for (const field of Object.keys(UNIT_COSTS) as Array<keyof typeof UNIT_COSTS>) c[field] *= value;
          unitCosts = c;
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
          throw new RangeError(`"${key}" is set by the scenario loader, not by the batch runner`);
      }
    }

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
