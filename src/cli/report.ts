import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { writeFileAtomic } from '../output/atomic-write.js';
import { checkOutputPath } from '../io/safe-path.js';
import { buildReport } from '../report/report.js';
import { ReportInputError } from '../report/report-input-error.js';
import { runCommand, UsageError } from './exit-codes.js';

interface Args {
  dir: string;
  out?: string;
  quiet: boolean;
  json: boolean;
}

/** Run a report body; a missing file or directory (no line:column) is bad input, exit code 2. */
export async function asBadInput(body: () => void): Promise<void> {
  await runCommand(() => {
    try {
      body();
    } catch (e) {
      if (e instanceof ReportInputError) throw new UsageError(e.message);
      throw e;
    }
  });
}

export const reportCommand: CommandModule<object, Args> = {
  command: 'report <dir>',
  describe: 'Self-contained HTML report (SVG charts, numbers tables, assumptions, sources) of a run or batch directory',
  builder: (y: Argv) =>
    y
      .positional('dir', { type: 'string', demandOption: true, describe: 'directory written by run (indicators.csv) or batch (percentiles.csv)' })
      .option('out', { type: 'string', describe: 'HTML file to write (default DIR/report.html)' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing on success' })
      .option('json', { type: 'boolean', default: false, describe: 'print a JSON summary of what was written on stdout' })
      .example('$0 report out/baseline', 'writes out/baseline/report.html')
      .example('$0 report out/batch-stochastic --out reports/stochastic.html --json', 'a batch report with fan charts; JSON summary on stdout') as unknown as Argv<Args>,
  handler: (args) =>
    asBadInput(() => {
      const out = args.out ?? join(args.dir, 'report.html');
      checkOutputPath(out, 'file');
      const { html, summary } = buildReport(args.dir);
      writeFileAtomic(out, html);
      if (args.json) {
        process.stdout.write(`${JSON.stringify({ command: 'report', written: [out], ...summary })}\n`);
      } else if (!args.quiet) {
        const skipped = summary.skipped.length > 0 ? `, ${summary.skipped.length} not drawn (see the notes in the report)` : '';
        const failed = summary.failedRuns > 0 ? `; ${summary.failedRuns} failed run${summary.failedRuns > 1 ? 's' : ''} stated at the top` : '';
        process.stdout.write(`ssc-proj: wrote ${out} (${summary.kind} "${summary.scenario}": ${summary.charts} charts${skipped}${failed})\n`);
      }
    }),
};
