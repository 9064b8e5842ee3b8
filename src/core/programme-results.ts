import { toFils } from './indicators.js';
import type { Projection } from './projection.js';

/** One row of programmes.csv: a subsidy programme in a year, against the scenario without it. */
export interface ProgrammeRow {
  readonly programme: string;
  readonly payer: 'government' | 'donor';
  readonly year: number;
  /** Mean persons subsidised over the year's months. */
  readonly beneficiaries: number;
  readonly new_beneficiaries: number;
  /** Subsidy paid in the year (JOD). */
  readonly cost: number;
  /** Contributors (mean paying persons a month) with the programme minus without it. */
  readonly extra_contributors: number;
  /** Cumulative extra contributor-years from the start to the end of the year. */
  readonly extra_contributor_years: number;
  /** Cumulative cost / cumulative extra contributor-years (null while the latter is not positive). */
  readonly cost_per_extra_contributor_year: number | null;
  /** Present value at the start of the extra benefit expenditure up to the end of the year (JOD). */
  readonly extra_pension_liability: number;
}

/**
 * Rows for programme `index` of `full`, against `without` (the same scenario without that programme).
 */
export function programmeRows(full: Projection, without: Projection, index: number): ProgrammeRow[] {
  const p = full.programmes[index]!;
  const rows: ProgrammeRow[] = [];
  let cumCost = 0;
  let cumYears = 0;
  let cumPv = 0;
  for (let y = 0; y < Math.min(full.years, without.years); y++) {
    const extra = (full.annual.contributorMonths[y]! - without.annual.contributorMonths[y]!) / 12;
    cumCost += p.cost[y]!;
    cumYears += extra;
    cumPv += full.annual.pvBenefits[y]! - without.annual.pvBenefits[y]!;
    rows.push({
      programme: p.name,
      payer: p.payer,
      year: full.startYear + y,
      beneficiaries: Math.round(p.beneficiaries[y]! * 1000) / 1000,
      new_beneficiaries: Math.round(p.newBeneficiaries[y]! * 1000) / 1000,
      cost: toFils(p.cost[y]!) / 1000,
      extra_contributors: Math.round(extra * 1000) / 1000,
      extra_contributor_years: Math.round(cumYears * 1000) / 1000,
      cost_per_extra_contributor_year: cumYears > 1e-9 ? toFils(cumCost / cumYears) / 1000 : null,
      extra_pension_liability: toFils(cumPv) / 1000,
    });
  }
  return rows;
}
