/**
 * The benchmark runner: `npm run bench [-- options]`.
 *
 *   --json          print one JSON object on stdout and nothing else (progress goes to stderr)
 *   --only NAME     run only this figure (repeatable, or comma-separated); --list shows the names
 *   --quick         fewer repetitions (and smaller samples where a figure says so): a smoke run
 *   --in-process    measure in this process instead of a fresh one per path (for a profiler)
 *
 * Every output names the Node version, the date (ISO), the CPU model and the core count.
 * Exit code 1 when a figure's sanity check fails, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { FIGURES } from './figures.js';
import { formatNumber, machineInfo, type Figure, type FigureContext, type FigureResult } from './harness.js';

const USAGE = 'usage: npm run bench -- [--json] [--only NAME]... [--quick] [--in-process] [--list]';

async function main(argv: string[]): Promise<number> {
  let opts: { json?: boolean; only?: string[]; quick?: boolean; 'in-process'?: boolean; list?: boolean; help?: boolean };
  try {
    opts = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        only: { type: 'string', multiple: true },
        quick: { type: 'boolean' },
        'in-process': { type: 'boolean' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (opts.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (opts.list === true) {
    for (const entry of FIGURES) {
      const f = await entry.load();
      process.stdout.write(`${f.name}: ${f.summary}\n  keys: ${f.keys.join(', ')}\n`);
    }
    return 0;
  }
  const wanted = (opts.only ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  const unknown = wanted.filter((n) => !FIGURES.some((f) => f.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`unknown figure ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${FIGURES.map((f) => f.name).join(', ')}\n`);
    return 2;
  }
  const selected = wanted.length === 0 ? FIGURES : FIGURES.filter((f) => wanted.includes(f.name));

  const machine = machineInfo();
  const quick = opts.quick === true;
  const ctx: FigureContext = { quick, inProcess: opts['in-process'] === true, log: (line) => process.stderr.write(`${line}\n`) };
  const json = opts.json === true;
  if (!json) {
    process.stdout.write(`ssc-proj benchmarks: Node ${machine.node}, ${machine.date}, ${machine.cpu} (${machine.cores} cores), ${machine.platform}${quick ? ', QUICK run (fewer repetitions: not figures to quote)' : ''}${ctx.inProcess ? ', in-process' : ''}\n`);
  }

  const results: Array<{ figure: Figure; result: FigureResult; seconds: number }> = [];
  for (const entry of selected) {
    const figure = await entry.load();
    const t0 = process.hrtime.bigint();
    const result = await figure.run(ctx);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    results.push({ figure, result, seconds });
    if (!json) {
      process.stdout.write(`\n${figure.name}: ${figure.summary} (${seconds.toFixed(0)} s)\n`);
      for (const line of result.lines) process.stdout.write(`  ${line}\n`);
    }
  }

  const values: Record<string, number | null> = {};
  for (const { result } of results) Object.assign(values, result.values);
  const ok = results.every((r) => r.result.ok);
  if (json) {
    const details: Record<string, unknown> = {};
    for (const { figure, result, seconds } of results) details[figure.name] = { ...result.details, run_s: Math.round(seconds * 10) / 10 };
    const out = { ...machine, quick, in_process: ctx.inProcess, args: argv, figures: results.map((r) => r.figure.name), ...values, ok, details };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const width = Math.max(6, ...Object.keys(values).map((k) => k.length));
    process.stdout.write(`\n${'figure'.padEnd(width)}  value\n`);
    for (const [k, v] of Object.entries(values)) process.stdout.write(`${k.padEnd(width)}  ${v === null ? 'not measured' : formatNumber(v)}\n`);
    if (!ok) process.stdout.write('\nA SANITY CHECK FAILED (see above).\n');
  }
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
