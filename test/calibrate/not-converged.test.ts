import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/report/csv-read.js';
import { cli } from '../helpers/cli.js';
import { recoveryFixture } from './fixture.js';

describe('a calibration that does not converge', () => {
  it('says so, exits 1, writes its best point and residuals, installs no model, and gives the same files again', async () => {
    const fx = await recoveryFixture();
    const doc = parse(readFileSync(fx.calibration, 'utf8')) as Record<string, unknown>;
    // One iteration from a start 20-40% away cannot reach the tolerance.
    writeFileSync(fx.calibration, stringify({ ...doc, optimiser: { maxIterations: 1 }, outputs: { model: 'installed.yaml' } }));
    const out = join(fx.dir, 'out');
    const env = { SOURCE_DATE_EPOCH: '1796083200' };
    const r = await cli(['calibrate', fx.calibration, '--out', out], { env });
    expect(r.stderr).toMatch(/calibration did not converge: 1 iterations, the most allowed/);
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8')) as { converged: boolean; status: string; iterations: number };
    expect(json).toMatchObject({ converged: false, status: 'not converged', iterations: 1 });
    const fit = parseCsv(readFileSync(join(out, 'fit.csv'), 'utf8'), 'fit.csv');
    expect(fit.rows).toHaveLength(4);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Not converged');
    expect(existsSync(join(out, 'model.yaml'))).toBe(true);
    expect(existsSync(join(fx.dir, 'installed.yaml'))).toBe(false);
    // Deterministic: the same file gives the same files, byte for byte.
    const again = join(fx.dir, 'again');
    expect((await cli(['calibrate', fx.calibration, '--out', again], { env })).code).toBe(1);
    for (const f of ['fit.csv', 'parameters.csv', 'calibration.json', 'model.yaml', 'end-stock.yaml', 'report.html']) {
      expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
    }
  }, 180_000);
});
