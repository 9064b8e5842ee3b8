/** The social health insurance (scheme `health`): src/health, loaded by src/health/load-health-scenario.ts. */
import { healthRunFiles } from '../../health/health-run-files.js';
import { resolveHealthScenarioSource } from '../../health/load-health-scenario.js';
import type { ResolvedHealthScenario } from '../../health/resolved-health-scenario.js';
import { refuseOversize } from '../../scenario/run-checked.js';
import { GENERATOR } from '../generator.js';
import { loadWithOverrides } from '../overrides.js';
import type { Scheme } from '../scheme.js';
import { healthRunner } from './batch-runner.js';

/** The health scheme: `ssc-proj run` writes indicators.csv, summary.json and scenario.resolved.yaml (src/health/health-run-files.ts). */
export const healthScheme: Scheme<ResolvedHealthScenario> = {
  name: 'health',

  load(path, options = {}) {
    return loadWithOverrides(path, options, resolveHealthScenarioSource);
  },

  valuesClosedGroup: false,

  run(s, options) {
    return refuseOversize(options.file, () => healthRunFiles(s, GENERATOR));
  },

  batch: healthRunner,
};
