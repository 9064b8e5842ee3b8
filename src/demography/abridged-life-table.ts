import type { Sex } from '../rules/optional-rules.js';
import { ABRIDGED_AGE_STARTS, abridgedWidths } from './age-groups.js';
import { coaleDemenyAx } from './infant-ax.js';
import { lifeTable, type LifeTable } from './life-table.js';

/**
 * The standard abridged life table of the 22 WPP age groups 0, 1-4, 5-9, ..., 95-99, 100+
 * (Preston, Heuveline & Guillot, "Demography", 2001, ch. 3): nax for ages 0 and 1-4 from 1m0
 * by the Coale-Demeny rules of their table 3.3 (`coaleDemenyAx`), nax = n/2 for the 5-year
 * groups, and the open group 100+ with L = l / m (so ax = 1/m, qx = 1). Radix 100,000.
 *
 * Where n/2 cannot hold, because it would make nqx = n m / (1 + n m / 2) reach 1 (n m >= 2, i.e.
 * 5mx >= 0.4: Jordanian men aged 95-99 since 2015-2020), the group's nax is that of a constant
 * force of mortality within the group, nax = 1/m - n e^(-n m) / (1 - e^(-n m)), so that
 * nqx = 1 - e^(-n m) < 1, m = d / L still holds and the open group keeps its survivors.
 * @param mx5 central death rates of the 22 groups, in the order above
 * @throws RangeError when mx5 does not have 22 rates or a rate is not a non-negative number
 * @example abridgedLifeTable(loadWpp().mx.rates.F[13]!, 'F').ex[0] // => 78.352... (Jordan, females, 2015-2020)
 */
export function abridgedLifeTable(mx5: ArrayLike<number>, sex: Sex): LifeTable {
  const k = ABRIDGED_AGE_STARTS.length;
  if (mx5.length !== k) throw new RangeError(`abridgedLifeTable: expected ${k} rates (0, 1-4, 5-9, ..., 100+), got ${mx5.length}`);
  const n = abridgedWidths();
  const ax = n.map((w, g) => (w * mx5[g]! >= 2 && g < k - 1 ? constantForceAx(mx5[g]!, w) : w / 2));
  const { a0, a1 } = coaleDemenyAx(mx5[0]!, sex);
  ax[0] = a0;
  ax[1] = a1;
  return lifeTable(ABRIDGED_AGE_STARTS, n, mx5, ax);
}

/**
 * nax of an interval of width n under a constant force of mortality m:
 * 1/m - n e^(-n m) / (1 - e^(-n m)) (then nqx = 1 - e^(-n m)).
 * @example constantForceAx(0.48, 5) // => 1.5844894728524566
 */
export function constantForceAx(m: number, n: number): number {
  return 1 / m - (n * Math.exp(-n * m)) / -Math.expm1(-n * m);
}
