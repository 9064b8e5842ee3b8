import { describe, expect, it } from 'vitest';
import { InputError, numberAt, numberColumn, parseCsv, yearColumn } from '../../src/index.js';

function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseCsv(text, file)', () => {
  it('keeps every cell as its exact text (0.175000 stays 0.175000)', () => {
    const t = parseCsv('year,rate\n2025,0.175000\n2026,0.18\n', 'x.csv');
    expect(t.header).toEqual(['year', 'rate']);
    expect(t.rows).toEqual([
      ['2025', '0.175000'],
      ['2026', '0.18'],
    ]);
    expect(t.lines).toEqual([2, 3]);
  });
  it('reads quoted cells with commas, doubled quotes and line breaks; CRLF and a BOM', () => {
    const t = parseCsv('\uFEFFprogramme,year\r\n"Women, 30-45 ""top-up""",2026\r\n"two\nlines",2027\r\n', 'p.csv');
    expect(t.rows).toEqual([
      ['Women, 30-45 "top-up"', '2026'],
      ['two\nlines', '2027'],
    ]);
    expect(t.lines).toEqual([2, 3]);
  });
  it('skips blank lines and needs no final line end', () => {
    expect(parseCsv('a,b\n\n1,2', 'x.csv').rows).toEqual([['1', '2']]);
  });
  it('an unterminated quote is an error at the quote: x.csv:3:6', () => {
    expect(errorOf(() => parseCsv('a,b\n1,2\n2025,"open\n', 'x.csv')).message).toBe('x.csv:3:6: CSV: unterminated quoted cell');
  });
  it('a row with too many cells is an error at its extra cell', () => {
    expect(errorOf(() => parseCsv('year,reserve\n2025,1,2\n', 'i.csv')).message).toBe('i.csv:2:6: CSV: row has 3 cells, the header has 2');
  });
  it('a quote inside an unquoted cell, text after a closing quote, a repeated column: errors with line:column', () => {
    expect(errorOf(() => parseCsv('a,b\n1,x"y\n', 'q.csv')).message).toMatch(/^q\.csv:2:4: CSV: a quote inside an unquoted cell/);
    expect(errorOf(() => parseCsv('a,b\n"1"x,2\n', 'q.csv')).message).toBe('q.csv:2:4: CSV: unexpected "x" after a closing quote');
    expect(errorOf(() => parseCsv('year,reserve,reserve\n', 'd.csv')).message).toBe('d.csv:1:14: CSV: column "reserve" appears twice (columns 2 and 3)');
  });
  it('an empty file has no header: error at 1:1', () => {
    expect(errorOf(() => parseCsv('', 'e.csv')).message).toBe('e.csv:1:1: CSV: empty file (no header row)');
  });
});

describe('numbers and years of a CsvTable', () => {
  const t = parseCsv('year,reserve,note\n2025,1.5,\n2026,,x\n2027,abc,\n', 'i.csv');
  it('numberAt: a number, an empty cell as null', () => {
    expect(numberAt(t, 0, 1)).toBe(1.5);
    expect(numberAt(t, 1, 1)).toBeNull();
  });
  it('a cell that is not a number is an error at its line and column, naming the column', () => {
    expect(errorOf(() => numberColumn(t, 'reserve')).message).toBe('i.csv:4:6: reserve: not a number: "abc"');
  });
  it('yearColumn reads whole calendar years and refuses others at their cell', () => {
    expect(yearColumn(t)).toEqual([2025, 2026, 2027]);
    expect(errorOf(() => yearColumn(parseCsv('year\n2025.5\n', 'y.csv'))).message).toBe('y.csv:2:1: year: not a calendar year: "2025.5"');
    expect(errorOf(() => yearColumn(parseCsv('yr\n2025\n', 'y.csv'))).message).toBe('y.csv:1:1: year: no "year" column');
  });
});
