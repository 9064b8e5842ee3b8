import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

// mathjs costs about a second to load: only a scenario with an expression may pay for it.
describe('mathjs is loaded lazily', () => {
  it('no module of src/ imports mathjs at top level (type-only imports are erased)', () => {
    const offenders = tsFiles(SRC).filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /^\s*import\s+(?!type\s)[^;]*?from\s*['"]mathjs['"]/m.test(text) || /^\s*import\s*['"]mathjs['"]/m.test(text) || /require\(\s*['"]mathjs['"]\s*\)/.test(text);
    });
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('only assumptions/expression.ts imports it, with a dynamic import()', () => {
    const dynamic = tsFiles(SRC).filter((f) => /import\(\s*['"]mathjs['"]\s*\)/.test(readFileSync(f, 'utf8')));
    expect(dynamic.map((f) => relative(SRC, f))).toEqual([join('assumptions', 'expression.ts')]);
  });
});
