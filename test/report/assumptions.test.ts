import { describe, expect, it } from 'vitest';
import { assumptionRows, compactValue, dataSources } from '../../src/index.js';

describe('compactValue(v): one short line', () => {
  it('a scalar as it is', () => {
    expect(compactValue(0.175)).toBe('0.175');
    expect(compactValue('WPP 2024')).toBe('WPP 2024');
    expect(compactValue(null)).toBe('none');
  });
  it('a constant per-year table: "0.03 (every year, 2025-2026)"', () => expect(compactValue({ 2025: 0.03, 2026: 0.03 })).toBe('0.03 (every year, 2025-2026)'));
  it('a changing per-year table: first and last years and the count', () => {
    expect(compactValue({ 2025: 0.05, 2026: 0.045, 2027: 0.04 })).toBe('0.05 (2025) … 0.04 (2027), 3 values');
    expect(compactValue([{ year: 2025, value: 0.02 }, { year: 2074, value: 0.04 }])).toBe('0.02 (2025) … 0.04 (2074), 2 values');
  });
  it('a list of named things by their names', () => expect(compactValue([{ name: 'A', payer: 'government' }, { name: 'B' }])).toBe('2 items: A; B'));
  it('a long list of numbers by its ends', () => expect(compactValue([1, 2, 3, 4, 5, 6, 7])).toBe('1 … 7, 7 values'));
  it('anything else as JSON, clipped to 140 characters', () => {
    expect(compactValue({ a: 1 })).toBe('{"a":1}');
    expect(compactValue({ text: 'x'.repeat(300) })).toHaveLength(140);
  });
});

describe('assumptionRows(resolved)', () => {
  it('a parameter, a group of parameters, a plain value; the sources list is left out', () => {
    expect(
      assumptionRows({
        scenario: 'baseline',
        contributionRate: { value: 0.175, unit: 'share', source: 'Law No. 1 of 2014', confidence: 'verified' },
        economic: { interest: { value: { 2025: 0.05, 2026: 0.04 }, unit: 'per year', source: 'assumption', confidence: 'assumption' } },
        sources: ['UN WPP 2024'],
      }),
    ).toEqual([
      { key: 'scenario', raw: 'baseline', value: 'baseline', unit: '', source: '', confidence: '' },
      { key: 'contributionRate', raw: 0.175, value: '0.175', unit: 'share', source: 'Law No. 1 of 2014', confidence: 'verified' },
      { key: 'economic.interest', raw: { 2025: 0.05, 2026: 0.04 }, value: '0.05 (2025) … 0.04 (2026), 2 values', unit: 'per year', source: 'assumption', confidence: 'assumption' },
    ]);
  });
  it('nothing for a file that is not a mapping', () => expect(assumptionRows(['x'])).toEqual([]));
});

describe('dataSources(resolved)', () => {
  it('the sources list first (titles, used for, url), then each other cited source once', () => {
    expect(
      dataSources({
        sources: [{ title: 'UN WPP 2024', used_for: 'mortality', url: 'https://population.un.org/wpp/' }, 'SSC statements'],
        mx: { value: 1, source: 'UN WPP 2024 (mx file)' },
        k: { value: 2, source: 'SSC statements' },
        deep: [{ x: { source: 'assumption (none published)' } }],
      }),
    ).toEqual({
      listed: ['UN WPP 2024 — used for mortality — https://population.un.org/wpp/', 'SSC statements'],
      cited: ['UN WPP 2024 (mx file)', 'assumption (none published)'],
    });
  });
});

describe("the engine's scenario.resolved.yaml shape (src/output/resolved-scenario-yaml.ts)", () => {
  const resolved = {
    scheme: 'ssc-optional',
    name: 'baseline',
    description: 'The optional scheme as reported in 2025.',
    startYear: 2026,
    economic: { wageGrowth: { value: { 2026: 0.03, 2027: 0.03 }, source: 'assumption: nominal average wage growth' } },
    rules: { contributionRate: { value: 0.175, source: 'Social Security Law No. 1 of 2014' } },
    notes: { generatedBy: 'ssc-proj 0.1.0', data: ['demography.mortality: UN WPP 2024 mx, Jordan — United Nations, World Population Prospects 2024'] },
  };
  it('groups give one row a member; notes and description are not assumptions', () => {
    expect(assumptionRows(resolved).map((r) => [r.key, r.value, r.source])).toEqual([
      ['scheme', 'ssc-optional', ''],
      ['name', 'baseline', ''],
      ['startYear', '2026', ''],
      ['economic.wageGrowth', '0.03 (every year, 2026-2027)', 'assumption: nominal average wage growth'],
      ['rules.contributionRate', '0.175', 'Social Security Law No. 1 of 2014'],
    ]);
  });
  it('notes.data lines are data sources', () => {
    expect(dataSources(resolved)).toEqual({
      listed: ['demography.mortality: UN WPP 2024 mx, Jordan — United Nations, World Population Prospects 2024'],
      cited: ['assumption: nominal average wage growth', 'Social Security Law No. 1 of 2014'],
    });
  });
});
