import type { Ymd } from '../calendar/civil-date.js';
import type { Sex } from './optional-rules.js';

/** What a stop request gives as its reason (SSC: on request, or on taking up covered work). */
export type StopReason = 'request' | 'covered-work';

/** A dated request or payment in a member's history. Money in integer fils. */
export type MemberEvent =
  | { readonly date: Ymd; readonly type: 'apply'; readonly wage: number }
  | { readonly date: Ymd; readonly type: 'pay'; readonly amount: number }
  | { readonly date: Ymd; readonly type: 'increase'; readonly wage: number }
  | { readonly date: Ymd; readonly type: 'cancel-increase' }
  | { readonly date: Ymd; readonly type: 'stop'; readonly reason: StopReason };

export type MemberEventType = MemberEvent['type'];

/** One optional subscriber's history (the member file, validated). */
export interface MemberRecord {
  readonly member: { readonly id: string; readonly sex: Sex; readonly birthDate: Ymd; readonly nationality: string };
  /** Present for a returning subscriber: the returning wage bounds apply, not the entry cap. */
  readonly previousCoverage?: {
    readonly lastWage: number;
    readonly leftOn: Ymd;
    readonly unsettledRights: boolean;
    readonly reducedBefore: boolean;
  };
  /** In date order; same-day events in file order. */
  readonly events: readonly MemberEvent[];
}
