import type { ScaledRate } from '../money/scaled-rate.js';
import type { Provenance } from '../assumptions/parameter.js';

export type Sex = 'M' | 'F';
export type ChargeMonthOn = 'due-date' | 'month-start';

/**
 * The parameters of the SSC optional-enrollment rules (models/ssc-optional.yaml).
 * Money in integer fils, rates exact (units / scale), ages in complete years.
 */
export interface OptionalRules {
  readonly minWage: number;
  readonly averageWage: number;
  readonly entryCapMultiple: ScaledRate;
  /** Piecewise-linear factor by age, sorted by age; constant outside the first and last point. */
  readonly entryWageCapFactorByAge: ReadonlyArray<{ readonly age: number; readonly factor: ScaledRate }>;
  readonly contributionRate: ScaledRate;
  readonly dueDay: number;
  readonly lateFeeMonthlyRate: ScaledRate;
  /** Fees of one month at most this share of its contribution; null = no cap. */
  readonly lateFeeCapRate: ScaledRate | null;
  readonly maxMissedContributions: number;
  readonly annualIncreaseMax: ScaledRate;
  /** Inclusive window as MMDD numbers: { from: 101, to: 215 }. */
  readonly annualIncreaseWindow: { readonly from: number; readonly to: number };
  readonly returnIncreaseMax: ScaledRate;
  readonly returnIncreaseMaxYears: number;
  readonly oneTimeReductionMax: ScaledRate;
  /** Exclusive: the reduction needs age < this. */
  readonly oneTimeReductionMaxAge: Readonly<Record<Sex, number>>;
  /** Exclusive: first-time enrollment needs age < this. */
  readonly firstTimeMaxAge: Readonly<Record<Sex, number>>;
  readonly minAge: number;
  readonly eligibleNationalities: readonly string[];
  readonly chargeMonthOn: ChargeMonthOn;
  /** Source and confidence of each parameter, by name. */
  readonly provenance: Readonly<Record<string, Provenance>>;
}
