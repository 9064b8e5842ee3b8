import { afterEach, describe, expect, it, vi } from 'vitest';
import { lifeTableCommand } from '../../src/cli/life-table.js';
import { lifeExpectancyAtBirth } from '../../src/index.js';

type Args = Parameters<NonNullable<typeof lifeTableCommand.handler>>[0];

async function run(sex: 'M' | 'F', period: string, format: 'json' | 'csv' | 'table'): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await lifeTableCommand.handler!({ sex, period, format, _: [], $0: 'ssc-proj' } as Args);
    return { out, err, code: process.exitCode as number | undefined };
  } finally {
    process.exitCode = before;
    vi.restoreAllMocks();
  }
}

describe('ssc-proj life-table', () => {
  afterEach(() => vi.restoreAllMocks());

  it('--format json: exactly { sex, period, e0, rows: [{ x, n, mx, ax, qx, lx, dx, Lx, Tx, ex }] }, n null at 100+', async () => {
    const { out, code } = await run('F', '2015-2020', 'json');
    expect(code).toBeUndefined();
    const doc = JSON.parse(out) as { sex: string; period: string; e0: number; rows: Array<Record<string, number | null>> };
    expect(Object.keys(doc)).toEqual(['sex', 'period', 'e0', 'rows']);
    expect(doc.sex).toBe('F');
    expect(doc.period).toBe('2015-2020');
    expect(doc.e0).toBe(lifeExpectancyAtBirth('F', '2015-2020'));
    expect(doc.rows.length).toBe(22);
    expect(Object.keys(doc.rows[0]!)).toEqual(['x', 'n', 'mx', 'ax', 'qx', 'lx', 'dx', 'Lx', 'Tx', 'ex']);
    expect(doc.rows[0]!.lx).toBe(100000);
    expect(doc.rows[21]!.x).toBe(100);
    expect(doc.rows[21]!.n).toBeNull();
    expect(doc.rows[21]!.qx).toBe(1);
  });

  it('--format csv: header x,n,mx,ax,qx,lx,dx,Lx,Tx,ex and 22 rows', async () => {
    const { out } = await run('M', '2020-2025', 'csv');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('x,n,mx,ax,qx,lx,dx,Lx,Tx,ex');
    expect(lines.length).toBe(23);
    expect(lines[1]!.startsWith('0,1,0.01345797,')).toBe(true);
    expect(lines[22]!.startsWith('100,,0.71511846,')).toBe(true);
  });

  it('--format table: a title, 22 aligned rows and the e0 line', async () => {
    const { out } = await run('M', '2015-2020', 'table');
    expect(out).toContain('Jordan, males, 2015-2020');
    expect(out).toContain(`e0 = ${lifeExpectancyAtBirth('M', '2015-2020').toFixed(2)} years`);
    expect(out.trimEnd().split('\n').length).toBe(1 + 1 + 22 + 1);
  });

  it('a --period that is not a WPP period exits 2 with one line on stderr', async () => {
    const { out, err, code } = await run('M', '2016-2021', 'json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe("ssc-proj: --period: '2016-2021' is not a WPP 5-year period (1950-1955 .. 2095-2100, e.g. 2015-2020)\n");
  });
});
