// A programme already running at the projection start (regression test from the review, finding 9).
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../src/core/projection.js';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

describe('programme already running at the projection start', () => {
  let women: ResolvedScenario;
  beforeAll(async () => {
    women = { ...(await loadScenario('scenarios/subsidy-women.yaml')), years: 1 };
  });

  it('a programme that started a month before the projection still admits the eligible existing members', () => {
    const at = (startMonth: number) => project({ ...women, programmes: [{ ...women.programmes[0]!, startMonth }] }).programmes[0]!;
    const fromStart = at(0);
    const before = at(-1);
    expect(before.beneficiaries[0]!).toBeGreaterThan(0.9 * fromStart.beneficiaries[0]!);
  });
});
