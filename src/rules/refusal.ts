/**
 * Why the rules refuse a request. Each id names the rule the request broke; the message names the
 * bound and the value. A refused request changes nothing in the member's record.
 */
export const REFUSAL_RULES = {
  nationality: 'eligibility: optional enrollment is open to the listed nationalities',
  minAge: 'eligibility: minimum age',
  firstTimeMaxAge: 'eligibility: first-time enrollment age limit',
  wageBelowMinimum: 'wage bounds: minimum wage',
  wageAboveEntryCap: 'wage bounds: entry cap (multiple of the average wage, by age)',
  wageAboveReturnBound: 'wage bounds: returning subscriber, last wage plus at most the yearly increases',
  wageBelowReturnBound: 'wage bounds: returning subscriber, last wage less at most the one-time reduction',
  reductionUsed: 'wage bounds: the one-time reduction was already used',
  reductionAge: 'wage bounds: one-time reduction age limit',
  secondApplication: 'enrollment: one accepted application',
  notEnrolled: 'enrollment: no accepted application yet',
  enrollmentEnded: 'enrollment: the enrollment has ended',
  increaseWindow: 'annual increase: request window',
  increaseOncePerYear: 'annual increase: once a year',
  increaseNotRaise: 'annual increase: must raise the wage',
  increaseAboveMax: 'annual increase: at most the maximum share of the current wage',
  cancelWindow: 'cancellation of an increase: request window',
  cancelNothing: 'cancellation of an increase: no increase to cancel',
  cancelSameYear: 'cancellation of an increase: only in a later year than the increase',
} as const;

export type RefusalRule = keyof typeof REFUSAL_RULES;

/** A refused request: the rule id and a message with the bound and the value. */
export interface Refusal {
  readonly rule: RefusalRule;
  readonly message: string;
}

export function refuse(rule: RefusalRule, detail: string): Refusal {
  return { rule, message: `${REFUSAL_RULES[rule]}: ${detail}` };
}
