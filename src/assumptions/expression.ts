import type { ConditionalNode, ConstantNode, EvalFunction, FunctionNode, MathJsInstance, MathNode, OperatorNode, ParenthesisNode, RelationalNode, SymbolNode } from 'mathjs';
import { isScalar } from 'yaml';
import { InputError } from './input-error.js';
import { keyName, nodeOffsetPosition, positionOf, type KeyPath, type YamlSource, yamlNodeAt } from './yaml-source.js';

/** Where an expression was written: the file and the key path of its text (for file:line:col). */
export interface ExpressionPlace {
  readonly src: YamlSource;
  readonly path: KeyPath;
}

/** The functions an expression may call (mathjs semantics, real numbers only). */
export const EXPRESSION_FUNCTIONS: readonly string[] = ['abs', 'min', 'max', 'exp', 'log', 'sqrt', 'pow', 'floor', 'ceil', 'round', 'sign'];
/** The constants an expression may name. */
export const EXPRESSION_CONSTANTS: readonly string[] = ['pi', 'e'];
/** The one free variable: years from the projection start (0, 1, 2, ...). */
export const EXPRESSION_VARIABLE = 't';
/** Longer texts are refused before parsing (an assumption is a formula, not a program). */
export const EXPRESSION_MAX_LENGTH = 500;

/**
 * Operators an expression may use, by mathjs function name: arithmetic (`+ - * / ^`, unary `-`
 * and `+`), comparison (`< <= > >= == !=`), and `and`, `or`, `not` to combine conditions of
 * `c ? a : b`. Not allowed: `%` (mathjs reads it as a percentage or a modulo depending on what
 * follows: `50% + t % 3` is 50 mod t mod 3), factorial `!`, transpose `'`, bitwise, ranges `:`,
 * unit conversion `to`.
 */
const OPERATORS = new Set([
  'add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus', 'pow',
  'smaller', 'smallerEq', 'larger', 'largerEq', 'equal', 'unequal',
  'and', 'or', 'not',
]);
const COMPARISONS = new Set(['smaller', 'smallerEq', 'larger', 'largerEq', 'equal', 'unequal']);

/**
 * mathjs functions that can change the instance or parse text into new expressions (the mathjs
 * security notes, docs/expressions/security.md); the sandbox replaces each by one that throws,
 * in case the allow-list were ever bypassed. An expression naming one gets a specific message.
 */
export const DISABLED_FUNCTIONS: readonly string[] = [
  'import', 'createUnit', 'evaluate', 'parse', 'compile', 'parser', 'simplify', 'simplifyCore', 'simplifyConstant',
  'rationalize', 'derivative', 'resolve', 'symbolicEqual', 'leafCount', 'reviver', 'replacer', 'chain',
];
// `config` and `typed` stay: the instance builds its functions with them. The allow-list refuses them.

/** Constructs a scenario expression cannot use, by mathjs node type, as the message names them. */
const CONSTRUCT_NAMES: Readonly<Record<string, string>> = {
  AccessorNode: 'property or index access',
  ArrayNode: 'a matrix [..]',
  AssignmentNode: 'an assignment',
  BlockNode: 'several statements',
  FunctionAssignmentNode: 'a function definition',
  IndexNode: 'an index',
  ObjectNode: 'an object {..}',
  RangeNode: 'a range',
};

type Parse = (text: string) => MathNode;

/** The sandboxed mathjs instance and its parser, kept from before `parse` was disabled. */
export interface ExpressionSandbox {
  readonly parse: Parse;
  readonly math: MathJsInstance;
}

let sandbox: Promise<ExpressionSandbox> | undefined;

/**
 * The sandbox, created on first use. mathjs costs about a second to load, so it is imported
 * here, on the first expression, and nowhere else at module top level. The instance is a private
 * one (`create(all)`) whose dangerous functions throw; its own parser is kept before it is
 * disabled. Exported for the tests; the engine calls `compileExpression`.
 * @internal
 */
export function expressionSandbox(): Promise<ExpressionSandbox> {
  sandbox ??= import('mathjs').then(({ create, all }) => {
    const math = create(all);
    const parse = math.parse.bind(math) as unknown as Parse;
    const disabled: Record<string, () => never> = {};
    for (const name of DISABLED_FUNCTIONS) {
      disabled[name] = () => {
        throw new Error(`function ${name} is disabled in scenario expressions`);
      };
    }
    math.import(disabled, { override: true });
    return { parse, math };
  });
  return sandbox;
}


/** Line and column of character `index` (0-based) of the expression text, when the file allows it. */
function positionInText(place: ExpressionPlace, text: string, index: number): { line: number; col: number; file: string } {
  const at = positionOf(place.src, place.path);
  const node = yamlNodeAt(place.src, place.path);
  if (!isScalar(node) || node.range == null || node.value !== text || text.includes('\n')) return at;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  if (node.type !== 'PLAIN' && !quoted) return at;
  const [start, end] = node.range;
  // Escapes make the written text longer than the value; then only the start is known.
  if (end - start - (quoted ? 2 : 0) !== text.length) return at;
  return nodeOffsetPosition(place.src, node, start + (quoted ? 1 : 0) + Math.max(0, Math.min(index, text.length)));
}

/** Index of the first use of `name` as a whole identifier (a call when `call`), else 0. */
function indexOfName(text: string, name: string, call: boolean): number {
  const escaped = name.replace(/[$]/g, '\\$');
  const re = new RegExp(`(?<![A-Za-z0-9_$.])${escaped}(?![A-Za-z0-9_$])${call ? '(?=\\s*\\()' : ''}`);
  return re.exec(text)?.index ?? 0;
}

function expressionError(place: ExpressionPlace, text: string, index: number, detail: string): InputError {
  const { line, col, file } = positionInText(place, text, index);
  return new InputError(file, line, col, keyName(place.path), detail);
}

const list = (names: readonly string[]) => names.join(', ');

/** The first thing in the tree that is not allowed, as an InputError at its place in the text. */
function checkTree(node: MathNode, text: string, place: ExpressionPlace): void {
  const refuse = (index: number, what: string) => expressionError(place, text, index, `${what} in expression "${text}"`);
  switch (node.type) {
    case 'ParenthesisNode':
      return checkTree((node as ParenthesisNode).content, text, place);
    case 'ConstantNode': {
      const v = (node as ConstantNode).value as unknown;
      if (typeof v !== 'number') throw refuse(0, `${JSON.stringify(v)} is not a number: only numbers are allowed`);
      if (!Number.isFinite(v)) throw refuse(indexOfName(text, String(v), false), `${String(v)} is not a finite number`);
      return;
    }
    case 'SymbolNode': {
      const { name } = node as SymbolNode;
      if (name === EXPRESSION_VARIABLE || EXPRESSION_CONSTANTS.includes(name)) return;
      const index = indexOfName(text, name, false);
      if (DISABLED_FUNCTIONS.includes(name)) throw refuse(index, `refused name "${name}"`);
      throw refuse(index, `unknown symbol "${name}": the only variable is ${EXPRESSION_VARIABLE} (years from the start), the constants ${list(EXPRESSION_CONSTANTS)}`);
    }
    case 'FunctionNode': {
      const f = node as FunctionNode;
      if (f.fn.type !== 'SymbolNode') throw refuse(0, 'a computed function call');
      const name = (f.fn as unknown as SymbolNode).name;
      const index = indexOfName(text, name, true);
      if (DISABLED_FUNCTIONS.includes(name)) throw refuse(index, `refused function "${name}" (disabled in the sandbox)`);
      if (!EXPRESSION_FUNCTIONS.includes(name)) throw refuse(index, `unknown function "${name}": allowed are ${list(EXPRESSION_FUNCTIONS)}`);
      for (const arg of f.args) checkTree(arg, text, place);
      return;
    }
    case 'OperatorNode': {
      const op = node as OperatorNode;
      if (!OPERATORS.has(op.fn)) throw refuse(Math.max(0, text.indexOf(op.op)), `refused operator "${op.op}" (${op.fn})`);
      for (const arg of op.args) checkTree(arg, text, place);
      return;
    }
    case 'RelationalNode': {
      const r = node as RelationalNode;
      const bad = r.conditionals.find((c) => !COMPARISONS.has(c));
      if (bad !== undefined) throw refuse(0, `refused comparison "${bad}"`);
      for (const p of r.params) checkTree(p, text, place);
      return;
    }
    case 'ConditionalNode': {
      const c = node as ConditionalNode;
      checkTree(c.condition, text, place);
      checkTree(c.trueExpr, text, place);
      checkTree(c.falseExpr, text, place);
      return;
    }
    default: {
      const what = CONSTRUCT_NAMES[node.type] ?? node.type;
      const index = node.type === 'AssignmentNode' || node.type === 'FunctionAssignmentNode' ? Math.max(0, text.indexOf('=')) : 0;
      throw refuse(index, `refused construct: ${what}`);
    }
  }
}

/** How a non-number result reads in a message. */
function describeResult(v: unknown): string {
  if (typeof v === 'boolean') return `${String(v)} (a condition, not a number)`;
  if (typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'Complex') return `the complex number ${String(v)}`;
  if (typeof v === 'object' && v !== null) return `a ${(v as { type?: unknown }).type ?? 'value'} (${String(v)})`;
  return String(v);
}

/**
 * Compile an assumption written as an expression of `t` (years from the projection start:
 * 0, 1, 2, ...) into a function of t. Parsed by mathjs in a sandbox: a private instance whose
 * `import`, `createUnit`, `evaluate`, `parse`, `simplify`, ... throw, and an allow-list checked on
 * the parse tree: numbers, `t`, `pi`, `e`, arithmetic, comparison, `and`/`or`/`not`,
 * `cond ? a : b`, and the functions abs, min, max, exp, log, sqrt, pow, floor, ceil, round, sign.
 * Compile once and call once a projection year (not per cell). mathjs is loaded on the first call.
 * Arithmetic is plain double arithmetic; comparisons, `min` and `max` are mathjs's, with a relative
 * tolerance of 1e-12 (`max(0.02, 0.020000000000000004)` is 0.02). `%` is refused (percentage or modulo?).
 *
 * @param text the expression as written in the file
 * @param where the file and key path of the text (errors point at the offending name in it)
 * @returns a function of t giving a finite real number; it throws an InputError naming the
 *   expression and t when the result is NaN, infinite, complex or not a number
 * @throws {InputError} at file:line:col of the offending name for a syntax error, a refused or
 *   unknown function, an unknown symbol or any other construct
 * @example (await compileExpression('0.03 + 0.01 * exp(-t / 5)', where))(5) // => 0.033678794411714424
 * @example (await compileExpression('t < 10 ? 0.05 : 0.03', where))(10) // => 0.03
 */
export async function compileExpression(text: string, where: ExpressionPlace): Promise<(t: number) => number> {
  if (text.length > EXPRESSION_MAX_LENGTH) throw expressionError(where, text, 0, `expression of ${text.length} characters: at most ${EXPRESSION_MAX_LENGTH}`);
  const { parse } = await expressionSandbox();
  const percent = text.indexOf('%');
  if (percent >= 0) throw expressionError(where, text, percent, `refused "%" in expression "${text}": write a rate as a decimal (0.05, not 5%)`);
  let tree: MathNode;
  try {
    tree = parse(text);
  } catch (e) {
    const char = (e as { char?: unknown }).char;
    const index = typeof char === 'number' ? char - 1 : 0;
    throw expressionError(where, text, index, `syntax error in expression "${text}": ${(e as Error).message}`);
  }
  checkTree(tree, text, where);
  const code: EvalFunction = tree.compile();
  const scope = new Map<string, number>();
  return (t: number): number => {
    scope.set(EXPRESSION_VARIABLE, t);
    let v: unknown;
    try {
      v = code.evaluate(scope);
    } catch (e) {
      throw expressionError(where, text, 0, `expression "${text}" fails at t = ${t}: ${(e as Error).message}`);
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw expressionError(where, text, 0, `expression "${text}" gives ${describeResult(v)} at t = ${t}: it must be a finite real number`);
    }
    return v;
  };
}
