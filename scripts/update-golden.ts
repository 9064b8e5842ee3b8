/**
 * Rewrite the golden baseline (test/golden/): indicators.csv and summary.json of
 * `ssc-proj run scenarios/baseline.yaml`. Run it only when a change of a figure is intended, and
 * say in the commit which figures moved and why (test/golden/README.md).
 * Usage: npm run golden
 */
import { writeFileSync } from 'node:fs';
import { runAnyScenario } from '../src/schemes/dispatch.js';

const { files } = await runAnyScenario('scenarios/baseline.yaml');
for (const name of ['indicators.csv', 'summary.json']) {
  writeFileSync(`test/golden/${name}`, files.find((f) => f.name === name)!.data);
  console.log(`wrote test/golden/${name}`);
}
