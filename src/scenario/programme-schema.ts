import { z } from 'zod';
import { errorAt, type KeyPath, type YamlSource } from '../assumptions/yaml-source.js';
import type { ResolvedProgramme } from '../core/resolved-scenario.js';

const YEAR_MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

/** A subsidy programme in a scenario file (design note section 3). */
export const programmeSchema = z.strictObject({
  name: z.string().min(1),
  payer: z.enum(['government', 'donor']),
  eligibility: z
    .strictObject({
      sex: z.enum(['M', 'F', 'any']).default('any'),
      ageMin: z.number().int().min(0).max(100).default(16),
      ageMax: z.number().int().min(0).max(100).default(100),
      newEntrantsOnly: z.boolean().default(true),
      maxWage: z.number().positive().nullable().default(null),
    })
    .default({ sex: 'any', ageMin: 16, ageMax: 100, newEntrantsOnly: true, maxWage: null }),
  share: z.number().min(0).max(1),
  maxPerMonth: z.number().min(0).nullable().default(null),
  months: z.number().int().min(1).max(600),
  start: YEAR_MONTH,
  end: YEAR_MONTH,
  annualBudget: z.number().min(0).nullable().default(null),
  effects: z
    .strictObject({
      entryMultiplier: z.number().min(0).max(100).default(1),
      missMultiplier: z.number().min(0).max(100).default(1),
      persistence: z.number().min(0).max(1).default(1),
    })
    .default({ entryMultiplier: 1, missMultiplier: 1, persistence: 1 }),
  source: z.string().min(1),
});

export type ProgrammeInput = z.infer<typeof programmeSchema>;

const monthOffset = (ym: string, startYear: number): number => (Number(ym.slice(0, 4)) - startYear) * 12 + Number(ym.slice(5, 7)) - 1;

/** A validated programme with its months as offsets from the projection start. */
export function resolveProgramme(p: ProgrammeInput, startYear: number, src: YamlSource, path: KeyPath): ResolvedProgramme {
  if (p.eligibility.ageMax < p.eligibility.ageMin) throw errorAt(src, [...path, 'eligibility', 'ageMax'], `${p.eligibility.ageMax} is below ageMin ${p.eligibility.ageMin}`);
  const startMonth = monthOffset(p.start, startYear);
  const endMonth = monthOffset(p.end, startYear);
  if (endMonth < startMonth) throw errorAt(src, [...path, 'end'], `${p.end} is before the start ${p.start}`);
  return {
    name: p.name,
    payer: p.payer,
    sex: p.eligibility.sex === 'any' ? null : p.eligibility.sex,
    ageMin: p.eligibility.ageMin,
    ageMax: p.eligibility.ageMax,
    newEntrantsOnly: p.eligibility.newEntrantsOnly,
    maxWage: p.eligibility.maxWage,
    share: p.share,
    maxPerMonth: p.maxPerMonth,
    months: p.months,
    startMonth,
    endMonth,
    annualBudget: p.annualBudget,
    entryMultiplier: p.effects.entryMultiplier,
    missMultiplier: p.effects.missMultiplier,
    persistence: p.effects.persistence,
  };
}
