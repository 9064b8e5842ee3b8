import { stringify } from 'yaml';
import type { SourcedValue } from '../core/resolved-scenario.js';

/** What a resolved scenario file needs from a scenario: its identity and every assumption with its source. */
export interface ResolvedLike {
  readonly scheme: string;
  readonly name: string;
  readonly description: string;
  readonly startYear: number;
  readonly years: number;
  readonly provenance: readonly SourcedValue[];
}

const GROUPS = ['economic', 'demography', 'fund', 'rules', 'pension', 'behaviour', 'health', 'maternity', 'dependants', 'coverage', 'revenue'];
/** Keys of the demography group a scenario file may set (the rest are data notes). */
const SETTABLE_DEMOGRAPHY = ['sexRatioAtBirth', 'netMigration'];

/**
 * scenario.resolved.yaml: the scenario with every assumption as used, each with its source (and
 * the unit and confidence its file gives) —
 * time-varying ones as tables by year, model parameters inlined — itself a valid scenario file, so
 * `ssc-proj run DIR/scenario.resolved.yaml` reproduces the run without the original files.
 * Data that are not assumptions (UN WPP tables) are listed under `notes`.
 */
export function resolvedScenarioYaml(s: ResolvedLike, generator: string): string {
  const doc: Record<string, unknown> = {
    scheme: s.scheme,
    name: s.name,
    description: s.description,
    startYear: s.startYear,
    horizonYears: s.years,
  };
  const notes: string[] = [];
  const programmes: unknown[] = [];
  for (const p of s.provenance) {
    const dot = p.key.indexOf('.');
    const group = p.key.slice(0, dot);
    const name = p.key.slice(dot + 1);
    if (group === 'programmes') programmes.push(p.value);
    else if (group === 'demography' && !SETTABLE_DEMOGRAPHY.includes(name)) notes.push(`${p.key}: ${String(p.value)} — ${p.source}`);
    else if (GROUPS.includes(group)) {
      const g = (doc[group] ??= {}) as Record<string, unknown>;
      g[name] = { value: p.value, ...(p.unit === undefined ? {} : { unit: p.unit }), source: p.source, ...(p.confidence === undefined ? {} : { confidence: p.confidence }) };
    } else notes.push(`${p.key}: ${JSON.stringify(p.value)} — ${p.source}`);
  }
  if (programmes.length > 0) doc.programmes = programmes;
  doc.notes = { generatedBy: generator, data: notes };
  const header = `# Resolved scenario "${s.name}": every assumption as used, with its source.\n# Itself a scenario file: \`ssc-proj run <this file> --out DIR\` reproduces the run.\n`;
  return header + stringify(doc, { lineWidth: 0 });
}
