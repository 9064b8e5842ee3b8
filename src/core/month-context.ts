import { shareAfterBirthday } from './birthdays.js';
import type { CellLayout } from './layout.js';
import { PENSIONER_AGES } from './layout.js';
import { disabilityPension, earlyPension, oldAgePension } from './pension-formulas.js';
import { POP_AGES, type DisabilityTerms, type EarlyRetirementTerms, type OrphanTerms } from './resolved-scenario.js';

/** Monthly decrement probabilities of one kind of block by [sex * nAge + age index]. */
export interface RowRates {
  readonly death: Float64Array;
  readonly coveredWork: Float64Array;
  readonly request: Float64Array;
  /** Disability incidence (early-retirement take-up depends on eligibility by age: early-retirement-step.ts reads the year's rates). */
  readonly disability: Float64Array;
}

function newRowRates(n: number): RowRates {
  return { death: new Float64Array(n), coveredWork: new Float64Array(n), request: new Float64Array(n), disability: new Float64Array(n) };
}

/**
 * What the monthly step reads: rates of the current month as flat arrays, money parameters of
 * the current year, and the payment behaviour by arrears state.
 *
 * Rates by exact age: a cell indexed by age at 1 January x holds members aged x before their
 * birthday and x + 1 after it (birthdays.ts). Each month, a row's rate is the rate of the ages its
 * members have: before (x) in a row whose members leave at their birthday, after (x + 1) in a row
 * of members who have all passed it, and m/12 after, (12 - m)/12 before in every other row.
 */
export class MonthContext {
  /** Monthly probabilities of the year by [sex * nAge + age index] at ages x and x + 1 (set once a year). */
  readonly yearDeath: Float64Array;
  readonly yearDeathNext: Float64Array;
  readonly yearCoveredWork: Float64Array;
  readonly yearCoveredWorkNext: Float64Array;
  readonly yearRequest: Float64Array;
  readonly yearRequestNext: Float64Array;
  readonly yearDisability: Float64Array;
  readonly yearDisabilityNext: Float64Array;
  readonly yearEarlyTakeUp: Float64Array;
  readonly yearEarlyTakeUpNext: Float64Array;
  readonly reEntryM: Float64Array;
  /** Members below pension age and former members: the row below pension age leaves at its birthday. */
  readonly activeRates: RowRates;
  /** Members at or above pension age completing their months (completion-pool.ts). */
  readonly completionRates: RowRates;
  /** Monthly q of pensioners by [sex * 106 + age] at ages x and x + 1, and this month's mix. */
  readonly pensionerYearDeath: Float64Array;
  readonly pensionerYearDeathNext: Float64Array;
  readonly pensionerDeathM: Float64Array;
  /** The same for disability pensioners (their own mortality). */
  readonly disabledYearDeath: Float64Array;
  readonly disabledYearDeathNext: Float64Array;
  readonly disabledDeathM: Float64Array;
  /** Month of the year 0..11, and months since year 0 (calendar year x 12 + month). */
  month = 0;
  monthIndex = 0;
  /** The reference wage / the current declared wage of a member on the in-force wage path this month (reference-wage.ts). */
  referenceRatio = 1;
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
  /** Missing the month: 1 - pCatch - pStay. */
  readonly pMiss: Float64Array;
  /**
   * Catching up from k, by where the catchers land (payment-step.ts, service step 4): the share
   * of a person of state k who catches up and stays in the gap year, moves one year down, two down.
   */
  readonly catchTo0: Float64Array;
  readonly catchTo1: Float64Array;
  readonly catchTo2: Float64Array;
  /** When set, the payment step adds each (sex, age) row's insurable wages here: [sex * nAge + age index]. */
  wagesByAge: Float64Array | null = null;
  contributionRate = 0;
  /** JOD a month, current year. */
  minimumWage = 0;
  minimumPension = 0;
  indexationCap = 0;
  /** Pension increase this month (0 outside the indexation month). */
  indexationRate = 0;
  /** Normal retirement age by sex; the age index of the row below it (members leave it at their birthday). */
  readonly retirementAge = new Int32Array(2);
  readonly lastActiveRow = new Int32Array(2);
  /** Credited months for an old-age pension (180). */
  qualifyingMonths = 180;
  accrualRate = 0;
  continueAfterPensionAge = 0;
  readonly survivorProbability = new Float64Array(2);
  survivorShare = 0;
  readonly survivorAgeDifference = new Int32Array(2);
  /** Credited months for a survivor's pension on a member's death. */
  deathPensionMinMonths = 0;
  lumpSumRatePerMonth = 0;
  /** Early retirement, disability and orphans' terms (set once, scenario-rates.ts). */
  early: EarlyRetirementTerms | null = null;
  disability: DisabilityTerms | null = null;
  orphans: OrphanTerms | null = null;
  /** Whether any member can retire early (a route and a take-up above 0 somewhere). */
  earlyRetirementOn = false;
  /** Survivors of members dying in service share the disability pension (else the old-age pension on their months). */
  deathInServiceOnDisabilityPension = false;

  constructor(readonly layout: CellLayout) {
    const n = 2 * layout.nAge;
    this.yearDeath = new Float64Array(n);
    this.yearDeathNext = new Float64Array(n);
    this.yearCoveredWork = new Float64Array(n);
    this.yearCoveredWorkNext = new Float64Array(n);
    this.yearRequest = new Float64Array(n);
    this.yearRequestNext = new Float64Array(n);
    this.yearDisability = new Float64Array(n);
    this.yearDisabilityNext = new Float64Array(n);
    this.yearEarlyTakeUp = new Float64Array(n);
    this.yearEarlyTakeUpNext = new Float64Array(n);
    this.reEntryM = new Float64Array(n);
    this.activeRates = newRowRates(n);
    this.completionRates = newRowRates(n);
    this.pensionerYearDeath = new Float64Array(2 * PENSIONER_AGES);
    this.pensionerYearDeathNext = new Float64Array(2 * PENSIONER_AGES);
    this.pensionerDeathM = new Float64Array(2 * PENSIONER_AGES);
    this.disabledYearDeath = new Float64Array(2 * PENSIONER_AGES);
    this.disabledYearDeathNext = new Float64Array(2 * PENSIONER_AGES);
    this.disabledDeathM = new Float64Array(2 * PENSIONER_AGES);
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
    this.pMiss = new Float64Array(layout.nK);
    this.catchTo0 = new Float64Array(layout.nK);
    this.catchTo1 = new Float64Array(layout.nK);
    this.catchTo2 = new Float64Array(layout.nK);
  }

  /** The monthly rates of month m (0..11) from the year's annual rates, by the ages each row's members have. */
  setMonth(m: number): void {
    this.month = m;
    const L = this.layout;
    const after = shareAfterBirthday(m);
    for (let sex = 0; sex < 2; sex++) {
      const last = this.lastActiveRow[sex]!;
      for (let ai = 0; ai < L.nAge; ai++) {
        const ri = sex * L.nAge + ai;
        // Active rows: mixed below the last row, before-birthday in it.
        const wa = ai < last ? after : 0;
        // Completion rows: after-birthday in the last active row (they passed it), before in the oldest, mixed between.
        const wc = ai <= last ? 1 : ai === L.nAge - 1 ? 0 : after;
        setMix(this.activeRates, this.completionRates, this, ri, wa, wc);
      }
    }
    for (let i = 0; i < this.pensionerDeathM.length; i++) {
      this.pensionerDeathM[i] = (1 - after) * this.pensionerYearDeath[i]! + after * this.pensionerYearDeathNext[i]!;
      this.disabledDeathM[i] = (1 - after) * this.disabledYearDeath[i]! + after * this.disabledYearDeathNext[i]!;
    }
  }

  /**
   * Old-age pension a month of a member with `months` credited months and mean wage w:
   * max(minimum pension, accrual x months / 12 x w).
   */
  pensionFor(months: number, wage: number): number {
    return oldAgePension(months, wage * this.referenceRatio, this.accrualRate, this.minimumPension);
  }

  /** Early pension a month at age `age` (completed years) of a member of sex `sex` with `months` credited and mean declared wage w. */
  earlyPensionFor(months: number, wage: number, sex: number, age: number): number {
    const e = this.early!;
    const a = sex * POP_AGES + (age < POP_AGES - 1 ? age : POP_AGES - 1);
    return earlyPension(months, wage * this.referenceRatio, e.accrualBelowLimit[a]!, e.accrualAboveLimit[a]!, e.accrualWageLimit, this.minimumPension);
  }

  /** Disability pension a month of a member with `months` credited and mean declared wage w (pension-formulas.ts). */
  disabilityPensionFor(months: number, wage: number): number {
    const d = this.disability!;
    return disabilityPension(months, wage * this.referenceRatio, d.pension, d.minMonths, this.early!.accrualWageLimit, this.minimumPension);
  }

  /** Lump sum of a member leaving without a pension: rate x wage x credited months. */
  lumpSumFor(months: number, wage: number): number {
    return this.lumpSumRatePerMonth * wage * months;
  }
}

function setMix(active: RowRates, completion: RowRates, c: MonthContext, ri: number, wa: number, wc: number): void {
  // Persons x the monthly q of the age each has: the even spread over birth months weights the two ages.
  const mix = (x: number, y: number, w: number) => (1 - w) * x + w * y;
  active.death[ri] = mix(c.yearDeath[ri]!, c.yearDeathNext[ri]!, wa);
  active.coveredWork[ri] = mix(c.yearCoveredWork[ri]!, c.yearCoveredWorkNext[ri]!, wa);
  active.request[ri] = mix(c.yearRequest[ri]!, c.yearRequestNext[ri]!, wa);
  active.disability[ri] = mix(c.yearDisability[ri]!, c.yearDisabilityNext[ri]!, wa);
  completion.death[ri] = mix(c.yearDeath[ri]!, c.yearDeathNext[ri]!, wc);
  completion.coveredWork[ri] = mix(c.yearCoveredWork[ri]!, c.yearCoveredWorkNext[ri]!, wc);
  completion.request[ri] = mix(c.yearRequest[ri]!, c.yearRequestNext[ri]!, wc);
}
