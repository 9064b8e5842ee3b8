import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { readYamlSource } from '../../src/assumptions/yaml-source.js';
import { PathError } from '../../src/io/path-error.js';
import { checkOutputPath, INPUT_LIMITS, readInputText } from '../../src/io/safe-path.js';
import { readMemberFile } from '../../src/rules/member-file.js';
import { cli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'ssc-proj-paths-'));

describe('inputs: special files and pseudo-filesystems refused before reading, sizes capped', () => {
  it('devices, a FIFO, /proc and a directory are refused without being read', () => {
    const fifo = join(tmp(), 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => readInputText('/dev/zero', 100)).toThrow(new PathError('/dev/zero', 'a character device: give a regular file'));
    expect(() => readInputText(fifo, 100)).toThrow(new PathError(fifo, 'a FIFO (named pipe): give a regular file'));
    expect(() => readInputText('/proc/self/status', 1e6)).toThrow(/is under \/proc \(a kernel pseudo-filesystem\)/);
    expect(() => readInputText(tmpdir(), 100)).toThrow(/a directory: give a regular file/);
  });

  it('a scenario file above 1 MB is an InputError naming the file and the limit', () => {
    const big = join(tmp(), 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(INPUT_LIMITS.scenarioBytes)}\nscheme: ssc-optional\n`);
    expect(() => readYamlSource(big)).toThrow(InputError);
    expect(() => readYamlSource(big)).toThrow(`${big}:1:1: ${INPUT_LIMITS.scenarioBytes + 24} bytes is above the limit of 1000000 bytes for this file`);
  });

  it('a member file with more than 20,000 events is refused at its events list', () => {
    const f = join(tmp(), 'm.yaml');
    const events = Array.from({ length: INPUT_LIMITS.memberEvents + 1 }, () => '  - { date: 2026-01-05, type: pay, amount: 1 }').join('\n');
    writeFileSync(f, `member: { id: 1, sex: M, birthDate: 1990-01-01, nationality: JO }\nevents:\n${events}\n`);
    expect(() => readMemberFile(f)).toThrow(/m\.yaml:3:3: events: a list is above the bound: must be <= 20000/);
  });

  it('outputs under /proc, /sys or /dev, or below a file, are refused before anything is created', () => {
    expect(() => checkOutputPath('/proc/sys/x', 'directory')).toThrow(new PathError('/proc/sys/x', 'is under /proc (a kernel pseudo-filesystem): give a path on a disk'));
    expect(() => checkOutputPath('/sys/x/y', 'file')).toThrow(/is under \/sys/);
    expect(() => checkOutputPath('/dev/null', 'file')).toThrow(/is under \/dev/);
    const file = join(tmp(), 'f');
    writeFileSync(file, '');
    expect(() => checkOutputPath(join(file, 'out'), 'directory')).toThrow(new PathError(join(file, 'out'), `${file} is not a directory`));
    expect(() => checkOutputPath(file, 'directory')).toThrow(new PathError(file, 'exists and is a file: --out must be a directory'));
    const fifo = join(tmp(), 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => checkOutputPath(fifo, 'file')).toThrow(new PathError(fifo, 'exists and is a FIFO (named pipe): --out must be a file'));
    expect(() => checkOutputPath(fifo, 'directory')).toThrow(new PathError(fifo, 'exists and is a FIFO (named pipe): --out must be a directory'));
  });
});

describe('the command line: exit 2 at once, one line naming the file', () => {
  it.each([
    [['run', '/dev/zero', '--out', 'OUT'], 'ssc-proj: /dev/zero:1:1: a character device: give a regular file\n'],
    [['run', '/dev/urandom', '--out', 'OUT'], 'ssc-proj: /dev/urandom:1:1: a character device: give a regular file\n'],
    [['run', 'scenarios/baseline.yaml', '--out', '/proc/sys/x'], 'ssc-proj: /proc/sys/x: is under /proc (a kernel pseudo-filesystem): give a path on a disk\n'],
    [['statement', 'scenarios/members/example.yaml', '--as-of', '2027-06-30', '--out', '/proc/sys/x'], 'ssc-proj: /proc/sys/x: is under /proc (a kernel pseudo-filesystem): give a path on a disk\n'],
    [['statement', '/dev/zero', '--as-of', '2027-06-30'], 'ssc-proj: /dev/zero:1:1: a character device: give a regular file\n'],
    [['batch', '/dev/zero', '--out', 'OUT'], 'ssc-proj: /dev/zero:1:1: a character device: give a regular file\n'],
  ])('ssc-proj %j', async (args, stderr) => {
    const out = join(tmp(), 'out');
    const r = await cli(args.map((a) => (a === 'OUT' ? out : a)));
    expect(r).toEqual({ code: 2, stdout: '', stderr });
  });

  it('an --out below a file (unwritable) exits 2 naming it', async () => {
    const file = join(tmp(), 'f');
    writeFileSync(file, '');
    const r = await cli(['run', 'scenarios/baseline.yaml', '--out', join(file, 'O')]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `ssc-proj: ${join(file, 'O')}: ${file} is not a directory\n` });
  });
});
