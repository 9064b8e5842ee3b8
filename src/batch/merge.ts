/**
 * `ssc-proj merge`: the output directories of shards of one batch (`--shard i/n`) combined into
 * the files of the whole batch, byte for byte what one `ssc-proj batch` would have written.
 * Refused: directories of different batches (batch.resolved.yaml differs), a run in two
 * directories, a run in none, a file changed since the batch wrote it (its SHA-256 differs from
 * the one recorded in the directory's .ssc-proj-output.json).
 */
import { existsSync } from 'node:fs';
import { PathError } from '../io/path-error.js';
import { INPUT_LIMITS, readInputText } from '../io/safe-path.js';
import { digestOf, OUTPUT_MARKER, readManifest } from '../output/atomic-write.js';
import { join } from 'node:path';
import { parseCsv, type CsvTable } from '../report/csv-read.js';
import { batchOutputFiles, RUNS_SUMMARY_COLUMNS, type BatchMeta, type OutputFile, type RunRecord } from './batch-files.js';
import { schemeNamed } from '../schemes/dispatch.js';

/** Shards that cannot be merged (the CLI exits with code 2). */
export class MergeError extends Error {
  override readonly name = 'MergeError';
}

interface ShardDir {
  readonly dir: string;
  readonly batchResolved: string;
  readonly scenarioResolved: string;
  readonly summary: Record<string, unknown>;
  readonly runsSummary: CsvTable;
  readonly runs: CsvTable;
}

const FILES = ['batch.resolved.yaml', 'scenario.resolved.yaml', 'batch-summary.json', 'runs-summary.csv', 'runs.csv'] as const;

function readShardDir(dir: string): ShardDir {
  for (const f of FILES) {
    if (!existsSync(join(dir, f))) throw new MergeError(`${join(dir, f)}: missing (a batch output directory has ${FILES.join(', ')})`);
  }
  const manifest = readManifest(dir);
  if (manifest === null) throw new MergeError(`${join(dir, OUTPUT_MARKER)}: missing (merge takes directories written by ssc-proj batch, which records a digest of each file there)`);
  const texts = new Map<string, string>();
  for (const f of FILES) {
    let t: string;
    try {
      t = readInputText(join(dir, f), INPUT_LIMITS.outputFileBytes);
    } catch (e) {
      throw new MergeError(e instanceof PathError ? e.message : String(e));
    }
    const recorded = manifest.files[f];
    if (recorded === undefined) throw new MergeError(`${join(dir, f)}: not listed in ${OUTPUT_MARKER}, so not written with this batch`);
    if (digestOf(t) !== recorded) throw new MergeError(`${join(dir, f)}: changed since ssc-proj batch wrote it (its SHA-256 is not the one recorded in ${OUTPUT_MARKER}); run the shard again`);
    texts.set(f, t);
  }
  const text = (f: string) => texts.get(f)!;
  let summary: unknown;
  try {
    summary = JSON.parse(text('batch-summary.json'));
  } catch (e) {
    throw new MergeError(`${join(dir, 'batch-summary.json')}: not valid JSON (${(e as Error).message})`);
  }
  if (summary === null || typeof summary !== 'object' || Array.isArray(summary)) throw new MergeError(`${join(dir, 'batch-summary.json')}: not a JSON object`);
  return {
    dir,
    batchResolved: text('batch.resolved.yaml'),
    scenarioResolved: text('scenario.resolved.yaml'),
    summary: summary as Record<string, unknown>,
    runsSummary: parseCsv(text('runs-summary.csv'), join(dir, 'runs-summary.csv')),
    runs: parseCsv(text('runs.csv'), join(dir, 'runs.csv')),
  };
}

const str = (o: Record<string, unknown>, k: string): string => (typeof o[k] === 'string' ? (o[k] as string) : '?');

/** "3, 5-9, 12" */
export function describeRuns(runs: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < runs.length) {
    let j = i;
    while (j + 1 < runs.length && runs[j + 1] === runs[j]! + 1) j++;
    parts.push(i === j ? String(runs[i]) : `${runs[i]}-${runs[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * The files of the whole batch from the directories of its shards (any order; a directory may
 * itself be a merge of several shards, or a whole batch).
 * @throws {MergeError} for directories of different batches, overlapping or missing runs, or missing files
 */
export function mergeShardDirs(dirs: readonly string[]): OutputFile[] {
  if (dirs.length === 0) throw new MergeError('name at least one batch output directory');
  const shards = dirs.map(readShardDir);
  const first = shards[0]!;
  for (const s of shards.slice(1)) {
    if (s.batchResolved !== first.batchResolved) {
      throw new MergeError(
        `${s.dir} is not a shard of the same batch as ${first.dir}: their batch.resolved.yaml differ (batch "${str(s.summary, 'batch')}", digest ${str(s.summary, 'batch_digest')}; batch "${str(first.summary, 'batch')}", digest ${str(first.summary, 'batch_digest')})`,
      );
    }
    if (s.scenarioResolved !== first.scenarioResolved) throw new MergeError(`${s.dir} and ${first.dir} ran different base scenarios (their scenario.resolved.yaml differ)`);
    if (s.runsSummary.header.join(',') !== first.runsSummary.header.join(',')) throw new MergeError(`${join(s.dir, 'runs-summary.csv')}: its header differs from ${join(first.dir, 'runs-summary.csv')}`);
    if (s.runs.header.join(',') !== first.runs.header.join(',')) throw new MergeError(`${join(s.dir, 'runs.csv')}: its header differs from ${join(first.dir, 'runs.csv')}`);
  }

  const meta0 = first.summary;
  const scheme = str(meta0, 'scheme');
  const runner = schemeNamed(scheme)?.batch;
  if (runner === undefined) throw new MergeError(`${join(first.dir, 'batch-summary.json')}: unknown scheme "${scheme}"`);
  const shardInfo = meta0.shard as { batch_runs?: unknown } | null;
  const batchRuns = shardInfo === null ? meta0.runs : shardInfo?.batch_runs;
  if (typeof batchRuns !== 'number' || !Number.isInteger(batchRuns) || batchRuns < 0) throw new MergeError(`${join(first.dir, 'batch-summary.json')}: no number of runs of the batch`);

  const header = first.runsSummary.header;
  const k = Object.fromEntries(RUNS_SUMMARY_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof RUNS_SUMMARY_COLUMNS)[number], number>;
  if (RUNS_SUMMARY_COLUMNS.some((c) => k[c] !== RUNS_SUMMARY_COLUMNS.indexOf(c))) throw new MergeError(`${join(first.dir, 'runs-summary.csv')}: header must start with ${RUNS_SUMMARY_COLUMNS.join(', ')}`);
  const extraColumns = header.slice(RUNS_SUMMARY_COLUMNS.length);

  const owner = new Map<number, string>();
  const records: RunRecord[] = [];
  for (const s of shards) {
    const failedMessages = new Map<number, string>();
    if (Array.isArray(s.summary.failed)) {
      for (const f of s.summary.failed as Array<{ run?: unknown; message?: unknown }>) if (typeof f.run === 'number') failedMessages.set(f.run, typeof f.message === 'string' ? f.message : '');
    }
    const rowsByRun = new Map<number, string[][]>();
    s.runs.rows.forEach((row) => {
      const run = Number(row[0]);
      const list = rowsByRun.get(run) ?? [];
      list.push([...row]);
      rowsByRun.set(run, list);
    });
    for (const row of s.runsSummary.rows) {
      const run = Number(row[k.run]);
      if (!Number.isInteger(run) || run < 0 || run >= batchRuns) throw new MergeError(`${join(s.dir, 'runs-summary.csv')}: run "${row[k.run]}" is not one of the batch's runs 0-${batchRuns - 1}`);
      const other = owner.get(run);
      if (other !== undefined) throw new MergeError(`run ${run} is in both ${other} and ${s.dir}: the directories overlap (give each shard once)`);
      owner.set(run, s.dir);
      const status = row[k.status];
      if (status !== 'ok' && status !== 'failed') throw new MergeError(`${join(s.dir, 'runs-summary.csv')}: run ${run} has status "${status}" (ok or failed)`);
      const rows = rowsByRun.get(run) ?? [];
      rowsByRun.delete(run);
      if (status === 'ok' && rows.length === 0) throw new MergeError(`${join(s.dir, 'runs.csv')}: no rows for run ${run}, which runs-summary.csv says succeeded`);
      if (status === 'failed' && rows.length > 0) throw new MergeError(`${join(s.dir, 'runs.csv')}: rows for run ${run}, which runs-summary.csv says failed`);
      records.push({
        run,
        status,
        message: status === 'failed' ? (failedMessages.get(run) ?? row[k.message] ?? '') : '',
        extra: row.slice(RUNS_SUMMARY_COLUMNS.length),
        gap: row[k.gap]!,
        yearReserveFirstFalls: row[k.year_reserve_first_falls]!,
        yearReserveExhausted: row[k.year_reserve_exhausted]!,
        rows,
      });
    }
    const stray = [...rowsByRun.keys()];
    if (stray.length > 0) throw new MergeError(`${join(s.dir, 'runs.csv')}: rows for runs not in its runs-summary.csv (${describeRuns(stray.sort((a, b) => a - b))})`);
  }
  const missing = Array.from({ length: batchRuns }, (_, i) => i).filter((i) => !owner.has(i));
  if (missing.length > 0) {
    throw new MergeError(`runs ${describeRuns(missing)} of the batch's ${batchRuns} are in none of the directories (a shard is missing; the directories hold runs ${describeRuns([...owner.keys()].sort((a, b) => a - b)) || 'none'})`);
  }

  const num = (key: string): number | null => (typeof meta0[key] === 'number' ? (meta0[key] as number) : null);
  const meta: BatchMeta = {
    name: str(meta0, 'batch'),
    scheme,
    kind: meta0.kind === 'sensitivity' ? 'sensitivity' : 'stochastic',
    baseScenario: str(meta0, 'base_scenario'),
    baseFile: str(meta0, 'base_file'),
    startYear: num('start_year') ?? 0,
    endYear: num('end_year') ?? 0,
    batchRuns,
    seed: num('seed'),
    contributionRate: num('contribution_rate'),
    digest: str(meta0, 'batch_digest'),
    shard: null,
    columns: runner.columns,
    extraColumns,
    batchResolvedYaml: first.batchResolved,
    scenarioResolvedYaml: first.scenarioResolved,
  };
  return batchOutputFiles(meta, records);
}
