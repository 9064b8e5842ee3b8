import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ParamSpecs } from '../assumptions/parameter-set.js';
import { batchSchema, levelPathSchema, multiplierPathSchema } from '../batch/batch-file.js';
import { COST_SPECS, COVERAGE_SPECS, DEPENDANT_SPECS, MATERNITY_SPECS, UTILISATION_SPECS } from '../health/health-parameters.js';
import { healthScenarioSchema } from '../health/load-health-scenario.js';
import { OPTIONAL_RULE_SPECS } from '../rules/load-model.js';
import { MODELS_DIR, scenarioSchema } from './load-scenario.js';
import { BEHAVIOUR_SPECS, PENSION_SPECS } from './optional-parameters.js';
import { programmeSchema } from './programme-schema.js';

/** The files `ssc-proj schema` describes. */
export const SCHEMA_KINDS = ['optional', 'health', 'batch'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** A JSON Schema (or part of one) as a plain object. */
export type Json = Record<string, unknown>;

/** A zod schema as JSON Schema (draft-07, what editors' YAML support reads), inputs as written. */
function toJson(schema: z.ZodType): Json {
  const j = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Json;
  delete j.$schema;
  return j;
}

/** What the keys of a scenario mean, by dotted path (`*` for any key): description and unit. */
const KEY_DOCS: Readonly<Record<string, { description: string; unit?: string }>> = {
  scheme: { description: 'Which scheme the scenario projects: ssc-optional (the optional-enrollment scheme) or health (social health insurance).' },
  name: { description: 'Short name of the scenario, used in outputs and reports.' },
  description: { description: 'What the scenario is, in a sentence or two (shown under the report title).' },
  extends: { description: 'A scenario file this one builds on (path relative to this file): its keys are taken, then overridden by this file.' },
  startYear: { description: 'First projection year (the projection starts on 1 January).', unit: 'calendar year' },
  horizonYears: { description: 'Number of projection years.', unit: 'years' },
  models: { description: 'Model files with the default parameters (paths relative to the scenario file); the shipped models/ files when omitted.' },
  economic: { description: 'Economic assumptions, each {value, source}: a number, a table by year, {table, extend: last} or {expr} of t (years from the start).' },
  'economic.wageGrowth': { description: 'Nominal growth of the average wage, a year.', unit: 'per year' },
  'economic.inflation': { description: 'Consumer price inflation, a year (pension indexation: min(inflation, wage growth), at least 0).', unit: 'per year' },
  'economic.interest': { description: 'Nominal return on the reserve, a year; also the discount rate of present values and the GAP.', unit: 'per year' },
  'economic.minimumWageGrowth': { description: 'Growth of the minimum wage, a year (wage growth when omitted).', unit: 'per year' },
  'economic.medicalInflation': { description: 'Growth of medical unit costs, a year.', unit: 'per year' },
  'economic.pensionIndexation': { description: 'Growth of pensions in payment, a year (wage growth when omitted).', unit: 'per year' },
  demography: { description: 'Demographic assumptions beyond the UN WPP data.' },
  'demography.sexRatioAtBirth': { description: 'Male births per female birth (1.05 when omitted).', unit: 'ratio' },
  'demography.netMigration': { description: 'Net migrants: 0, or {file: a CSV year,sex,age,net_migrants}.', unit: 'persons a year' },
  fund: { description: 'The fund: initial reserve, administration cost and the terminal reserve of the GAP.' },
  'fund.initialReserve': { description: 'Reserve at the start.', unit: 'JOD' },
  'fund.adminCostRate': { description: 'Administration cost as a share of contribution income.', unit: 'share' },
  'fund.terminalReserveYears': { description: 'Terminal reserve in the GAP, in years of the last year’s expenditure.', unit: 'years of expenditure' },
  rules: { description: 'Overrides of the optional-enrollment rules (models/ssc-optional.yaml), each {value, source}.' },
  pension: { description: 'Overrides of the pension parameters (models/ssc-pension.yaml), each {value, source}.' },
  behaviour: { description: 'Overrides of the behaviour and start stock (models/optional-behaviour.yaml), each {value, source}.' },
  programmes: { description: 'Subsidy programmes (design note section 3): who is eligible, what is paid, for how long, within which budget.' },
  coverage: { description: 'Overrides of who is insured (models/health-coverage.yaml), each {value, source}.' },
  dependants: { description: 'Overrides of the dependants covered (models/health-dependants.yaml), each {value, source}.' },
  health: { description: 'Overrides of utilisation and unit costs (models/health-utilisation.yaml, health-costs.yaml), each {value, source}.' },
  maternity: { description: 'Overrides of the maternity benefit (models/health-maternity.yaml), each {value, source}.' },
  revenue: { description: 'Contributions and subsidies of the health scheme.' },
  'revenue.contributionRate': { description: 'Contribution rate on insurable wages.', unit: 'share of wages' },
  'revenue.pensionerContributionRate': { description: 'Contribution rate on pensions (0 when omitted).', unit: 'share of pensions' },
  'revenue.subsidies': { description: 'Government or donor subsidies by year.' },
  notes: { description: 'Free notes; not read by the engine.' },
  base: { description: 'The base scenario file the batch varies (path relative to the batch file).' },
  sensitivity: { description: 'A sensitivity set: a grid (every combination) or one parameter at a time.' },
  'sensitivity.mode': { description: 'grid: every combination of the values; one-at-a-time: each value with the others at the base.' },
  'sensitivity.parameters': { description: 'Scenario keys (dotted, e.g. economic.wageGrowth) and their values: a list, or {values, source}.' },
  stochastic: { description: 'A stochastic set: runs on random AR(1) paths.' },
  'stochastic.runs': { description: 'Number of runs.', unit: 'runs' },
  'stochastic.seed': { description: 'Seed of the batch; run i has its own seed derived from it.' },
  'stochastic.paths': { description: 'AR(1) paths by variable: x(t) = mean + phi (x(t-1) - mean) + sigma e(t).' },
  'stochastic.correlation': { description: 'Correlation of the yearly shocks between variables.' },
};

const ASSUMPTION_VALUE: Json = {
  description: 'A number; a table by year {2026: 0.03, ...}; {table: {...}, extend: last}; or {expr: "0.03 + 0.01 * exp(-t / 5)"} of t, years from the start.',
  anyOf: [
    { type: 'number' },
    { type: 'object', patternProperties: { '^[0-9]{4}$': { type: 'number' } }, additionalProperties: false, minProperties: 1 },
    { type: 'object', properties: { table: { type: 'object', patternProperties: { '^[0-9]{4}$': { type: 'number' } }, additionalProperties: false }, extend: { enum: ['last'] } }, required: ['table'], additionalProperties: false },
    { type: 'object', properties: { expr: { type: 'string', minLength: 1 } }, required: ['expr'], additionalProperties: false },
  ],
};

/** A parameter block `{ value, source, unit, confidence }` with the value's schema, and the model file's unit and default. */
function parameterBlock(value: Json, model?: { value: unknown; unit?: string; source?: string; file: string }): Json {
  const v: Json = { ...value };
  if (model !== undefined) v.default = model.value;
  const block: Json = {
    type: 'object',
    properties: {
      value: v,
      source: { type: 'string', minLength: 1, description: 'Where the number comes from (a publication, or "assumption: why").' },
      unit: { type: 'string' },
      confidence: { enum: ['verified', 'reported', 'assumption'] },
    },
    required: ['value', 'source'],
    additionalProperties: false,
  };
  if (model !== undefined) {
    block.description = `Default ${JSON.stringify(model.value).slice(0, 120)}${model.unit === undefined ? '' : ` (${model.unit})`} from ${model.file}${model.source === undefined ? '' : `: ${model.source}`}`;
    if (model.unit !== undefined) block.unit = model.unit;
  }
  return block;
}

/** The parameters a scenario may override in a group: each spec's value schema, with the shipped model file's default and unit. */
function overrideGroup(specs: ParamSpecs, modelFiles: readonly string[]): Json {
  const models: Record<string, { value: unknown; unit?: string; source?: string; file: string }> = {};
  for (const f of modelFiles) {
    const doc = parse(readFileSync(join(MODELS_DIR, f), 'utf8')) as Record<string, { value: unknown; unit?: string; source?: string }>;
    for (const [k, p] of Object.entries(doc)) models[k] = { ...p, file: `models/${f}` };
  }
  const properties: Json = {};
  for (const [name, spec] of Object.entries(specs)) properties[name] = parameterBlock(toJson(spec.schema), models[name]);
  return { type: 'object', properties, additionalProperties: false };
}

/** Descriptions and units of KEY_DOCS put on the schema's properties, recursively. */
function annotate(schema: Json, path: string): void {
  const props = schema.properties as Record<string, Json> | undefined;
  if (props === undefined) return;
  for (const [k, p] of Object.entries(props)) {
    const key = path === '' ? k : `${path}.${k}`;
    const doc = KEY_DOCS[key];
    if (doc !== undefined) {
      p.description = doc.description;
      if (doc.unit !== undefined) p.unit = doc.unit;
    }
    annotate(p, key);
  }
}

/** Replace the `value` of every `{ value, source }` block under `group` with the assumption forms. */
function assumptionValues(schema: Json, group: string): void {
  const g = (schema.properties as Record<string, Json>)[group];
  const props = g?.properties as Record<string, Json> | undefined;
  if (props === undefined) return;
  for (const p of Object.values(props)) {
    const inner = p.properties as Record<string, Json> | undefined;
    if (inner?.value !== undefined && Object.keys(inner.value).length === 0) inner.value = { ...ASSUMPTION_VALUE };
  }
}

/** A scenario may `extends:` another: then it needs none of the required keys (the extended file has them). */
function withExtends(schema: Json): Json {
  const props = schema.properties as Record<string, Json>;
  props.extends = { type: 'string', minLength: 1 };
  const required = schema.required;
  delete schema.required;
  // Groups (economic, fund) require their keys only in a scenario that extends none.
  const groups: Json = {};
  for (const [k, p] of Object.entries(props)) {
    if (p.type === 'object' && Array.isArray(p.required) && !('value' in ((p.properties as Json | undefined) ?? {}))) {
      groups[k] = { required: p.required };
      delete p.required;
    }
  }
  return { ...schema, if: { required: ['extends'] }, then: {}, else: { required, properties: groups } };
}

/**
 * The JSON Schema of a scenario file (`optional`, `health`) or a batch file (`batch`), generated
 * from the loaders' own validators (zod 4's JSON Schema export), with a description and unit for
 * each key, and for each parameter a scenario may override its default, unit and source from the
 * shipped model files. The loaders stay the judge (bounds that depend on other keys, file paths,
 * expressions); the schema lets an editor complete and check as one types.
 *
 * @example scenarioJsonSchema('optional').properties.economic // => { type: 'object', properties: { wageGrowth: ... } }
 */
export function scenarioJsonSchema(kind: SchemaKind): Json {
  let schema: Json;
  let title: string;
  if (kind === 'optional') {
    schema = withExtends(toJson(scenarioSchema));
    const props = schema.properties as Record<string, Json>;
    props.rules = overrideGroup(OPTIONAL_RULE_SPECS, ['ssc-optional.yaml']);
    props.pension = overrideGroup(PENSION_SPECS, ['ssc-pension.yaml']);
    props.behaviour = overrideGroup(BEHAVIOUR_SPECS, ['optional-behaviour.yaml']);
    props.programmes = { type: 'array', items: toJson(programmeSchema) };
    assumptionValues(schema, 'economic');
    title = 'ssc-proj scenario of the SSC optional-enrollment scheme';
  } else if (kind === 'health') {
    schema = withExtends(toJson(healthScenarioSchema));
    const props = schema.properties as Record<string, Json>;
    props.coverage = overrideGroup(COVERAGE_SPECS, ['health-coverage.yaml']);
    props.dependants = overrideGroup(DEPENDANT_SPECS, ['health-dependants.yaml']);
    props.health = overrideGroup({ ...UTILISATION_SPECS, ...COST_SPECS }, ['health-utilisation.yaml', 'health-costs.yaml']);
    props.maternity = overrideGroup(MATERNITY_SPECS, ['health-maternity.yaml']);
    assumptionValues(schema, 'economic');
    for (const k of ['contributionRate', 'pensionerContributionRate']) {
      const rev = (props.revenue?.properties as Record<string, Json> | undefined)?.[k]?.properties as Record<string, Json> | undefined;
      if (rev !== undefined) rev.value = { ...ASSUMPTION_VALUE };
    }
    title = 'ssc-proj scenario of the social health insurance scheme';
  } else {
    schema = toJson(batchSchema);
    const st = (schema.properties as Record<string, Json>).stochastic;
    const paths = (st?.properties as Record<string, Json> | undefined)?.paths;
    if (paths !== undefined) {
      paths.properties = { takeUp: toJson(multiplierPathSchema) };
      paths.additionalProperties = toJson(levelPathSchema);
    }
    title = 'ssc-proj batch file (sensitivity grid or stochastic set)';
  }
  annotate(schema, '');
  return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...schema };
}

/** The checked-in schema file of a kind, relative to the repository root. */
export function schemaFileName(kind: SchemaKind): string {
  return `docs/schema/${kind}.schema.json`;
}

/** The schema as the checked-in file's text (2-space JSON, final newline). */
export function schemaFileText(kind: SchemaKind): string {
  return `${JSON.stringify(scenarioJsonSchema(kind), null, 2)}\n`;
}

function typeText(p: Json): string {
  if (Array.isArray(p.anyOf)) return (p.anyOf as Json[]).map(typeText).join(' or ');
  if (Array.isArray(p.enum)) return (p.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  if (p.const !== undefined) return JSON.stringify(p.const);
  const props = p.properties as Record<string, Json> | undefined;
  if (props?.value !== undefined && props.source !== undefined) return `{value: ${typeText(props.value)}, source}`;
  if (p.type === 'array') return `list of ${p.items === undefined ? 'values' : typeText(p.items as Json)}`;
  if (p.type === 'object' && p.patternProperties !== undefined) return 'table by year';
  if (p.type === 'object' && props?.table !== undefined) return '{table, extend}';
  if (p.type === 'object' && props?.expr !== undefined) return '{expr}';
  const bounds = [p.minimum === undefined ? '' : `>= ${String(p.minimum)}`, p.exclusiveMinimum === undefined ? '' : `> ${String(p.exclusiveMinimum)}`, p.maximum === undefined ? '' : `<= ${String(p.maximum)}`].filter((b) => b !== '').join(', ');
  const t = typeof p.type === 'string' ? (p.type === 'object' ? 'mapping' : p.type) : 'value';
  return bounds === '' ? t : `${t} (${bounds})`;
}

function rows(schema: Json, path: string, required: readonly string[], out: string[]): void {
  const props = schema.properties as Record<string, Json> | undefined;
  if (props === undefined) return;
  for (const [k, p] of Object.entries(props)) {
    const key = path === '' ? k : `${path}.${k}`;
    const inner = p.properties as Record<string, Json> | undefined;
    const isBlock = inner?.value !== undefined && inner.source !== undefined;
    const def = isBlock ? (inner.value as Json).default : p.default;
    const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
    out.push(
      `| \`${key}\` | ${required.includes(k) ? 'yes' : 'no'} | ${cell(typeText(p))} | ${cell(typeof p.unit === 'string' ? p.unit : '-')} | ${cell(def === undefined ? '-' : JSON.stringify(def).slice(0, 60))} | ${cell(typeof p.description === 'string' ? p.description : '-')} |`,
    );
    const elseRequired = ((schema.else as Json | undefined)?.properties as Record<string, Json> | undefined)?.[k]?.required as string[] | undefined;
    if (!isBlock && p.type === 'object') rows(p, key, (p.required as string[] | undefined) ?? elseRequired ?? [], out);
  }
}

/**
 * docs/scenario-reference.md: every key of a scenario (both schemes) and of a batch file, with
 * whether it is required, its type and bounds, unit, default and meaning, generated from the
 * same JSON Schemas as `ssc-proj schema` (a test fails when the checked-in page is stale).
 */
export function scenarioReferenceMarkdown(): string {
  const parts = [
    '# Scenario reference',
    '',
    'Generated from the loaders\' validators by `npm run schema` (the same source as `ssc-proj schema`); do not edit by hand.',
    'Every number of a scenario is written `{value: ..., source: ...}`: a bare number is refused with the way to write it.',
    'A scenario may start with `extends: baseline.yaml` and give only what differs (required keys then come from the extended file; mappings merge key by key, any other value is replaced whole).',
    'Editors with YAML support read the schemas in docs/schema/ through the first line of each shipped scenario:',
    '`# yaml-language-server: $schema=../docs/schema/optional.schema.json`.',
    '',
  ];
  const titles: Record<SchemaKind, string> = { optional: 'Optional-enrollment scenario (`scheme: ssc-optional`)', health: 'Health scenario (`scheme: health`)', batch: 'Batch file' };
  for (const kind of SCHEMA_KINDS) {
    const s = scenarioJsonSchema(kind);
    const out: string[] = [];
    rows(s, '', (s.required as string[] | undefined) ?? ((s.else as Json | undefined)?.required as string[] | undefined) ?? [], out);
    parts.push(`## ${titles[kind]}`, '', `Schema: [${schemaFileName(kind)}](schema/${kind}.schema.json)`, '', '| key | required | type | unit | default | meaning |', '|---|---|---|---|---|---|', ...out, '');
  }
  return `${parts.join('\n')}`;
}
