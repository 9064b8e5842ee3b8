import type { CellLayout } from './layout.js';
import { PENSIONER_AGES } from './layout.js';

/**
 * What the monthly step reads: rates of the current year as flat arrays (computed once a year),
 * money parameters of the current year, and the payment behaviour by arrears state.
 */
export class MonthContext {
  /** Monthly probabilities by [sex * nAge + age index] for members and former members. */
  readonly deathM: Float64Array;
  readonly coveredWorkM: Float64Array;
  readonly requestM: Float64Array;
  readonly reEntryM: Float64Array;
  /** Monthly death probability of pensioners by [sex * 106 + age]. */
  readonly pensionerDeathM: Float64Array;
  /** Payment behaviour by arrears state k. */
  readonly catchUp: Float64Array;
  readonly stay: Float64Array;
  readonly miss: Float64Array;
  /** Fees in units of the monthly contribution: catching up from k, and paying the oldest month at k. */
  readonly feeCatchUp: Float64Array;
  readonly feeStay: Float64Array;
  /** Scratch of the payment step, per k, for one block's terms (see payment-step.ts). */
  readonly pCatch: Float64Array;
  readonly pStay: Float64Array;
  readonly paidPerPerson: Float64Array;
  readonly feesPerPerson: Float64Array;
  readonly payersPerPerson: Float64Array;
  /** When set, the payment step adds each (sex, age) row's insurable wages here: [sex * nAge + age index]. */
  wagesByAge: Float64Array | null = null;
  contributionRate = 0;
  /** JOD a month, current year. */
  minimumWage = 0;
  minimumPension = 0;
  indexationCap = 0;
  /** Pension increase this month (0 outside the indexation month). */
  indexationRate = 0;
  /** Normal retirement age by sex, qualifying service in whole years. */
  readonly retirementAge = new Int32Array(2);
  qualifyingServiceYears = 15;
  accrualRate = 0;
  continueAfterPensionAge = 0;
  readonly survivorProbability = new Float64Array(2);
  survivorShare = 0;
  readonly survivorAgeDifference = new Int32Array(2);
  deathPensionMinServiceYears = 0;
  lumpSumRatePerMonth = 0;

  constructor(readonly layout: CellLayout) {
    const n = 2 * layout.nAge;
    this.deathM = new Float64Array(n);
    this.coveredWorkM = new Float64Array(n);
    this.requestM = new Float64Array(n);
    this.reEntryM = new Float64Array(n);
    this.pensionerDeathM = new Float64Array(2 * PENSIONER_AGES);
    this.catchUp = new Float64Array(layout.nK);
    this.stay = new Float64Array(layout.nK);
    this.miss = new Float64Array(layout.nK);
    this.feeCatchUp = new Float64Array(layout.nK);
    this.feeStay = new Float64Array(layout.nK);
    this.pCatch = new Float64Array(layout.nK);
    this.pStay = new Float64Array(layout.nK);
    this.paidPerPerson = new Float64Array(layout.nK);
    this.feesPerPerson = new Float64Array(layout.nK);
    this.payersPerPerson = new Float64Array(layout.nK);
  }

  /**
   * Pension a month of a member with `service` credited years and mean wage w. A cell's service
   * (age index - g for members, the service index for former members) is its mean credited service:
   * age and gap are each spread evenly within their year, so the halves cancel.
   */
  pensionFor(service: number, wage: number): number {
    const p = this.accrualRate * service * wage;
    return p > this.minimumPension ? p : this.minimumPension;
  }

  /** Lump sum of a member leaving without a pension: rate x wage x credited months (mid-year). */
  lumpSumFor(service: number, wage: number): number {
    return this.lumpSumRatePerMonth * wage * 12 * service;
  }
}
