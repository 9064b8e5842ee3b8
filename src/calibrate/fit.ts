import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import type { IndicatorRow } from '../core/indicators.js';
import type { ResolvedScenario } from '../core/resolved-scenario.js';
import { runScenario } from '../core/run-scenario.js';
import { scenarioAt, type Calibration, type FitParameter, type Target } from './calibration-file.js';
import { startStocks, targetValue } from './target-value.js';

/** Iterations of Levenberg-Marquardt between two checks of progress. */
export const ROUND_ITERATIONS = 10;
/** Step of the finite-difference Jacobian, as a share of each parameter's scale. */
export const JACOBIAN_STEP = 1e-4;

/** Thrown inside the optimiser for a point not computed yet. */
class NeedPoint extends Error {
  constructor(readonly values: readonly number[]) {
    super('point not computed yet');
  }
}

/** A published figure against the fitted model. */
export interface FittedTarget extends Target {
  readonly fitted: number;
  /** fitted - value. */
  readonly residual: number;
  /** (fitted - value) / value. */
  readonly relative: number;
}

export interface FittedParameter extends FitParameter {
  readonly value: number;
  /** The fitted value sits on one of its bounds (the bound, not the data, decided it). */
  readonly atBound: boolean;
}

/** What the optimiser did and where it ended. */
export interface FitResult {
  readonly converged: boolean;
  /** Why it stopped, in words (for the terminal and calibration.json). */
  readonly reason: string;
  readonly iterations: number;
  /** Projections run (the Jacobian's included). */
  readonly evaluations: number;
  /** Weighted sum of squared relative residuals at the start point and at the best point. */
  readonly startObjective: number;
  readonly objective: number;
  readonly parameters: readonly FittedParameter[];
  readonly targets: readonly FittedTarget[];
  /** The scenario and the indicator rows at the best point. */
  readonly scenario: ResolvedScenario;
  readonly rows: readonly IndicatorRow[];
}

/** A line of progress: after each round of iterations. */
export interface FitProgress {
  readonly iterations: number;
  readonly maxIterations: number;
  readonly evaluations: number;
  readonly objective: number;
}

/** The engine's value of each target for a scenario: runs it and reads its indicator rows. */
export function targetValues(targets: readonly Target[], s: ResolvedScenario): { values: number[]; rows: IndicatorRow[] } {
  // The horizon's indicators only: the valuation results (100 years, closed group) are not fitted.
  const rows = runScenario(s, { programmeComparisons: false, valuation: false }).indicators;
  const start = startStocks(s);
  return { values: targets.map((t) => targetValue(t.measure, rows, start)), rows };
}

const scaleOf = (p: FitParameter): number => (p.start !== 0 ? Math.abs(p.start) : Number.isFinite(p.max - p.min) ? p.max - p.min : 1);

/**
 * Fit the calibration's parameters to its targets by weighted least squares on relative residuals,
 * sum of weight x ((model - published) / published)^2, with the Levenberg-Marquardt method of the
 * package ml-levenberg-marquardt (finite-difference Jacobian, each parameter clamped to its bounds),
 * in variables scaled by each parameter's start value. It runs in rounds of ROUND_ITERATIONS
 * iterations from the best point so far, and stops: converged when the objective is at most the
 * tolerance, or when a round improves it by no more than the stall tolerance (a minimum, possibly
 * on a bound); not converged when the iterations run out. Deterministic: the same file gives the
 * same numbers.
 */
export async function fitCalibration(cal: Calibration, onProgress: (p: FitProgress) => void = () => {}): Promise<FitResult> {
  const ps = cal.parameters;
  const scales = ps.map(scaleOf);
  // The Jacobian's steps may cross a bound: the model is taken as constant beyond its bounds.
  const toValues = (u: readonly number[]) => u.map((x, i) => Math.min(ps[i]!.max, Math.max(ps[i]!.min, x * scales[i]!)));
  const fitted = cal.targets.map((t, i) => ({ t, i })).filter(({ t }) => t.weight > 0);
  // The optimiser is synchronous and the scenario loader is not: a point the optimiser asks for
  // that is not yet computed stops it (NeedPoint); the point is computed, and the optimiser is run
  // again from the same start. It takes the same path (the same numbers give the same steps),
  // served from the cache, one point further each time.
  const cache = new Map<string, number[]>();
  let evaluations = 0;
  const evaluate = async (values: readonly number[]): Promise<{ values: number[]; rows: IndicatorRow[]; scenario: ResolvedScenario }> => {
    evaluations++;
    const scenario = await scenarioAt(cal, values);
    return { ...targetValues(cal.targets, scenario), scenario };
  };
  const cached = (values: readonly number[]): number[] => {
    const hit = cache.get(values.join(','));
    if (hit === undefined) throw new NeedPoint(values);
    return hit;
  };
  const replay = async <T>(body: () => T): Promise<T> => {
    for (;;) {
      try {
        return body();
      } catch (e) {
        if (!(e instanceof NeedPoint)) throw e;
        cache.set(e.values.join(','), (await evaluate(e.values)).values);
      }
    }
  };
  const objectiveOf = (v: readonly number[]) => fitted.reduce((a, { t, i }) => a + t.weight * ((v[i]! - t.value) / t.value) ** 2, 0);
  const data = { x: fitted.map((_, k) => k), y: fitted.map(() => 1) };
  const model = (u: number[]) => {
    const v = cached(toValues(u));
    return (k: number) => v[fitted[k]!.i]! / fitted[k]!.t.value;
  };

  let u = ps.map((p, i) => p.start / scales[i]!);
  const startObjective = await replay(() => objectiveOf(cached(toValues(u))));
  let best = startObjective;
  let iterations = 0;
  let converged = false;
  let reason = '';
  for (;;) {
    if (best <= cal.tolerance) {
      converged = true;
      reason = `the objective ${best.toExponential(3)} is at most the tolerance ${cal.tolerance}`;
      break;
    }
    if (iterations >= cal.maxIterations) {
      reason = `${iterations} iterations, the most allowed, and the objective ${best.toExponential(3)} is still above the tolerance ${cal.tolerance} and falling`;
      break;
    }
    const from = u.slice();
    const r = await replay(() => levenbergMarquardt(data, model, {
      initialValues: from,
      minValues: ps.map((p, i) => p.min / scales[i]!),
      maxValues: ps.map((p, i) => p.max / scales[i]!),
      weights: fitted.map(({ t }) => 1 / Math.sqrt(t.weight)),
      gradientDifference: JACOBIAN_STEP,
      maxIterations: Math.min(ROUND_ITERATIONS, cal.maxIterations - iterations),
      errorTolerance: cal.tolerance,
    }));
    iterations += Math.max(1, r.iterations);
    const improvement = best - r.parameterError;
    if (r.parameterError < best) {
      u = r.parameterValues.slice();
      best = r.parameterError;
    }
    onProgress({ iterations, maxIterations: cal.maxIterations, evaluations, objective: best });
    if (best > cal.tolerance && improvement <= cal.stallTolerance * (best + improvement)) {
      converged = true;
      reason = `a minimum: ${ROUND_ITERATIONS} more iterations improve the objective ${best.toExponential(3)} by no more than ${cal.stallTolerance} of it`;
      break;
    }
  }

  const values = toValues(u);
  const final = await evaluate(values);
  const parameters = ps.map((p, i) => ({ ...p, value: values[i]!, atBound: values[i] === p.min || values[i] === p.max }));
  const targets = cal.targets.map((t, i) => {
    const f = final.values[i]!;
    return { ...t, fitted: f, residual: f - t.value, relative: (f - t.value) / t.value };
  });
  return { converged, reason, iterations, evaluations, startObjective, objective: objectiveOf(final.values), parameters, targets, scenario: final.scenario, rows: final.rows };
}
