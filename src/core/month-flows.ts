/**
 * The flows of one month (persons and JOD), summed by the steps and then into the year's
 * indicators (annual-totals.ts maps each to its yearly field). Plain numeric fields: one object,
 * reset each month, never allocated in the loop.
 */
export class MonthFlows {
  /** New subscribers (first enrolment). */
  entrants = 0;
  /** Former members enrolling again (a move inside the insured + former members total). */
  reEntrants = 0;
  /** Deaths of active members. */
  deaths = 0;
  exitsCoveredWork = 0;
  exitsRequest = 0;
  terminationsArrears = 0;
  /** Active members retiring on an old-age pension, their pensions (JOD a month) and final declared wages (JOD a month). */
  retirements = 0;
  retirementPensions = 0;
  retirementFinalWages = 0;
  /** Active members retiring early, their pensions (JOD a month) and final declared wages. */
  earlyRetirements = 0;
  earlyRetirementPensions = 0;
  earlyRetirementFinalWages = 0;
  /** Active members becoming disabled: with a disability pension (persons, pensions), or the lump sum (persons, JOD). */
  disabilityAwards = 0;
  disabilityPensions = 0;
  disabilityLumpSumExits = 0;
  disabilityLumpSums = 0;
  /** Active members leaving with a lump sum at pension age (or the oldest active age) without the qualifying months. */
  lumpSumExits = 0;
  lumpSumsPensionAge = 0;
  /** Persons who paid at least one contribution this month. */
  contributors = 0;
  insurableWages = 0;
  contributionsDue = 0;
  /** Principal paid, members' part and subsidies together. */
  principalPaid = 0;
  subsidiesGovernment = 0;
  subsidiesDonor = 0;
  lateFees = 0;
  /** Pensions paid this month, all types, and by type. */
  pensionsPaid = 0;
  pensionsPaidOldAge = 0;
  pensionsPaidEarly = 0;
  pensionsPaidDisability = 0;
  pensionsPaidSurvivors = 0;
  /** Lump sums paid on death (to heirs, where no survivor's pension is due), and their recipients (deaths). */
  lumpSumsDeath = 0;
  lumpSumRecipientsDeath = 0;
  /** Former members: deaths, deferred pensions (persons, pensions) and lump sums at pension age. */
  formerDeaths = 0;
  deferredPensions = 0;
  deferredPensionAmounts = 0;
  formerLumpSumExits = 0;
  formerLumpSums = 0;
  /** Pensioners: old-age and survivors, deaths; new survivors and their pensions. */
  pensionerDeaths = 0;
  survivorDeaths = 0;
  newSurvivors = 0;
  newSurvivorPensions = 0;
  /** Deaths of early, disability and orphans' pensioners; orphans' pensions awarded and ended (at the end age). */
  earlyPensionerDeaths = 0;
  disabledDeaths = 0;
  orphanDeaths = 0;
  newOrphans = 0;
  newOrphanPensions = 0;
  orphanPensionsEnded = 0;

  reset(): void {
    for (const key of Object.keys(this) as Array<keyof MonthFlows>) {
      if (typeof this[key] === 'number') (this as unknown as Record<string, number>)[key] = 0;
    }
  }

  /** All lump sums paid this month (pension age, death, disability; active and former members). */
  lumpSums(): number {
    return this.lumpSumsPensionAge + this.lumpSumsDeath + this.formerLumpSums + this.disabilityLumpSums;
  }
}
