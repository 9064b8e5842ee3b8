import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The scenarios/ folder shipped with the package (baseline.yaml, subsidy and health scenarios, batch files). */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/**
 * The path of a scenario shipped with the package, for a policy tool that starts from one.
 *
 * @example await loadScenario(shippedScenario('baseline.yaml'))
 */
export function shippedScenario(name: string): string {
  return join(SCENARIOS_DIR, name);
}
