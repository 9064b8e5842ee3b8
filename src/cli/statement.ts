import type { Argv, CommandModule } from 'yargs';
import { parseIsoDate } from '../calendar/civil-date.js';
import { filsOps } from '../money/money-ops.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { checkOutputPath, INPUT_LIMITS } from '../io/safe-path.js';
import { statementToCsv, statementToJson } from '../output/statement-format.js';
import { loadModel } from '../rules/load-model.js';
import { memberRecordFromSource } from '../rules/member-file.js';
import { errorAt, readYamlSource } from '../assumptions/yaml-source.js';
import { InputError } from '../assumptions/input-error.js';
import { statement } from '../rules/statement.js';
import { runCommand, UsageError } from './exit-codes.js';

interface Args {
  member: string;
  asOf: string;
  format: 'json' | 'csv';
  out?: string;
  model?: string;
}

export const statementCommand: CommandModule<object, Args> = {
  command: 'statement <member>',
  describe: "One optional subscriber's statement: contributions, late fees, payments, credit and status",
  builder: (y: Argv) =>
    y
      .positional('member', { type: 'string', demandOption: true, describe: 'member file (YAML or JSON)' })
      .option('as-of', { type: 'string', demandOption: true, describe: 'statement date YYYY-MM-DD (fees accrue to it; later events are ignored)' })
      .option('format', { choices: ['json', 'csv'] as const, default: 'json' as const, describe: 'output format' })
      .option('out', { type: 'string', describe: 'write to FILE (atomically) instead of stdout' })
      .option('model', { type: 'string', describe: 'rule parameters (default models/ssc-optional.yaml)' })
      .example('$0 statement scenarios/members/example.yaml --as-of 2027-12-31', 'JSON statement on stdout')
      .example('$0 statement scenarios/members/example.yaml --as-of 2027-12-31 --format csv --out out/example.csv', 'one CSV row a month') as unknown as Argv<Args>,
  handler: (args) =>
    runCommand(() => {
      let asOf: number;
      try {
        asOf = parseIsoDate(args.asOf);
      } catch (e) {
        throw new UsageError(`--as-of: ${(e as Error).message}`);
      }
      if (args.out !== undefined) checkOutputPath(args.out, 'file');
      const rules = loadModel(args.model);
      const src = readYamlSource(args.member, INPUT_LIMITS.memberBytes);
      const record = memberRecordFromSource(src);
      let s;
      try {
        s = statement(record, rules, { asOf });
      } catch (e) {
        // A refusal of the library names a field of the record: point at it in the file.
        if (!(e instanceof InputError) || e.line !== 0) throw e;
        throw errorAt(src, e.key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), e.detail);
      }
      const text = args.format === 'csv' ? statementToCsv(s) : `${JSON.stringify(statementToJson(s, filsOps), null, 2)}\n`;
      if (args.out === undefined) process.stdout.write(text);
      else writeFileAtomic(args.out, text);
    }),
};
