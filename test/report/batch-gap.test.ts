/**
 * The batch report's GAP distribution chart draws the base scenario's contribution rate
 * (batch-summary.json `contribution_rate`) as a reference line, and states it in the caption;
 * without a numeric rate there is no line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/index.js';
import { gapFigure } from '../../src/report/batch-figures.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'report', 'batch');
const fixture = JSON.parse(readFileSync(join(FIX, 'batch-summary.json'), 'utf8')) as Record<string, unknown>;
const tmp = mkdtempSync(join(tmpdir(), 'ssc-report-gap-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The x coordinates of the chart's marks: the reference line, the median bar and the two bands' left and right edges. */
function marks(svg: string) {
  const ref = /<path class="ref-line" d="M([\d.]+),/.exec(svg);
  const median = /<path class="series line" d="M([\d.]+),/.exec(svg);
  const bands = [...svg.matchAll(/<path class="series band" d="M([\d.]+),[\d.]+h([\d.]+)/g)].map((m) => ({ left: Number(m[1]), right: Number(m[1]) + Number(m[2]) }));
  return { ref: ref === null ? null : Number(ref[1]), median: Number(median![1]), outer: bands[0]!, inner: bands[1]! };
}

describe('GAP distribution chart: the contribution rate as a reference line', () => {
  it('batch-summary.json with contribution_rate: a dashed line at the rate, in the legend, and a caption line', () => {
    // The fixture's GAP: p5 0.1105, p25 0.1669, p50 0.1997, p75 0.2512, p95 0.2897; 17.5% lies between p25 and the median.
    const f = gapFigure({ ...fixture, contribution_rate: 0.175 });
    expect(f.kind).toBe('figure');
    if (f.kind !== 'figure') return;
    const m = marks(f.svg);
    expect(m.ref).not.toBeNull();
    expect(m.ref!).toBeGreaterThan(m.inner.left);
    expect(m.ref!).toBeLessThan(m.median);
    expect(f.svg).toContain('stroke-dasharray="4 4"><title>Contribution rate 17.50% (batch-summary.json)</title></path>');
    expect(f.svg.match(/Contribution rate 17\.50% \(batch-summary\.json\)/g)).toHaveLength(2); // the line's title and the legend
    expect(f.caption).toEqual([
      'General average premium of each successful run (batch-summary.json "gap"), in % of insurable wages.',
      'Dashed line: the base scenario\'s contribution rate (batch-summary.json "contribution_rate"): 17.50% of insurable wages.',
    ]);
  });

  it('a rate beyond every run widens the axis to show it (the health baseline: 5.75% against a GAP of some 4.5%)', () => {
    const gap = { p5: 0.0282, p25: 0.0362, p50: 0.0451, p75: 0.0553, p95: 0.0707, mean: 0.0469 };
    const at = (rate: number) => gapFigure({ gap, contribution_rate: rate });
    const f = at(0.0575);
    if (f.kind !== 'figure') throw new Error('not drawn');
    const m = marks(f.svg);
    expect(m.ref!).toBeGreaterThan(m.inner.right);
    expect(m.ref!).toBeLessThan(m.outer.right);
    const far = at(0.2);
    if (far.kind !== 'figure') throw new Error('not drawn');
    const mf = marks(far.svg);
    expect(mf.ref!).toBeGreaterThan(mf.outer.right);
    expect(mf.ref!).toBeLessThanOrEqual(680); // the plot's right edge (CHART_WIDTH 720 - 40)
  });

  it('no line without a numeric contribution_rate (missing, null, a string)', () => {
    for (const summary of [fixture, { ...fixture, contribution_rate: null }, { ...fixture, contribution_rate: '0.175' }]) {
      const f = gapFigure(summary);
      if (f.kind !== 'figure') throw new Error('not drawn');
      expect(f.svg).not.toContain('ref-line');
      expect(f.svg).not.toContain('Contribution rate');
      expect(f.caption).toHaveLength(1);
    }
  });

  it('the report of a batch directory whose batch-summary.json has the rate draws the line in its GAP chart', () => {
    const dir = join(tmp, 'batch');
    cpSync(FIX, dir, { recursive: true });
    writeFileSync(join(dir, 'batch-summary.json'), JSON.stringify({ ...fixture, contribution_rate: 0.175 }, null, 2));
    const { html } = buildReport(dir);
    const figure = /<figure class="chart" id="gap-distribution">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    expect(figure).toContain('<path class="ref-line"');
    expect(figure).toContain('17.50% of insurable wages.');
    // The unchanged fixture (no contribution_rate): no line.
    const plain = /<figure class="chart" id="gap-distribution">([\s\S]*?)<\/figure>/.exec(buildReport(FIX).html)?.[1] ?? '';
    expect(plain).toContain('<h3>GAP over the runs</h3>');
    expect(plain).not.toContain('ref-line');
  });
});
