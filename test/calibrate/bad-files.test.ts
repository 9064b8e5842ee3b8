import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCalibration } from '../../src/calibrate/calibration-file.js';
import { cli, reEscape } from '../helpers/cli.js';
import { expectInputErrorAt } from '../helpers/input-error.js';
import { smallScenario } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'ssc-calibrate-bad-'));
writeFileSync(join(dir, 'small.yaml'), stringify(smallScenario()));

/** A calibration file: two good targets and one parameter, with `edit` applied to its text. */
function calibrationText(edit: (text: string) => string): string {
  return edit(`scenario: small.yaml
parameters:
  - key: behaviour.reEntryRate
    start: 0.05
    max: 0.5
targets:
  - indicator: insured
    year: 2026
    value: 110000
    source: test
    weight: 1
  - indicator: re_entrants
    year: 2027
    value: 1500
    source: test
`);
}

const CASES: Array<{ name: string; edit: (t: string) => string; line: string; message: RegExp }> = [
  { name: 'an unknown parameter', edit: (t) => t.replace('behaviour.reEntryRate', 'behaviour.reEntryRat'), line: 'reEntryRat', message: /unknown parameter "behaviour\.reEntryRat"/ },
  { name: 'a parameter outside the behaviour model', edit: (t) => t.replace('behaviour.reEntryRate', 'economic.inflation'), line: 'economic.inflation', message: /unknown parameter "economic\.inflation"/ },
  { name: 'an unknown indicator', edit: (t) => t.replace('indicator: re_entrants', 'indicator: re_entrant'), line: 're_entrant', message: /unknown indicator "re_entrant"/ },
  { name: 'a target outside the run years', edit: (t) => t.replace('year: 2027', 'year: 2028'), line: '2028', message: /2028 is outside the run's years 2026\.\.2027/ },
  { name: 'a date outside the run years', edit: (t) => t.replace('year: 2026', 'date: 2025-12-31'), line: '2025-12-31', message: /outside the run's years/ },
  { name: 'a negative weight', edit: (t) => t.replace('weight: 1', 'weight: -1'), line: 'weight: -1', message: /-1 is below the bound: must be >= 0/ },
  { name: 'a bound the zod validator refuses', edit: (t) => t.replace('max: 0.5', 'max: 1.5'), line: 'max: 1.5', message: /1\.5 is refused by the validator of behaviour\.reEntryRate/ },
  {
    name: 'a bound the scenario loader refuses (a value by year above its limit)',
    edit: (t) => t.replace('behaviour.reEntryRate\n    start: 0.05\n    max: 0.5', 'behaviour.entryRateMultiplier\n    start: 1\n    min: 0\n    max: 200'),
    line: 'max: 200',
    message: /max 200 is refused by the validator of behaviour\.entryRateMultiplier: .*200 is above the bound: must be <= 100/,
  },
  { name: 'a stock over months', edit: (t) => t.replace('year: 2026', 'from: 2026-01\n    to: 2026-06'), line: 'from: 2026-01', message: /insured is a stock/ },
  { name: 'a value by year without bounds', edit: (t) => t.replace('behaviour.reEntryRate\n    start: 0.05\n    max: 0.5', 'behaviour.entryRateMultiplier\n    start: 1'), line: '- key: behaviour.entryRateMultiplier', message: /give min and max/ },
];

describe('bad calibration files: an InputError at file:line:col', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const file = join(dir, `${c.name.replace(/\W+/g, '-')}.yaml`);
      const text = calibrationText(c.edit);
      writeFileSync(file, text);
      await expectInputErrorAt(loadCalibration, file, text, c.line, c.message);
    });
  }
});

describe('ssc-proj calibrate with a bad file', () => {
  it('prints one line file:line:col, exits 2 and writes nothing', async () => {
    const file = join(dir, 'negative-weight.yaml');
    writeFileSync(file, calibrationText((t) => t.replace('weight: 1', 'weight: -1')));
    const out = join(dir, 'out-negative');
    const r = await cli(['calibrate', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^ssc-proj: ${reEscape(file)}:11:13: targets\\.0\\.weight: -1 is below the bound`));
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
