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
  /** Persons admitted, and the sum of their expected subsidy a month (for the budget). */
  admitted: number;
  expectedMonthly: number;
}

/**
 * A subsidy programme while the projection runs: its cohorts of beneficiaries (a block of cells
 * each, stepped like the other members but with the programme's terms), and its yearly results.
 */
export class ProgrammeState {
  readonly terms: BlockTerms;
  readonly cohorts: Cohort[] = [];
  private readonly spare: ActiveBlock[] = [];
  /** Cost paid in the current calendar year. */
  costThisYear = 0;
  /** Expected cost of this calendar year of everyone admitted so far (the budget's yardstick). */
  committedThisYear = 0;
  readonly cost: Float64Array;
  readonly beneficiaryMonths: Float64Array;
  readonly newBeneficiaries: Float64Array;

  constructor(readonly programme: ResolvedProgramme, readonly layout: CellLayout, years: number) {
    this.terms = {
      missMultiplier: programme.missMultiplier,
      subsidyShare: programme.share,
      subsidyCapPerMonth: programme.maxPerMonth ?? Number.POSITIVE_INFINITY,
    };
    this.cost = new Float64Array(years);
    this.beneficiaryMonths = new Float64Array(years);
    this.newBeneficiaries = new Float64Array(years);
  }

  /** New beneficiaries may be admitted this month (the admission window). */
  admitting(month: number): boolean {
    const p = this.programme;
    return month >= p.startMonth && month <= p.endMonth;
  }

  /** Expected subsidy a month of a beneficiary declaring `wage` who pays every month (an upper estimate). */
  expectedMonthly(wage: number, contributionRate: number): number {
    const perMonth = this.programme.share * contributionRate * wage;
    return perMonth < this.terms.subsidyCapPerMonth ? perMonth : this.terms.subsidyCapPerMonth;
  }

  /** Months of subsidy a person admitted in calendar month index m (0-11) receives this year. */
  monthsThisYear(calendarMonth: number): number {
    return Math.min(this.programme.months, 12 - calendarMonth);
  }

  /**
   * The share of this month's eligible candidates the budget allows: all while the year's
   * commitment plus theirs fits the annual budget, else the part that fits (none once it is spent).
   * `commitment` is the candidates' expected subsidy up to December.
   */
  budgetFraction(commitment: number): number {
    const budget = this.programme.annualBudget;
    if (budget === null || commitment <= 0) return 1;
    const room = budget - this.committedThisYear;
    return room <= 0 ? 0 : Math.min(1, room / commitment);
  }

  /** January: the new year's commitment of beneficiaries still in their subsidy months. */
  startYear(): void {
    this.costThisYear = 0;
    this.committedThisYear = 0;
    for (const c of this.cohorts) {
      if (c.admitted > 0) this.committedThisYear += c.block.total() * (c.expectedMonthly / c.admitted) * Math.min(this.programme.months - c.monthsDone, 12);
    }
  }

  /** Admit persons into this month's cohort (cell sex, service, age index, state k). */
  admit(sex: number, s: number, ai: number, k: number, persons: number, wageMass: number, expectedMonthly: number, monthsThisYear: number, yearIndex: number): void {
    if (!(persons > 0)) return;
    const c = this.admissionCohort();
    c.block.add(sex, s, ai, k, persons, wageMass);
    c.admitted += persons;
    c.expectedMonthly += persons * expectedMonthly;
    this.committedThisYear += persons * expectedMonthly * monthsThisYear;
    this.newBeneficiaries[yearIndex] += persons;
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
    const c: Cohort = { block, monthsDone: 0, admitted: 0, expectedMonthly: 0 };
    this.cohorts.push(c);
    return c;
  }

  /**
   * Admit eligible existing members from `main` (a programme open to members, at its start
   * month): the same budget-allowed share of every eligible cell.
   */
  admitMembers(main: ActiveBlock, contributionRate: number, calendarMonth: number, yearIndex: number): void {
    const L = this.layout;
    const months = this.monthsThisYear(calendarMonth);
    const eligible = (i: number, sex: number, ai: number): boolean => main.persons[i]! > 0 && this.eligible(sex, L.ageMin + ai, main.wage[i]! / main.persons[i]!);
    let commitment = 0;
    this.forEachCell(main, (i, sex, _s, ai) => {
      if (eligible(i, sex, ai)) commitment += main.persons[i]! * this.expectedMonthly(main.wage[i]! / main.persons[i]!, contributionRate) * months;
    });
    const f = this.budgetFraction(commitment);
    if (f <= 0) return;
    this.forEachCell(main, (i, sex, s, ai, k) => {
      if (!eligible(i, sex, ai)) return;
      const n = main.persons[i]! * f;
      const mass = main.wage[i]! * f;
      this.admit(sex, s, ai, k, n, mass, this.expectedMonthly(mass / n, contributionRate), months, yearIndex);
      main.persons[i] = main.persons[i]! - n;
      main.wage[i] = main.wage[i]! - mass;
    });
  }

  private forEachCell(b: ActiveBlock, f: (i: number, sex: number, s: number, ai: number, k: number) => void): void {
    const L = this.layout;
    for (let sex = 0; sex < 2; sex++) {
      for (let s = 0; s <= b.sHi; s++) {
        for (let ai = 0; ai < L.nAge; ai++) {
          for (let k = 0; k < L.nK; k++) f(cellIndex(L, sex, s, ai, k), sex, s, ai, k);
        }
      }
    }
  }

  /**
   * After the month's step: count beneficiaries, and let cohorts whose subsidy months are over
   * return to the main block; a share 1 - persistence of them requests termination then.
   */
  endOfMonth(main: ActiveBlock, former: FormerMembers, flows: MonthFlows, yearIndex: number): void {
    const L = this.layout;
    let keep = 0;
    for (const c of this.cohorts) {
      c.monthsDone++;
      this.beneficiaryMonths[yearIndex] += c.block.total();
      if (c.monthsDone < this.programme.months) {
        this.cohorts[keep++] = c;
        continue;
      }
      const leave = 1 - this.programme.persistence;
      if (leave > 0) {
        const b = c.block;
        for (let sex = 0; sex < 2; sex++) {
          for (let s = 0; s <= b.sHi; s++) {
            for (let ai = 0; ai < L.nAge; ai++) {
              for (let k = 0; k < L.nK; k++) {
                const i = cellIndex(L, sex, s, ai, k);
                const n = b.persons[i]!;
                if (!(n > 0)) continue;
                const gone = n * leave;
                flows.exitsRequest += gone;
                former.add(sex, s, ai, gone, b.wage[i]! * leave);
                b.persons[i] = n - gone;
                b.wage[i] = b.wage[i]! * (1 - leave);
              }
            }
          }
        }
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
