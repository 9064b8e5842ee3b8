import { z } from 'zod';
import { boundedNumber } from '../assumptions/bounds.js';
import { spec } from '../assumptions/parameter-set.js';
import { bandTableSchema, bandTableToAges, type BandTable } from '../scenario/band-table.js';

const share = z.number().min(0).max(1);
/** A monthly amount or unit cost, JOD (bounded: src/assumptions/bounds.ts). */
const nonNegative = boundedNumber.monthlyJod;
const bands = (min: number, max: number) => spec(bandTableSchema(min, max), (t: BandTable, at) => bandTableToAges(t, at));
/** A number, a table by year or an expression of t: resolved later per year (assumption.ts). */
const byYear = spec(z.unknown());
const bySex = <T extends z.ZodType>(v: T) => spec(z.strictObject({ M: v, F: v }));
/** Fertility of a group of women as a multiple of the national rates at the same age (0 to 3). */
const relativeFertility = spec(z.number().min(0).max(3));

/** Where the insured group comes from: the general population (shares by age) or an optional-scheme projection. */
export const insuredSourceSchema = z.strictObject({
  from: z.enum(['population', 'optional-scheme']),
  scenario: z.string().min(1).optional(),
});
export type InsuredSource = z.infer<typeof insuredSourceSchema>;

/**
 * models/health-coverage.yaml (group `coverage`): who contributes and who draws a pension. The
 * shares, wages and pensions are used when `insured.from` is `population`; `insuredFertility`
 * (the insured women's fertility as a multiple of the national rates) with either source.
 */
export const COVERAGE_SPECS = {
  insured: spec(insuredSourceSchema),
  coveredShare: bands(0, 1),
  coveredShareMultiplier: byYear,
  averageWage: bands(0, 100_000),
  pensionerShare: bands(0, 1),
  pensionerShareMultiplier: byYear,
  averagePension: bySex(nonNegative),
  insuredFertility: relativeFertility,
};

/** models/health-dependants.yaml (group `dependants`): spouses and children of the insured and pensioners. */
export const DEPENDANT_SPECS = {
  takeUp: byYear,
  marriedShare: bands(0, 1),
  spouseDependentShare: bySex(share),
  spouseAgeDifference: bySex(z.number().int().min(-30).max(30)),
  childAgeLimit: spec(z.number().int().min(0).max(30)),
  spouseFertility: relativeFertility,
};

/** models/health-utilisation.yaml (group `health`): uses a covered person-year by age and sex. */
export const UTILISATION_SPECS = {
  outpatientVisits: bands(0, 100),
  inpatientAdmissions: bands(0, 10),
  averageLengthOfStay: bands(0, 365),
  prescriptions: bands(0, 500),
  otherServices: bands(0, 500),
};

/** models/health-costs.yaml (group `health`): JOD a unit at start-year prices. */
export const COST_SPECS = {
  costPerVisit: spec(nonNegative),
  costPerInpatientDay: spec(nonNegative),
  costPerPrescription: spec(nonNegative),
  costPerOtherService: spec(nonNegative),
  costPerDelivery: spec(nonNegative),
};

/** models/health-maternity.yaml (group `maternity`): SSC maternity insurance. */
export const MATERNITY_SPECS = {
  contributionRate: spec(share),
  leaveDays: spec(z.number().int().min(0).max(365)),
  claimShare: spec(share),
};
