import { z } from 'zod';
import { boundedNumber } from '../assumptions/bounds.js';
import { resolveAssumption, describeAssumption } from '../assumptions/assumption.js';
import { parseWithSchema } from '../assumptions/validate.js';
import { errorAt, type KeyPath, type YamlSource } from '../assumptions/yaml-source.js';
import { POP_AGES } from '../core/resolved-scenario.js';
import { SUBSIDY_GROUPS, type ResolvedHealthSubsidy, type SubsidyGroup } from './resolved-health-scenario.js';

const age = z.number().int().min(0).max(100);
const year = z.number().int().min(1900).max(2200);

/** One subsidy as written in a scenario (`revenue.subsidies.value` is a list of these). */
export const healthSubsidySchema = z.strictObject({
  name: z.string().min(1),
  payer: z.enum(['government', 'donor']),
  group: z.enum(SUBSIDY_GROUPS).default('covered'),
  sex: z.enum(['M', 'F']).optional(),
  ageMin: age.default(0),
  ageMax: age.default(100),
  share: z.number().min(0).max(1).optional(),
  perCapita: boundedNumber.monthlyJod.optional(),
  amount: z.unknown().optional(),
  firstYear: year.optional(),
  lastYear: year.optional(),
  source: z.string().min(1),
});

const FORMS = ['share', 'perCapita', 'amount'] as const;

/**
 * A subsidy of a health scenario, validated and resolved (its `amount` to one number a year),
 * and the plain value written back to scenario.resolved.yaml (amount as a table by year).
 * @throws {InputError} at the item: not exactly one of share, perCapita, amount; ageMax below
 *   ageMin; lastYear before firstYear; a bad amount (see resolveAssumption)
 */
export async function resolveHealthSubsidy(src: YamlSource, path: KeyPath, raw: unknown, startYear: number, years: number): Promise<{ subsidy: ResolvedHealthSubsidy; plain: Record<string, unknown> }> {
  const s = parseWithSchema(src, healthSubsidySchema, raw, path);
  const given = FORMS.filter((f) => s[f] !== undefined);
  if (given.length !== 1) {
    throw errorAt(src, given.length === 0 ? path : [...path, given[1]!], `a subsidy gives exactly one of share, perCapita or amount (got ${given.length === 0 ? 'none' : given.join(' and ')})`, given.length > 0);
  }
  if (s.ageMax < s.ageMin) throw errorAt(src, [...path, 'ageMax'], `ageMax ${s.ageMax} is below ageMin ${s.ageMin}`);
  const firstYear = s.firstYear ?? startYear;
  const lastYear = s.lastYear ?? startYear + years - 1;
  if (lastYear < firstYear) throw errorAt(src, [...path, 'lastYear'], `lastYear ${lastYear} is before firstYear ${firstYear}`);
  const kind = given[0]!;
  const amount = kind === 'amount' ? await resolveAssumption(src, [...path, 'amount'], startYear, years, { min: 0 }) : null;
  const plain: Record<string, unknown> = { ...s };
  if (amount !== null) plain.amount = describeAssumption(amount, startYear);
  for (const k of Object.keys(plain)) if (plain[k] === undefined) delete plain[k];
  return {
    subsidy: {
      name: s.name,
      payer: s.payer,
      group: s.group,
      sex: s.sex === undefined ? null : s.sex === 'M' ? 0 : 1,
      ageMin: s.ageMin,
      ageMax: s.ageMax,
      kind,
      rate: kind === 'share' ? s.share! : kind === 'perCapita' ? s.perCapita! : 0,
      amount,
      firstYear,
      lastYear,
    },
    plain,
  };
}

/** Covered persons of one year by group, person-years [sex * 101 + age]. */
export interface CoveredByGroup {
  readonly contributors: Float64Array;
  readonly pensioners: Float64Array;
  readonly spouses: Float64Array;
  readonly children: Float64Array;
}

/** Health-care expenditure a person-year of each covered group, JOD, [sex * 101 + age] (service-expenditure.ts costPerPerson at the group's fertility). */
export type CostByGroup = Readonly<Record<keyof CoveredByGroup, Float64Array>>;

/** The covered groups a subsidy group is made of. */
const MEMBERS: Readonly<Record<SubsidyGroup, ReadonlyArray<keyof CoveredByGroup>>> = {
  contributors: ['contributors'],
  pensioners: ['pensioners'],
  spouses: ['spouses'],
  children: ['children'],
  dependants: ['spouses', 'children'],
  covered: ['contributors', 'pensioners', 'spouses', 'children'],
};

/**
 * What a subsidy pays in projection year y (JOD):
 * - share:     share x sum over its cells and member groups of persons x the group's health-care cost a person-year;
 * - perCapita: amount x medical index x persons of its cells;
 * - amount:    the year's amount.
 * Its cells are the group's persons of its sex (or both) aged ageMin..ageMax; nothing outside
 * firstYear..lastYear. A woman's cost a person-year includes her deliveries at her group's own
 * fertility, so the shares of all groups add up to the health-care expenditure.
 * @param costByGroup health-care expenditure a person-year of the year by covered group (five services, JOD); read for `share` only
 * @example subsidyOfYear({ kind: 'perCapita', rate: 100, group: 'children', ageMin: 0, ageMax: 5, ... }, 0, 2026, g, cost, 1)
 *   // => 100 x (children aged 0-5 of both sexes)
 */
export function subsidyOfYear(sub: ResolvedHealthSubsidy, y: number, calendarYear: number, g: CoveredByGroup, costByGroup: CostByGroup | null, medicalIndex: number): number {
  if (calendarYear < sub.firstYear || calendarYear > sub.lastYear) return 0;
  if (sub.kind === 'amount') return sub.amount![y]!;
  let persons = 0;
  let cost = 0;
  for (let sex = 0; sex < 2; sex++) {
    if (sub.sex !== null && sub.sex !== sex) continue;
    for (let age = sub.ageMin; age <= sub.ageMax; age++) {
      const i = sex * POP_AGES + age;
      let n = 0;
      let c = 0;
      for (const m of MEMBERS[sub.group]) {
        n += g[m][i]!;
        if (sub.kind === 'share') c += g[m][i]! * costByGroup![m][i]!;
      }
      persons += n;
      cost += c;
    }
  }
  return sub.kind === 'share' ? sub.rate * cost : sub.rate * medicalIndex * persons;
}
