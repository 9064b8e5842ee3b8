/**
 * The pension formulas of the law, one function a benefit (lifelib style: one formula per
 * quantity). Amounts in JOD a month; `reference` is the reference wage (reference-wage.ts).
 */

/** Old-age pension: max(minimum, accrual x months / 12 x reference). */
export function oldAgePension(months: number, reference: number, accrual: number, minimum: number): number {
  const p = (accrual * months * reference) / 12;
  return p > minimum ? p : minimum;
}

/**
 * Early old-age pension: the accrual of the age at retirement on the reference wage up to the
 * limit, a lower accrual above it (Table 5 of the law), x credited years; at least the minimum.
 */
export function earlyPension(months: number, reference: number, accrualBelow: number, accrualAbove: number, limit: number, minimum: number): number {
  const below = reference < limit ? reference : limit;
  const above = reference - below;
  const p = ((accrualBelow * below + accrualAbove * above) * months) / 12;
  return p > minimum ? p : minimum;
}

/**
 * Total permanent (natural) disability pension: a rate of the reference wage up to the limit
 * rising with each credited year beyond the minimum months (at most `maximum`), a flat rate of
 * the part above; at least the minimum pension.
 */
export function disabilityPension(
  months: number,
  reference: number,
  terms: { readonly belowLimit: number; readonly aboveLimit: number; readonly perYearAfterMinimum: number; readonly maximum: number },
  minMonths: number,
  limit: number,
  minimum: number,
): number {
  const extraYears = months > minMonths ? (months - minMonths) / 12 : 0;
  const rate = Math.min(terms.maximum, terms.belowLimit + terms.perYearAfterMinimum * extraYears);
  const below = reference < limit ? reference : limit;
  const p = rate * below + terms.aboveLimit * (reference - below);
  return p > minimum ? p : minimum;
}
