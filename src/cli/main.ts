import { readFileSync } from 'node:fs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { batchCommand } from './batch.js';
import { calibrateCommand } from './calibrate.js';
import { EXIT } from './exit-codes.js';
import { lifeTableCommand } from './life-table.js';
import { mergeCommand } from './merge.js';
import { compareCommand } from './compare.js';
import { reportCommand } from './report.js';
import { schemaCommand } from './schema.js';
import { runCommandModule } from './run.js';
import { statementCommand } from './statement.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * `--shard -1/2` would be read by the option parser as flags -1, -/, -2 ("Unknown argument: 1"):
 * a value starting with "-" after --shard is joined to it (`--shard=-1/2`) so that the shard
 * parser says what is wrong with it.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = argv[i + 1];
    if (a === '--shard' && next !== undefined && next.startsWith('-') && next !== '--') {
      out.push(`--shard=${next}`);
      i += 1;
    } else out.push(a);
  }
  return out;
}

/** The `ssc-proj` command line: one command a file in src/cli, each a thin wrapper over the library. */
export async function main(argv: string[] = hideBin(process.argv)): Promise<void> {
  await yargs(joinDashValues(argv))
    .scriptName('ssc-proj')
    .usage('$0 <command> [options]\n\nActuarial projections for the SSC (Jordan) optional enrollment scheme.')
    .command(runCommandModule as never)
    .command(statementCommand as never)
    .command(lifeTableCommand as never)
    .command(reportCommand as never)
    .command(compareCommand as never)
    .command(batchCommand as never)
    .command(mergeCommand as never)
    .command(schemaCommand as never)
    .command(calibrateCommand as never)
    .demandCommand(1, 'Name a command (see --help).')
    .strict()
    .version(pkg.version)
    .help()
    .alias('h', 'help')
    .epilogue('Exit codes: 0 ok, 1 run failed, 2 bad input (errors on stderr as file:line:column: key: message).')
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err, y) => {
      if (err) throw err;
      process.stderr.write(`ssc-proj: ${msg}\n\n`);
      y.showHelp((s) => process.stderr.write(`${s}\n`));
      process.exit(EXIT.badInput);
    })
    .parseAsync();
}
