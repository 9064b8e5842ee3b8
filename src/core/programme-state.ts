import { ActiveBlock } from './active-block.js';
import type { FormerMembers } from './former-members.js';
import { cellIndex, type CellLayout } from './layout.js';
import type { MonthFlows } from './month-flows.js';
import type { BlockTerms } from './payment-step.js';
import type { ResolvedProgramme } from './resolved-scenario.js';

/** Beneficiaries admitted in one month, followed until their subsidy months are over. */
export interface Cohort {
  readonly block: ActiveBlock;
  monthsDone: number;
  /** Persons admitted, and of them those who came in as new subscribers (persistence applies to them). */
  admitted: number;
  entrants: number;
}

/**
 * A subsidy programme while the projection runs: its cohorts of beneficiaries (a block of cells
 * each, stepped like the other members but with the programme's terms), its budget commitments
 * by year, and its yearly results.
 */
export class ProgrammeState {
  readonly terms: BlockTerms;
  readonly cohorts: Cohort[] = [];
  private readonly spare: ActiveBlock[] = [];
  /**
   * Expected subsidy of every beneficiary admitted so far, by projection year, counting each as
   * paying every month of their subsidy (the most the programme can owe them): the budget's yardstick.
   */
  readonly committed: Float64Array;
  readonly cost: Float64Array;
  readonly beneficiaryMonths: Float64Array;
  readonly newBeneficiaries: Float64Array;

  constructor(readonly programme: ResolvedProgramme, readonly layout: CellLayout, readonly years: number) {
    this.terms = {
      missMultiplier: programme.missMultiplier,
      subsidyShare: programme.share,
      subsidyCapPerMonth: programme.maxPerMonth ?? Number.POSITIVE_INFINITY,
    };
    this.committed = new Float64Array(years);
    this.cost = new Float64Array(years);
    this.beneficiaryMonths = new Float64Array(years);
    this.newBeneficiaries = new Float64Array(years);
  }

  /** New beneficiaries may be admitted in month t of the projection (the admission window). */
  admitting(t: number): boolean {
    const p = this.programme;
    return t >= p.startMonth && t <= p.endMonth;
  }

  /** Expected subsidy a month of a beneficiary declaring `wage` who pays every month. */
  expectedMonthly(wage: number, contributionRate: number): number {
    const perMonth = this.programme.share * contributionRate * wage;
    return perMonth < this.terms.subsidyCapPerMonth ? perMonth : this.terms.subsidyCapPerMonth;
  }

  /** Months of subsidy falling in projection year y' for someone admitted in month t = 12 y + m. */
  private monthsInYear(t: number, year: number): number {
    const from = Math.max(t, 12 * year);
    const to = Math.min(t + this.programme.months, 12 * (year + 1));
    return to > from ? to - from : 0;
  }

  /**
   * The share of this month's candidates the budget allows, given their expected subsidy a month
   * (summed): all while every year their subsidy months fall in stays within the annual budget
   * with the commitments already made, else the part that fits (none once a year is spent).
   */
  budgetFraction(monthlyCommitment: number, t: number): number {
    const budget = this.programme.annualBudget;
    if (budget === null || monthlyCommitment <= 0) return 1;
    let f = 1;
    for (let y = Math.floor(t / 12); y < this.years; y++) {
      const months = this.monthsInYear(t, y);
      if (months === 0) break;
      const room = budget - this.committed[y]!;
      f = Math.min(f, room <= 0 ? 0 : room / (monthlyCommitment * months));
    }
    return f;
  }

  /** Admit persons in month t into this month's cohort (cell sex, gap g, age index, state k). */
  admit(sex: number, g: number, ai: number, k: number, persons: number, wageMass: number, expectedMonthly: number, t: number, asEntrants: boolean): void {
    if (!(persons > 0)) return;
    const c = this.admissionCohort();
    c.block.add(sex, g, ai, k, persons, wageMass);
    c.admitted += persons;
    if (asEntrants) c.entrants += persons;
    for (let y = Math.floor(t / 12); y < this.years; y++) {
      const months = this.monthsInYear(t, y);
      if (months === 0) break;
      this.committed[y] += persons * expectedMonthly * months;
    }
    this.newBeneficiaries[Math.floor(t / 12)] += persons;
  }

  /** Eligible by sex, age and declared wage (the cell's mean wage: an approximation stated in the README). */
  eligible(sex: number, age: number, wage: number): boolean {
    const p = this.programme;
    if (p.sex !== null && (p.sex === 'M' ? 0 : 1) !== sex) return false;
    if (age < p.ageMin || age > p.ageMax) return false;
    return p.maxWage === null || wage <= p.maxWage;
  }

  /** The cohort receiving this month's admissions (created on first use in the month). */
  private admissionCohort(): Cohort {
    const last = this.cohorts[this.cohorts.length - 1];
    if (last !== undefined && last.monthsDone === 0) return last;
    const block = this.spare.pop() ?? new ActiveBlock(this.layout);
    const c: Cohort = { block, monthsDone: 0, admitted: 0, entrants: 0 };
    this.cohorts.push(c);
    return c;
  }

  /**
   * Admit eligible existing members from `main` (a programme open to members, in its first month
   * of the projection): the same budget-allowed share of every eligible cell.
   */
  admitMembers(main: ActiveBlock, contributionRate: number, t: number): void {
    const L = this.layout;
    const eligible = (i: number, sex: number, ai: number): boolean => main.persons[i]! > 0 && this.eligible(sex, L.ageMin + ai, main.wage[i]! / main.persons[i]!);
    let monthly = 0;
    this.forEachCell(main, (i, sex, _g, ai) => {
      if (eligible(i, sex, ai)) monthly += main.persons[i]! * this.expectedMonthly(main.wage[i]! / main.persons[i]!, contributionRate);
    });
    const f = this.budgetFraction(monthly, t);
    if (f <= 0) return;
    this.forEachCell(main, (i, sex, g, ai, k) => {
      if (!eligible(i, sex, ai)) return;
      const n = main.persons[i]! * f;
      const mass = main.wage[i]! * f;
      this.admit(sex, g, ai, k, n, mass, this.expectedMonthly(mass / n, contributionRate), t, false);
      main.persons[i] = main.persons[i]! - n;
      main.wage[i] = main.wage[i]! - mass;
    });
  }

  private forEachCell(b: ActiveBlock, f: (i: number, sex: number, g: number, ai: number, k: number) => void): void {
    const L = this.layout;
    for (let sex = 0; sex < 2; sex++) {
      for (let g = 0; g <= b.gHi; g++) {
        for (let ai = g > 0 ? g - 1 : 0; ai < L.nAge; ai++) {
          for (let k = 0; k < L.nK; k++) f(cellIndex(L, sex, g, ai, k), sex, g, ai, k);
        }
      }
    }
  }

  /**
   * After the month's step: count beneficiaries, and let cohorts whose subsidy months are over
   * return to the main block. Of those who came in as new subscribers, a share 1 - persistence
   * requests termination then (members enrolled before the programme are not affected).
   */
  endOfMonth(main: ActiveBlock, former: FormerMembers, flows: MonthFlows, yearIndex: number, month: number): void {
    let keep = 0;
    for (const c of this.cohorts) {
      c.monthsDone++;
      this.beneficiaryMonths[yearIndex] += c.block.total();
      if (c.monthsDone < this.programme.months) {
        this.cohorts[keep++] = c;
        continue;
      }
      const leave = c.admitted > 0 ? (1 - this.programme.persistence) * (c.entrants / c.admitted) : 0;
      if (leave > 0) {
        const b = c.block;
        this.forEachCell(b, (i, sex, g, ai) => {
          const n = b.persons[i]!;
          if (!(n > 0)) return;
          const gone = n * leave;
          flows.exitsRequest += gone;
          former.addLeavers(sex, ai + 1 - g, ai, month, gone, b.wage[i]! * leave);
          b.persons[i] = n - gone;
          b.wage[i] = b.wage[i]! * (1 - leave);
        });
      }
      c.block.mergeInto(main);
      this.spare.push(c.block);
    }
    this.cohorts.length = keep;
  }

  /** Persons currently subsidised. */
  beneficiaries(): number {
    let t = 0;
    for (const c of this.cohorts) t += c.block.total();
    return t;
  }
}
