import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_KINDS, schemaFileName, schemaFileText, scenarioJsonSchema, scenarioReferenceMarkdown, type SchemaKind } from '../../src/scenario/json-schema.js';
import { cli } from '../helpers/cli.js';

const SCENARIOS = 'scenarios';
const kindOf = (file: string, doc: Record<string, unknown>): SchemaKind => (file.startsWith('batch-') ? 'batch' : doc.scheme === 'health' ? 'health' : 'optional');
const ajv = new Ajv({ strict: false, allErrors: false });
const validators = Object.fromEntries(SCHEMA_KINDS.map((k) => [k, ajv.compile(scenarioJsonSchema(k))])) as Record<SchemaKind, ReturnType<Ajv['compile']>>;
// Scenario and batch files (a calibration file is neither: it names a scenario and targets).
const shipped = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml') && !f.startsWith('calibration-'));
const baseline = parse(readFileSync(join(SCENARIOS, 'baseline.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;

describe('JSON Schema of scenario and batch files (ssc-proj schema)', () => {
  it.each(shipped)('validates the shipped %s, which names its schema on its first line', (file) => {
    const text = readFileSync(join(SCENARIOS, file), 'utf8');
    const doc = parse(text) as Record<string, unknown>;
    const kind = kindOf(file, doc);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../${schemaFileName(kind)}`);
    const validate = validators[kind];
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a bare number for a {value, source}', { ...baseline, economic: { ...baseline.economic, wageGrowth: 0.03 } }],
    ['an unknown key', { ...baseline, economics: {} }],
    ['a rule override out of its bound', { ...baseline, rules: { contributionRate: { value: 1.5, source: 'x' } } }],
    ['an unknown rule', { ...baseline, rules: { maxMissed: { value: 12, source: 'x' } } }],
    ['an override without a source', { ...baseline, pension: { accrualRate: { value: 0.02 } } }],
    ['another scheme', { ...baseline, scheme: 'pension' }],
    ['a missing horizon', { ...baseline, horizonYears: undefined }],
  ])('rejects %s', (_, doc) => {
    expect(validators.optional(JSON.parse(JSON.stringify(doc)))).toBe(false);
  });

  it('gives each overridable parameter the unit and default of the shipped model file', () => {
    const s = scenarioJsonSchema('optional') as { properties: Record<string, { properties: Record<string, { unit?: string; properties: { value: { default?: unknown } } }> }> };
    const m = s.properties.rules!.properties.maxMissedContributions!;
    expect(m.properties.value.default).toBe(24);
    expect(m.unit).toBe('unpaid monthly contributions');
    expect(s.properties.economic!.properties.wageGrowth!.unit).toBe('per year');
  });

  it.each(SCHEMA_KINDS)('docs/schema/%s.schema.json is not stale (npm run schema regenerates it)', (kind) => {
    expect(readFileSync(schemaFileName(kind), 'utf8')).toBe(schemaFileText(kind));
  });

  it('docs/scenario-reference.md is not stale (npm run schema regenerates it)', () => {
    expect(readFileSync('docs/scenario-reference.md', 'utf8')).toBe(scenarioReferenceMarkdown());
  });

  it('ssc-proj schema --scheme batch prints the batch schema', async () => {
    const r = await cli(['schema', '--scheme', 'batch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(schemaFileText('batch'));
  }, 60_000);
});

describe('JSON Schema and extends', () => {
  it('a scenario that extends another needs none of the required keys; without extends they are required', () => {
    expect(validators.optional({ extends: 'baseline.yaml', name: 'high-wages', economic: { wageGrowth: { value: 0.04, source: 'x' } } })).toBe(true);
    expect(validators.optional({ name: 'high-wages', economic: { wageGrowth: { value: 0.04, source: 'x' } } })).toBe(false);
  });
});
