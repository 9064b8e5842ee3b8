import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'report');
const tmp = mkdtempSync(join(tmpdir(), 'ssc-report-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Run `ssc-proj ARGS` in this process; returns what it printed and its exit code. */
async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  vi.spyOn(console, 'log').mockImplementation((...s: unknown[]) => {
    stdout += `${s.join(' ')}\n`;
  });
  vi.spyOn(console, 'error').mockImplementation((...s: unknown[]) => {
    stderr += `${s.join(' ')}\n`;
  });
  let exit: number | undefined;
  vi.spyOn(process, 'exit').mockImplementation(((c?: number) => {
    exit = c ?? 0;
    throw new Error(`exit ${c}`);
  }) as never);
  try {
    await main(args);
  } catch (e) {
    if (!(e instanceof Error && e.message.startsWith('exit '))) throw e;
  }
  const code = exit ?? (typeof process.exitCode === 'number' ? process.exitCode : 0);
  process.exitCode = undefined;
  return { stdout, stderr, code };
}

describe('ssc-proj report', () => {
  it('writes DIR/report.html by default and says so', async () => {
    const dir = join(tmp, 'run');
    cpSync(join(FIX, 'run'), dir, { recursive: true });
    const r = await cli('report', dir);
    expect(r).toEqual({ stdout: `ssc-proj: wrote ${join(dir, 'report.html')} (run "baseline": 11 charts)\n`, stderr: '', code: 0 });
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
  it('--out FILE --json prints a JSON summary of what was written', async () => {
    const out = join(tmp, 'b', 'batch.html');
    const r = await cli('report', join(FIX, 'batch'), '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ command: 'report', written: [out], kind: 'batch', charts: 10, failedRuns: 3 });
    expect(existsSync(out)).toBe(true);
  });
  it('--quiet prints nothing', async () => {
    expect(await cli('report', join(FIX, 'health'), '--out', join(tmp, 'h.html'), '--quiet')).toEqual({ stdout: '', stderr: '', code: 0 });
  });
  it('a missing DIR: exit 2, one line on stderr naming it', async () => {
    const r = await cli('report', join(tmp, 'nope'), '--out', join(tmp, 'x.html'));
    expect(r).toEqual({ stdout: '', stderr: `ssc-proj: ${join(tmp, 'nope')}: no such directory\n`, code: 2 });
  });
  it('a DIR without indicators.csv: exit 2 naming the file', async () => {
    const dir = mkdtempSync(join(tmp, 'empty-'));
    const r = await cli('report', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ssc-proj: ${join(dir, 'indicators.csv')}: missing (a run directory has indicators.csv; a batch directory has percentiles.csv)\n`);
  });
  it('a malformed CSV: exit 2, file:line:column on one line', async () => {
    const dir = mkdtempSync(join(tmp, 'bad-'));
    writeFileSync(join(dir, 'indicators.csv'), 'year,insured\n2025,1\n2026,"2\n');
    const r = await cli('report', dir);
    expect(r).toEqual({ stdout: '', stderr: `ssc-proj: ${join(dir, 'indicators.csv')}:3:6: CSV: unterminated quoted cell\n`, code: 2 });
  });
  it('--help shows an example', async () => {
    const r = await cli('report', '--help');
    expect(r.stdout).toContain('ssc-proj report out/baseline');
    expect(r.code).toBe(0);
  });
});

describe('ssc-proj compare', () => {
  const a = join(tmp, 'ca');
  const b = join(tmp, 'cb');
  cpSync(join(FIX, 'run'), a, { recursive: true });
  cpSync(join(FIX, 'run-missing-columns'), b, { recursive: true });
  it('writes compare.csv and compare.html into --out and prints a JSON summary', async () => {
    const out = join(tmp, 'cmp');
    const r = await cli('compare', a, b, '--out', out, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(s).toMatchObject({ command: 'compare', written: [join(out, 'compare.csv'), join(out, 'compare-assumptions.csv'), join(out, 'compare.html')], scenarios: ['baseline', 'baseline-trimmed'], indicators: 36, years: [2025, 2074] });
    const lines = readFileSync(join(out, 'compare.csv'), 'utf8').split('\n');
    expect(lines[0]).toBe('indicator,year,baseline,baseline-trimmed,baseline-trimmed - baseline');
    expect(lines.filter((l) => l.startsWith('gap,,'))).toHaveLength(1);
    expect(s.rows).toBe(lines.length - 2);
  });
  it('without --out: exit 2, nothing written in the current directory', async () => {
    const r = await cli('compare', a, b);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Missing required argument: out/);
  });
  it('one directory only: exit 2', async () => {
    const r = await cli('compare', a, '--out', join(tmp, 'cmp1'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ssc-proj: compare: give at least two run directories (got 1)\n');
  });
  it('years that do not overlap: exit 2 naming the directories', async () => {
    const late = mkdtempSync(join(tmp, 'late-'));
    writeFileSync(join(late, 'indicators.csv'), 'year,insured\n2100,1\n');
    const r = await cli('compare', a, late, '--out', join(tmp, 'cmp2'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ssc-proj: ${a}, ${late}: the projection years do not overlap (${a}: 2025-2074; ${late}: 2100-2100)\n`);
    expect(existsSync(join(tmp, 'cmp2', 'compare.csv'))).toBe(false);
  });
  it('--help shows an example', async () => {
    expect((await cli('compare', '--help')).stdout).toContain('ssc-proj compare out/baseline out/subsidy-women');
  });
});
