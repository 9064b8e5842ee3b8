import type { z } from 'zod';
import type { InputError } from './input-error.js';
import { errorAt, toPlain, type KeyPath, type YamlSource, plainValueAt } from './yaml-source.js';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}


/** The zod definition the project's schemas are made of, as far as `schemaAt` walks it. */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, { _zod: { def: Def } }>;
  readonly innerType?: { _zod: { def: Def } };
  readonly in?: { _zod: { def: Def } };
  readonly element?: { _zod: { def: Def } };
  readonly valueType?: { _zod: { def: Def } };
  readonly options?: ReadonlyArray<{ _zod: { def: Def } }>;
}

/** The definitions a path leads to in a schema (several through a union), unwrapping optional, default, nullable and pipes. */
function schemaAt(def: Def, path: KeyPath): Def[] {
  const unwrap = (d: Def): Def[] => {
    if (d.innerType !== undefined) return unwrap(d.innerType._zod.def);
    if (d.type === 'pipe' && d.in !== undefined) return unwrap(d.in._zod.def);
    if (d.type === 'union' && d.options !== undefined) return d.options.flatMap((o) => unwrap(o._zod.def));
    return [d];
  };
  let here = unwrap(def);
  for (const key of path) {
    here = here.flatMap((d) => {
      if (d.type === 'object' && d.shape !== undefined && typeof key === 'string' && d.shape[key] !== undefined) return unwrap(d.shape[key]._zod.def);
      if (d.type === 'array' && d.element !== undefined && typeof key === 'number') return unwrap(d.element._zod.def);
      if (d.type === 'record' && d.valueType !== undefined) return unwrap(d.valueType._zod.def);
      return [];
    });
  }
  return here;
}

/** True when the schema wants a `{ value, source }` block at the path (where a bare number is a common slip). */
function wantsSourcedBlock(schema: z.ZodType, path: KeyPath): boolean {
  return schemaAt((schema as unknown as { _zod: { def: Def } })._zod.def, path).some((d) => d.type === 'object' && d.shape !== undefined && 'value' in d.shape && 'source' in d.shape);
}

/** One line for one schema issue: what was wrong, the value, and the bound it broke. */
function issueToError(src: YamlSource, root: unknown, issue: z.core.$ZodIssue, base: KeyPath, schema?: z.ZodType): InputError {
  const value = plainValueAt(root, issue.path as KeyPath);
  const path = [...base, ...(issue.path as KeyPath)];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      return errorAt(src, [...path, key], `unknown key "${key}"`, true);
    }
    case 'invalid_type':
      if (issue.expected === 'object' && value !== null && value !== undefined && typeof value !== 'object' && schema !== undefined && wantsSourcedBlock(schema, issue.path as KeyPath)) {
        const example = typeof value === 'string' ? JSON.stringify(value) : String(value);
        return errorAt(src, path, `expected a value with its source, got ${describe(value)}: write {value: ${example}, source: "where the number comes from"}`);
      }
      return errorAt(src, path, `expected ${issue.expected}, got ${describe(value)}`, value === undefined);
    case 'too_small':
      return errorAt(src, path, `${describe(value)} is below the bound: must be ${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}`);
    case 'too_big':
      return errorAt(src, path, `${describe(value)} is above the bound: must be ${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}`);
    case 'invalid_value':
      return errorAt(src, path, `${describe(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'invalid_format':
      return errorAt(src, path, issue.format === 'regex' ? `${describe(value)}: ${issue.message}` : `${describe(value)} is not a valid ${issue.format}: ${issue.message}`);
    default:
      return errorAt(src, path, `${issue.message} (got ${describe(value)})`);
  }
}

/**
 * Validate a parsed file against a zod schema. The first problem becomes an InputError
 * naming file, line:column and key; `value` defaults to the whole document, and `base` is where
 * `value` sits in the document when it is a part of it.
 */
export function parseWithSchema<T>(src: YamlSource, schema: z.ZodType<T>, value: unknown = toPlain(src), base: KeyPath = []): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw issueToError(src, value, issue, base, schema as z.ZodType);
}
