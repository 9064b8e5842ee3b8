import { formatPercent } from './format.js';
import type { FigureResult } from './figure.js';
import { indicatorFigure } from './indicator-figure.js';
import { numberField } from './json-file.js';
import { programmeFigure } from './programme-figure.js';
import type { RunDir } from './report-dir.js';
import type { RefLine } from './xy-chart.js';

/** A rate as a percentage for captions, 2 decimals: 0.21344 -> "21.34%". */
export function percentText(rate: number): string {
  return formatPercent(rate);
}

/** The GAP reference line from summary.json and the caption line that states it (or its absence). */
export function gapLine(summary: Record<string, unknown> | null): { refLines: RefLine[]; caption: string } {
  const gap = numberField(summary, 'gap');
  if (gap === undefined) {
    return { refLines: [], caption: summary === null ? 'GAP not drawn: no summary.json.' : 'GAP not drawn: summary.json has no numeric "gap".' };
  }
  return {
    refLines: [{ label: `GAP ${(gap * 100).toFixed(2)}%`, value: gap }],
    caption: `GAP (general average premium, summary.json "gap"): ${percentText(gap)} of insurable wages.`,
  };
}

/**
 * The charts of an optional-scheme run (docs/outputs.md `run`): insured, contributors and
 * pensioners; contributions against benefit expenditure; expenditure and pensioners by benefit type
 * (stacked); reserve; reserve ratio; PAYG cost rate
 * against the contribution rate and the GAP; arrears and late fees; support ratio; and per
 * subsidy programme its cost and extra contributors (programmes.csv).
 */
export function optionalRunFigures(run: RunDir): FigureResult[] {
  const t = run.indicators;
  const gap = gapLine(run.summary);
  const refLines = [...gap.refLines];
  const caption = [gap.caption];
  const rate = numberField(run.summary, 'contribution_rate');
  if (!t.header.includes('contribution_rate') && rate !== undefined) {
    refLines.push({ label: `Contribution rate ${percentText(rate)} (summary.json)`, value: rate, color: '#009E73', dash: '8 3 2 3' });
  }
  return [
    indicatorFigure(t, {
      id: 'members',
      title: 'Insured persons, contributors and pensioners',
      unit: 'persons',
      columns: ['insured', 'contributors', 'pensioners'],
      caption: ['Insured and pensioners at the end of each year; contributors: insured who paid in the year.'],
    }),
    indicatorFigure(t, {
      id: 'cash-flows',
      title: 'Contributions and benefit expenditure',
      unit: 'jod',
      columns: ['contributions_collected', 'benefit_expenditure'],
      optionalColumns: ['contributions_due', 'admin_expenditure'],
      tableOnly: ['pension_expenditure', 'lump_sum_expenditure'],
      caption: ['Yearly flows in JOD.'],
    }),
    indicatorFigure(t, {
      id: 'expenditure-by-benefit',
      title: 'Benefit expenditure by benefit type',
      unit: 'jod',
      columns: ['pension_expenditure_old_age'],
      optionalColumns: ['pension_expenditure_early', 'pension_expenditure_disability', 'pension_expenditure_survivors', 'lump_sum_expenditure'],
      stacked: true,
      caption: ['Stacked: pensions by type (old-age normal and deferred, early, disability, survivors: spouses and orphans) and lump sums; the top of the stack is the benefit expenditure.'],
    }),
    indicatorFigure(t, {
      id: 'pensioners-by-type',
      title: 'Pensioners by type',
      unit: 'persons',
      columns: ['pensioners_old_age'],
      optionalColumns: ['pensioners_early', 'pensioners_disability', 'pensioners_survivors_spouses', 'pensioners_survivors_orphans'],
      stacked: true,
      caption: ['Stacked, at the end of each year: the top of the stack is the number of pensioners.'],
    }),
    indicatorFigure(t, {
      id: 'reserve',
      title: 'Reserve at year end',
      unit: 'jod',
      columns: ['reserve'],
      tableOnly: ['investment_income'],
    }),
    indicatorFigure(t, {
      id: 'reserve-ratio',
      title: 'Reserve ratio',
      unit: 'years',
      columns: ['reserve_ratio'],
      caption: ['Reserve / (benefit + administrative expenditure) of the year: years of expenditure the reserve would pay.'],
    }),
    indicatorFigure(t, {
      id: 'cost-rate',
      title: 'PAYG cost rate, contribution rate and GAP',
      unit: 'rate',
      columns: ['paygo_cost_rate'],
      optionalColumns: ['contribution_rate'],
      refLines,
      caption: ['PAYG cost rate = (benefit + administrative expenditure) / insurable wages.', ...caption],
    }),
    indicatorFigure(t, {
      id: 'arrears',
      title: 'Arrears and late fees',
      unit: 'jod',
      columns: ['arrears_stock', 'late_fees'],
      tableOnly: ['collection_rate'],
      caption: ['Arrears: unpaid contributions outstanding at year end; late fees: collected in the year.'],
    }),
    indicatorFigure(t, {
      id: 'support-ratio',
      title: 'Support ratio',
      unit: 'ratio',
      columns: ['support_ratio'],
      caption: ['Contributors / pensioners.'],
    }),
    programmeFigure(run.programmes, { id: 'programme-cost', title: 'Subsidy cost by programme', column: 'cost', stacked: true }),
    programmeFigure(run.programmes, { id: 'programme-extra', title: 'Extra contributors by programme', column: 'extra_contributors' }),
  ];
}

/**
 * The charts of a health run: covered persons by group, expenditure by service (stacked),
 * income against expenditure, the break-even contribution rate against the contribution rate
 * (and the GAP when summary.json gives one), reserve and balance, and cost per covered person.
 */
export function healthRunFigures(run: RunDir): FigureResult[] {
  const t = run.indicators;
  const gap = gapLine(run.summary);
  return [
    indicatorFigure(t, {
      id: 'covered',
      title: 'Covered persons by group',
      unit: 'persons',
      columns: ['contributors', 'dependants', 'pensioners_covered'],
      tableOnly: ['covered_persons'],
      stacked: true,
      caption: ['Stacked: the top of the stack is the number of covered persons.'],
    }),
    indicatorFigure(t, {
      id: 'expenditure',
      title: 'Health expenditure by service',
      unit: 'jod',
      columns: ['expenditure_outpatient', 'expenditure_inpatient', 'expenditure_medicines', 'expenditure_deliveries', 'expenditure_other'],
      tableOnly: ['admin_expenditure', 'maternity_benefits', 'total_expenditure'],
      stacked: true,
      caption: ['Stacked by service; administration and maternity benefits are in the table.'],
    }),
    indicatorFigure(t, {
      id: 'income',
      title: 'Contributions and total expenditure',
      unit: 'jod',
      columns: ['contributions', 'total_expenditure'],
      optionalColumns: ['subsidies_government', 'subsidies_donor'],
      tableOnly: ['investment_income'],
    }),
    indicatorFigure(t, {
      id: 'breakeven',
      title: 'Break-even contribution rate and contribution rate',
      unit: 'rate',
      columns: ['breakeven_contribution_rate'],
      optionalColumns: ['contribution_rate'],
      refLines: gap.refLines,
      caption: ['Break-even rate = expenditure of the year / insurable wages.', gap.caption],
    }),
    indicatorFigure(t, {
      id: 'reserve',
      title: 'Reserve and yearly balance',
      unit: 'jod',
      columns: ['reserve'],
      optionalColumns: ['balance'],
    }),
    indicatorFigure(t, {
      id: 'cost-per-capita',
      title: 'Cost per covered person',
      unit: 'jod-per-person',
      columns: ['cost_per_capita'],
    }),
    maternityFigure(t, run.summary),
  ];
}

/** The maternity break-even rate against the maternity contribution rate in force (summary.json maternity.contribution_rate). */
function maternityFigure(t: RunDir['indicators'], summary: Record<string, unknown> | null): FigureResult {
  const maternity = summary?.maternity;
  const rate = maternity !== null && typeof maternity === 'object' ? (maternity as Record<string, unknown>).contribution_rate : undefined;
  const refLines = typeof rate === 'number' ? [{ label: `Maternity rate in force ${percentText(rate)}`, value: rate }] : [];
  return indicatorFigure(t, {
    id: 'maternity',
    title: 'Maternity insurance: break-even rate and the rate in force',
    unit: 'rate',
    columns: ['maternity_breakeven_rate'],
    tableOnly: ['maternity_benefits', 'maternity_beneficiaries'],
    refLines,
    caption: ['Break-even rate = maternity cash benefits of the year / insurable wages (SSC maternity insurance: the insured woman\'s wage for the leave).'],
  });
}

/** The charts of a run, by scheme (an unknown scheme gets the optional scheme's charts). */
export function runFigures(run: RunDir): FigureResult[] {
  return run.scheme === 'health' ? healthRunFigures(run) : optionalRunFigures(run);
}
