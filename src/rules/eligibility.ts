import { completedYears, formatIsoDate, type Ymd } from '../calendar/civil-date.js';
import type { OptionalRules, Sex } from './optional-rules.js';
import { refuse, type Refusal } from './refusal.js';

export interface Applicant {
  readonly sex: Sex;
  readonly birthDate: Ymd;
  readonly nationality: string;
  /** Has previous contributions with rights not yet settled (allows first-time-age exception). */
  readonly unsettledRights: boolean;
}

/**
 * Who may enroll (SSC statement): a listed nationality, age >= minAge on the application date, and
 * for a first-time enrollment age < firstTimeMaxAge (60 M / 55 F); older applicants only with
 * previous contributions whose rights are unsettled.
 *
 * @returns null when eligible, else the refusal naming the rule, the bound and the value
 * @example checkEligibility({ sex: 'F', birthDate: 19700101, nationality: 'JO', unsettledRights: false }, 20250110, rules)
 *   // => refusal firstTimeMaxAge: age 55 is not below 55
 */
export function checkEligibility(applicant: Applicant, on: Ymd, rules: OptionalRules): Refusal | null {
  if (!rules.eligibleNationalities.includes(applicant.nationality)) {
    return refuse('nationality', `${applicant.nationality} is not one of ${rules.eligibleNationalities.join(', ')}`);
  }
  const age = completedYears(applicant.birthDate, on);
  if (age < rules.minAge) return refuse('minAge', `age ${age} on ${formatIsoDate(on)} is below ${rules.minAge}`);
  const maxAge = rules.firstTimeMaxAge[applicant.sex];
  if (age >= maxAge && !applicant.unsettledRights) {
    return refuse('firstTimeMaxAge', `age ${age} (${applicant.sex}) is not below ${maxAge}, and there are no previous contributions with unsettled rights`);
  }
  return null;
}
