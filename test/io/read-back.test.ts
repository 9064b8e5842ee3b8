/** Issue 16: report, compare and merge check the files they read back (types, columns, digests). */
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { MergeError, mergeShardDirs } from '../../src/batch/merge.js';
import { OUTPUT_MARKER } from '../../src/output/atomic-write.js';
import { checkNumberColumns, parseCsv, requireColumns } from '../../src/report/csv-read.js';
import { cli } from '../helpers/cli.js';
import { stochasticBatch, tempDir, writeBatch } from '../batch/helpers.js';

describe('csv-read: columns and numbers checked where they are', () => {
  it('a cell that is not a number: InputError at its line and column, naming the column', () => {
    const t = parseCsv('year,insured,reserve\n2026,1.5,2\n2027,abc,3\n', 'i.csv');
    expect(() => checkNumberColumns(t, ['insured', 'reserve'])).toThrow(new InputError('i.csv', 3, 6, 'insured', 'not a number: "abc"'));
    expect(() => checkNumberColumns(t, ['reserve', 'absent'])).not.toThrow();
  });
  it('missing columns are named with the header', () => {
    expect(() => requireColumns(parseCsv('year,x\n', 'f.csv'), ['year', 'p5', 'p50'])).toThrow('f.csv:1:1: CSV: no columns p5, p50 (header: year, x)');
  });
  it('cells keep their positions across quoted line breaks and blank lines', () => {
    const t = parseCsv('a,b\n\n"x\ny",2\n3,"4"\n', 'p.csv');
    expect(t.rows).toEqual([['x\ny', '2'], ['3', '4']]);
    expect(t.positions).toEqual([[[3, 1], [4, 4]], [[5, 1], [5, 3]]]);
  });
});

describe('ssc-proj report: a run directory with a bad indicators.csv is refused', () => {
  it('"abc" in a number column: exit 2 at the cell', async () => {
    const dir = tempDir('report-bad');
    writeFileSync(join(dir, 'indicators.csv'), 'year,insured\n2026,100\n2027,abc\n');
    const r = await cli(['report', dir]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `ssc-proj: ${join(dir, 'indicators.csv')}:3:6: insured: not a number: "abc"\n` });
  });
  it('only a year column: exit 2', async () => {
    const dir = tempDir('report-year');
    writeFileSync(join(dir, 'indicators.csv'), 'year\n2026\n');
    const r = await cli(['report', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ssc-proj: ${join(dir, 'indicators.csv')}:1:1: CSV: no indicator column besides year (header: year)\n`);
  });
});

describe('merge checks each shard file against the digest written with it', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('merge-digest');
    const file = writeBatch(dir, 'st.yaml', stochasticBatch({ runs: 2, years: 1 }));
    for (const i of [0, 1]) {
      const r = await cli(['batch', file, '--out', join(dir, `shard-${i}`), '--shard', `${i}/2`, '--threads', '0', '--quiet']);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('untouched shards merge', () => {
    expect(mergeShardDirs([join(dir, 'shard-0'), join(dir, 'shard-1')]).map((f) => f.name)).toContain('runs.csv');
  });

  it('a runs.csv edited by hand is refused, naming the file', async () => {
    const edited = join(dir, 'edited');
    cpSync(join(dir, 'shard-1'), edited, { recursive: true });
    appendFileSync(join(edited, 'runs.csv'), '');
    writeFileSync(join(edited, 'runs.csv'), 'run,year\n1,2026\n');
    expect(() => mergeShardDirs([join(dir, 'shard-0'), edited])).toThrow(MergeError);
    const r = await cli(['merge', join(dir, 'shard-0'), edited, '--out', join(dir, 'never')]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `ssc-proj: ${join(edited, 'runs.csv')}: changed since ssc-proj batch wrote it (its SHA-256 is not the one recorded in ${OUTPUT_MARKER}); run the shard again\n` });
  });

  it('a directory without the marker is refused', () => {
    const bare = join(dir, 'bare');
    mkdirSync(bare, { recursive: true });
    cpSync(join(dir, 'shard-1'), bare, { recursive: true });
    rmSync(join(bare, OUTPUT_MARKER));
    expect(() => mergeShardDirs([join(dir, 'shard-0'), bare])).toThrow(`${join(bare, OUTPUT_MARKER)}: missing (merge takes directories written by ssc-proj batch, which records a digest of each file there)`);
  });
});
