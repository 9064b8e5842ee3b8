import { describe, expect, it } from 'vitest';
import { compileExpression, expressionSandbox } from '../../src/assumptions/expression.js';
import { InputError } from '../../src/assumptions/input-error.js';
import { yamlSourceFromText } from '../../src/assumptions/yaml-source.js';

/**
 * The expression as the only value of a scenario file, single-quoted on line 2:
 *   rate:
 *     expr: '<text>'
 * so the quote is at column 9 and character i of the text at column 10 + i.
 */
function place(text: string) {
  const src = yamlSourceFromText(`rate:\n  expr: '${text.replace(/'/g, "''")}'\n`, 'scenario.yaml');
  return { src, path: ['rate', 'expr'] };
}

const compile = (text: string) => compileExpression(text, place(text));

async function refusal(text: string): Promise<InputError> {
  try {
    await compile(text);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`"${text}" was accepted`);
}

function evaluationError(f: (t: number) => number, t: number): InputError {
  try {
    f(t);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`t = ${t} gave a value`);
}

describe('compileExpression(text) evaluates a function of t exactly as JavaScript doubles do', () => {
  it('0.03 + 0.01 * exp(-t / 5) at t = 0, 1, 2, 5 is 0.03 + 0.01 x Math.exp(-t / 5)', async () => {
    const f = await compile('0.03 + 0.01 * exp(-t / 5)');
    expect(f(0)).toBe(0.04);
    expect(f(1)).toBe(0.03818730753077982);
    expect(f(2)).toBe(0.03670320046035639);
    expect(f(5)).toBe(0.033678794411714424); // 0.03 + 0.01 / e
  });

  it('t < 10 ? 0.05 : 0.03 switches at t = 10', async () => {
    const f = await compile('t < 10 ? 0.05 : 0.03');
    expect([0, 9, 10, 49].map(f)).toEqual([0.05, 0.05, 0.03, 0.03]);
  });

  it('0.03 + 0.001 * t is 0.03, 0.031, 0.032, 0.033, 0.034', async () => {
    const f = await compile('0.03 + 0.001 * t');
    expect([0, 1, 2, 3, 4].map(f)).toEqual([0.03, 0.031, 0.032, 0.033, 0.034]);
  });

  it('0.05 - 0.005 * t keeps the float drift: 0.020000000000000004 at t = 6', async () => {
    const f = await compile('0.05 - 0.005 * t');
    expect([0, 5, 6].map(f)).toEqual([0.05, 0.025, 0.020000000000000004]);
  });

  it('max(0.02, 0.05 - 0.005 * t) is 0.02 at t = 6: mathjs compares with a relative tolerance (config.relTol 1e-12), so 0.020000000000000004 is not larger than 0.02', async () => {
    const f = await compile('max(0.02, 0.05 - 0.005 * t)');
    expect([0, 5, 6, 10].map(f)).toEqual([0.05, 0.025, 0.02, 0.02]);
    expect((await compile('max(0.05 - 0.005 * t, 0.02)'))(6)).toBe(0.020000000000000004);
  });

  it('the constants pi and e: pi * e = 8.539734222673566', async () => {
    expect((await compile('pi * e'))(0)).toBe(8.539734222673566);
  });

  it('every allowed function: abs, min, max, exp, log, sqrt, pow, floor, ceil, round, sign', async () => {
    const f = await compile('abs(-1) + min(t, 3) + max(t, 3) + exp(0) + log(e) + sqrt(4) + pow(2, 3) + floor(1.5) + ceil(1.5) + round(1.5) + sign(-t)');
    // 1 + 2 + 3 + 1 + 1 + 2 + 8 + 1 + 2 + 2 - 1 at t = 2
    expect(f(2)).toBe(22);
  });

  it('round(2.345, 2) is 2.35 (mathjs rounds the decimal, not the binary 2.34499...)', async () => {
    expect((await compile('round(2.345, 2)'))(0)).toBe(2.35);
  });

  it('comparison chains and and/or/not in a condition: 2 <= t < 5 and not (t == 3) ? 1 : 0', async () => {
    const f = await compile('2 <= t < 5 and not (t == 3) ? 1 : 0');
    expect([0, 1, 2, 3, 4, 5].map(f)).toEqual([0, 0, 1, 0, 1, 0]);
  });

});

describe('compileExpression refuses names outside the sandbox at file:line:col of the name', () => {
  it.each([
    // [text, column, detail]
    ['import({}, {})', 10, 'refused function "import" (disabled in the sandbox)'],
    ['createUnit("furlong")', 10, 'refused function "createUnit" (disabled in the sandbox)'],
    ['evaluate("1 + 1")', 10, 'refused function "evaluate" (disabled in the sandbox)'],
    ['0.01 * parse("t")', 17, 'refused function "parse" (disabled in the sandbox)'],
    ['simplify("t")', 10, 'refused function "simplify" (disabled in the sandbox)'],
    ['0.03 + foo(t)', 17, 'unknown function "foo": allowed are abs, min, max, exp, log, sqrt, pow, floor, ceil, round, sign'],
    ['cos(t)', 10, 'unknown function "cos": allowed are abs, min, max, exp, log, sqrt, pow, floor, ceil, round, sign'],
    ['0.03 + 0.001 * x', 25, 'unknown symbol "x": the only variable is t (years from the start), the constants pi, e'],
    ['5 cm', 12, 'unknown symbol "cm": the only variable is t (years from the start), the constants pi, e'],
    ['t + Infinity', 14, 'Infinity is not a finite number'],
    ['1e400 * t', 10, 'Infinity is not a finite number'],
    ['t + NaN', 14, 'NaN is not a finite number'],
    ['t + import', 14, 'refused name "import"'],
  ])('%s -> column %i: %s', async (text, col, detail) => {
    const e = await refusal(text);
    expect(e.file).toBe('scenario.yaml');
    expect([e.line, e.col, e.key]).toEqual([2, col, 'rate.expr']);
    expect(e.detail).toBe(`${detail} in expression "${text}"`);
  });

  it('refuses constructs other than arithmetic: assignment, function definition, matrix, object, factorial, string', async () => {
    expect((await refusal('a = 1')).detail).toBe('refused construct: an assignment in expression "a = 1"');
    expect((await refusal('f(x) = x')).detail).toBe('refused construct: a function definition in expression "f(x) = x"');
    expect((await refusal('[1, 2]')).detail).toBe('refused construct: a matrix [..] in expression "[1, 2]"');
    expect((await refusal('{a: 1}')).detail).toBe('refused construct: an object {..} in expression "{a: 1}"');
    expect((await refusal('t!')).detail).toBe('refused operator "!" (factorial) in expression "t!"');
    expect((await refusal('"0.03"')).detail).toBe('"0.03" is not a number: only numbers are allowed in expression ""0.03""');
  });

  it('"%" is refused (mathjs reads 50% + t % 3 as 50 mod t mod 3): write 0.5', async () => {
    expect((await refusal('0.5 + t % 3')).message).toBe('scenario.yaml:2:18: rate.expr: refused "%" in expression "0.5 + t % 3": write a rate as a decimal (0.05, not 5%)');
    expect((await refusal('5%')).col).toBe(11);
  });

  it('a text longer than 500 characters is refused before parsing', async () => {
    const text = `0${' + 0'.repeat(125)}`;
    expect(text.length).toBe(501);
    expect((await refusal(text)).detail).toBe('expression of 501 characters: at most 500');
  });

  it('a syntax error is at the character mathjs names: "0.03 +" ends at column 16', async () => {
    const e = await refusal('0.03 +');
    expect(e.message).toBe('scenario.yaml:2:16: rate.expr: syntax error in expression "0.03 +": Unexpected end of expression (char 7)');
  });

  it('columns follow the text in a plain (unquoted) scalar too', async () => {
    const src = yamlSourceFromText('rates:\n  interest: { expr: 0.03 + bar(t) }\n', 'plain.yaml');
    const e = await compileExpression('0.03 + bar(t)', { src, path: ['rates', 'interest', 'expr'] }).catch((x: unknown) => x as InputError);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message.startsWith('plain.yaml:2:28: rates.interest.expr: unknown function "bar"')).toBe(true);
  });

  it('with escapes in the quoted text only the start of the value is known', async () => {
    const src = yamlSourceFromText('rate:\n  expr: "0.03 +\\tfoo(t)"\n', 'esc.yaml');
    const e = await compileExpression('0.03 +\tfoo(t)', { src, path: ['rate', 'expr'] }).catch((x: unknown) => x as InputError);
    expect([(e as InputError).line, (e as InputError).col]).toEqual([2, 9]);
  });
});

describe('the compiled function refuses a result that is not a finite real number, naming the expression and t', () => {
  it('log(-1) is complex in mathjs: refused', async () => {
    const f = await compile('log(-1)');
    expect(evaluationError(f, 0).message).toBe(
      'scenario.yaml:2:10: rate.expr: expression "log(-1)" gives the complex number 3.141592653589793i at t = 0: it must be a finite real number',
    );
  });

  it('log(1 - t / 10) is real until t = 10, then -Infinity, then complex', async () => {
    const f = await compile('log(1 - t / 10)');
    expect(f(0)).toBe(0);
    expect(evaluationError(f, 10).detail).toBe('expression "log(1 - t / 10)" gives -Infinity at t = 10: it must be a finite real number');
    expect(evaluationError(f, 11).detail).toBe('expression "log(1 - t / 10)" gives the complex number -2.302585092994045 + 3.141592653589793i at t = 11: it must be a finite real number');
  });

  it('sqrt(t - 3) is complex before t = 3', async () => {
    const f = await compile('sqrt(t - 3)');
    expect(f(7)).toBe(2);
    expect(evaluationError(f, 2).detail).toBe('expression "sqrt(t - 3)" gives the complex number i at t = 2: it must be a finite real number');
  });

  it('0/0 is NaN: refused', async () => {
    const f = await compile('0/0');
    expect(evaluationError(f, 3).detail).toBe('expression "0/0" gives NaN at t = 3: it must be a finite real number');
  });

  it('1 / t is Infinity at t = 0: refused', async () => {
    const f = await compile('1 / t');
    expect(evaluationError(f, 0).detail).toBe('expression "1 / t" gives Infinity at t = 0: it must be a finite real number');
    expect(f(4)).toBe(0.25);
  });

  it('a bare comparison is a boolean, not a number: refused', async () => {
    const f = await compile('t < 3');
    expect(evaluationError(f, 1).detail).toBe('expression "t < 3" gives true (a condition, not a number) at t = 1: it must be a finite real number');
  });

  it('a call mathjs rejects (min with no argument) is an InputError at evaluation', async () => {
    const f = await compile('min()');
    expect(evaluationError(f, 0).detail).toMatch(/^expression "min\(\)" fails at t = 0: Too few arguments in function min/);
  });
});

describe('the sandbox instance', () => {
  it('throws on import, createUnit, evaluate, parse, simplify, derivative, resolve, compile, chain', async () => {
    const { math } = await expressionSandbox();
    const m = math as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const name of ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'compile', 'chain', 'reviver']) {
      expect(() => m[name]!('1'), name).toThrow(`function ${name} is disabled in scenario expressions`);
    }
  });

  it('keeps its own parser, from before parse was disabled', async () => {
    const { parse } = await expressionSandbox();
    expect(parse('1 + t').type).toBe('OperatorNode');
  });
});
