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


/** One line for one schema issue: what was wrong, the value, and the bound it broke. */
function issueToError(src: YamlSource, root: unknown, issue: z.core.$ZodIssue, base: KeyPath): InputError {
  const value = plainValueAt(root, issue.path as KeyPath);
  const path = [...base, ...(issue.path as KeyPath)];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      return errorAt(src, [...path, key], `unknown key "${key}"`, true);
    }
    case 'invalid_type':
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
  throw issueToError(src, value, issue, base);
}
