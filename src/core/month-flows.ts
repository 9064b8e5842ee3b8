/**
 * The flows of one month (persons and JOD), summed by the steps and then into the year's
 * indicators. Plain numeric fields: one object, reset each month, never allocated in the loop.
 */
export class MonthFlows {
  entrants = 0;
  reEntrants = 0;
  deaths = 0;
  exitsCoveredWork = 0;
  exitsRequest = 0;
  terminationsArrears = 0;
  retirements = 0;
  /** Members who left with a lump sum (at pension age without the qualifying months). */
  lumpSumExits = 0;
  /** Persons who paid at least one contribution this month. */
  contributors = 0;
  insurableWages = 0;
  contributionsDue = 0;
  /** Principal paid, members' part and subsidies together. */
  principalPaid = 0;
  subsidiesGovernment = 0;
  subsidiesDonor = 0;
  lateFees = 0;
  pensionsPaid = 0;
  lumpSums = 0;
  /** Former members: deaths, re-entries out, arrivals in, retirements out. */
  inactiveDeaths = 0;
  inactiveRetirements = 0;
  inactiveLumpSumExits = 0;
  /** Pensioners: old-age and survivors, deaths and new. */
  pensionerDeaths = 0;
  survivorDeaths = 0;
  newSurvivors = 0;

  reset(): void {
    for (const key of Object.keys(this) as Array<keyof MonthFlows>) {
      if (typeof this[key] === 'number') (this as unknown as Record<string, number>)[key] = 0;
    }
  }
}
