/**
 * The floor figure's kernels (bench/kernel-floor): the completion arithmetic a cell at a time and a
 * row at a time give the same bits (each destination cell gets its terms in the same order), and
 * the C kernel gives the JavaScript's checksum. The figure's conclusions rest on these being the
 * same computation.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runRowKernel } from '../../bench/kernel-floor/row-kernel.js';

const MONTHS = 3;
const hasCc = spawnSync('cc', ['--version']).status === 0;

describe('bench/kernel-floor row kernels', () => {
  it('a cell at a time and a row at a time give the same checksum, to the bit', () => {
    const cells = runRowKernel('cells', MONTHS);
    const rows = runRowKernel('rows', MONTHS);
    expect(cells.cells).toBe(MONTHS * 24 * 180 * 24);
    expect(rows.checksum).toBe(cells.checksum);
    // The next pool and the months' totals: 3 months of 103,680 cells of 1 to 7 persons and their wages.
    expect(Number(cells.checksum)).toBeGreaterThan(1e8);
  });

  it.skipIf(!hasCc)('the C kernel, in both orders, prints the JavaScript checksum (skipped without cc)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'row-kernel-'));
    try {
      const exe = join(dir, 'row-kernel');
      const src = fileURLToPath(new URL('../../bench/kernel-floor/row-kernel.c', import.meta.url));
      expect(spawnSync('cc', ['-O3', '-ffp-contract=off', '-o', exe, src]).status).toBe(0);
      // Compared as numbers: 17 significant digits name one double, whatever the trailing zeros.
      const js = Number(runRowKernel('cells', MONTHS).checksum);
      for (const order of ['cells', 'rows']) {
        const r = spawnSync(exe, [order, String(MONTHS)], { encoding: 'utf8' });
        expect(r.status).toBe(0);
        expect(Number((JSON.parse(r.stdout) as { checksum: string }).checksum)).toBe(js);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
