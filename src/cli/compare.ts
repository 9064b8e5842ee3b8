import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { checkOutputDir, writeOutputSet } from '../output/atomic-write.js';
import { assumptionDifferencesCsv, comparisonToCsv, compareDirs } from '../report/compare.js';
import { renderCompareReport } from '../report/compare-report.js';
import { UsageError } from './exit-codes.js';
import { asBadInput } from './report.js';

interface Args {
  dirs: string[];
  out: string;
  quiet: boolean;
  json: boolean;
}

export const compareCommand: CommandModule<object, Args> = {
  command: 'compare <dirs..>',
  describe: 'Differences between scenarios per indicator and year: compare.csv and compare.html',
  builder: (y: Argv) =>
    y
      .positional('dirs', { type: 'string', array: true, demandOption: true, describe: 'two or more run or batch directories (a batch by its medians); differences are against the first' })
      .option('out', { type: 'string', demandOption: true, describe: 'directory for compare.csv, compare-assumptions.csv and compare.html (new, or an earlier output of ssc-proj: it is replaced as a whole)' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing on success' })
      .option('json', { type: 'boolean', default: false, describe: 'print a JSON summary of what was written on stdout' })
      .example('$0 compare out/baseline out/subsidy-women --out out/compare-women', 'compare.csv and compare.html of subsidy-women against baseline') as unknown as Argv<Args>,
  handler: (args) =>
    asBadInput(() => {
      if (args.dirs.length < 2) throw new UsageError(`compare: give at least two run directories (got ${args.dirs.length})`);
      checkOutputDir(args.out);
      const c = compareDirs(args.dirs);
      const csvPath = join(args.out, 'compare.csv');
      const htmlPath = join(args.out, 'compare.html');
      const assumptionsPath = join(args.out, 'compare-assumptions.csv');
      const report = renderCompareReport(c);
      writeOutputSet(args.out, [
        { name: 'compare.csv', data: comparisonToCsv(c) },
        { name: 'compare-assumptions.csv', data: assumptionDifferencesCsv(c) },
        { name: 'compare.html', data: report.html },
      ]);
      if (args.json) {
        process.stdout.write(
          `${JSON.stringify({ command: 'compare', written: [csvPath, assumptionsPath, htmlPath], scenarios: c.names, indicators: c.indicators.length, years: [c.years[0], c.years[c.years.length - 1]], rows: c.summaryRows.length + c.rows.length, assumptions_differing: c.assumptions.length, charts: report.charts, notes: c.notes })}\n`,
        );
      } else if (!args.quiet) {
        process.stdout.write(`ssc-proj: wrote ${csvPath} (${c.summaryRows.length} summary figures, then ${c.rows.length} rows: ${c.indicators.length} indicators x ${c.years.length} years), ${assumptionsPath} (${c.assumptions.length} assumptions differ) and ${htmlPath} (${report.charts} charts)\n`);
      }
    }),
};
