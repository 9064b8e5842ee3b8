import { PathError } from '../io/path-error.js';
import { INPUT_LIMITS, readInputText } from '../io/safe-path.js';
import { InputError } from '../assumptions/input-error.js';
import { yamlSourceFromText } from '../assumptions/yaml-source.js';
import { ReportInputError } from './report-input-error.js';

/**
 * Where strict JSON text first goes wrong: the offset of the first character a JSON parser
 * cannot accept, and what it expected there; null when the text is valid JSON. (Node's
 * JSON.parse does not always say where.)
 *
 * @example jsonSyntaxError('{"gap": }') // => { offset: 8, detail: 'expected a value' }
 */
export function jsonSyntaxError(text: string): { offset: number; detail: string } | null {
  let i = 0;
  const fail = (detail: string): never => {
    throw { offset: i, detail };
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('expected a value');
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail('bad escape in string');
      } else if (c < ' ') fail('control character in string');
      else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a double-quoted property name');
        string();
        ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail("expected ',' or '}'");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail("expected ',' or ']'");
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
      if (m === null) fail(i >= text.length ? 'unexpected end of file' : 'expected a value');
      i += (m as RegExpExecArray)[0].length;
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail('unexpected text after the JSON value');
    return null;
  } catch (e) {
    return e as { offset: number; detail: string };
  }
}

/** 1-based line and column of an offset in a text. */
function lineColumn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: (before[before.length - 1] as string).length + 1 };
}

/**
 * Read a data file as plain data: a `.json` file as strict JSON (a syntax error is an InputError
 * at its line and column), any other file as YAML (errors at line:column by the YAML parser). A
 * missing file is a ReportInputError.
 */
export function readDataFile(path: string): unknown {
  let text: string;
  try {
    text = readInputText(path, INPUT_LIMITS.outputFileBytes);
  } catch (e) {
    throw new ReportInputError(path, e instanceof PathError ? e.detail : String(e));
  }
  if (path.endsWith('.json')) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const err = jsonSyntaxError(body);
    if (err !== null) {
      const { line, col } = lineColumn(body, err.offset);
      throw new InputError(path, line, col, '', `JSON syntax: ${err.detail}`);
    }
    return JSON.parse(body) as unknown;
  }
  return yamlSourceFromText(text, path).doc.toJS({ maxAliasCount: 100 }) as unknown;
}

/** The object at `key` of a parsed file, when it is a plain object. */
export function objectField(o: unknown, key: string): Record<string, unknown> | undefined {
  const v = isRecord(o) ? o[key] : undefined;
  return isRecord(v) ? v : undefined;
}

/** The finite number at `key`, or undefined (missing, null, or not a number). */
export function numberField(o: unknown, key: string): number | undefined {
  const v = isRecord(o) ? o[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The string at `key`, or undefined. */
export function stringField(o: unknown, key: string): string | undefined {
  const v = isRecord(o) ? o[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** True for a plain object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
