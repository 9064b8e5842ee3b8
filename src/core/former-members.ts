import { poolIndex, type CellLayout } from './layout.js';

/**
 * Former subscribers who keep their credits (left for covered work, on request, or terminated
 * for arrears), by [sex][service years][age]: persons and the mass of their last declared wage.
 * They may re-enroll before pension age; at pension age they draw a pension with the qualifying
 * service, else a lump sum.
 */
export class FormerMembers {
  readonly persons: Float64Array;
  readonly wage: Float64Array;

  constructor(readonly layout: CellLayout) {
    const n = 2 * layout.nService * layout.nAge;
    this.persons = new Float64Array(n);
    this.wage = new Float64Array(n);
  }

  add(sex: number, s: number, ai: number, persons: number, wageMass: number): void {
    const i = poolIndex(this.layout, sex, s, ai);
    this.persons[i] += persons;
    this.wage[i] += wageMass;
  }

  total(): number {
    let t = 0;
    for (let i = 0; i < this.persons.length; i++) t += this.persons[i]!;
    return t;
  }
}
