import { readFileSync } from 'node:fs';
import { readYamlSource } from '../assumptions/yaml-source.js';
import { errorAt } from '../assumptions/yaml-source.js';
import { runScenario } from '../core/run-scenario.js';
import { healthRunFiles } from '../health/health-run-files.js';
import { loadHealthScenario } from '../health/load-health-scenario.js';
import { indicatorsCsv, programmesCsv } from '../output/run-files.js';
import { resolvedScenarioYaml } from '../output/resolved-scenario-yaml.js';
import { loadScenario } from './load-scenario.js';
import { refuseOversize } from './run-checked.js';
import { realIndicatorRows } from '../core/indicators.js';
import type { ResolvedScenario } from '../core/resolved-scenario.js';

const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

/** Persons in the start stock: active, completing, former members and pensioners. */
function startStockTotal(s: ResolvedScenario): number {
  const st = s.startStock;
  return total(st.insuredPersons) + total(st.completionPersons) + total(st.inactivePersons) + total(st.pensionerPersons);
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
export const GENERATOR = `${pkg.name} ${pkg.version}`;

export interface RunFiles {
  readonly files: ReadonlyArray<{ name: string; data: string }>;
  readonly summary: unknown;
}

/** Which scheme a scenario file is for (its `scheme` key). */
export function schemeOf(path: string): string {
  const src = readYamlSource(path);
  const scheme = src.doc.get('scheme');
  if (typeof scheme !== 'string') throw errorAt(src, ['scheme'], 'expected scheme: ssc-optional or health');
  return scheme;
}

/**
 * Load and run a scenario of any scheme and render its output files (not yet written):
 * indicators.csv, summary.json, programmes.csv (optional scheme) and scenario.resolved.yaml.
 * A `scheme: health` scenario goes to the health runner (src/health).
 */
export async function runAnyScenario(path: string, options: { closedGroup?: boolean } = {}): Promise<RunFiles> {
  const scheme = schemeOf(path);
  if (options.closedGroup === true && scheme !== 'ssc-optional') throw errorAt(readYamlSource(path), ['scheme'], `--closed-group values the members of the optional scheme at the start; scheme "${scheme}" has none`);
  if (scheme === 'health') {
    const h = await loadHealthScenario(path);
    return refuseOversize(path, () => healthRunFiles(h, GENERATOR));
  }
  if (scheme !== 'ssc-optional') {
    const src = readYamlSource(path);
    throw errorAt(src, ['scheme'], `unknown scheme "${scheme}" (known: ssc-optional, health)`);
  }
  const s = await loadScenario(path);
  if (options.closedGroup === true && startStockTotal(s) === 0) {
    throw errorAt(readYamlSource(path), [], '--closed-group needs members at the start: behaviour.startInsured, startFormerMembers and startPensioners are all 0 (a closed group of nobody has no valuation)');
  }
  const r = refuseOversize(path, () => runScenario(s, { closedGroupOnly: options.closedGroup === true }));
  return {
    files: [
      { name: 'indicators.csv', data: indicatorsCsv(r.indicators) },
      { name: 'indicators_real.csv', data: indicatorsCsv(realIndicatorRows(r.indicators)) },
      { name: 'summary.json', data: `${JSON.stringify(r.summary, null, 2)}\n` },
      { name: 'programmes.csv', data: programmesCsv(r.programmes) },
      { name: 'scenario.resolved.yaml', data: resolvedScenarioYaml(s, GENERATOR) },
    ],
    summary: r.summary,
  };
}
