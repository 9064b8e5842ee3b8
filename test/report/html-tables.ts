/**
 * A small reader of the numbers tables the report writes (`<table class="data">`), for tests:
 * the table's and each header cell's data-* attributes, and the text of every body cell. It
 * reads the report's own markup only (no general HTML parser needed).
 */
export interface ParsedTable {
  readonly attrs: Record<string, string>;
  readonly columns: ReadonlyArray<{ text: string; attrs: Record<string, string> }>;
  /** The source file's text of every body cell (its data-value when the report formats it). */
  readonly rows: ReadonlyArray<readonly string[]>;
  /** The text every body cell shows. */
  readonly shown: ReadonlyArray<readonly string[]>;
}

export function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) out[m[1] as string] = unescapeHtml(m[2] as string);
  return out;
}

export function parseDataTables(html: string): ParsedTable[] {
  const tables: ParsedTable[] = [];
  for (const m of html.matchAll(/<table class="data"([^>]*)>([\s\S]*?)<\/table>/g)) {
    const inner = m[2] as string;
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(inner)?.[1] ?? '';
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(inner)?.[1] ?? '';
    const columns = [...head.matchAll(/<th([^>]*)>([\s\S]*?)<\/th>/g)].map((c) => ({ attrs: attrsOf(c[1] as string), text: unescapeHtml(c[2] as string) }));
    const cells = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...(r[1] as string).matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map((c) => ({ attrs: attrsOf(c[1] as string), text: unescapeHtml(c[2] as string) })));
    const rows = cells.map((r) => r.map((c) => c.attrs['data-value'] ?? c.text));
    const shown = cells.map((r) => r.map((c) => c.text));
    tables.push({ attrs: attrsOf(m[1] as string), columns, rows, shown });
  }
  return tables;
}

/** A CSV file without quoted cells (the fixtures have none) as header and rows of text. */
export function splitCsv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.split('\n').filter((l) => l !== '');
  if (lines.some((l) => l.includes('"'))) throw new Error('splitCsv: quoted cells are not expected in the fixtures');
  const [head, ...rest] = lines;
  return { header: (head as string).split(','), rows: rest.map((l) => l.split(',')) };
}
