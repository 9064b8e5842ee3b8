import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { project } from '../../src/core/projection.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

/** Every shipped optional-scheme scenario. */
const shipped = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .filter((f) => (parse(readFileSync(`scenarios/${f}`, 'utf8')) as { scheme?: string }).scheme === 'ssc-optional');

describe('persons accounted for: insured + former members, year to year, = entrants - every way out', () => {
  it('ships optional-scheme scenarios to check', () => expect(shipped.length).toBeGreaterThanOrEqual(3));

  it.each(shipped)('%s: every year, exactly (1e-9 relative), over the 100 valuation years', async (file) => {
    const s = await loadScenario(`scenarios/${file}`);
    const p = project(s, { years: s.valuationYears });
    const A = p.annual;
    let previous = p.startInsured + p.startFormerMembers;
    for (let y = 0; y < p.years; y++) {
      const now = A.insured[y]! + A.formerMembers[y]!;
      const flows = A.entrants[y]! - A.exitsDeath[y]! - A.deathsFormerMembers[y]! - A.retirements[y]! - A.earlyRetirements[y]! - A.disabilityAwards[y]! - A.disabilityLumpSumExits[y]! - A.deferredPensions[y]! - A.lumpSumExits[y]! - A.lumpSumExitsFormer[y]!;
      expect(Math.abs(now - previous - flows), `${file} ${s.startYear + y}: ${now} - ${previous} vs ${flows}`).toBeLessThanOrEqual(1e-9 * Math.max(1, previous));
      previous = now;
    }
  });
});
