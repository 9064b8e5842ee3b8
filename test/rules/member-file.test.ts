/**
 * Member files (YAML or JSON): a malformed file is an InputError naming `file:line:col: key:`,
 * at the line and column of the bad value; the CLI prints it on stderr, exits with code 2 and
 * writes no --out file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { yamlSourceFromText } from '../../src/assumptions/yaml-source.js';
import { filsOps } from '../../src/money/money-ops.js';
import { statementToJson } from '../../src/output/statement-format.js';
import { loadModel } from '../../src/rules/load-model.js';
import { memberRecordFromSource, readMemberFile } from '../../src/rules/member-file.js';
import { statement } from '../../src/rules/statement.js';
import { cli, DIST_IS_FRESH, ROOT } from '../helpers/cli.js';

const FILE = 'member.yaml';

/** The file, one string a line (line n is LINES[n - 1]); flow and block mappings both. */
const LINES = [
  '# a member file for the tests',
  'member: { id: T-1, sex: F, birthDate: 1990-05-10, nationality: JO }',
  'events:',
  '  - { date: 2025-01-10, type: apply, wage: 400.000 }',
  '  - { date: 2025-02-14, type: pay, amount: 70.000 }',
  '  - date: 2025-05-20',
  '    type: pay',
  '    amount: 214.200',
  '  - { date: 2026-01-20, type: increase, wage: 440.000 }',
];

/** The file with line `n` replaced (or added at the end when n = LINES.length + 1). */
function withLine(n: number, text: string): string {
  const lines = [...LINES];
  lines[n - 1] = text;
  return `${lines.join('\n')}\n`;
}

function errorOf(text: string, file = FILE): InputError {
  try {
    memberRecordFromSource(yamlSourceFromText(text, file));
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

/** Expect an InputError at line `n`, at the column where `value` starts on that line, for `key`. */
function expectErrorAt(text: string, n: number, value: string, key: string, mentions: string[] = []): void {
  const e = errorOf(text);
  const col = text.split('\n')[n - 1]!.indexOf(value) + 1;
  expect(col).toBeGreaterThan(0);
  expect({ file: e.file, line: e.line, col: e.col, key: e.key }).toEqual({ file: FILE, line: n, col, key });
  expect(e.message.startsWith(`${FILE}:${n}:${col}: ${key}: `)).toBe(true);
  for (const m of mentions) expect(e.message).toContain(m);
}

describe('memberRecordFromSource: a well-formed file', () => {
  it('reads dates as real days and money exactly in fils (400.000 JOD = 400000 fils)', () => {
    expect(memberRecordFromSource(yamlSourceFromText(withLine(10, ''), FILE))).toEqual({
      member: { id: 'T-1', sex: 'F', birthDate: 19900510, nationality: 'JO' },
      events: [
        { date: 20250110, type: 'apply', wage: 400_000 },
        { date: 20250214, type: 'pay', amount: 70_000 },
        { date: 20250520, type: 'pay', amount: 214_200 },
        { date: 20260120, type: 'increase', wage: 440_000 },
      ],
    });
  });

  it('reads previousCoverage with its defaults (unsettledRights and reducedBefore false)', () => {
    const text = withLine(10, 'previousCoverage: { lastWage: 420.5, leftOn: 2021-03-31 }');
    expect(memberRecordFromSource(yamlSourceFromText(text, FILE)).previousCoverage).toEqual({ lastWage: 420_500, leftOn: 20210331, unsettledRights: false, reducedBefore: false });
  });
});

describe('memberRecordFromSource: a malformed file is an InputError at file:line:col: key', () => {
  it('a day that does not exist (2025-02-30), in a flow mapping', () => {
    expectErrorAt(withLine(5, '  - { date: 2025-02-30, type: pay, amount: 70.000 }'), 5, '2025-02-30', 'events.1.date');
  });

  it('a day that does not exist (2025-02-29, not a leap year), in a block mapping', () => {
    expectErrorAt(withLine(6, '  - date: 2025-02-29'), 6, '2025-02-29', 'events.2.date');
  });

  it('an unknown event type, naming the known ones', () => {
    expectErrorAt(withLine(9, '  - { date: 2026-01-20, type: raise, wage: 440.000 }'), 9, 'raise', 'events.3.type', ['raise', 'apply', 'pay', 'increase', 'cancel-increase', 'stop']);
  });

  it('an amount with 4 decimals (JOD has 3: fils)', () => {
    expectErrorAt(withLine(8, '    amount: 214.2005'), 8, '214.2005', 'events.2.amount', ['214.2005', '4 decimals']);
  });

  it('an amount with 4 decimals written as a string, in a JSON file', () => {
    const json = '{\n  "member": { "id": "J", "sex": "M", "birthDate": "1990-01-01", "nationality": "JO" },\n  "events": [\n    { "date": "2025-01-10", "type": "apply", "wage": "400.0001" }\n  ]\n}\n';
    const e = errorOf(json, 'member.json');
    expect({ line: e.line, key: e.key }).toEqual({ line: 4, key: 'events.0.wage' });
    expect(e.message).toMatch(/^member\.json:4:\d+: events\.0\.wage: /);
  });

  it('events out of date order', () => {
    expectErrorAt(withLine(9, '  - { date: 2025-04-01, type: increase, wage: 440.000 }'), 9, '2025-04-01', 'events.3.date', ['2025-04-01', 'order']);
  });

  it('an unknown key in an event, in the member, and at the top', () => {
    expectErrorAt(withLine(5, '  - { date: 2025-02-14, type: pay, amount: 70.000, note: hi }'), 5, 'note', 'events.1.note', ['note']);
    expectErrorAt(withLine(2, 'member: { id: T-1, sex: F, birthDate: 1990-05-10, nationality: JO, phone: 1 }'), 2, 'phone', 'member.phone', ['phone']);
    expectErrorAt(withLine(10, 'comment: nothing'), 10, 'comment', 'comment', ['comment']);
  });

  it('a payment of zero, a birth date that does not exist, a sex that is neither M nor F', () => {
    expectErrorAt(withLine(5, '  - { date: 2025-02-14, type: pay, amount: 0 }'), 5, '0 }', 'events.1.amount');
    expectErrorAt(withLine(2, 'member: { id: T-1, sex: F, birthDate: 1990-02-30, nationality: JO }'), 2, '1990-02-30', 'member.birthDate');
    expectErrorAt(withLine(2, 'member: { id: T-1, sex: X, birthDate: 1990-05-10, nationality: JO }'), 2, 'X,', 'member.sex');
  });

  it('a file that cannot be read is an InputError at :1:1', () => {
    const missing = join(tmpdir(), 'ssc-proj-no-such-member-file.yaml');
    expect(() => readMemberFile(missing)).toThrow(InputError);
    expect(() => readMemberFile(missing)).toThrow(new RegExp(`^${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: `));
  });
});

// The command line: test/helpers/cli.ts runs bin/ssc-proj.js when dist/ is fresh, else src/ through tsx.

describe(`ssc-proj statement (the command line, ${DIST_IS_FRESH ? 'bin/ssc-proj.js' : 'src/cli/main.ts through tsx: dist/ is older than src/'})`, () => {
  let dir: string;
  const runs: Record<string, Awaited<ReturnType<typeof cli>>> = {};
  const path = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ssc-proj-member-file-'));
    writeFileSync(path('good.yaml'), withLine(10, ''));
    writeFileSync(path('bad-date.yaml'), withLine(5, '  - { date: 2025-02-30, type: pay, amount: 70.000 }'));
    const model = readFileSync(join(ROOT, 'models/ssc-optional.yaml'), 'utf8');
    writeFileSync(path('bad-model.yaml'), model.replace(/^contributionRate:\n  value: 0\.175$/m, 'contributionRate:\n  value: 1.75'));
    // The four runs start together: each costs a Node start-up with tsx.
    const [good, badDate, badModel, badAsOf] = await Promise.all([
      cli(['statement', path('good.yaml'), '--as-of', '2026-03-31', '--out', path('good.json')]),
      cli(['statement', path('bad-date.yaml'), '--as-of', '2026-03-31', '--out', path('bad-date.json')]),
      cli(['statement', path('good.yaml'), '--as-of', '2026-03-31', '--model', path('bad-model.yaml'), '--out', path('bad-model.json')]),
      cli(['statement', path('good.yaml'), '--as-of', '2026-02-30', '--out', path('bad-as-of.json')]),
    ]);
    Object.assign(runs, { good, badDate, badModel, badAsOf });
  }, 120_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('a well-formed file: exit 0, the --out file holds the JSON statement of the library', () => {
    expect(runs.good!.stderr).toBe('');
    expect(runs.good!.code).toBe(0);
    const expected = statementToJson(statement(readMemberFile(path('good.yaml')), loadModel(), { asOf: '2026-03-31' }), filsOps);
    expect(JSON.parse(readFileSync(path('good.json'), 'utf8'))).toEqual(expected);
  });

  it('a malformed member file: exit 2, one line on stderr with file:line:col: key, no --out file', () => {
    const col = '  - { date: '.length + 1;
    expect(runs.badDate!.code).toBe(2);
    expect(runs.badDate!.stderr).toMatch(new RegExp(`^ssc-proj: .*bad-date\\.yaml:5:${col}: events\\.1\\.date: .*\\n$`));
    expect(runs.badDate!.stdout).toBe('');
    expect(existsSync(path('bad-date.json'))).toBe(false);
  });

  it('a model file with a value out of range: exit 2, naming the model file, line and key, no --out file', () => {
    const line = readFileSync(path('bad-model.yaml'), 'utf8').split('\n').indexOf('  value: 1.75') + 1;
    expect(line).toBeGreaterThan(0);
    expect(runs.badModel!.code).toBe(2);
    expect(runs.badModel!.stderr).toMatch(new RegExp(`bad-model\\.yaml:${line}:\\d+: contributionRate\\.value: `));
    expect(existsSync(path('bad-model.json'))).toBe(false);
  });

  it('an --as-of that is not a day: exit 2, no --out file', () => {
    expect(runs.badAsOf!.code).toBe(2);
    expect(runs.badAsOf!.stderr).toContain('--as-of');
    expect(existsSync(path('bad-as-of.json'))).toBe(false);
  });
});
