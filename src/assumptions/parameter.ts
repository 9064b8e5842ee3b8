import { z } from 'zod';
import { parseJod } from '../money/fils.js';
import { parseRate, type ScaledRate } from '../money/scaled-rate.js';
import { errorAt, scalarSourceAt, type KeyPath, type YamlSource } from './yaml-source.js';

/** How sure a default is (design note ssc-law-facts.md). */
export const CONFIDENCE = ['verified', 'reported', 'assumption'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** Where a default number comes from: a published text, or the word "assumption". */
export interface Provenance {
  readonly source: string;
  readonly confidence: Confidence;
}

/**
 * Schema of one parameter in a model file: `{ value, unit, source, confidence }`.
 * A parameter without a source is refused: every default number names where it comes from.
 */
export function parameter<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    unit: z.string().optional(),
    source: z.string().min(1),
    confidence: z.enum(CONFIDENCE),
  });
}

/** Exact fils of the JOD amount written at `path` (at most 3 decimals), or an InputError there. */
export function filsAt(src: YamlSource, path: KeyPath): number {
  const text = scalarSourceAt(src, path);
  try {
    return parseJod(text ?? '');
  } catch (e) {
    throw errorAt(src, path, (e as Error).message);
  }
}

/** Exact rate written at `path` (`0.175` -> 175/1000), or an InputError there. */
export function rateAt(src: YamlSource, path: KeyPath): ScaledRate {
  const text = scalarSourceAt(src, path);
  try {
    return parseRate(text ?? '');
  } catch (e) {
    throw errorAt(src, path, (e as Error).message);
  }
}
