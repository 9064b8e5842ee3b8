import { z } from 'zod';
import { spec } from '../assumptions/parameter-set.js';
import { boundedNumber } from '../assumptions/bounds.js';
import { bandTableSchema, bandTableToAges, type BandTable } from './band-table.js';

const share = z.number().min(0).max(1);
const persons = boundedNumber.persons;
const monthlyJod = boundedNumber.monthlyJod;
const age = z.number().int().min(0).max(120);
const bySex = z.strictObject({ M: age, F: age });
const months = z.number().int().min(0).max(600);
const bands = (min: number, max: number) => spec(bandTableSchema(min, max), (t: BandTable, at) => bandTableToAges(t, at));
/** A number, a table by year or an expression of t: resolved later per year (assumption.ts). */
const byYear = spec(z.unknown());
const geometric = spec(z.strictObject({ first: share, decay: share }));

/** models/ssc-pension.yaml: law-in-force pension parameters. */
export const PENSION_SPECS = {
  normalRetirementAge: spec(bySex),
  qualifyingMonths: spec(z.number().int().min(1).max(600)),
  accrualRate: spec(z.number().min(0).max(0.1)),
  minimumPension: spec(monthlyJod),
  minimumPensionIndexed: spec(z.boolean()),
  indexationMonth: spec(z.number().int().min(1).max(12)),
  indexationCap: spec(monthlyJod),
  survivorProbability: spec(z.strictObject({ M: share, F: share })),
  survivorShare: spec(share),
  survivorAgeDifference: spec(z.strictObject({ M: z.number().int().min(-30).max(30), F: z.number().int().min(-30).max(30) })),
  deathPensionMinServiceYears: spec(z.number().int().min(0).max(50)),
  lumpSumRatePerMonth: spec(z.number().min(0).max(5)),
  referenceWageMonths: spec(z.number().int().min(1).max(600)),
  earlyRetirement: spec(
    z.strictObject({
      routes: z.array(z.strictObject({ age: bySex, months: z.strictObject({ M: months, F: months }) })),
      newRulesFrom: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM'),
      newRulesMinAge: bySex,
    }),
  ),
  earlyRetirementAccrual: bands(0, 0.1),
  earlyRetirementAccrualAboveLimit: bands(0, 0.1),
  accrualWageLimit: spec(monthlyJod),
  earlyRetirementTakeUp: bands(0, 1),
  disabilityMinMonths: spec(months),
  disabilityIncidence: bands(0, 1),
  disabilityPension: spec(z.strictObject({ belowLimit: share, aboveLimit: share, perYearAfterMinimum: share, maximum: share })),
  disabledMortalityMultiplier: spec(z.number().min(1).max(20)),
  deathInServicePension: spec(z.enum(['disability', 'old-age'])),
  orphans: spec(
    z.strictObject({ children: bandTableSchema(0, 10), parentAgeGap: z.number().int().min(14).max(60), ageSpread: z.number().int().min(0).max(20), sharePerChild: share, maximumShare: share, endAge: z.number().int().min(1).max(30) }),
    (o: { children: BandTable; parentAgeGap: number; ageSpread: number; sharePerChild: number; maximumShare: number; endAge: number }, at) => ({ ...o, children: bandTableToAges(o.children, { src: at.src, path: [...at.path, 'children'] }) }),
  ),
};

/** models/optional-behaviour.yaml: behaviour of subscribers and the start stock ([A] assumptions). */
export const BEHAVIOUR_SPECS = {
  eligibleShare: spec(share),
  coveredEmploymentShare: bands(0, 1),
  entryRate: bands(0, 1),
  entryRateMultiplier: byYear,
  entryWageFactor: bands(0, 20),
  exitCoveredWorkRate: bands(0, 1),
  requestRate: bands(0, 1),
  reEntryRate: spec(share),
  payWhenUpToDate: spec(share),
  catchUp: geometric,
  payOldestOnly: geometric,
  increaseTakeUp: byYear,
  increaseMeanSize: spec(z.number().min(0).max(1)),
  mortalityMultiplier: spec(z.number().min(0).max(10)),
  continueAfterPensionAge: spec(share),
  maxActiveAge: spec(z.number().int().min(17).max(100)),
  startInsured: spec(persons),
  startWomenShare: spec(share),
  startAgeShares: spec(bandTableSchema(0, 1)),
  startMeanServiceYears: spec(z.number().min(0).max(50)),
  startArrears: spec(z.union([z.literal('stationary'), z.strictObject({ upToDate: share, ratio: share })])),
  startAverageWage: spec(z.strictObject({ M: monthlyJod, F: monthlyJod })),
  startFormerMembers: spec(persons),
  startFormerMeanServiceYears: spec(z.number().min(0).max(50)),
  startFormerAverageWage: spec(monthlyJod),
  startPensioners: spec(persons),
  startAveragePension: spec(monthlyJod),
};
