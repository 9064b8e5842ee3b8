import type { Unit } from './units.js';

/**
 * How the report names and measures an output column (docs/outputs.md) or a summary figure.
 * `results: true` puts an indicator column in the table of results at selected years.
 */
export interface IndicatorInfo {
  readonly label: string;
  readonly unit: Unit;
  readonly results?: boolean;
}

/** Unit words in table headers: what the CSV text of a cell measures. */
export const TABLE_UNIT: Record<Unit, string> = {
  jod: 'JOD',
  persons: 'persons',
  rate: 'fraction of wages',
  years: 'years',
  ratio: 'ratio',
  runs: 'runs',
  'jod-per-person': 'JOD per person',
  number: 'value',
};

/**
 * Every indicator column of the optional scheme and the health scheme (docs/outputs.md), with a
 * label and a unit. Columns not listed here are shown under their CSV name, measured in nothing.
 */
export const INDICATORS: Readonly<Record<string, IndicatorInfo>> = {
  insured: { label: 'Insured', unit: 'persons', results: true },
  contributors: { label: 'Contributors', unit: 'persons', results: true },
  entrants: { label: 'Entrants', unit: 'persons' },
  re_entrants: { label: 'Re-entrants', unit: 'persons' },
  exits_death: { label: 'Exits by death', unit: 'persons' },
  exits_covered_work: { label: 'Exits to covered work', unit: 'persons' },
  exits_request: { label: 'Exits on request', unit: 'persons' },
  terminations_arrears: { label: 'Terminations for arrears', unit: 'persons' },
  retirements: { label: 'Retirements', unit: 'persons' },
  early_retirements: { label: 'Early retirements', unit: 'persons' },
  disability_awards: { label: 'Disability pensions awarded', unit: 'persons' },
  disability_lump_sum_exits: { label: 'Disabled without the months for a pension (lump sum)', unit: 'persons' },
  lump_sum_exits: { label: 'Exits with a lump sum', unit: 'persons' },
  deferred_pensions: { label: 'Deferred pensions started', unit: 'persons' },
  former_members: { label: 'Former members with credits', unit: 'persons' },
  insurable_wages: { label: 'Insurable wages', unit: 'jod' },
  contributions_due: { label: 'Contributions due', unit: 'jod' },
  contributions_collected: { label: 'Contributions collected', unit: 'jod', results: true },
  collection_rate: { label: 'Collection rate', unit: 'rate' },
  late_fees: { label: 'Late fees', unit: 'jod' },
  arrears_stock: { label: 'Arrears (stock at year end)', unit: 'jod' },
  subsidies_government: { label: 'Subsidies, government', unit: 'jod' },
  subsidies_donor: { label: 'Subsidies, donors', unit: 'jod' },
  pensioners: { label: 'Pensioners', unit: 'persons', results: true },
  pensioners_old_age: { label: 'Old-age pensioners', unit: 'persons' },
  pensioners_early: { label: 'Early old-age pensioners', unit: 'persons' },
  pensioners_disability: { label: 'Disability pensioners', unit: 'persons' },
  pensioners_survivors: { label: 'Survivors', unit: 'persons' },
  pensioners_survivors_spouses: { label: 'Survivors: spouses', unit: 'persons' },
  pensioners_survivors_orphans: { label: 'Survivors: orphans', unit: 'persons' },
  pension_expenditure: { label: 'Pension expenditure', unit: 'jod' },
  pension_expenditure_old_age: { label: 'Old-age pensions paid', unit: 'jod' },
  pension_expenditure_early: { label: 'Early pensions paid', unit: 'jod' },
  pension_expenditure_disability: { label: 'Disability pensions paid', unit: 'jod' },
  pension_expenditure_survivors: { label: "Survivors' pensions paid", unit: 'jod' },
  lump_sum_expenditure: { label: 'Lump sums', unit: 'jod' },
  benefit_expenditure: { label: 'Benefit expenditure', unit: 'jod', results: true },
  admin_expenditure: { label: 'Administration', unit: 'jod' },
  investment_income: { label: 'Investment income', unit: 'jod' },
  reserve: { label: 'Reserve', unit: 'jod', results: true },
  paygo_cost_rate: { label: 'PAYG cost rate', unit: 'rate', results: true },
  reserve_ratio: { label: 'Reserve ratio', unit: 'years', results: true },
  support_ratio: { label: 'Support ratio', unit: 'ratio' },
  contribution_rate: { label: 'Contribution rate', unit: 'rate' },
  deaths_former_members: { label: 'Deaths of former members', unit: 'persons' },
  lump_sum_exits_former: { label: 'Former members leaving with a lump sum', unit: 'persons' },
  former_members_qualified: { label: 'Former members with the qualifying months', unit: 'persons' },
  former_members_not_qualified: { label: 'Former members without the qualifying months', unit: 'persons' },
  deaths_pensioners_old_age: { label: 'Deaths of old-age pensioners', unit: 'persons' },
  deaths_pensioners_survivors: { label: "Deaths of survivors' pensioners", unit: 'persons' },
  deaths_pensioners_early: { label: 'Deaths of early pensioners', unit: 'persons' },
  deaths_pensioners_disability: { label: 'Deaths of disability pensioners', unit: 'persons' },
  deaths_pensioners_orphans: { label: "Deaths of orphans' pensioners", unit: 'persons' },
  orphan_pensions_ended: { label: "Orphans' pensions ended at the end age", unit: 'persons' },
  new_awards_old_age: { label: 'New old-age pensions', unit: 'persons' },
  average_new_award_old_age: { label: 'Average new old-age pension (a month)', unit: 'jod' },
  new_awards_survivors: { label: "New survivors' pensions", unit: 'persons' },
  average_new_award_survivors: { label: "Average new survivor's pension (a month)", unit: 'jod' },
  new_awards_early: { label: 'New early pensions', unit: 'persons' },
  average_new_award_early: { label: 'Average new early pension (a month)', unit: 'jod' },
  new_awards_disability: { label: 'New disability pensions', unit: 'persons' },
  average_new_award_disability: { label: 'Average new disability pension (a month)', unit: 'jod' },
  new_awards_orphans: { label: "New orphans' pensions", unit: 'persons' },
  average_new_award_orphans: { label: "Average new orphan's pension (a month)", unit: 'jod' },
  average_pension_early: { label: 'Average early pension in payment (a month)', unit: 'jod' },
  average_pension_disability: { label: 'Average disability pension in payment (a month)', unit: 'jod' },
  average_pension_old_age: { label: 'Average old-age pension in payment (a month)', unit: 'jod' },
  average_pension_survivors: { label: "Average survivor's pension in payment (a month)", unit: 'jod' },
  replacement_rate_at_award: { label: 'Replacement rate at award (pension / final declared wage)', unit: 'ratio' },
  lump_sum_recipients_pension_age: { label: 'Lump sums at pension age without the qualifying months', unit: 'persons' },
  lump_sum_amount_pension_age: { label: 'Lump sums at pension age, amount', unit: 'jod' },
  lump_sum_recipients_death: { label: 'Lump sums on death', unit: 'persons' },
  lump_sum_amount_death: { label: 'Lump sums on death, amount', unit: 'jod' },
  lump_sum_recipients_disability: { label: 'Lump sums on disability', unit: 'persons' },
  lump_sum_amount_disability: { label: 'Lump sums on disability, amount', unit: 'jod' },
  average_declared_wage: { label: 'Average declared wage of the insured (a month)', unit: 'jod' },
  average_wage: { label: "Economy's average wage (a month)", unit: 'jod' },
  price_index: { label: 'Price index (start year = 1)', unit: 'ratio' },
  // Health scheme.
  covered_persons: { label: 'Covered persons', unit: 'persons', results: true },
  dependants: { label: 'Dependants', unit: 'persons' },
  pensioners_covered: { label: 'Pensioners covered', unit: 'persons' },
  expenditure_outpatient: { label: 'Outpatient', unit: 'jod' },
  expenditure_inpatient: { label: 'Inpatient', unit: 'jod' },
  expenditure_medicines: { label: 'Medicines', unit: 'jod' },
  expenditure_deliveries: { label: 'Deliveries', unit: 'jod' },
  expenditure_other: { label: 'Other services', unit: 'jod' },
  maternity_benefits: { label: 'Maternity benefits', unit: 'jod' },
  contributions: { label: 'Contributions', unit: 'jod', results: true },
  total_expenditure: { label: 'Total expenditure', unit: 'jod', results: true },
  balance: { label: 'Balance (income - expenditure)', unit: 'jod' },
  cost_per_capita: { label: 'Cost per covered person', unit: 'jod-per-person', results: true },
  breakeven_contribution_rate: { label: 'Break-even contribution rate', unit: 'rate', results: true },
  deliveries: { label: 'Deliveries (births)', unit: 'persons' },
  deliveries_insured: { label: 'Deliveries of insured women', unit: 'persons' },
  deliveries_spouses: { label: 'Deliveries of enrolled wives', unit: 'persons' },
  deliveries_others: { label: 'Deliveries of other covered women (pensioners, daughters)', unit: 'persons' },
  spouses: { label: 'Spouses', unit: 'persons' },
  children: { label: 'Children', unit: 'persons' },
  pensioner_contributions: { label: "Pensioners' contributions", unit: 'jod' },
  maternity_beneficiaries: { label: 'Maternity benefits paid (births)', unit: 'persons' },
  maternity_breakeven_rate: { label: 'Maternity break-even rate', unit: 'rate' },
  medical_index: { label: 'Medical price index', unit: 'ratio' },
  // programmes.csv
  beneficiaries: { label: 'Beneficiaries', unit: 'persons' },
  new_beneficiaries: { label: 'New beneficiaries', unit: 'persons' },
  cost: { label: 'Cost', unit: 'jod' },
  extra_contributors: { label: 'Extra contributors', unit: 'persons' },
  extra_contributor_years: { label: 'Extra contributor-years', unit: 'persons' },
  cost_per_extra_contributor_year: { label: 'Cost per extra contributor-year', unit: 'jod' },
  extra_pension_liability: { label: 'Extra pension liability', unit: 'jod' },
};

/** The label and unit of a column; an unknown column is labelled with its own name. */
export function indicatorInfo(column: string): IndicatorInfo {
  return INDICATORS[column] ?? { label: column, unit: 'number' };
}

/** A table header for a column: its label and, in brackets, the unit of the CSV text. */
export function tableHeading(column: string): string {
  const info = INDICATORS[column];
  return info === undefined ? column : `${info.label} (${TABLE_UNIT[info.unit]})`;
}

/** A numbers-table column for an indicator: its label, and its unit (the report rounds the cells and names the scale). */
export function tableColumn(column: string): { key: string; heading: string; unit: Unit } {
  const info = indicatorInfo(column);
  return { key: column, heading: info.label, unit: info.unit };
}

/**
 * The figures of summary.json (and batch-summary.json) by key, nested keys dotted
 * (`present_values.benefit_expenditure`): a label in words and a unit. A key not listed is shown
 * with its name in words and measured by `summaryInfo`'s guess.
 */
export const SUMMARY_FIGURES: Readonly<Record<string, IndicatorInfo>> = {
  start_year: { label: 'First projection year', unit: 'number' },
  end_year: { label: 'Last projection year', unit: 'number' },
  contribution_rate: { label: 'Contribution rate in force', unit: 'rate' },
  gap: { label: 'GAP (general average premium)', unit: 'rate' },
  effective_contribution_rate: { label: 'Effective contribution rate (income / insurable wages, present values)', unit: 'rate' },
  initial_reserve: { label: 'Initial reserve', unit: 'jod' },
  interest_rate_used: { label: 'Interest rate for present values', unit: 'rate' },
  terminal_reserve_years: { label: 'Terminal reserve in the GAP (years of expenditure)', unit: 'years' },
  year_contributions_below_expenditure: { label: 'Year contributions first fall below expenditure', unit: 'number' },
  year_reserve_first_falls: { label: 'Year the reserve first falls', unit: 'number' },
  year_reserve_exhausted: { label: 'Year the reserve is exhausted', unit: 'number' },
  programmes: { label: 'Subsidy programmes', unit: 'number' },
  'present_values.contributions_collected': { label: 'Present value of contributions collected', unit: 'jod' },
  'present_values.contributions': { label: 'Present value of contributions', unit: 'jod' },
  'present_values.late_fees': { label: 'Present value of late fees', unit: 'jod' },
  'present_values.subsidies': { label: 'Present value of subsidies', unit: 'jod' },
  'present_values.benefit_expenditure': { label: 'Present value of benefit expenditure', unit: 'jod' },
  'present_values.admin_expenditure': { label: 'Present value of administrative expenditure', unit: 'jod' },
  'present_values.total_expenditure': { label: 'Present value of total expenditure', unit: 'jod' },
  'present_values.insurable_wages': { label: 'Present value of insurable wages', unit: 'jod' },
  'present_values.terminal_reserve': { label: 'Present value of the terminal reserve', unit: 'jod' },
  'maternity.contribution_rate': { label: 'Maternity contribution rate in force', unit: 'rate' },
};

/**
 * The label and unit of a summary figure (dotted key): the catalog's, else the key in words with
 * a unit guessed from its name (rates, years, money, persons).
 *
 * @example summaryInfo('gap').label // => 'GAP (general average premium)'
 * @example summaryInfo('first_year.cost_per_capita') // => { label: 'First year: cost per capita', unit: 'jod-per-person' }
 */
export function summaryInfo(key: string): IndicatorInfo {
  const known = SUMMARY_FIGURES[key];
  if (known !== undefined) return known;
  const parts = key.split('.');
  const last = parts[parts.length - 1] as string;
  const words = parts.map((p) => p.replaceAll('_', ' ')).join(': ');
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  const column = INDICATORS[last];
  if (column !== undefined) return { label, unit: column.unit };
  if (/^year(_|$)/.test(last)) return { label, unit: 'number' };
  if (/(rate|gap|share)$/.test(last)) return { label, unit: 'rate' };
  if (/(reserve|expenditure|cost|income|wages|benefits?|contributions?)$/.test(last)) return { label, unit: 'jod' };
  return { label, unit: 'number' };
}
