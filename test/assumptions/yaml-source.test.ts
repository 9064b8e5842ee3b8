import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { filsAt } from '../../src/assumptions/parameter.js';
import { positionOf, scalarSourceAt, yamlNodeAt, yamlSourceFromText } from '../../src/assumptions/yaml-source.js';
import { toCsv } from '../../src/output/csv.js';

describe('yaml-source: positions and exact text of what a file says', () => {
  it('an alias without its anchor is an InputError at the alias (not a crash later)', () => {
    const text = 'a: 1\nb:\n  wage: *missing\n';
    expect(() => yamlSourceFromText(text, 'm.yaml')).toThrow(InputError);
    expect(() => yamlSourceFromText(text, 'm.yaml')).toThrow(/^m\.yaml:3:9: YAML: alias \*missing has no anchor/);
  });

  it('money written through an alias is read exactly from the anchored text', () => {
    const src = yamlSourceFromText('base: &w 400.125\nevents:\n  - { wage: *w }\n', 'm.yaml');
    expect(scalarSourceAt(src, ['events', 0, 'wage'])).toBe('400.125');
    expect(filsAt(src, ['events', 0, 'wage'])).toBe(400_125);
  });

  it('positions are 1-based line:column of the value, or of the key when asked', () => {
    const src = yamlSourceFromText('top:\n  inner: 42\n', 'p.yaml');
    expect(positionOf(src, ['top', 'inner'])).toEqual({ line: 2, col: 10, file: 'p.yaml' });
    expect(positionOf(src, ['top', 'inner'], true)).toEqual({ line: 2, col: 3, file: 'p.yaml' });
    expect(yamlNodeAt(src, ['top', 'missing'])).toBeUndefined();
  });
});

describe('csv: spreadsheets never run a cell as a formula', () => {
  it('escapes = + - @ at the start of text, in the header too, and leaves numbers alone', () => {
    const csv = toCsv(['year', '=HYPERLINK("x")'], [[2026, '-0.005'], [2027, '@SUM(A1)']]);
    expect(csv).toBe(`year,"'=HYPERLINK(""x"")"\n2026,-0.005\n2027,'@SUM(A1)\n`);
  });
});
