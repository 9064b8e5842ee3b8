/**
 * The Node options a worker thread starts with: the process's own, less those that only make
 * sense for a main script given as text (`--input-type`, `-e`/`--eval`: a CLI run through
 * `node --input-type=module -e ...`, as the tests do when dist/ is stale), which a Worker refuses,
 * and `--expose-gc` (a V8 flag of the whole process, the benchmarks' children: a Worker refuses it
 * with ERR_WORKER_INVALID_EXEC_ARGV; the threads share the process's gc anyway).
 */
export function workerExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--input-type')) {
      if (a === '--input-type') i++;
      continue;
    }
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') {
      i++;
      continue;
    }
    if (a.startsWith('--eval=') || a.startsWith('--print=')) continue;
    if (a === '--expose-gc' || a === '--expose_gc') continue;
    out.push(a);
  }
  return out;
}
