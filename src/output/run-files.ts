import type { IndicatorRow } from '../core/indicators.js';
import { INDICATOR_COLUMNS } from '../core/indicators.js';
import type { ProgrammeRow } from '../core/programme-results.js';
import { csvNumber, toCsv, type CsvCell } from './csv.js';

/** A number as printed in outputs: money and persons with 3 decimals, ratios to 12 significant digits. */
export function formatCell(value: number | null, kind: 'year' | 'persons' | 'money' | 'ratio'): CsvCell {
  if (value === null || !Number.isFinite(value)) return '';
  switch (kind) {
    case 'year':
      return String(value);
    case 'persons':
    case 'money':
      return (Object.is(value, -0) ? 0 : value).toFixed(3);
    case 'ratio':
      return csvNumber(value);
  }
}

/** indicators.csv of an optional-scheme run (docs/outputs.md). */
export function indicatorsCsv(rows: readonly IndicatorRow[]): string {
  return toCsv(
    INDICATOR_COLUMNS.map((c) => c.name),
    rows.map((r) => INDICATOR_COLUMNS.map((c) => formatCell(r[c.name], c.kind))),
  );
}

export const PROGRAMME_COLUMNS = [
  ['programme', 'text'],
  ['payer', 'text'],
  ['year', 'year'],
  ['beneficiaries', 'persons'],
  ['new_beneficiaries', 'persons'],
  ['cost', 'money'],
  ['extra_contributors', 'persons'],
  ['extra_contributor_years', 'persons'],
  ['cost_per_extra_contributor_year', 'money'],
  ['extra_pension_liability', 'money'],
] as const;

/** programmes.csv: one row a programme and year. */
export function programmesCsv(rows: readonly ProgrammeRow[]): string {
  return toCsv(
    PROGRAMME_COLUMNS.map((c) => c[0]),
    rows.map((r) => PROGRAMME_COLUMNS.map(([name, kind]) => (kind === 'text' ? (r[name] as string) : formatCell(r[name] as number | null, kind)))),
  );
}

/**
 * The output set with the workbook added (`--xlsx`): results.xlsx, built from the set's own
 * CSV and JSON files and its scenario.resolved.yaml, so its numbers are the files' numbers.
 */
export async function withWorkbook<F extends { readonly name: string; readonly data: string | Uint8Array }>(
  files: readonly F[],
  generator: string,
  title?: string,
): Promise<Array<F | { name: string; data: Uint8Array }>> {
  const { resultsWorkbook, WORKBOOK_NAME } = await import('./xlsx.js');
  return [...files, { name: WORKBOOK_NAME, data: await resultsWorkbook(files, title === undefined ? { generator } : { generator, title }) }];
}
