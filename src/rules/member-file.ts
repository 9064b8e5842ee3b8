import { z } from 'zod';
import { parseIsoDate, type Ymd } from '../calendar/civil-date.js';
import { filsAt } from '../assumptions/parameter.js';
import { parseWithSchema } from '../assumptions/validate.js';
import { errorAt, readYamlSource, type KeyPath, type YamlSource } from '../assumptions/yaml-source.js';
import type { MemberEvent, MemberRecord } from './member.js';
import { INPUT_LIMITS } from '../io/safe-path.js';
import { amountProblem, MAX_EVENTS, orderProblem } from './member-check.js';

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const MONEY = z.union([z.number().nonnegative(), z.string()]);
export const EVENT_TYPES = ['apply', 'pay', 'increase', 'cancel-increase', 'stop'] as const;

const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({ date: DATE, type: z.literal('apply'), wage: MONEY }),
  z.strictObject({ date: DATE, type: z.literal('pay'), amount: MONEY }),
  z.strictObject({ date: DATE, type: z.literal('increase'), wage: MONEY }),
  z.strictObject({ date: DATE, type: z.literal('cancel-increase') }),
  z.strictObject({ date: DATE, type: z.literal('stop'), reason: z.enum(['request', 'covered-work']) }),
]);

const memberFileSchema = z.strictObject({
  member: z.strictObject({
    id: z.union([z.string().min(1), z.number()]),
    sex: z.enum(['M', 'F']),
    birthDate: DATE,
    nationality: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code such as JO'),
  }),
  previousCoverage: z
    .strictObject({
      lastWage: MONEY,
      leftOn: DATE,
      unsettledRights: z.boolean().default(false),
      reducedBefore: z.boolean().default(false),
    })
    .optional(),
  events: z.array(z.unknown()).max(MAX_EVENTS),
});

function dateAt(src: YamlSource, path: KeyPath, text: string): Ymd {
  try {
    return parseIsoDate(text);
  } catch (e) {
    throw errorAt(src, path, (e as Error).message);
  }
}

function positiveFilsAt(src: YamlSource, path: KeyPath): number {
  const fils = filsAt(src, path);
  const problem = amountProblem(fils);
  if (problem !== null) throw errorAt(src, path, problem);
  return fils;
}

/**
 * Validate a parsed member file into a MemberRecord: money exact from the text (at most 3
 * decimals), real calendar dates, known event types, events in date order.
 * @throws {InputError} naming file, line:column and field
 */
export function memberRecordFromSource(src: YamlSource): MemberRecord {
  const f = parseWithSchema(src, memberFileSchema);
  const events: MemberEvent[] = [];
  f.events.forEach((raw, i) => {
    const at = ['events', i];
    const type = (raw as { type?: unknown } | null)?.type;
    if (!EVENT_TYPES.includes(type as (typeof EVENT_TYPES)[number])) {
      throw errorAt(src, typeof type === 'undefined' ? at : [...at, 'type'], `unknown event type ${JSON.stringify(type)} (known: ${EVENT_TYPES.join(', ')})`);
    }
    const e = parseWithSchema(src, eventSchema, raw, at);
    const date = dateAt(src, [...at, 'date'], e.date);
    const outOfOrder = orderProblem(date, events[events.length - 1]?.date);
    if (outOfOrder !== null) throw errorAt(src, [...at, 'date'], outOfOrder);
    switch (e.type) {
      case 'apply':
      case 'increase':
        events.push({ date, type: e.type, wage: positiveFilsAt(src, [...at, 'wage']) });
        break;
      case 'pay':
        events.push({ date, type: 'pay', amount: positiveFilsAt(src, [...at, 'amount']) });
        break;
      case 'cancel-increase':
        events.push({ date, type: 'cancel-increase' });
        break;
      case 'stop':
        events.push({ date, type: 'stop', reason: e.reason });
        break;
    }
  });
  const p = f.previousCoverage;
  return {
    member: { id: String(f.member.id), sex: f.member.sex, birthDate: dateAt(src, ['member', 'birthDate'], f.member.birthDate), nationality: f.member.nationality },
    ...(p === undefined
      ? {}
      : {
          previousCoverage: {
            lastWage: positiveFilsAt(src, ['previousCoverage', 'lastWage']),
            leftOn: dateAt(src, ['previousCoverage', 'leftOn'], p.leftOn),
            unsettledRights: p.unsettledRights,
            reducedBefore: p.reducedBefore,
          },
        }),
    events,
  };
}

/** Read a member file (YAML or JSON). @throws {InputError} for anything malformed */
export function readMemberFile(path: string): MemberRecord {
  return memberRecordFromSource(readYamlSource(path, INPUT_LIMITS.memberBytes));
}
