import { describe, expect, it } from 'vitest';
import { mix64, runSeed, seedHex, SplitMix64 } from '../../src/batch/prng.js';

describe('SplitMix64 (the batch seeds)', () => {
  it('gives the reference outputs of Vigna\'s splitmix64.c from seed 1234567', () => {
    // Test vector of the C reference (https://prng.di.unimi.it/splitmix64.c), first two outputs.
    const g = new SplitMix64(1234567n);
    expect(g.next64()).toBe(6457827717110365317n);
    expect(g.next64()).toBe(3203168211198807973n);
  });

  it('runSeed(seed, i) is the (i + 1)-th output of the stream started at the batch seed', () => {
    const g = new SplitMix64(20260101n);
    for (let i = 0; i < 5; i++) expect(runSeed(20260101, i)).toBe(g.next64());
    expect(seedHex(runSeed(0, 0))).toBe('0xe220a8397b1dcdaf');
  });

  it('depends only on (seed, index): neighbouring runs and seeds get unrelated seeds', () => {
    const seeds = new Set<bigint>();
    for (let s = 0; s < 10; s++) for (let i = 0; i < 100; i++) seeds.add(runSeed(s, i));
    expect(seeds.size).toBe(1000);
    expect(runSeed(42, 17)).toBe(runSeed(42, 17));
  });

  it('mix64 is the identity on 0 and keeps 64 bits', () => {
    expect(mix64(0n)).toBe(0n);
    expect(mix64((1n << 64n) - 1n) < 1n << 64n).toBe(true);
  });

  it('uniform() is in [0, 1) and normal() has mean about 0 and variance about 1 (100,000 draws)', () => {
    const g = new SplitMix64(99n);
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = g.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      const z = g.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / 100_000)).toBeLessThan(0.02);
    expect(Math.abs(s2 / 100_000 - 1)).toBeLessThan(0.02);
  });
});
