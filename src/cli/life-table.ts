import type { Argv, CommandModule } from 'yargs';
import { isWppPeriod, wppLifeTable } from '../demography/life-expectancy.js';
import { lifeTableToCsv, lifeTableToJson, lifeTableToText } from '../demography/life-table-format.js';
import { loadWpp } from '../demography/wpp-data.js';
import { runCommand, UsageError } from './exit-codes.js';

interface Args {
  sex: 'M' | 'F';
  period: string;
  format: 'json' | 'csv' | 'table';
}

export const lifeTableCommand: CommandModule<object, Args> = {
  command: 'life-table',
  describe: 'Abridged life table and life expectancy at birth of Jordan from the UN WPP 2024 death rates',
  builder: (y: Argv) =>
    y
      .option('sex', { choices: ['M', 'F'] as const, demandOption: true, describe: 'M (males) or F (females)' })
      .option('period', { type: 'string', demandOption: true, describe: 'WPP 5-year period, 1950-1955 .. 2095-2100' })
      .option('format', { choices: ['json', 'csv', 'table'] as const, default: 'json' as const, describe: 'output format' })
      .example('$0 life-table --sex F --period 2015-2020', 'JSON: { sex, period, e0, rows }')
      .example('$0 life-table --sex M --period 2020-2025 --format table', 'aligned text with e0') as unknown as Argv<Args>,
  handler: (args) =>
    runCommand(() => {
      if (!isWppPeriod(args.period)) {
        const { periods } = loadWpp().mx;
        throw new UsageError(`--period: '${args.period}' is not a WPP 5-year period (${periods[0]} .. ${periods[periods.length - 1]}, e.g. 2015-2020)`);
      }
      const t = wppLifeTable(args.sex, args.period);
      const text =
        args.format === 'csv'
          ? lifeTableToCsv(t)
          : args.format === 'table'
            ? lifeTableToText(t, args.sex, args.period)
            : `${JSON.stringify(lifeTableToJson(t, args.sex, args.period), null, 2)}\n`;
      process.stdout.write(text);
    }),
};
