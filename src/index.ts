/**
 * ssc-proj: the public library API. Only re-exports; each concept lives in its own module.
 */

// Money: integer fils and exact rates.
export { FILS_PER_JOD, formatJod, parseJod } from './money/fils.js';
export { roundHalfUp, floorDiv, ceilDiv } from './money/round-half-up.js';
export { applyRate, parseRate, rateToNumber, formatRate, type ScaledRate } from './money/scaled-rate.js';
export { filsOps, decimalOps, type MoneyOps } from './money/money-ops.js';

// Dates.
export { parseIsoDate, formatIsoDate, monthIndexOf, formatMonth, completedYears, type Ymd, type MonthIndex } from './calendar/civil-date.js';
export { startedMonthsOfDelay, fullMonthsOfDelay } from './calendar/months-of-delay.js';

// Rules of SSC optional enrollment.
export type { OptionalRules, Sex, ChargeMonthOn } from './rules/optional-rules.js';
export { loadModel, optionalRulesFromSource, DEFAULT_MODEL_PATH } from './rules/load-model.js';
export { checkEligibility, type Applicant } from './rules/eligibility.js';
export { entryWageCap, maxReturningWage, returningWageBounds, checkNewWage, checkReturningWage, annualIncreaseBound, raisedWage, reducedWage } from './rules/wage-bounds.js';
export { monthlyContribution } from './rules/contribution.js';
export { dueDate } from './rules/due-date.js';
export { lateFee, lateFeesForDelay } from './rules/late-fee.js';
export { Ledger } from './rules/ledger.js';
export { REFUSAL_RULES, type Refusal, type RefusalRule } from './rules/refusal.js';
export type { MemberEvent, MemberRecord, StopReason } from './rules/member.js';
export { readMemberFile, memberRecordFromSource } from './rules/member-file.js';
export { statement, statementWith, type Statement, type StatementMonth, type StatementStatus, type RejectedRequest } from './rules/statement.js';
export { statementToJson, statementToCsv } from './output/statement-format.js';

// Input files and errors.
export { InputError, isInputError } from './assumptions/input-error.js';
