// Entry of the side-runs thread of `ssc-proj run` when the engine runs from its TypeScript sources
// (tests, tsx): Node 20 does not apply `--import tsx` to worker threads, so the thread registers
// tsx's loader itself, then loads side-runs-thread.ts, which computes and answers.
// Built JavaScript (dist/, what `npx ssc-proj` runs) does not use this file.
import { register } from 'tsx/esm/api';

register();
await import('./side-runs-thread.ts');
