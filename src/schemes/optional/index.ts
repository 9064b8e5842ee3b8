/** The SSC optional enrollment scheme (old-age, disability and death): src/core, loaded by src/scenario/load-scenario.ts. */
import { errorAt, readYamlSource } from '../../assumptions/yaml-source.js';
import { realIndicatorRows } from '../../core/indicators.js';
import type { ResolvedScenario } from '../../core/resolved-scenario.js';
import { availableParallelism } from 'node:os';
import { runScenario, runScenarioBeside, type RunResult } from '../../core/run-scenario.js';
import { resolvedScenarioYaml } from '../../output/resolved-scenario-yaml.js';
import { indicatorsCsv, programmesCsv } from '../../output/run-files.js';
import { resolveScenarioSource } from '../../scenario/load-scenario.js';
import { refuseOversizeAsync } from '../../scenario/run-checked.js';
import { GENERATOR } from '../generator.js';
import { loadWithOverrides } from '../overrides.js';
import type { Scheme } from '../scheme.js';
import { optionalRunner } from './batch-runner.js';
import { sideRunsOnThread } from './side-runs-thread.js';

const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

/** Persons in the start stock: active, completing, former members and pensioners. */
function startStockTotal(s: ResolvedScenario): number {
  const st = s.startStock;
  return total(st.insuredPersons) + total(st.completionPersons) + total(st.inactivePersons) + total(st.pensionerPersons);
}

/**
 * The optional scheme: `ssc-proj run` writes indicators.csv, indicators_real.csv (constant prices
 * of the start year), summary.json, programmes.csv and scenario.resolved.yaml; `--closed-group`
 * projects the members at the start alone.
 */
export const optionalScheme: Scheme<ResolvedScenario> = {
  name: 'ssc-optional',

  load(path, options = {}) {
    return loadWithOverrides(path, options, resolveScenarioSource);
  },

  valuesClosedGroup: true,

  async run(s, options) {
    const closedGroupOnly = options.closedGroup === true;
    if (closedGroupOnly && startStockTotal(s) === 0) {
      throw errorAt(readYamlSource(options.file), [], '--closed-group needs members at the start: behaviour.startInsured, startFormerMembers and startPensioners are all 0 (a closed group of nobody has no valuation)');
    }
    const threads = options.threads ?? Math.min(2, availableParallelism());
    // Two threads: the side runs (closed group, programme comparisons) on the second, the open group here.
    const r: RunResult = await refuseOversizeAsync(options.file, async () => (threads >= 2 ? runScenarioBeside(s, { closedGroupOnly }, sideRunsOnThread) : runScenario(s, { closedGroupOnly })));
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
  },

  batch: optionalRunner,
};
