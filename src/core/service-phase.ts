/**
 * Credited service in months from a cell's whole years (layout.ts), without bias.
 *
 * A cell holds members whose tau (credited months at the end of the current year if every
 * remaining month is paid) lies in 12 j .. 12 j + 11, j = ai + 1 - g. The phase p = tau mod 12 is
 * taken as evenly spread over 0..11 within a cell. That is exact in expectation when the cell's
 * members got there evenly: a start stock spread evenly over service months, and entrants spread
 * evenly over the months of a year (an entrant of month m has tau = 12 - m); every later move
 * keeps an even spread even: paying leaves tau as it is, missing a month lowers tau by 1 for
 * every phase alike (so 1/12 of the missers, those at p = 0, cross to j - 1), catching up k
 * months raises it by k (k mod 12 twelfths cross up a year, plus whole years), and decrements
 * and birthdays act on every phase alike. Each event below then takes the members' exact
 * credited months S = (the cell's base) + p, p = 0..11 with weight 1/12, never a mean service.
 */

/** The part of a cell whose credited months S = base + p (p = 0..11, even) reach `threshold`, and their mean S. */
export interface ServiceSplit {
  /** Share of the cell with S >= threshold. */
  readonly share: number;
  /** Mean credited months of that share (0 when share = 0). */
  readonly meanMonths: number;
}

/** The first phase p (0..12; 12 = none) whose credited months base + p reach `threshold`. */
export function firstPhaseAtLeast(base: number, threshold: number): number {
  const lo = threshold - base;
  return lo <= 0 ? 0 : lo >= 12 ? 12 : lo;
}

export function serviceAtLeast(base: number, threshold: number): ServiceSplit {
  // p >= threshold - base: p from lo to 11.
  const lo = threshold - base <= 0 ? 0 : threshold - base;
  if (lo > 11) return { share: 0, meanMonths: 0 };
  return { share: (12 - lo) / 12, meanMonths: base + (lo + 11) / 2 };
}

/**
 * Credited months at the end of birthday month b of a member in a cell of service years j:
 * S = tau - (11 - b) = 12 j - 11 + b + p (the months b + 1..11 of the year are not yet paid).
 */
export function birthdayServiceBase(j: number, b: number): number {
  return 12 * j - 11 + b;
}

/**
 * Credited months at the start of month m of a member in a cell of service years j (months
 * m..11 not yet paid): S = 12 j - 12 + m + p. Exits, deaths and terminations use it.
 */
export function monthStartServiceBase(j: number, m: number): number {
  return 12 * j - 12 + m;
}

/**
 * Where leavers of month m from service years j land among former members, who are indexed by
 * completed service years s = floor(S / 12), S = 12 (j - 1) + m + p: s = j for p >= 12 - m
 * (a share m / 12), else j - 1. At j = 0 (this year's entrants) S cannot be negative: all go to 0.
 * @returns the share going to s = j (the rest to max(0, j - 1))
 */
export function formerServiceUpShare(j: number, m: number): number {
  return j === 0 ? 1 : m / 12;
}

/**
 * The mean over a cell's phases p = lo..11 (weight 1/12 each, so the result is per member of the
 * whole cell) of an amount of the credited months base + p: a pension with a minimum or a cap
 * is not linear in the months, so it is taken phase by phase, never on the mean months.
 */
export function overPhases(base: number, lo: number, amount: (months: number) => number): number {
  let t = 0;
  for (let p = lo; p < 12; p++) t += amount(base + p);
  return t / 12;
}
