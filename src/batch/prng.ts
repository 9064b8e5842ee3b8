/**
 * The batch's own seeded random numbers: SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014; the constants of Vigna's reference C code,
 * https://prng.di.unimi.it/splitmix64.c), in BigInt arithmetic modulo 2^64. Nothing here depends
 * on the platform, the thread or the order in which runs are computed: a run's numbers are a
 * function of (batch seed, run index) only.
 */

const MASK = (1n << 64n) - 1n;
/** 2^64 / golden ratio, odd: the SplitMix64 increment. */
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;

/** SplitMix64's output function (a bijection of 64-bit integers; Stafford's "Mix13" variant). */
export function mix64(z: bigint): bigint {
  z = z & MASK;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
  return z ^ (z >> 31n);
}

/**
 * The seed of run `index` (0-based) of a batch seeded with `seed`: the (index + 1)-th output of a
 * SplitMix64 stream started at `seed`, i.e. mix64(seed + (index + 1) x 0x9E3779B97F4A7C15).
 * Runs get well-separated 64-bit seeds however they are split among threads and machines.
 * @example runSeed(0, 0) // => 0xe220a8397b1dcdafn (the first SplitMix64 output from state 0)
 */
export function runSeed(seed: number | bigint, index: number): bigint {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`run index ${index} is not a non-negative integer`);
  return mix64(BigInt(seed) + BigInt(index + 1) * GOLDEN_GAMMA);
}

/** A 64-bit seed as 16 hexadecimal digits with 0x (how batch.resolved.yaml and runs-summary.csv print it). */
export function seedHex(seed: bigint): string {
  return `0x${seed.toString(16).padStart(16, '0')}`;
}

/**
 * A SplitMix64 generator: `next64()` gives the stream's 64-bit outputs, `uniform()` a double in
 * [0, 1) from the top 53 bits, `normal()` a standard normal by the Box-Muller transform (both
 * values of a pair are used, in the order cos, sin). Math.log, Math.sqrt, Math.cos and Math.sin
 * are V8's fdlibm ports: the same bits on every platform with the same Node version.
 */
export class SplitMix64 {
  private state: bigint;
  private spare: number | null = null;

  constructor(seed: bigint) {
    this.state = seed & MASK;
  }

  next64(): bigint {
    this.state = (this.state + GOLDEN_GAMMA) & MASK;
    return mix64(this.state);
  }

  uniform(): number {
    return Number(this.next64() >> 11n) / 2 ** 53;
  }

  normal(): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return z;
    }
    // 1 - u is in (0, 1]: the logarithm is finite.
    const r = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    const theta = 2 * Math.PI * this.uniform();
    this.spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  }
}
