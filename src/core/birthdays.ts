/**
 * Birthdays in a cell indexed by age at 1 January (layout.ts), birth months spread evenly.
 *
 * Convention: a member's birthday falls at the end of their birth month b (0 = January), after
 * that month's contribution; in month m the members born in month m reach the new age.
 *
 * Why it is exact in expectation: every member of a cell faces the same monthly decrements, so
 * the cell's members stay evenly spread over their birth months. In a cell whose members leave
 * at their birthday (the row below pension age, the oldest active age), the members still there
 * in month m are those born in months m..11, in equal numbers: 1 / (12 - m) of them have their
 * birthday this month. In a cell whose members stay after their birthday, m / 12 of them have
 * passed it at the start of month m.
 */

/** Share of a leave-at-birthday cell whose birthday is in month m (0..11): 1 / (12 - m). */
export function birthdayShare(m: number): number {
  return 1 / (12 - m);
}

/** Share of a stay-after-birthday cell that is one year older than its index in month m: m / 12. */
export function shareAfterBirthday(m: number): number {
  return m / 12;
}
