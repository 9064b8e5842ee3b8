import { FEMALE, POP_AGES } from '../core/resolved-scenario.js';
import type { ResolvedHealthScenario } from './resolved-health-scenario.js';

/** Health-care expenditure of a year by service, JOD. */
export interface ServiceExpenditure {
  outpatient: number;
  inpatient: number;
  medicines: number;
  deliveries: number;
  other: number;
}

/**
 * Health-care expenditure a covered person-year by sex and age in a year with medical index I
 * (JOD, [sex * 101 + age]):
 *   I x (visits x costPerVisit + admissions x ALOS x costPerInpatientDay
 *        + prescriptions x costPerPrescription + otherServices x costPerOtherService)
 *   + for women: I x ASFR(x) x costPerDelivery.
 * Summed over the covered persons it is the year's health-care expenditure (the five services).
 */
export function costPerPerson(s: Pick<ResolvedHealthScenario, 'utilisation' | 'unitCosts'>, asfr: Float64Array, medicalIndex: number): Float64Array {
  const u = s.utilisation;
  const c = s.unitCosts;
  const out = new Float64Array(2 * POP_AGES);
  for (let i = 0; i < 2 * POP_AGES; i++) {
    const care = u.outpatientVisits[i]! * c.visit + u.inpatientAdmissions[i]! * u.averageLengthOfStay[i]! * c.inpatientDay + u.prescriptions[i]! * c.prescription + u.otherServices[i]! * c.otherService;
    const births = i >= FEMALE * POP_AGES ? asfr[i - FEMALE * POP_AGES]! * c.delivery : 0;
    out[i] = medicalIndex * (care + births);
  }
  return out;
}

/**
 * Expenditure by service of a year (design note section 4): for covered persons n(s, x) by sex
 * and age, medical index I (1 in the start year, times 1 + medical inflation each later year):
 *   outpatient = I x costPerVisit x sum n x visits
 *   inpatient  = I x costPerInpatientDay x sum n x admissions x average length of stay
 *   medicines  = I x costPerPrescription x sum n x prescriptions
 *   other      = I x costPerOtherService x sum n x other services
 *   deliveries = I x costPerDelivery x deliveries (sum of covered women x ASFR)
 * @example serviceExpenditure(s, covered, 4_000, 1.0) // a year at start-year prices, 4,000 deliveries
 */
export function serviceExpenditure(s: Pick<ResolvedHealthScenario, 'utilisation' | 'unitCosts'>, persons: Float64Array, deliveries: number, medicalIndex: number): ServiceExpenditure {
  const u = s.utilisation;
  let visits = 0;
  let days = 0;
  let prescriptions = 0;
  let other = 0;
  for (let i = 0; i < 2 * POP_AGES; i++) {
    const n = persons[i]!;
    if (n === 0) continue;
    visits += n * u.outpatientVisits[i]!;
    days += n * u.inpatientAdmissions[i]! * u.averageLengthOfStay[i]!;
    prescriptions += n * u.prescriptions[i]!;
    other += n * u.otherServices[i]!;
  }
  const c = s.unitCosts;
  return {
    outpatient: medicalIndex * c.visit * visits,
    inpatient: medicalIndex * c.inpatientDay * days,
    medicines: medicalIndex * c.prescription * prescriptions,
    deliveries: medicalIndex * c.delivery * deliveries,
    other: medicalIndex * c.otherService * other,
  };
}
