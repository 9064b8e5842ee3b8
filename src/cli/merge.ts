import type { Argv, CommandModule } from 'yargs';
import { MergeError, mergeShardDirs } from '../batch/merge.js';
import { checkOutputDir, writeOutputSet } from '../output/atomic-write.js';
import { runCommand, UsageError } from './exit-codes.js';

interface Args {
  dirs: string[];
  out: string;
  quiet: boolean;
}

export const mergeCommand: CommandModule<object, Args> = {
  command: 'merge <dirs..>',
  describe: 'Combine the output directories of the shards of a batch (--shard i/n) into the files of the whole batch',
  builder: (y: Argv) =>
    y
      .positional('dirs', { type: 'string', array: true, demandOption: true, describe: 'output directories of `ssc-proj batch --shard i/n`, one a shard' })
      .option('out', { type: 'string', demandOption: true, describe: 'output directory: the same files as one `ssc-proj batch` of the whole batch' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing on success' })
      .example('$0 merge out/shard-0 out/shard-1 out/shard-2 --out out/stochastic', 'three shards into one batch directory') as unknown as Argv<Args>,
  handler: (args) =>
    runCommand(() => {
      checkOutputDir(args.out);
      let files;
      try {
        files = mergeShardDirs(args.dirs);
      } catch (e) {
        if (e instanceof MergeError) throw new UsageError(e.message);
        throw e;
      }
      writeOutputSet(args.out, files);
      if (!args.quiet) process.stderr.write(`ssc-proj: merged ${args.dirs.length} director${args.dirs.length === 1 ? 'y' : 'ies'}; wrote ${files.map((f) => f.name).join(', ')} to ${args.out}\n`);
    }),
};
