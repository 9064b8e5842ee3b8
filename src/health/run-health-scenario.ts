import { healthIndicatorRows, type HealthIndicatorRow } from './health-indicators.js';
import { projectHealth, type HealthProjection } from './health-projection.js';
import { healthRunSummary, type HealthRunSummary } from './health-summary.js';
import { insuredGroup } from './insured-group.js';
import type { ResolvedHealthScenario } from './resolved-health-scenario.js';

export interface HealthRunResult {
  readonly indicators: HealthIndicatorRow[];
  readonly summary: HealthRunSummary;
  /** The raw projection (unrounded yearly totals), for tests and tools. */
  readonly projection: HealthProjection;
}

/**
 * Run a health scenario: its insured group (the population shares, or the optional-scheme
 * projection by age), the health projection, the yearly indicators and the summary (present
 * values, GAP, maternity branch). Pure and synchronous; `loadHealthScenario` reads and validates.
 * @example const { indicators, summary } = runHealthScenario(await loadHealthScenario('scenarios/health-baseline.yaml'))
 */
export function runHealthScenario(s: ResolvedHealthScenario, options: { byAge?: boolean } = {}): HealthRunResult {
  const projection = projectHealth(s, insuredGroup(s), options);
  const indicators = healthIndicatorRows(projection);
  return { indicators, summary: healthRunSummary(projection, s, indicators), projection };
}
