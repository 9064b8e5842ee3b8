import { PensionerPool } from './pensioner-pool.js';
import { SurvivorsDue } from './survivors.js';

/**
 * The pensions of the scheme by type, each a pool by [sex][age at 1 January]: old-age (normal
 * and deferred), early old-age, disability, and survivors (spouses and orphans). The projection
 * holds two: those in payment, and those awarded this month (paid from the next).
 */
export class PensionPools {
  readonly oldAge = new PensionerPool();
  readonly early = new PensionerPool();
  readonly disability = new PensionerPool();
  readonly spouses = new PensionerPool();
  readonly orphans = new PensionerPool();
  /** Awards only: the month's deaths of members whose survivors' pensions are still to be split (survivors.ts). */
  readonly survivorsDue = new SurvivorsDue();

  /** Every pool, in a fixed order. */
  all(): readonly PensionerPool[] {
    return [this.oldAge, this.early, this.disability, this.spouses, this.orphans];
  }
}
