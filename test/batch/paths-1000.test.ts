/**
 * The shipped 1,000-path stochastic set (scenarios/batch-stochastic-1000.yaml): 20 of its paths,
 * picked at random (a fixed seed), computed on worker threads by the batch's pool equal the same
 * paths run alone in this thread (runScenario on the base with the path applied), every yearly
 * value within 1e-9 relative (in fact to the bit), and its first 200 paths are those of the
 * 200-path file. The horizon is cut to 3 years for the test's time; the paths model, seed and run
 * numbers are the file's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadBatch, runSpec } from '../../src/batch/batch-file.js';
import type { RunSucceeded } from '../../src/batch/messages.js';
import { createPool } from '../../src/batch/pool.js';
import { mix64 } from '../../src/batch/prng.js';
import { INDICATOR_COLUMNS } from '../../src/core/indicators.js';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { runScenario } from '../../src/core/run-scenario.js';
import { optionalRunner } from '../../src/schemes/optional/batch-runner.js';
import { BASELINE, tempDir, writeBatch } from './helpers.js';
import { ROOT } from '../helpers/cli.js';

const YEARS = 3;

/** The shipped file with its base made absolute and the horizon cut to YEARS. */
function shipped(name: string): string {
  const doc = parseDocument(readFileSync(join(ROOT, 'scenarios', name), 'utf8'));
  doc.set('base', BASELINE);
  doc.set('horizonYears', YEARS);
  return writeBatch(tempDir('paths1000'), name, doc.toString());
}

/** 20 distinct run numbers in [0, 1000), from a fixed seed. */
function pickRuns(): number[] {
  const picked = new Set<number>();
  for (let i = 0n; picked.size < 20; i++) picked.add(Number(mix64(20261207n + i) % 1000n));
  return [...picked];
}

describe('batch-stochastic-1000.yaml: paths on worker threads = the same paths run alone', () => {
  it('20 random paths: every yearly value within 1e-9 relative of runScenario, and the same GAP', async () => {
    const batch = await loadBatch(shipped('batch-stochastic-1000.yaml'));
    expect(batch.runs).toBe(1000);
    const runs = pickRuns();
    expect(runs.some((r) => r >= 200)).toBe(true);
    const pool = createPool('piscina', { scheme: batch.scheme, base: batch.base }, 2);
    try {
      const specs = runs.map((r) => runSpec(batch, r));
      const results = await Promise.all([pool.run({ runs: specs.slice(0, 10) }), pool.run({ runs: specs.slice(10) })]);
      const outcomes = results.flatMap((x) => x.outcomes) as RunSucceeded[];
      expect(outcomes.map((o) => o.run)).toEqual(runs);
      for (const [j, o] of outcomes.entries()) {
        expect(o.ok).toBe(true);
        const alone = runScenario(optionalRunner.apply(batch.base as ResolvedScenario, { values: {}, paths: specs[j]!.paths }), { programmeComparisons: false, valuation: false });
        expect(alone.indicators).toHaveLength(YEARS);
        INDICATOR_COLUMNS.forEach((c, k) => {
          alone.indicators.forEach((row, y) => {
            const want = row[c.name] as number;
            const got = o.values[k * o.years + y]!;
            expect(Math.abs(got - want), `run ${o.run} ${c.name} year ${y}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
          });
        });
        expect(o.gap).toBe(alone.summary.gap);
      }
    } finally {
      await pool.destroy();
    }
  }, 180_000);

  it('its first 200 paths are those of batch-stochastic.yaml (same model and seed)', async () => {
    const big = await loadBatch(shipped('batch-stochastic-1000.yaml'));
    const small = await loadBatch(shipped('batch-stochastic.yaml'));
    expect(small.runs).toBe(200);
    for (const r of [0, 1, 99, 199]) {
      const a = runSpec(big, r);
      const b = runSpec(small, r);
      expect(a.seed).toBe(b.seed);
      for (const name of Object.keys(b.paths)) expect(Array.from(a.paths[name]!)).toEqual(Array.from(b.paths[name]!));
    }
    expect(runSpec(big, 200).seed).not.toBe(runSpec(small, 199).seed);
  });
});
