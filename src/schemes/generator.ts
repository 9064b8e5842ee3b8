import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

/** The program and version named in every file a run or batch writes (`ssc-proj 0.1.0`). */
export const GENERATOR = `${pkg.name} ${pkg.version}`;
