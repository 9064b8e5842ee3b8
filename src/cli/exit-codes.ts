import { isInputError } from '../assumptions/input-error.js';
import { PathError } from '../io/path-error.js';

/** Exit codes of every command (README "Exit codes"). */
export const EXIT = { ok: 0, runFailed: 1, badInput: 2 } as const;

/** Thrown for a bad command line (unknown option, bad value): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Run a command body; print an error as one line on stderr and set the exit code:
 * 2 for bad input (file:line:column: key: message) or usage, 1 for a run that failed.
 */
export async function runCommand(body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (isInputError(e) || e instanceof UsageError || e instanceof PathError) {
      process.stderr.write(`ssc-proj: ${e.message}\n`);
      process.exitCode = EXIT.badInput;
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`ssc-proj: run failed: ${msg.split('\n')[0]}\n`);
      if (process.env.SSC_PROJ_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
      process.exitCode = EXIT.runFailed;
    }
  }
}
