import type { z } from 'zod';
import { BEHAVIOUR_SPECS } from '../scenario/optional-parameters.js';

/** The parameter groups a calibration may fit, and the specs that validate them. */
export const FITTABLE_GROUPS = { behaviour: BEHAVIOUR_SPECS } as const;
export type FittableGroup = keyof typeof FITTABLE_GROUPS;

/**
 * A fitted number inside a model parameter: `behaviour.reEntryRate` (the whole value),
 * `behaviour.entryRate.M.2` (the third band of men's entry rates), `behaviour.startAverageWage.F`.
 */
export interface ParameterKey {
  readonly text: string;
  readonly group: FittableGroup;
  /** The parameter's name in the model file (`entryRate`). */
  readonly name: string;
  /** Path inside the parameter's `value` (empty for the whole value). */
  readonly sub: ReadonlyArray<string | number>;
}

/** Bounds of a number as its validator states them (±Infinity where it states none). */
export interface Bounds {
  readonly min: number;
  readonly max: number;
}

/**
 * Parse a dotted key (`behaviour.entryRate.M.2`); digits become list indices. Returns a message
 * (string) when the group or the parameter is unknown.
 * @example parseParameterKey('behaviour.entryRate.M.2') // => { group: 'behaviour', name: 'entryRate', sub: ['M', 2], ... }
 */
export function parseParameterKey(text: string): ParameterKey | string {
  const parts = text.split('.');
  const [group, name, ...rest] = parts;
  if (group === undefined || !(group in FITTABLE_GROUPS)) return `unknown parameter "${text}": a fitted parameter is ${Object.keys(FITTABLE_GROUPS).map((g) => `${g}.<name>`).join(' or ')}`;
  const specs = FITTABLE_GROUPS[group as FittableGroup];
  if (name === undefined || !(name in specs)) return `unknown parameter "${text}" (known: ${Object.keys(specs).map((n) => `${group}.${n}`).join(', ')})`;
  return { text, group: group as FittableGroup, name, sub: rest.map((p) => (/^\d+$/.test(p) ? Number(p) : p)) };
}

type AnySchema = z.ZodType & { def?: { type?: string }; shape?: Record<string, AnySchema>; element?: AnySchema; options?: AnySchema[]; minValue?: number | null; maxValue?: number | null };

/** The schema of the number at `sub` inside `schema`, or null (no number there); 'free' when the schema accepts anything (values by year). */
function leafSchema(schema: AnySchema, sub: ReadonlyArray<string | number>): AnySchema | 'free' | null {
  const type = schema.def?.type;
  if (type === 'unknown' || type === 'any') return sub.length === 0 ? 'free' : null;
  if (sub.length === 0) return type === 'number' ? schema : null;
  const [head, ...rest] = sub;
  if (type === 'object' && typeof head === 'string' && schema.shape?.[head] !== undefined) return leafSchema(schema.shape[head]!, rest);
  if (type === 'array' && typeof head === 'number' && schema.element !== undefined) return leafSchema(schema.element, rest);
  if (type === 'union') {
    for (const option of schema.options ?? []) {
      const found = leafSchema(option, sub);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The bounds the parameter's own validator (its zod schema in optional-parameters.ts) puts on the
 * number at the key: `{ min: 0, max: 1 }` for a share; null when the schema has no number there;
 * 'free' for a value by year (a number, table or expression, bounded only when it is resolved).
 */
export function validatorBounds(key: ParameterKey): Bounds | 'free' | null {
  const spec = FITTABLE_GROUPS[key.group][key.name as keyof (typeof FITTABLE_GROUPS)[FittableGroup]] as { schema: AnySchema };
  const leaf = leafSchema(spec.schema, key.sub);
  if (leaf === null || leaf === 'free') return leaf;
  return { min: leaf.minValue ?? Number.NEGATIVE_INFINITY, max: leaf.maxValue ?? Number.POSITIVE_INFINITY };
}

/** The value at `sub` inside a plain value, or undefined. */
export function valueAt(value: unknown, sub: ReadonlyArray<string | number>): unknown {
  let v = value;
  for (const k of sub) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** A deep copy of `value` with the number at `sub` replaced by `x` (the whole value when `sub` is empty). */
export function withValueAt(value: unknown, sub: ReadonlyArray<string | number>, x: number): unknown {
  if (sub.length === 0) return x;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let v = copy;
  for (const k of sub.slice(0, -1)) v = v[k] as Record<string | number, unknown>;
  v[sub[sub.length - 1]!] = x;
  return copy;
}
