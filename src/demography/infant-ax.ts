import type { Sex } from '../rules/optional-rules.js';

/**
 * Average years lived in the interval by those who die in it, for ages 0 (1a0) and 1-4 (4a1),
 * from the infant death rate 1m0, by the Coale-Demeny West rules as given in Preston,
 * Heuveline & Guillot, "Demography" (2001), table 3.3:
 *
 * | | 1m0 >= 0.107 | 1m0 < 0.107 |
 * |---|---|---|
 * | males 1a0 | 0.330 | 0.045 + 2.684 1m0 |
 * | males 4a1 | 1.352 | 1.651 - 2.816 1m0 |
 * | females 1a0 | 0.350 | 0.053 + 2.800 1m0 |
 * | females 4a1 | 1.361 | 1.522 - 1.518 1m0 |
 *
 * @example coaleDemenyAx(0.01, 'M') // => { a0: 0.07184, a1: 1.62284 }
 */
export function coaleDemenyAx(m0: number, sex: Sex): { a0: number; a1: number } {
  if (sex === 'M') return m0 >= 0.107 ? { a0: 0.33, a1: 1.352 } : { a0: 0.045 + 2.684 * m0, a1: 1.651 - 2.816 * m0 };
  return m0 >= 0.107 ? { a0: 0.35, a1: 1.361 } : { a0: 0.053 + 2.8 * m0, a1: 1.522 - 1.518 * m0 };
}
