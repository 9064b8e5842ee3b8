import { describe, expect, it } from 'vitest';
import { bandScale, linearScale } from '../../src/report/scale.js';

describe('linearScale(domain, range)', () => {
  it('linearScale([0, 100], [0, 500])(25) = 125', () => expect(linearScale([0, 100], [0, 500])(25)).toBe(125));
  it('an SVG y axis: linearScale([0, 200], [300, 20])(50) = 230, and the ends map to the ends', () => {
    const y = linearScale([0, 200], [300, 20]);
    expect(y(50)).toBe(230);
    expect(y(0)).toBe(300);
    expect(y(200)).toBe(20);
  });
  it('years: linearScale([2025, 2074], [60, 550])(2050) = 310', () => expect(linearScale([2025, 2074], [60, 550])(2050)).toBe(310));
  it('values outside the domain extrapolate: linearScale([0, 10], [0, 100])(-5) = -50', () => expect(linearScale([0, 10], [0, 100])(-5)).toBe(-50));
  it('invert is the inverse: linearScale([0, 200], [300, 20]).invert(230) = 50', () => expect(linearScale([0, 200], [300, 20]).invert(230)).toBe(50));
  it('a zero-width domain maps to the middle of the range', () => expect(linearScale([5, 5], [0, 100])(5)).toBe(50));
  it('keeps its domain and range', () => {
    const s = linearScale([1, 2], [3, 4]);
    expect(s.domain).toEqual([1, 2]);
    expect(s.range).toEqual([3, 4]);
  });
});

describe('bandScale(n, range, padding)', () => {
  it('bandScale(4, [0, 400], 0.2): step 100, bar width 80, bars at 10, 110, 210, 310', () => {
    const b = bandScale(4, [0, 400], 0.2);
    expect(b.step).toBe(100);
    expect(b.width).toBe(80);
    expect([0, 1, 2, 3].map(b.x)).toEqual([10, 110, 210, 310]);
  });
});
