import type { z } from 'zod';
import type { InputError } from './input-error.js';
import { errorAt, scalarSourceAt, toPlain, type KeyPath, type YamlSource, plainValueAt } from './yaml-source.js';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}


/** Edit distance of two short keys (Levenshtein), for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, diag + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diag = up;
    }
  }
  return d[b.length]!;
}

/** The known key closest to a misspelt one, when it is close enough to be meant. */
export function closestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const k of known) {
    const dk = distance(key, k);
    if (dk < bestD) {
      best = k;
      bestD = dk;
    }
  }
  return best;
}

type SchemaNode = { shape?: Record<string, unknown>; element?: unknown; _zod?: { def?: { innerType?: unknown } } } | undefined;
const unwrap = (s: SchemaNode): SchemaNode => {
  let n = s;
  while (n?._zod?.def?.innerType !== undefined) n = n._zod.def.innerType as SchemaNode;
  return n;
};

/** The keys a (zod) object schema allows at `path`, best effort (empty when it cannot tell). */
function keysAt(schema: unknown, path: KeyPath): string[] {
  let s = unwrap(schema as SchemaNode);
  for (const step of path) {
    if (s?.shape !== undefined && typeof step === 'string') s = unwrap(s.shape[step] as SchemaNode);
    else if (s?.element !== undefined && typeof step === 'number') s = unwrap(s.element as SchemaNode);
    else return [];
  }
  return s?.shape !== undefined ? Object.keys(s.shape) : [];
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
function issueToError(src: YamlSource, root: unknown, issue: z.core.$ZodIssue, base: KeyPath, known: readonly string[] = [], missing: readonly string[] = [], schema?: z.ZodType): InputError {
  const value = plainValueAt(root, issue.path as KeyPath);
  const path = [...base, ...(issue.path as KeyPath)];
  // A number as written in the file (2^53 + 1 is not printed rounded).
  const written = typeof value === 'number' ? (scalarSourceAt(src, path) ?? describe(value)) : describe(value);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      // One key missing beside one unknown: that is the key meant, however it was spelt.
      const meant = missing.length === 1 ? missing[0]! : closestKey(key, known);
      return errorAt(src, [...path, key], `unknown key "${key}"${meant === null ? '' : ` (did you mean "${meant}"?)`}`, true);
    }
    case 'invalid_type':
      if (issue.expected === 'object' && value !== null && value !== undefined && typeof value !== 'object' && schema !== undefined && wantsSourcedBlock(schema, issue.path as KeyPath)) {
        const example = typeof value === 'string' ? JSON.stringify(value) : String(value);
        return errorAt(src, path, `expected a value with its source, got ${describe(value)}: write {value: ${example}, source: "where the number comes from"}`);
      }
      return errorAt(src, path, `expected ${issue.expected}, got ${describe(value)}`, value === undefined);
    case 'too_small':
      return errorAt(src, path, `${written} is below the bound: must be ${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}`);
    case 'too_big':
      return errorAt(src, path, `${written} is above the bound: must be ${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}`);
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
  const issues = result.error.issues;
  let issue = issues[0]!;
  // A misspelt key shows as the right key missing and an unknown key: report the unknown key,
  // with the missing (or allowed) key it is closest to.
  const unknown = issues.find((i) => i.code === 'unrecognized_keys');
  if (unknown !== undefined) {
    const parent = unknown.path.map(String).join('.');
    const siblings = issues.filter((i) => i.code === 'invalid_type' && i.path.length > 0 && plainValueAt(value, i.path as KeyPath) === undefined && i.path.slice(0, -1).map(String).join('.') === parent);
    if (siblings.includes(issue)) issue = unknown;
    const missing = siblings.map((i) => String(i.path[i.path.length - 1]));
    const known = missing.length > 0 ? missing : keysAt(schema, unknown.path as KeyPath);
    if (issue === unknown) throw issueToError(src, value, issue, base, known, unknown.code === 'unrecognized_keys' && unknown.keys.length === 1 ? missing : [], schema as z.ZodType);
  }
  throw issueToError(src, value, issue, base, [], [], schema as z.ZodType);
}
