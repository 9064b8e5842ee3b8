import { existsSync, readdirSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { loadBatch } from '../batch/batch-file.js';
import { POOL_KINDS, DEFAULT_POOL, type PoolKind } from '../batch/pool.js';
import { progressMode, progressReporter } from '../batch/progress.js';
import { BatchCancelledError, batchRunFiles, capThreads, defaultThreads, runBatch } from '../batch/run-batch.js';
import { parseShard, shardRange, type Shard } from '../batch/shard.js';
import { checkOutputDir, writeOutputSet } from '../output/atomic-write.js';
import { withWorkbook } from '../output/run-files.js';
import { GENERATOR } from '../schemes/generator.js';
import { runCommand, UsageError } from './exit-codes.js';

interface Args {
  batch: string;
  out: string;
  threads?: number;
  shard?: string;
  pool: string;
  quiet: boolean;
  xlsx: boolean;
}

/** Exit codes of a batch stopped by a signal: 128 + the signal's number, as a shell reports it. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** Files a batch directory had before (none of them is touched when the batch is stopped). */
function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

export const batchCommand: CommandModule<object, Args> = {
  command: 'batch <batch>',
  describe: 'Run a sensitivity grid or a stochastic set of scenarios on worker threads (percentiles, GAP distribution)',
  builder: (y: Argv) =>
    y
      .positional('batch', { type: 'string', demandOption: true, describe: 'batch file (YAML): a base scenario and a sensitivity or stochastic section' })
      .option('out', { type: 'string', demandOption: true, describe: 'output directory (runs.csv, percentiles.csv, batch-summary.json, runs-summary.csv, batch.resolved.yaml, scenario.resolved.yaml)' })
      .option('threads', { type: 'number', describe: 'worker threads (default: one a core); 0 runs in the main thread' })
      .option('shard', { type: 'string', describe: 'run only slice i of n (0-based, e.g. 0/4); merge the directories with `ssc-proj merge`' })
      .option('pool', { type: 'string', choices: POOL_KINDS.filter((k) => k !== 'inline'), default: DEFAULT_POOL, describe: 'worker pool library' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing (no progress, no summary)' })
      .option('xlsx', { type: 'boolean', default: false, describe: 'also write DIR/results.xlsx: runs, percentiles, batch summary, assumptions, metadata' })
      .example('$0 batch scenarios/batch-stochastic.yaml --out out/stochastic', '200 stochastic runs on every core')
      .example('$0 batch scenarios/batch-stochastic.yaml --out out/s1 --shard 1/4', 'the second of four slices (one machine of four)') as unknown as Argv<Args>,
  handler: (args) =>
    runCommand(async () => {
      const started = performance.now();
      let shard: Shard | null = null;
      if (args.shard !== undefined) {
        try {
          shard = parseShard(args.shard);
        } catch (e) {
          throw new UsageError((e as Error).message);
        }
      }
      if (args.threads !== undefined && (!Number.isInteger(args.threads) || args.threads < 0)) throw new UsageError(`--threads ${args.threads}: expected a whole number, 0 or more`);

      // Ctrl-C (SIGINT) or a scheduler's SIGTERM: stop the workers; nothing has been written yet.
      const controller = new AbortController();
      let signalName: keyof typeof SIGNAL_EXIT | null = null;
      const onSignal = (name: keyof typeof SIGNAL_EXIT) => () => {
        signalName ??= name;
        controller.abort();
      };
      const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
      process.on('SIGINT', handlers.SIGINT);
      process.on('SIGTERM', handlers.SIGTERM);
      const say = (line: string) => {
        if (!args.quiet) process.stderr.write(`${line}\n`);
      };
      checkOutputDir(args.out);
      const before = listDir(args.out);
      const progress = { current: progressReporter('none', '') };
      try {
        const batch = await loadBatch(args.batch);
        const { first, end } = shardRange(batch.runs, shard);
        let threads = args.threads ?? defaultThreads(end - first);
        const cap = capThreads(threads);
        if (cap.capped) {
          process.stderr.write(`ssc-proj: warning: --threads ${threads} is above the ${cap.threads} cores available; using ${cap.threads}\n`);
          threads = cap.threads;
        }
        const pool = args.pool as PoolKind;
        say(
          `ssc-proj: batch "${batch.name}" (${batch.kind}, base "${batch.baseInfo.name}", ${batch.baseInfo.years} years): ` +
            `${shard === null ? `${batch.runs} runs` : `shard ${shard.index}/${shard.count}, runs ${first}-${end - 1} of ${batch.runs}`} ` +
            `${threads === 0 ? 'in the main thread' : `on ${threads} worker thread${threads > 1 ? 's' : ''} (${pool})`}`,
        );
        progress.current = progressReporter(progressMode(args.quiet, process.stderr), 'ssc-proj batch');
        const run = await runBatch(batch, { threads, pool, shard, signal: controller.signal, onProgress: (p) => progress.current.update(p) });
        progress.current.stop();
        const csvFiles = batchRunFiles(batch, run);
        const files = args.xlsx ? await withWorkbook(csvFiles, GENERATOR, `batch ${batch.name}`) : csvFiles;
        // One set, workbook included, staged beside --out and swapped in whole: never a partial directory.
        writeOutputSet(args.out, files);
        const failed = run.outcomes.filter((o) => !o.ok);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        say(`ssc-proj: ${run.outcomes.length - failed.length} of ${run.outcomes.length} runs succeeded; wrote ${files.map((f) => f.name).join(', ')} to ${args.out} (${seconds} s)`);
        for (const f of failed.slice(0, 10)) say(`ssc-proj: run ${f.run} failed: ${f.ok ? '' : f.message}`);
        if (failed.length > 10) say(`ssc-proj: ... and ${failed.length - 10} more failed runs (batch-summary.json lists them all)`);
        if (failed.length > 0 && failed.length === run.outcomes.length) throw new Error(`every run failed (first: run ${failed[0]!.run}: ${failed[0]!.ok ? '' : failed[0]!.message})`);
      } catch (e) {
        progress.current.stop();
        if (e instanceof BatchCancelledError || (controller.signal.aborted && signalName !== null)) {
          const now = listDir(args.out);
          const leftover = now.filter((f) => !before.includes(f));
          process.stderr.write(`\nssc-proj: ${signalName ?? 'SIGINT'}: stopped the worker threads after ${e instanceof BatchCancelledError ? `${e.done} of ${e.total}` : 'some'} runs; nothing written to ${args.out}${leftover.length > 0 ? ` (unexpected files: ${leftover.join(', ')})` : ''}\n`);
          process.exit(SIGNAL_EXIT[signalName ?? 'SIGINT']);
        }
        throw e;
      } finally {
        process.off('SIGINT', handlers.SIGINT);
        process.off('SIGTERM', handlers.SIGTERM);
      }
    }),
};
