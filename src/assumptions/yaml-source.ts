import { dirname, resolve } from 'node:path';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLMap } from 'yaml';
import { PathError } from '../io/path-error.js';
import { INPUT_LIMITS, readInputText } from '../io/safe-path.js';
import { InputError } from './input-error.js';

/** A parsed YAML (or JSON: JSON is YAML 1.2) file that remembers where every value came from. */
export interface YamlSource {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

export type KeyPath = ReadonlyArray<string | number>;

/** Parse YAML or JSON text; a syntax error is an InputError at its line:column. */
export function yamlSourceFromText(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err !== undefined) {
    const { line, col } = lines.linePos(err.pos[0]);
    throw new InputError(file, line, col, '', `YAML syntax: ${err.message.split('\n')[0]}`);
  }
  // A tag the YAML core schema does not know (!!js/function, !foo) would be read silently as text.
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag !== undefined) {
    const { line, col } = lines.linePos(tag.pos[0]);
    throw new InputError(file, line, col, '', `YAML: ${tag.message.replace('tag:yaml.org,2002:', '!!')} (only plain YAML values are read; custom tags such as !!js/function are refused)`);
  }
  // An alias without its anchor would only fail later, in toJS, without a position.
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        const { line, col } = lines.linePos(alias.range?.[0] ?? 0);
        throw new InputError(file, line, col, '', `YAML: alias *${alias.source} has no anchor &${alias.source} before it`);
      }
    },
  });
  return { file, doc, lines };
}

/**
 * Read and parse a YAML or JSON file of at most `maxBytes` (scenario, model and batch files: 1 MB).
 * A missing file, a device, FIFO or /proc file, or a file above the cap is an InputError too
 * (at 1:1, checked before the file is read, so `/dev/zero` fails at once). A top-level `extends:`
 * is resolved (`withExtends`).
 */
export function readYamlSource(file: string, maxBytes: number = INPUT_LIMITS.scenarioBytes): YamlSource {
  return withExtends(readOne(file, maxBytes), []);
}

function readOne(file: string, maxBytes: number = INPUT_LIMITS.scenarioBytes): YamlSource {
  let text: string;
  try {
    text = readInputText(file, maxBytes);
  } catch (e) {
    if (e instanceof PathError) throw new InputError(file, 1, 1, '', e.detail);
    throw e;
  }
  return yamlSourceFromText(text, file);
}

/** The file each node taken from an extended file came from, for error positions. */
const ORIGIN = new WeakMap<object, YamlSource>();

/** The source a node was read from: the extended file it was taken from, else `src`. */
function originOf(src: YamlSource, node: Node | null): YamlSource {
  return (node !== null && ORIGIN.get(node)) || src;
}

function markOrigin(node: unknown, src: YamlSource): void {
  if (node === null || typeof node !== 'object') return;
  if (!ORIGIN.has(node)) ORIGIN.set(node, src);
  if (isMap(node) || isSeq(node)) for (const item of node.items) {
    if (isPair(item)) {
      markOrigin(item.key, src);
      markOrigin(item.value, src);
    } else markOrigin(item, src);
  }
}

/**
 * A file's keys over those of the file it `extends:` (a path relative to it, itself possibly
 * extending another): mappings merge key by key, any other value (a `value:`, a list, a number)
 * is replaced whole. The result is one document without `extends`; a value taken from the
 * extended file keeps its own file:line:column for errors. A cycle is an InputError.
 *
 * @example // scenarios/high-wages.yaml: `extends: baseline.yaml` then `economic: { wageGrowth: { value: 0.04, source: ... } }`
 */
function withExtends(src: YamlSource, chain: readonly string[]): YamlSource {
  const root = src.doc.contents;
  if (!isMap(root)) return src;
  const pair = root.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'extends');
  if (pair === undefined) return src;
  const target = isScalar(pair.value) ? pair.value.value : undefined;
  if (typeof target !== 'string' || target === '') throw errorAt(src, ['extends'], 'expected the path of the scenario file this one extends');
  const path = resolve(dirname(resolve(src.file)), target);
  if (chain.includes(path) || path === resolve(src.file)) throw errorAt(src, ['extends'], `extends itself through ${[...chain, path].join(' -> ')}`);
  const base = withExtends(readOne(path), [...chain, resolve(src.file)]);
  const baseRoot = base.doc.contents;
  if (!isMap(baseRoot)) throw errorAt(src, ['extends'], `${target} is not a mapping of scenario keys`);
  markOrigin(baseRoot, base);
  root.items = root.items.filter((p) => p !== pair);
  const merge = (into: YAMLMap, over: YAMLMap) => {
    for (const item of over.items) {
      const key = isScalar(item.key) ? String(item.key.value) : undefined;
      const at = key === undefined ? -1 : into.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
      const old = at < 0 ? undefined : into.items[at];
      if (old !== undefined && key !== 'value' && isMap(old.value) && isMap(item.value)) merge(old.value, item.value);
      else if (old !== undefined) into.items[at] = item;
      else into.items.push(item);
    }
  };
  merge(baseRoot, root);
  src.doc.contents = baseRoot;
  return src;
}

/** Dotted form of a key path, as printed in errors: `events.3.amount`. */
export function keyName(path: KeyPath): string {
  return path.map(String).join('.');
}

/** The node at `path`, or the deepest existing node on the way (for a missing key: its parent); aliases followed. */
function nodeAt(src: YamlSource, path: KeyPath): { node: Node | null; keyNode: Node | null } {
  const deref = (n: unknown): unknown => (isAlias(n) ? n.resolve(src.doc) : n);
  let node: unknown = deref(src.doc.contents);
  let keyNode: Node | null = null;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (pair === undefined) break;
      keyNode = pair.key as Node;
      node = deref(pair.value);
    } else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
      keyNode = null;
      node = deref(node.items[step]);
    } else break;
  }
  return { node: (node as Node | null) ?? null, keyNode };
}

/**
 * The YAML node exactly at `path` (aliases followed), or undefined when any step is missing.
 * Keys are compared as text, so a table by year finds `2026` however it was written.
 */
export function yamlNodeAt(src: YamlSource, path: KeyPath): unknown {
  const deref = (n: unknown): unknown => (isAlias(n) ? n.resolve(src.doc) : n);
  let node: unknown = deref(src.doc.contents);
  for (const step of path) {
    if (isMap(node)) node = deref(node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))?.value);
    else if (isSeq(node) && typeof step === 'number') node = deref(node.items[step]);
    else return undefined;
  }
  return node;
}

/** Line and column (1-based) of the value at `path`, or of its key when `atKey`, and the file it is in (an extended file's value: that file). */
export function positionOf(src: YamlSource, path: KeyPath, atKey = false): { line: number; col: number; file: string } {
  const { node, keyNode } = nodeAt(src, path);
  const target = atKey && keyNode?.range ? keyNode : node?.range ? node : keyNode;
  const from = originOf(src, target);
  const offset = target?.range?.[0] ?? 0;
  return { ...from.lines.linePos(offset), file: from.file };
}

/** File, line and column of a character offset of a node's text (the file the node was read from: an extended file's node is in that file). */
export function nodeOffsetPosition(src: YamlSource, node: unknown, offset: number): { line: number; col: number; file: string } {
  const from = originOf(src, (node as Node | null) ?? null);
  return { ...from.lines.linePos(offset), file: from.file };
}

/** An InputError located at the value of `path`. */
export function errorAt(src: YamlSource, path: KeyPath, detail: string, atKey = false): InputError {
  const { line, col, file } = positionOf(src, path, atKey);
  return new InputError(file, line, col, keyName(path), detail);
}

/**
 * The text of the scalar at `path` exactly as written (`400.000`, `0.1750`), or undefined.
 * Exact money and rates are read from this text, never from the float YAML made of it.
 */
export function scalarSourceAt(src: YamlSource, path: KeyPath): string | undefined {
  const { node } = nodeAt(src, path);
  if (!isScalar(node)) return undefined;
  if (typeof node.source === 'string') return node.source;
  return node.value === null || node.value === undefined ? undefined : String(node.value);
}

/** Aliases a document may expand (YAML's guard against "billion laughs" alias bombs). */
const MAX_ALIAS_COUNT = 100;

/**
 * Plain JavaScript value of the whole document. An alias bomb (aliases expanding past
 * MAX_ALIAS_COUNT) is an InputError at the first alias, not a failure without a position.
 */
export function toPlain(src: YamlSource): unknown {
  try {
    return src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError) || !/alias/i.test(e.message)) throw e;
    let at = 0;
    visit(src.doc, {
      Alias(_, alias) {
        at = alias.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, col } = src.lines.linePos(at);
    throw new InputError(src.file, line, col, '', `YAML: aliases expand too far (more than ${MAX_ALIAS_COUNT} times: an alias bomb); write the values out`);
  }
}

/** The value at `path` inside a plain JavaScript value (from `toPlain`), or undefined. */
export function plainValueAt(root: unknown, path: KeyPath): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}
