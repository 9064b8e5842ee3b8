import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/index.js';
import { rawFloats, unformattedCells } from './visible-text.js';

/**
 * Renders fixture reports in Debian's headless Chromium (driven by playwright-core): every chart
 * has an SVG path with a non-empty `d`, no console or page error, no request leaves the page, no
 * two texts of a chart overlap; screenshots go to test/output/ (git-ignored).
 */
const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const WHY = `${CHROMIUM} is missing (install it: apt-get install -y chromium; .ci/run does)`;
if (!HAVE_CHROMIUM) console.warn(`browser.test.ts skipped: ${WHY}`);

const FIX = join(import.meta.dirname, '..', 'fixtures', 'report');
const OUT = join(import.meta.dirname, '..', 'output');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The little of the DOM the in-page check uses (the project compiles without the DOM library). */
interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}
interface El {
  id: string;
  innerText: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El>;
  getBoundingClientRect(): Rect;
}

interface ChartCheck {
  id: string;
  paths: number;
  width: number;
  overlaps: string[];
}

describe('report in headless Chromium', () => {
  it.skipIf(!HAVE_CHROMIUM)(
    HAVE_CHROMIUM ? 'renders the run, health and batch reports: charts drawn, no errors, no requests, no overlapping text' : `renders the reports (skipped: ${WHY})`,
    async () => {
      mkdirSync(OUT, { recursive: true });
      const profile = mkdtempSync(join(tmpdir(), 'ssc-chromium-'));
      const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1440, height: 1000 } });
      try {
        for (const [fixture, png, charts] of [
          ['run', 'report.png', 11],
          ['health', 'report-health.png', 7],
          ['batch', 'report-batch.png', 10],
          ['batch-sensitivity', 'report-batch-sensitivity.png', 2],
        ] as const) {
          const html = join(OUT, png.replace(/\.png$/, '.html'));
          writeFileSync(html, buildReport(join(FIX, fixture)).html);
          const page = await context.newPage();
          const errors: string[] = [];
          const requests: string[] = [];
          page.on('console', (m) => {
            if (m.type() === 'error') errors.push(`console: ${m.text()}`);
          });
          page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
          await page.route('**/*', (route) => {
            const url = route.request().url();
            if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
            requests.push(url);
            return route.abort();
          });
          await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
          const checks: ChartCheck[] = await page.evaluate(() =>
            [...(globalThis as unknown as { document: El }).document.querySelectorAll('figure.chart:not(.skipped)')].map((fig) => {
              const svg = fig.querySelector('svg');
              const paths = svg === null ? [] : [...svg.querySelectorAll('path')].filter((p) => (p.getAttribute('d') ?? '').trim() !== '');
              const texts = svg === null ? [] : [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
              const overlaps: string[] = [];
              for (let i = 0; i < texts.length; i++) {
                for (let j = i + 1; j < texts.length; j++) {
                  const a = texts[i]!.r;
                  const b = texts[j]!.r;
                  if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps.push(`${texts[i]!.text} / ${texts[j]!.text}`);
                }
              }
              return { id: fig.id, paths: paths.length, width: svg?.getBoundingClientRect().width ?? 0, overlaps };
            }),
          );
          expect(checks, fixture).toHaveLength(charts);
          for (const c of checks) {
            expect(c.paths, `${fixture} ${c.id}: paths with a non-empty d`).toBeGreaterThan(0);
            expect(c.width, `${fixture} ${c.id}: rendered width`).toBeGreaterThan(300);
            expect(c.overlaps, `${fixture} ${c.id}: overlapping texts`).toEqual([]);
          }
          // What a reader sees: no raw float, every table number formatted, every assumption with a unit or "-".
          const seen: { text: string; cells: Array<{ column: string; text: string }>; units: string[] } = await page.evaluate(() => {
            const doc = (globalThis as unknown as { document: El & { body: El } }).document;
            const cells: Array<{ column: string; text: string }> = [];
            for (const table of doc.querySelectorAll('table.data')) {
              const heads = [...table.querySelectorAll('thead th')].map((h) => h.getAttribute('data-column') ?? '');
              for (const row of table.querySelectorAll('tbody tr')) [...row.querySelectorAll('td')].forEach((td, j) => cells.push({ column: heads[j] ?? '', text: td.textContent ?? '' }));
            }
            const units = [...doc.querySelectorAll('table.assumptions[data-section] tbody tr')].map((tr) => [...tr.querySelectorAll('td')][2]?.textContent ?? '');
            return { text: doc.body.innerText, cells, units };
          });
          expect(rawFloats(seen.text), `${fixture}: raw floats in the visible text`).toEqual([]);
          expect(unformattedCells(seen.cells), `${fixture}: table numbers not formatted`).toEqual([]);
          expect(seen.units.filter((u) => u.trim() === ''), `${fixture}: assumption rows without a unit or "-"`).toEqual([]);
          // A numbers table opens from its fold.
          await page.locator('figure.chart details summary').first().click();
          expect(await page.locator('figure.chart details table').first().isVisible()).toBe(true);
          await page.locator('figure.chart details summary').first().click();
          await page.screenshot({ path: join(OUT, png), fullPage: true });
          expect(errors, fixture).toEqual([]);
          expect(requests, fixture).toEqual([]);
          await page.close();
        }
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
      expect(existsSync(join(OUT, 'report.png'))).toBe(true);
    },
  );
});
