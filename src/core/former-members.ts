import { poolIndex, type CellLayout } from './layout.js';
import { formerServiceUpShare } from './service-phase.js';

/**
 * Former subscribers who keep their credits (left for covered work, on request, or terminated
 * for arrears), by [sex][completed service years][age at 1 January]: persons and the mass of
 * their last declared wage. They may re-enroll before pension age; at pension age they draw a
 * pension with the qualifying months, else a lump sum (former-members-step.ts).
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

  /**
   * Members leaving in month m from active service year j (service-phase.ts): credited months
   * 12 (j - 1) + m + p, so formerServiceUpShare(j, m) of them have j completed years, the rest j - 1.
   */
  addLeavers(sex: number, j: number, ai: number, m: number, persons: number, wageMass: number): void {
    const up = formerServiceUpShare(j, m);
    const i = poolIndex(this.layout, sex, j, ai);
    this.persons[i] += persons * up;
    this.wage[i] += wageMass * up;
    if (up < 1) {
      const d = i - this.layout.nAge;
      this.persons[d] += persons * (1 - up);
      this.wage[d] += wageMass * (1 - up);
    }
  }

  total(): number {
    let t = 0;
    for (let i = 0; i < this.persons.length; i++) t += this.persons[i]!;
    return t;
  }

  /** Persons with at least `years` completed service years (the deferred pensioners-to-be when years = 15). */
  totalWithService(years: number): number {
    const L = this.layout;
    let t = 0;
    for (let sex = 0; sex < 2; sex++) {
      for (let s = years; s < L.nService; s++) {
        const base = poolIndex(L, sex, s, 0);
        for (let ai = 0; ai < L.nAge; ai++) t += this.persons[base + ai]!;
      }
    }
    return t;
  }
}
