import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, reEscape, ROOT } from '../helpers/cli.js';

// The baseline as text, its model path made absolute (the copies are written elsewhere).
const BASELINE = readFileSync(join(ROOT, 'scenarios/baseline.yaml'), 'utf8').replace('../models/', `${join(ROOT, 'models')}/`);

describe('valuation runs: bad input is refused before any work', () => {
  it('run --closed-group of a scenario without a start stock: one line naming the file, exit 2, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-proj-closed-'));
    const file = join(dir, 'empty-start.yaml');
    writeFileSync(
      file,
      `${BASELINE.replace('name: baseline', 'name: empty-start')}behaviour:\n  startInsured: { value: 0, source: test }\n  startFormerMembers: { value: 0, source: test }\n  startPensioners: { value: 0, source: test }\n`,
    );
    const out = join(dir, 'never');
    const r = await cli(['run', file, '--closed-group', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`${reEscape(file)}:\\d+:\\d+: --closed-group needs members at the start`));
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it.each([['0'], ['1.5'], ['-1']])('run --threads %s: a usage error naming the option, exit 2, nothing written', async (threads) => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-proj-threads-'));
    const out = join(dir, 'never');
    const r = await cli(['run', 'scenarios/baseline.yaml', '--threads', threads, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--threads ${threads}: expected a whole number, 1 or more`);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('run --closed-group of the baseline writes the closed group: no entrants, and its valuation in summary.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-proj-closed-'));
    const out = join(dir, 'closed');
    const r = await cli(['run', 'scenarios/baseline.yaml', '--closed-group', '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(join(out, 'indicators.csv'), 'utf8').trim().split('\n');
    const col = lines[0]!.split(',').indexOf('entrants');
    for (const line of lines.slice(1)) expect(Number(line.split(',')[col])).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { closed_group: { gap: number }; gap_horizons: Record<string, number> };
    expect(summary.closed_group.gap).toBeGreaterThan(0);
    // The run is the closed group itself: its 100-year GAP (with a terminal reserve of a group that
    // has run off) is close to the closed-group GAP.
    expect(Math.abs(summary.gap_horizons['100']! - summary.closed_group.gap)).toBeLessThan(0.01);
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual(['indicators.csv', 'indicators_real.csv', 'programmes.csv', 'scenario.resolved.yaml', 'summary.json']);
  });
});
