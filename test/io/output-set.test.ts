import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PathError } from '../../src/io/path-error.js';
import { OUTPUT_MARKER, readManifest, recoverOutput, writeFileAtomic, writeOutputSet, type OutputFile } from '../../src/output/atomic-write.js';
import { cli, ROOT } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'ssc-proj-out-'));
const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const OLD: OutputFile[] = [
  { name: 'indicators.csv', data: 'year,x\n2025,old\n' },
  { name: 'summary.json', data: '{"run":"old"}\n' },
  { name: 'report.html', data: '<p>old</p>' },
];
const NEW: OutputFile[] = [
  { name: 'indicators.csv', data: 'year,x\n2025,new\n' },
  { name: 'summary.json', data: '{"run":"new"}\n' },
  { name: 'programmes.csv', data: 'programme\n' },
];
const names = (files: readonly OutputFile[]) => [OUTPUT_MARKER, ...files.map((f) => f.name)].sort();

describe('writeOutputSet: a set of files swapped in whole', () => {
  it('writes the files and a marker listing each with its digest', () => {
    const out = join(tmp(), 'O');
    writeOutputSet(out, NEW);
    expect(readdirSync(out).sort()).toEqual(names(NEW));
    expect(Object.keys(readManifest(out)!.files)).toEqual(['indicators.csv', 'programmes.csv', 'summary.json']);
    expect(readManifest(out)!.files['programmes.csv']).toBe('sha256:994e23facbf35922e1e56926bebaa11c8f603720051a4f5ed122a0afca3743c6');
  });

  it('a reused --out keeps no stale file of the earlier set, and nothing is left beside it', () => {
    const parent = tmp();
    const out = join(parent, 'O');
    writeOutputSet(out, OLD);
    writeOutputSet(out, NEW);
    expect(readdirSync(out).sort()).toEqual(names(NEW));
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('{"run":"new"}\n');
    expect(readdirSync(parent)).toEqual(['O']);
  });

  it('refuses a non-empty directory it did not write, a file, and a path under /proc, leaving them as they were', () => {
    const parent = tmp();
    const foreign = join(parent, 'mine');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'thesis.tex'), 'x');
    expect(() => writeOutputSet(foreign, NEW)).toThrow(PathError);
    expect(() => writeOutputSet(foreign, NEW)).toThrow(/is a non-empty directory that ssc-proj did not write/);
    expect(readdirSync(foreign)).toEqual(['thesis.tex']);
    const file = join(parent, 'file');
    writeFileSync(file, 'x');
    expect(() => writeOutputSet(file, NEW)).toThrow(/exists and is a file: --out must be a directory/);
    expect(() => writeOutputSet('/proc/sys/x', NEW)).toThrow(/is under \/proc/);
    expect(readdirSync(parent).sort()).toEqual(['file', 'mine']);
  });

  it('an empty existing directory is taken', () => {
    const out = join(tmp(), 'O');
    mkdirSync(out);
    writeOutputSet(out, NEW);
    expect(readdirSync(out).sort()).toEqual(names(NEW));
  });
});

/** A child process that writes OLD then NEW into `out`, killed by SIGKILL after write step `n`. */
function killedWriter(out: string, n: number): { signal: NodeJS.Signals | null; status: number | null } {
  const mod = pathToFileURL(join(ROOT, 'src/output/atomic-write.ts')).href;
  const code = `import { writeOutputSet } from ${JSON.stringify(mod)}; writeOutputSet(${JSON.stringify(out)}, ${JSON.stringify(NEW)});`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, SSC_PROJ_FAULT_AFTER_WRITES: String(n) } });
  return { signal: r.signal, status: r.status };
}

describe('a writer killed (SIGKILL) at each write step leaves the complete old or the complete new set', () => {
  // Steps: 3 files, the marker, the old set moved aside, the staging directory renamed, the old set removed.
  const STEPS = NEW.length + 4;
  it.each(Array.from({ length: STEPS + 1 }, (_, i) => i + 1))('killed after write step %i', (n) => {
    const parent = tmp();
    const out = join(parent, 'O');
    writeOutputSet(out, OLD);
    const oldSet = contents(out);
    const r = killedWriter(out, n);
    if (n <= STEPS) expect(r.signal).toBe('SIGKILL');
    else expect(r.status).toBe(0);
    const newSet = (() => {
      const d = join(tmp(), 'N');
      writeOutputSet(d, NEW);
      return contents(d);
    })();
    // Killed between the two renames, --out is briefly absent: its old set waits beside it and
    // the next writer (or anything calling recoverOutput) puts it back before any other work.
    const betweenRenames = n === NEW.length + 2;
    if (!betweenRenames) expect([oldSet, newSet]).toContainEqual(contents(out));
    else expect(existsSync(out)).toBe(false);
    recoverOutput(out);
    expect([oldSet, newSet]).toContainEqual(contents(out));
    expect(readdirSync(parent)).toEqual(['O']);
    expect(contents(out)).toEqual(n < NEW.length + 3 ? oldSet : newSet);
  });

  it('the next run after a crash removes the staging directory and writes its set', () => {
    const parent = tmp();
    const out = join(parent, 'O');
    writeOutputSet(out, OLD);
    expect(killedWriter(out, 2).signal).toBe('SIGKILL');
    expect(readdirSync(parent).length).toBe(2);
    writeOutputSet(out, NEW);
    expect(readdirSync(parent)).toEqual(['O']);
    expect(readdirSync(out).sort()).toEqual(names(NEW));
  });
});

describe('writeFileAtomic: one file', () => {
  it('a killed writer leaves the old file, and its temporary file is removed by the next write', () => {
    const parent = tmp();
    const file = join(parent, 'statement.json');
    writeFileAtomic(file, 'old');
    const mod = pathToFileURL(join(ROOT, 'src/output/atomic-write.ts')).href;
    const code = `import { writeFileAtomic } from ${JSON.stringify(mod)}; writeFileAtomic(${JSON.stringify(file)}, 'new');`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, SSC_PROJ_FAULT_AFTER_WRITES: '1' } });
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(file, 'utf8')).toBe('old');
    writeFileAtomic(file, 'newer');
    expect(readdirSync(parent)).toEqual(['statement.json']);
    expect(readFileSync(file, 'utf8')).toBe('newer');
  });
});

describe('ssc-proj run --out: the deterministic cases of issue 16', () => {
  it('a directory in the way of summary.json: exit 2, one line, --out as it was, nothing beside it', async () => {
    const parent = tmp();
    const out = join(parent, 'O');
    mkdirSync(join(out, 'summary.json'), { recursive: true });
    const r = await cli(['run', 'scenarios/baseline.yaml', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ssc-proj: ${out}: is a non-empty directory that ssc-proj did not write (no ${OUTPUT_MARKER}); give a new or empty directory\n`);
    expect(readdirSync(out)).toEqual(['summary.json']);
    expect(readdirSync(parent)).toEqual(['O']);
  });

  it('a directory in the way of report.html: exit 2, no run file written', async () => {
    const out = join(tmp(), 'O');
    mkdirSync(join(out, 'report.html'), { recursive: true });
    const r = await cli(['run', 'scenarios/baseline.yaml', '--out', out, '--report']);
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toEqual(['report.html']);
  });

  it('a reused --out: a run without --report removes the report of the run before; a killed run leaves the old set', async () => {
    const parent = tmp();
    const out = join(parent, 'O');
    expect((await cli(['run', 'scenarios/baseline.yaml', '--out', out, '--report', '--quiet'])).code).toBe(0);
    const withReport = contents(out);
    expect(Object.keys(withReport)).toEqual([OUTPUT_MARKER, 'indicators.csv', 'indicators_real.csv', 'programmes.csv', 'report.html', 'scenario.resolved.yaml', 'summary.json']);
    expect(withReport['report.html']).toContain('directory O');
    const killed = await cli(['run', 'scenarios/baseline.yaml', '--out', out, '--quiet'], { env: { SSC_PROJ_FAULT_AFTER_WRITES: '3' } });
    expect(killed.code).toBe(null);
    expect(contents(out)).toEqual(withReport);
    expect((await cli(['run', 'scenarios/baseline.yaml', '--out', out, '--quiet'])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([OUTPUT_MARKER, 'indicators.csv', 'indicators_real.csv', 'programmes.csv', 'scenario.resolved.yaml', 'summary.json']);
    expect(readdirSync(parent)).toEqual(['O']);
  });
});
