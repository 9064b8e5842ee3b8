/**
 * Rewrite the golden runs (test/golden/): indicators.csv and summary.json of each scenario in
 * scripts/golden-runs.ts. Run it only when a change of a figure is intended, and say in the
 * commit which figures moved and why (test/golden/README.md).
 * Usage: npm run golden
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runAnyScenario } from '../src/schemes/dispatch.js';
import { GOLDEN_RUNS } from './golden-runs.js';

for (const { scenario, dir } of GOLDEN_RUNS) {
  const { files } = await runAnyScenario(scenario);
  mkdirSync(dir, { recursive: true });
  for (const name of ['indicators.csv', 'summary.json']) {
    writeFileSync(`${dir}/${name}`, files.find((f) => f.name === name)!.data);
    console.log(`wrote ${dir}/${name}`);
  }
}
