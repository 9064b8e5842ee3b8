/**
 * Entry of a fresh benchmark process (see `inFreshProcess` in harness.ts): receives one task over
 * IPC, runs it, sends the result back and exits.
 */
import type { ChildReply, ChildTask } from './harness.js';

process.once('message', (raw) => {
  const task = raw as ChildTask;
  const reply = (m: ChildReply) => process.send!(m, () => process.disconnect());
  import(task.module)
    .then((m: Record<string, (input: unknown) => unknown>) => {
      const fn = m[task.exportName];
      if (typeof fn !== 'function') throw new Error(`${task.module} has no export ${task.exportName}`);
      return fn(task.input);
    })
    .then(
      (result) => reply({ ok: true, result }),
      (e: unknown) => reply({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    );
});
