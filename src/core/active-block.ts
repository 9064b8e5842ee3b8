import { cellIndex, type CellLayout } from './layout.js';

/**
 * Active subscribers by cell [sex][uncredited years g][age][arrears k] (layout.ts): persons and
 * wage mass (the sum of their declared wages, JOD a month). `gHi` and `aLo..aHi` bound the cells
 * that may hold anyone, so a block of new subscribers costs little to step.
 */
export class ActiveBlock {
  persons: Float64Array;
  wage: Float64Array;
  gHi = 0;
  /** Age indexes that may hold anyone: aLo..aHi (empty when aHi < aLo). */
  aLo: number;
  aHi = -1;

  constructor(readonly layout: CellLayout) {
    this.aLo = layout.nAge;
    this.persons = new Float64Array(layout.size);
    this.wage = new Float64Array(layout.size);
  }

  add(sex: number, g: number, ai: number, k: number, persons: number, wageMass: number): void {
    const i = cellIndex(this.layout, sex, g, ai, k);
    this.persons[i] += persons;
    this.wage[i] += wageMass;
    if (g > this.gHi) this.gHi = g;
    if (ai < this.aLo) this.aLo = ai;
    if (ai > this.aHi) this.aHi = ai;
  }

  /** Mark every age as possibly occupied (the main block). */
  spanAllAges(): void {
    this.aLo = 0;
    this.aHi = this.layout.nAge - 1;
  }

  /** Zero every cell that may hold anyone. */
  clear(): void {
    const L = this.layout;
    const run = (this.gHi + 1) * L.nAge * L.nK;
    for (let sex = 0; sex < 2; sex++) {
      const start = sex * L.perSex;
      this.persons.fill(0, start, start + run);
      this.wage.fill(0, start, start + run);
    }
    this.gHi = 0;
    this.aLo = L.nAge;
    this.aHi = -1;
  }

  /** [from, to) index ranges, ascending, outside which every cell is 0 (each starts at a row of k cells). */
  usedRanges(): number[] {
    const L = this.layout;
    const run = (this.gHi + 1) * L.nAge * L.nK;
    return [0, run, L.perSex, L.perSex + run];
  }

  /** Swap contents with another block of the same layout (double buffering, no copy). */
  swap(other: ActiveBlock): void {
    const p = this.persons;
    const w = this.wage;
    const s = this.gHi;
    const lo = this.aLo;
    const hi = this.aHi;
    this.persons = other.persons;
    this.wage = other.wage;
    this.gHi = other.gHi;
    this.aLo = other.aLo;
    this.aHi = other.aHi;
    other.persons = p;
    other.wage = w;
    other.gHi = s;
    other.aLo = lo;
    other.aHi = hi;
  }

  /** Move everyone into `target` (cell by cell) and clear this block. */
  mergeInto(target: ActiveBlock): void {
    const L = this.layout;
    const run = (this.gHi + 1) * L.nAge * L.nK;
    for (let sex = 0; sex < 2; sex++) {
      const start = sex * L.perSex;
      for (let i = start; i < start + run; i++) {
        target.persons[i] += this.persons[i]!;
        target.wage[i] += this.wage[i]!;
      }
    }
    if (this.gHi > target.gHi) target.gHi = this.gHi;
    if (this.aLo < target.aLo) target.aLo = this.aLo;
    if (this.aHi > target.aHi) target.aHi = this.aHi;
    this.clear();
  }

  total(): number {
    const L = this.layout;
    const run = (this.gHi + 1) * L.nAge * L.nK;
    let t = 0;
    for (let sex = 0; sex < 2; sex++) {
      const start = sex * L.perSex;
      for (let i = start; i < start + run; i++) t += this.persons[i]!;
    }
    return t;
  }
}
