import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/index.js';

describe('models/ssc-optional.yaml', () => {
  it('loads with the SSC statement defaults (17.5%, 290.000 JOD, 24 unpaid)', () => {
    const r = loadModel();
    expect(r.contributionRate).toEqual({ units: 175, scale: 1000 });
    expect(r.minWage).toBe(290_000);
    expect(r.averageWage).toBe(638_000);
    expect(r.maxMissedContributions).toBe(24);
  });
});
