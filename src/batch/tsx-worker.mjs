// Entry of a batch worker thread when the engine runs from its TypeScript sources (tests, tsx).
// Node 20 does not apply `--import tsx` to worker threads (measured on 20.20: ERR_UNKNOWN_FILE_EXTENSION
// for a .ts entry, with or without the flag in execArgv), so the thread registers tsx's loader
// itself, then loads pool.ts: that starts the worker-threads-pool side or exports piscinaTask.
// Built JavaScript (dist/, what `npx ssc-proj` runs) does not use this file.
import { register } from 'tsx/esm/api';

register();
const pool = await import('./pool.ts');

export const piscinaTask = pool.piscinaTask;
