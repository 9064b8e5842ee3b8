import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAnyScenario } from '../../src/schemes/dispatch.js';

describe('the golden baseline (test/golden/README.md)', () => {
  it('a fresh run of scenarios/baseline.yaml writes indicators.csv and summary.json identical to the checked-in files', async () => {
    const { files } = await runAnyScenario('scenarios/baseline.yaml');
    for (const name of ['indicators.csv', 'summary.json']) {
      const fresh = files.find((f) => f.name === name)!.data;
      const golden = readFileSync(`test/golden/${name}`, 'utf8');
      // Compared line by line first, so a failure names the first year or key that moved.
      const a = fresh.split('\n');
      const b = golden.split('\n');
      for (let i = 0; i < Math.max(a.length, b.length); i++) expect(a[i], `${name} line ${i + 1} (npm run golden after an intended change)`).toBe(b[i]);
    }
  });
});
