import { describe, expect, it } from 'vitest';
import { abridgedLifeTable, coaleDemenyAx, lifeTable, loadWpp, wppLifeTable, type LifeTable } from '../../src/index.js';

const sum = (a: ArrayLike<number>): number => Array.from(a).reduce((s, x) => s + x, 0);

describe('lifeTable(x, n, mx, ax)', () => {
  it('two groups by hand: mx 0.1 and 0.5, 1a0 = 0.3 -> q0 = 10/107, L0 = 10^7/107, L1 = 1.94e7/107, e0 = 294/107', () => {
    // q0 = 1 x 0.1 / (1 + (1 - 0.3) x 0.1) = 0.1 / 1.07; l1 = 10^5 (1 - q0) = 9.7e6/107;
    // d0 = 10^6/107; L0 = 1 x l1 + 0.3 d0 = 10^7/107; open group: L1 = l1 / 0.5 = 1.94e7/107;
    // T0 = 2.94e7/107; e0 = T0 / 10^5 = 294/107 = 2.747663551...
    const t = lifeTable([0, 1], [1, Infinity], [0.1, 0.5], [0.3, 0]);
    expect(t.qx[0]).toBeCloseTo(10 / 107, 15);
    expect(t.lx[1]).toBeCloseTo(9.7e6 / 107, 9);
    expect(t.dx[0]).toBeCloseTo(1e6 / 107, 9);
    expect(t.Lx[0]).toBeCloseTo(1e7 / 107, 9);
    expect(t.Lx[1]).toBeCloseTo(1.94e7 / 107, 9);
    expect(t.ax[1]).toBe(2); // 1 / m in the open group
    expect(t.qx[1]).toBe(1);
    expect(t.ex[0]).toBeCloseTo(294 / 107, 12);
    expect(t.ex[1]).toBe(2); // 1 / m
  });

  it("reproduces Preston, Heuveline & Guillot's Austria 1992 males (Demography, 2001, box 3.1, p. 49) to the book's rounding", () => {
    // Deaths, population and nax as printed in the book (transcribed in ihmeuw-demographics/demCore,
    // data-raw/austria_1992_lt.R); the book's lx and nLx are rounded to whole persons.
    const pop = [47925, 189127, 234793, 238790, 254996, 326831, 355086, 324222, 269963, 261971, 238011, 261612, 181385, 187962, 153832, 105169, 73694, 57512, 32248];
    const deaths = [419, 70, 36, 46, 249, 420, 403, 441, 508, 769, 1154, 1866, 2043, 3496, 4366, 4337, 5279, 6460, 6146];
    const ax = [0.068, 1.626, 2.5, 3.143, 2.724, 2.52, 2.481, 2.601, 2.701, 2.663, 2.698, 2.676, 2.645, 2.624, 2.619, 2.593, 2.518, 2.423, 5.247];
    const bookLx = [100000, 99133, 98986, 98910, 98815, 98334, 97704, 97151, 96492, 95588, 94195, 91937, 88711, 83845, 76377, 66225, 53803, 37441, 21134];
    const bookLLx = [99192, 396183, 494741, 494375, 492980, 490106, 487127, 484175, 480384, 474686, 465777, 452188, 432096, 401480, 357713, 301224, 228404, 145182, 110889];
    const x = [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85];
    const n = x.map((a, i) => (i + 1 < x.length ? x[i + 1]! - a : Infinity));
    const t = lifeTable(x, n, deaths.map((d, i) => d / pop[i]!), ax);
    t.lx.forEach((l, i) => expect(Math.abs(l - bookLx[i]!)).toBeLessThanOrEqual(0.5));
    t.Lx.forEach((L, i) => expect(Math.abs(L - bookLLx[i]!)).toBeLessThanOrEqual(0.5));
    expect(t.ex[0]).toBeCloseTo(sum(bookLLx) / 100_000, 4); // 72.889
  });

  it('throws RangeError on mismatched lengths, a negative rate, or a zero open rate', () => {
    expect(() => lifeTable([0, 1], [1], [0.1, 0.2], [0.5, 0])).toThrow(RangeError);
    expect(() => lifeTable([0, 1], [1, Infinity], [-0.1, 0.2], [0.5, 0])).toThrow(/mx\[0\]/);
    expect(() => lifeTable([0, 1], [1, Infinity], [0.1, 0], [0.5, 0])).toThrow(/open group/);
  });
});

describe('coaleDemenyAx(m0, sex) (Preston et al. 2001, table 3.3)', () => {
  it('1m0 = 0.01: males 0.045 + 2.684 x 0.01 and 1.651 - 2.816 x 0.01; females 0.053 + 2.8 x 0.01 and 1.522 - 1.518 x 0.01', () => {
    const m = coaleDemenyAx(0.01, 'M');
    expect(m.a0).toBeCloseTo(0.07184, 15);
    expect(m.a1).toBeCloseTo(1.62284, 15);
    const f = coaleDemenyAx(0.01, 'F');
    expect(f.a0).toBeCloseTo(0.081, 15);
    expect(f.a1).toBeCloseTo(1.50682, 15);
  });
  it('1m0 >= 0.107: the constants 0.330 / 1.352 (males) and 0.350 / 1.361 (females)', () => {
    expect(coaleDemenyAx(0.107, 'M')).toEqual({ a0: 0.33, a1: 1.352 });
    expect(coaleDemenyAx(0.2, 'F')).toEqual({ a0: 0.35, a1: 1.361 });
  });
});

function expectIdentities(t: LifeTable): void {
  const last = t.x.length - 1;
  expect(t.lx[0]).toBe(100_000);
  expect(sum(t.dx)).toBeCloseTo(100_000, 8);
  expect(t.Tx[0]).toBeCloseTo(sum(t.Lx), 6);
  expect(t.ex[0]).toBe(t.Tx[0]! / t.lx[0]!);
  for (let i = 0; i <= last; i++) {
    expect(t.qx[i]).toBeGreaterThanOrEqual(0);
    expect(t.qx[i]).toBeLessThanOrEqual(1);
    expect(t.px[i]! + t.qx[i]!).toBeCloseTo(1, 15);
    if (i < last) expect(t.lx[i + 1]).toBeCloseTo(t.lx[i]! - t.dx[i]!, 8);
  }
  expect(t.qx[last]).toBe(1);
  expect(t.n[last]).toBe(Infinity);
  expect(t.Lx[last]).toBe(t.lx[last]! / t.mx[last]!);
}

describe('abridgedLifeTable(mx5, sex) on the WPP 2024 rates of Jordan', () => {
  const { mx } = loadWpp();

  it('every period and sex: l0 = 100000, sum dx = l0, T0 = sum Lx, e0 = T0/l0, qx in [0, 1], open qx = 1', () => {
    for (const sex of ['M', 'F'] as const) {
      for (const rates of mx.rates[sex]) expectIdentities(abridgedLifeTable(rates, sex));
    }
  });

  it('groups 0, 1-4, 5-9, ..., 100+: widths 1, 4, 5, ..., open; nax from 1m0 for 0 and 1-4, n/2 to 90-94, 1/m at 100+', () => {
    const t = wppLifeTable('M', '2015-2020');
    const m0 = 0.01569319; // WPP 2024, Jordan, males, 2015-2020
    expect(Array.from(t.x)).toEqual([0, 1, ...Array.from({ length: 20 }, (_, i) => 5 * (i + 1))]);
    expect(Array.from(t.n.subarray(0, 3))).toEqual([1, 4, 5]);
    expect(t.ax[0]).toBeCloseTo(0.045 + 2.684 * m0, 15);
    expect(t.ax[1]).toBeCloseTo(1.651 - 2.816 * m0, 15);
    expect(Array.from(t.ax.subarray(2, 20)).every((a) => a === 2.5)).toBe(true);
    expect(t.ax[21]).toBe(1 / 0.66083146);
    // 1q0 = m0 / (1 + (1 - a0) m0)
    expect(t.qx[0]).toBeCloseTo(m0 / (1 + (1 - (0.045 + 2.684 * m0)) * m0), 15);
  });

  it('95-99 of men in 2015-2020 (5m95 = 0.48 >= 0.4, where n/2 would give q > 1): constant-force nax, q = 1 - e^(-5m), m = d/L', () => {
    const m = 0.48021873;
    const t = wppLifeTable('M', '2015-2020');
    expect(t.ax[20]).toBeCloseTo(1 / m - (5 * Math.exp(-5 * m)) / (1 - Math.exp(-5 * m)), 14); // 1.5841
    expect(t.qx[20]).toBeCloseTo(1 - Math.exp(-5 * m), 14);
    expect(t.dx[20]! / t.Lx[20]!).toBeCloseTo(m, 14);
    expect(t.lx[21]).toBeGreaterThan(0);
    // females of the same period stay below 0.4 and keep n/2
    expect(wppLifeTable('F', '2015-2020').ax[20]).toBe(2.5);
  });

  it('throws RangeError unless given 22 rates', () => {
    expect(() => abridgedLifeTable([0.01, 0.001], 'F')).toThrow(/22 rates/);
  });
});
