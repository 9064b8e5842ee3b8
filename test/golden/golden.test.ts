import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAnyScenario } from '../../src/schemes/dispatch.js';
import { GOLDEN_RUNS } from '../../scripts/golden-runs.js';

describe('the golden runs (test/golden/README.md)', () => {
  it.each(GOLDEN_RUNS)('a fresh run of $scenario writes indicators.csv and summary.json identical to the checked-in files in $dir', async ({ scenario, dir }) => {
    const { files } = await runAnyScenario(scenario);
    for (const name of ['indicators.csv', 'summary.json']) {
      const fresh = files.find((f) => f.name === name)!.data;
      const golden = readFileSync(`${dir}/${name}`, 'utf8');
      // Compared line by line first, so a failure names the first year or key that moved.
      const a = fresh.split('\n');
      const b = golden.split('\n');
      for (let i = 0; i < Math.max(a.length, b.length); i++) expect(a[i], `${name} line ${i + 1} (npm run golden after an intended change)`).toBe(b[i]);
    }
  });

  it('with every benefit of issue 13 off, no early, disability or orphan figure is other than 0 (or empty: no award to average)', () => {
    const text = readFileSync('test/golden/old-age-and-survivors-only/indicators.csv', 'utf8').trim().split('\n');
    const header = text[0]!.split(',');
    const added = header.filter((c) => /early|disability|orphans/.test(c));
    expect(added.length).toBeGreaterThanOrEqual(15);
    for (const line of text.slice(1)) {
      const cells = line.split(',');
      for (const c of added) {
        const cell = cells[header.indexOf(c)]!;
        expect(cell === '' || Number(cell) === 0, `${c} in ${cells[0]}: ${cell}`).toBe(true);
      }
    }
  });
});
