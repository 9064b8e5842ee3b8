import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine, progressMode, progressReporter } from '../../src/batch/progress.js';

describe('batch progress', () => {
  it('a bar on a terminal, lines otherwise, nothing when quiet', () => {
    expect(progressMode(false, { isTTY: true })).toBe('bar');
    expect(progressMode(false, { isTTY: false })).toBe('lines');
    expect(progressMode(false, {})).toBe('lines');
    expect(progressMode(true, { isTTY: true })).toBe('none');
  });

  it('a line gives runs done, the share, the rate, the time left and the failures', () => {
    expect(progressLine({ done: 40, failed: 1, total: 200 }, 50)).toBe('40/200 runs (20%), 0.80 runs/s, about 3 min 20 s left, 1 failed');
    expect(progressLine({ done: 200, failed: 0, total: 200 }, 100)).toBe('200/200 runs (100%), 2.00 runs/s, done, 0 failed');
    expect(progressLine({ done: 0, failed: 0, total: 10 }, 0)).toBe('0/10 runs (0%), 0.00 runs/s, time left unknown, 0 failed');
  });

  it('durations read as h / min / s', () => {
    expect(formatDuration(12.4)).toBe('12 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(3725)).toBe('1 h 02 min');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('unknown');
  });

  it('lines mode prints at each tenth of the runs (or every 10 s) and the last state on stop; none prints nothing', () => {
    const lines: string[] = [];
    const stream = { write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    const p = progressReporter('lines', 'batch', stream);
    for (let done = 0; done <= 20; done++) p.update({ done, failed: 0, total: 20 });
    p.stop();
    // 2, 4, ..., 20 runs: ten lines, none repeated at stop.
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^batch: 2\/20 runs \(10%\)/);
    expect(lines[9]).toMatch(/^batch: 20\/20 runs \(100%\), [\d.]+ runs\/s, done, 0 failed\n$/);
    const quiet: string[] = [];
    const q = progressReporter('none', 'batch', { write: (s: string) => quiet.push(s) } as unknown as NodeJS.WriteStream);
    q.update({ done: 5, failed: 0, total: 5 });
    q.stop();
    expect(quiet).toEqual([]);
  });
});
