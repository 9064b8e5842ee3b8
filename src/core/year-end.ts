import type { ActiveBlock } from './active-block.js';
import type { CompletionPool } from './completion-pool.js';
import type { FormerMembers } from './former-members.js';

/**
 * The year-end move of whole cells (layout.ts): everyone is one year older at 1 January, and a
 * member's tau gains the new year's 12 months, so an active cell keeps its gap g. Birthdays
 * inside the year have already triggered their events (birthdays.ts); this is the bookkeeping.
 * The rows that leave at a birthday are empty by December, so nothing moves past the oldest age.
 */
export function ageActiveBlock(block: ActiveBlock): void {
  const L = block.layout;
  if (block.aHi < block.aLo) return;
  for (let sex = 0; sex < 2; sex++) {
    for (let g = 0; g <= block.gHi; g++) {
      const row = ((sex * L.nGap + g) * L.nAge) * L.nK;
      const top = Math.min(block.aHi, L.nAge - 2);
      block.persons.copyWithin(row + (block.aLo + 1) * L.nK, row + block.aLo * L.nK, row + (top + 1) * L.nK);
      block.wage.copyWithin(row + (block.aLo + 1) * L.nK, row + block.aLo * L.nK, row + (top + 1) * L.nK);
      block.persons.fill(0, row + block.aLo * L.nK, row + (block.aLo + 1) * L.nK);
      block.wage.fill(0, row + block.aLo * L.nK, row + (block.aLo + 1) * L.nK);
    }
  }
  block.aLo++;
  if (block.aHi < L.nAge - 1) block.aHi++;
}

/** Former members: every age one year up (service years unchanged: they accrue nothing). */
export function ageFormerMembers(pool: FormerMembers): void {
  const L = pool.layout;
  for (let sex = 0; sex < 2; sex++) {
    for (let s = 0; s < L.nService; s++) {
      const row = (sex * L.nService + s) * L.nAge;
      pool.persons.copyWithin(row + 1, row, row + L.nAge - 1);
      pool.wage.copyWithin(row + 1, row, row + L.nAge - 1);
      pool.persons[row] = 0;
      pool.wage[row] = 0;
    }
  }
}

/** Members completing their months: every age one year up (months still missing unchanged). */
export function ageCompletionPool(pool: CompletionPool): void {
  if (pool.aHi < pool.aLo) return;
  const nAge = pool.layout.nAge;
  const used = pool.mHi * pool.layout.nK;
  for (let sex = 0; sex < 2; sex++) {
    for (let ai = Math.min(pool.aHi, nAge - 2); ai >= pool.aLo; ai--) {
      const from = (sex * nAge + ai) * pool.perRow;
      const to = from + pool.perRow;
      pool.persons.copyWithin(to, from, from + used);
      pool.wage.copyWithin(to, from, from + used);
      pool.persons.fill(0, from, from + used);
      pool.wage.fill(0, from, from + used);
      const o = (sex * nAge + ai) * pool.qualifyingMonths;
      pool.occupied.copyWithin(o + pool.qualifyingMonths, o, o + pool.mHi);
      pool.occupied.fill(0, o, o + pool.mHi);
    }
  }
  pool.aLo++;
  if (pool.aHi < nAge - 1) pool.aHi++;
}
