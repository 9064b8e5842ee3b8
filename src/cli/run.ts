import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { withWorkbook } from '../output/run-files.js';
import { GENERATOR, runAnyScenario } from '../scenario/run-any.js';
import { writeFileAtomic, writeFilesAtomic } from '../output/atomic-write.js';
import { runCommand } from './exit-codes.js';

interface Args {
  scenario: string;
  out: string;
  quiet: boolean;
  json: boolean;
  report: boolean;
  xlsx: boolean;
}

export const runCommandModule: CommandModule<object, Args> = {
  command: 'run <scenario>',
  describe: 'Project a scenario (optional scheme or health) year by year, computed monthly',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
      .option('out', { type: 'string', demandOption: true, describe: 'output directory (indicators.csv, summary.json, programmes.csv, scenario.resolved.yaml)' })
      .option('report', { type: 'boolean', default: false, describe: 'also write DIR/report.html' })
      .option('xlsx', { type: 'boolean', default: false, describe: 'also write DIR/results.xlsx: a sheet a table (indicators, programmes, summary, assumptions), metadata' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing on success' })
      .option('json', { type: 'boolean', default: false, describe: 'print summary.json on stdout' })
      .example('$0 run scenarios/baseline.yaml --out out/baseline', 'the baseline projection of the optional scheme')
      .example('$0 run scenarios/subsidy-youth.yaml --out out/youth --report', 'a subsidy scenario, with its HTML report')
      .example('$0 run scenarios/baseline.yaml --out out/baseline --xlsx', 'the baseline, with results.xlsx beside the CSV files') as unknown as Argv<Args>,
  handler: (args) =>
    runCommand(async () => {
      const started = performance.now();
      const run = await runAnyScenario(args.scenario);
      const { summary } = run;
      const files = args.xlsx ? await withWorkbook(run.files, GENERATOR, args.scenario) : run.files;
      // Every file is written to a temporary name first: a failed run leaves nothing half-written.
      writeFilesAtomic(files.map((f) => ({ path: join(args.out, f.name), data: f.data })));
      if (args.report) {
        const { buildReport } = await import('../report/report.js');
        writeFileAtomic(join(args.out, 'report.html'), buildReport(args.out).html);
      }
      if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else if (!args.quiet) {
        process.stderr.write(`ssc-proj: wrote ${files.map((f) => f.name).join(', ')}${args.report ? ', report.html' : ''} to ${args.out} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
      }
    }),
};
