import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, loadWpp, WPP_DIR, WPP_FILES } from '../../src/index.js';

describe('loadWpp(): the WPP tables of Jordan from models/data/jordan/', () => {
  const w = loadWpp();

  it('mx: 30 periods 1950-1955 .. 2095-2100 x 22 groups 0, 1, 5, ..., 100 by sex', () => {
    expect(w.mx.periods.length).toBe(30);
    expect(w.mx.periods[0]).toBe('1950-1955');
    expect(w.mx.periods[29]).toBe('2095-2100');
    expect(w.mx.ages).toEqual([0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100]);
    expect(w.mx.rates.M[0]![0]).toBe(0.1849903);
    expect(w.mx.rates.F[13]![21]).toBe(0.53750362); // females, 2015-2020, 100+
  });

  it('pasfr: years 1950..2100 x groups 10..50; tfr: 1950..2100, last observed 2023', () => {
    expect(w.pasfr.years.length).toBe(151);
    expect(w.pasfr.ages).toEqual([10, 15, 20, 25, 30, 35, 40, 45, 50]);
    expect(w.pasfr.percent[0]![0]).toBe(0.357403);
    expect(w.tfr.years[0]).toBe(1950);
    expect(w.tfr.years[150]).toBe(2100);
    expect(w.tfr.lastObserved).toBe(2023);
  });

  it('population: 1950..2100 every 5 years (estimates to 2020), 21 groups, thousands', () => {
    expect(w.population.years).toEqual(Array.from({ length: 31 }, (_, i) => 1950 + 5 * i));
    expect(w.population.lastEstimate).toBe(2020);
    expect(w.population.thousands.M[0]![0]).toBe(47.592);
    expect(w.population.thousands.F[31 - 1]![20]).toBeGreaterThan(0);
  });

  it('is read once and cached', () => {
    expect(loadWpp()).toBe(w);
  });
});

describe('loadWpp(dir) on a broken copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wpp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(WPP_DIR, dir, { recursive: true });
  const url = pathToFileURL(`${dir}/`);

  it('a bad number is an InputError naming file:line:column and the period', () => {
    const file = join(dir, WPP_FILES.mx);
    writeFileSync(file, 'sex,age,1950-1955\nmale,0,abc\n');
    expect(() => loadWpp(url)).toThrow(InputError);
    expect(() => loadWpp(url)).toThrow(`${file}:2:3: 1950-1955: expected a non-negative number, got 'abc'`);
  });

  it('a missing file is an InputError', () => {
    rmSync(join(dir, WPP_FILES.mx));
    expect(() => loadWpp(url)).toThrow(/cannot read WPP file \(ENOENT\)/);
  });
});
