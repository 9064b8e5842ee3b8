import { describe, expect, it } from 'vitest';
import { areaPath, coord, linePath, rectPath } from '../../src/report/path.js';

describe('SVG path builders', () => {
  it('linePath joins points with L and starts again with M after a gap', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5, y: 20 }, { x: 10, y: null }, { x: 15, y: 5 }])).toBe('M0,10L5,20M15,5');
  });
  it('linePath of no points, or only gaps, is empty', () => {
    expect(linePath([])).toBe('');
    expect(linePath([{ x: 1, y: null }])).toBe('');
  });
  it('linePath prints at most 2 decimals: 1/3 -> 0.33, -0.001 -> 0 (not -0)', () => {
    expect(linePath([{ x: 1 / 3, y: -0.001 }])).toBe('M0.33,0');
    expect(coord(-0.004)).toBe('0');
  });
  it('areaPath goes along the upper edge and back along the lower one', () => {
    expect(areaPath([{ x: 0, y0: 10, y1: 0 }, { x: 10, y0: 10, y1: 5 }])).toBe('M0,0L10,5L10,10L0,10Z');
  });
  it('areaPath splits the band at a missing edge into two closed pieces', () => {
    expect(
      areaPath([
        { x: 0, y0: 4, y1: 1 },
        { x: 1, y0: 4, y1: 2 },
        { x: 2, y0: null, y1: 2 },
        { x: 3, y0: 5, y1: 3 },
      ]),
    ).toBe('M0,1L1,2L1,4L0,4ZM3,3L3,5Z');
  });
  it('rectPath(10, 20, 30, 40) = M10,20h30v40h-30Z', () => expect(rectPath(10, 20, 30, 40)).toBe('M10,20h30v40h-30Z'));
});
