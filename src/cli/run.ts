import type { Argv, CommandModule } from 'yargs';
import { withWorkbook } from '../output/run-files.js';
import { GENERATOR } from '../schemes/generator.js';
import { runAnyScenario } from '../schemes/dispatch.js';
import { checkOutputDir, writeOutputSet } from '../output/atomic-write.js';
import { runCommand, UsageError } from './exit-codes.js';

interface Args {
  scenario: string;
  out: string;
  quiet: boolean;
  json: boolean;
  report: boolean;
  closedGroup: boolean;
  xlsx: boolean;
  threads?: number;
}

export const runCommandModule: CommandModule<object, Args> = {
  command: 'run <scenario>',
  describe: 'Project a scenario (optional scheme or health) year by year, computed monthly',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
      .option('out', { type: 'string', demandOption: true, describe: 'output directory (indicators.csv, summary.json, programmes.csv, scenario.resolved.yaml)' })
      .option('report', { type: 'boolean', default: false, describe: 'also write DIR/report.html' })
      .option('closed-group', { type: 'boolean', default: false, describe: 'project only the members at the start (no new entrants); summary.json closed_group holds its valuation' })
      .option('xlsx', { type: 'boolean', default: false, describe: 'also write DIR/results.xlsx: a sheet a table (indicators, programmes, summary, assumptions), metadata' })
      .option('threads', { type: 'number', describe: 'threads the run may use: with 2 (the default on 2 cores or more) the closed-group valuation and the comparison runs of the programmes go to a second thread beside the open group, the same figures; 1: one thread' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing on success' })
      .option('json', { type: 'boolean', default: false, describe: 'print summary.json on stdout' })
      .example('$0 run scenarios/baseline.yaml --out out/baseline', 'the baseline projection of the optional scheme')
      .example('$0 run scenarios/subsidy-youth.yaml --out out/youth --report', 'a subsidy scenario, with its HTML report')
      .example('$0 run scenarios/baseline.yaml --closed-group --out out/closed', 'the closed group of the baseline alone')
      .example('$0 run scenarios/baseline.yaml --out out/baseline --xlsx', 'the baseline, with results.xlsx beside the CSV files') as unknown as Argv<Args>,
  handler: (args) =>
    runCommand(async () => {
      const started = performance.now();
      if (args.threads !== undefined && (!Number.isInteger(args.threads) || args.threads < 1)) throw new UsageError(`--threads ${args.threads}: expected a whole number, 1 or more`);
      checkOutputDir(args.out);
      const run = await runAnyScenario(args.scenario, { closedGroup: args.closedGroup, threads: args.threads });
      const { summary } = run;
      const files = args.xlsx ? await withWorkbook(run.files, GENERATOR, args.scenario) : run.files;
      const report = args.report ? { ...(await import('../report/report.js')), ...(await import('../report/report-dir.js')) } : null;
      // One set, workbook and report included: staged beside --out and swapped in whole
      // (src/output/atomic-write.ts); the report reads the staged files but names the directory --out.
      writeOutputSet(args.out, files, report === null ? undefined : (staged) => [{ name: 'report.html', data: report.renderReport({ ...report.readReportDir(staged), dir: args.out }).html }]);
      if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else if (!args.quiet) {
        process.stderr.write(`ssc-proj: wrote ${files.map((f) => f.name).join(', ')}${args.report ? ', report.html' : ''} to ${args.out} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
      }
    }),
};
