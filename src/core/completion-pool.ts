import type { CellLayout } from './layout.js';

/**
 * Members at or above pension age without the qualifying months who go on contributing to
 * complete them, by [sex][age index][months still missing M = 1..Q][arrears k]: persons and wage
 * mass. Months are exact here: a paid month lowers M by one, catching up k months by k + 1, a
 * missed month leaves it; at M <= 0 the member retires (completion-step.ts).
 */
export class CompletionPool {
  persons: Float64Array;
  wage: Float64Array;
  /**
   * Per (sex, age, M) row of k cells: how many of its first cells may hold anyone (the highest
   * such k + 1), 0 for none. The step skips the empty rows and stops each row there; clear()
   * zeroes each age up to its last such cell (every write to a cell marks it).
   */
  occupied: Uint16Array;
  /** Age rows that may hold anyone, and the highest M. */
  aLo: number;
  aHi = -1;
  mHi = 0;
  readonly perRow: number;

  constructor(readonly layout: CellLayout, readonly qualifyingMonths: number) {
    this.perRow = qualifyingMonths * layout.nK;
    this.aLo = layout.nAge;
    this.persons = new Float64Array(2 * layout.nAge * this.perRow);
    this.wage = new Float64Array(2 * layout.nAge * this.perRow);
    if (layout.nK > 0xffff) throw new RangeError(`${layout.nK} arrears states: at most 65535`);
    this.occupied = new Uint16Array(2 * layout.nAge * qualifyingMonths);
  }

  /** Mark cell k of the (sex, age, M) row as possibly occupied and widen the bounds. */
  mark(sex: number, ai: number, M: number, k: number): void {
    const o = (sex * this.layout.nAge + ai) * this.qualifyingMonths + M - 1;
    if (this.occupied[o]! <= k) this.occupied[o] = k + 1;
    if (ai < this.aLo) this.aLo = ai;
    if (ai > this.aHi) this.aHi = ai;
    if (M > this.mHi) this.mHi = M;
  }

  /** Flat index of (sex, age index, months missing M >= 1, k). */
  index(sex: number, ai: number, M: number, k: number): number {
    return (sex * this.layout.nAge + ai) * this.perRow + (M - 1) * this.layout.nK + k;
  }

  add(sex: number, ai: number, M: number, k: number, persons: number, wageMass: number): void {
    const i = this.index(sex, ai, M, k);
    this.persons[i] += persons;
    this.wage[i] += wageMass;
    this.mark(sex, ai, M, k);
  }

  /** Zero every cell that may hold anyone (each age up to its last occupied cell) and reset the bounds. */
  clear(): void {
    if (this.aHi < this.aLo) return;
    const nAge = this.layout.nAge;
    const nK = this.layout.nK;
    const Q = this.qualifyingMonths;
    const O = this.occupied;
    for (let sex = 0; sex < 2; sex++) {
      for (let ai = this.aLo; ai <= this.aHi; ai++) {
        const start = (sex * nAge + ai) * this.perRow;
        const o = (sex * nAge + ai) * Q;
        // Up to the last occupied cell of the age's highest occupied M (the rows are mostly full: one fill).
        let top = this.mHi - 1;
        while (top >= 0 && O[o + top] === 0) top--;
        if (top < 0) continue;
        const end = start + top * nK + O[o + top]!;
        this.persons.fill(0, start, end);
        this.wage.fill(0, start, end);
        O.fill(0, o, o + top + 1);
      }
    }
    this.aLo = nAge;
    this.aHi = -1;
    this.mHi = 0;
  }

  /**
   * [from, to) index ranges, ascending, outside which every cell is 0 (each starts at a row of k
   * cells): the rows aLo..aHi of each sex, months missing up to mHi.
   */
  usedRanges(): number[] {
    const out: number[] = [];
    const nAge = this.layout.nAge;
    const used = this.mHi * this.layout.nK;
    for (let sex = 0; sex < 2; sex++) {
      for (let ai = this.aLo; ai <= this.aHi; ai++) {
        const start = (sex * nAge + ai) * this.perRow;
        out.push(start, start + used);
      }
    }
    return out;
  }

  /** Swap contents with another pool of the same shape (double buffering). */
  swap(other: CompletionPool): void {
    [this.persons, other.persons] = [other.persons, this.persons];
    [this.wage, other.wage] = [other.wage, this.wage];
    [this.occupied, other.occupied] = [other.occupied, this.occupied];
    [this.aLo, other.aLo] = [other.aLo, this.aLo];
    [this.aHi, other.aHi] = [other.aHi, this.aHi];
    [this.mHi, other.mHi] = [other.mHi, this.mHi];
  }

  total(): number {
    let t = 0;
    if (this.aHi < this.aLo) return 0;
    const nAge = this.layout.nAge;
    const used = this.mHi * this.layout.nK;
    for (let sex = 0; sex < 2; sex++) {
      for (let ai = this.aLo; ai <= this.aHi; ai++) {
        const start = (sex * nAge + ai) * this.perRow;
        for (let i = start; i < start + used; i++) t += this.persons[i]!;
      }
    }
    return t;
  }

  /** Visit every cell that may hold anyone: f(flat index, sex, age index, M, k). */
  forEach(f: (i: number, sex: number, ai: number, M: number, k: number) => void): void {
    const nK = this.layout.nK;
    for (let sex = 0; sex < 2; sex++) {
      for (let ai = this.aLo; ai <= this.aHi; ai++) {
        for (let M = 1; M <= this.mHi; M++) {
          const base = this.index(sex, ai, M, 0);
          for (let k = 0; k < nK; k++) f(base + k, sex, ai, M, k);
        }
      }
    }
  }
}
