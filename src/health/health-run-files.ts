import { resolvedScenarioYaml } from '../output/resolved-scenario-yaml.js';
import { healthIndicatorsCsv } from './health-indicators.js';
import type { HealthRunSummary } from './health-summary.js';
import type { ResolvedHealthScenario } from './resolved-health-scenario.js';
import { runHealthScenario } from './run-health-scenario.js';

/**
 * Run a resolved health scenario and render its output files (not yet written; docs/outputs.md):
 * indicators.csv, summary.json and scenario.resolved.yaml (itself a loadable health scenario).
 * @example healthRunFiles(await loadHealthScenario('scenarios/health-baseline.yaml'), 'ssc-proj 0.1.0').files.map((f) => f.name)
 *   // => ['indicators.csv', 'summary.json', 'scenario.resolved.yaml']
 */
export function healthRunFiles(s: ResolvedHealthScenario, generator: string): { files: Array<{ name: string; data: string }>; summary: HealthRunSummary } {
  const r = runHealthScenario(s);
  return {
    files: [
      { name: 'indicators.csv', data: healthIndicatorsCsv(r.indicators) },
      { name: 'summary.json', data: `${JSON.stringify(r.summary, null, 2)}\n` },
      { name: 'scenario.resolved.yaml', data: resolvedScenarioYaml(s, generator) },
    ],
    summary: r.summary,
  };
}
