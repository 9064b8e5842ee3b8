import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Argv, CommandModule } from 'yargs';
import { SCHEMA_KINDS, schemaFileName, schemaFileText, scenarioReferenceMarkdown, type SchemaKind } from '../scenario/json-schema.js';
import { runCommand } from './exit-codes.js';

interface Args {
  scheme: SchemaKind;
  write: boolean;
}

/** The package root (docs/schema/ and docs/scenario-reference.md are written there with --write). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const schemaCommand: CommandModule<object, Args> = {
  command: 'schema',
  describe: 'Print the JSON Schema of a scenario or batch file (descriptions, units, defaults), for editors',
  builder: (y: Argv) =>
    y
      .option('scheme', { choices: SCHEMA_KINDS, default: 'optional' as const, describe: 'optional: ssc-optional scenario; health: health scenario; batch: batch file' })
      .option('write', { type: 'boolean', default: false, describe: 'write docs/schema/*.schema.json and docs/scenario-reference.md of the package instead' })
      .example('$0 schema > optional.schema.json', 'the schema of an optional-scheme scenario')
      .example('$0 schema --scheme batch', 'the schema of a batch file') as unknown as Argv<Args>,
  handler: (args) =>
    runCommand(() => {
      if (!args.write) {
        process.stdout.write(schemaFileText(args.scheme));
        return;
      }
      for (const kind of SCHEMA_KINDS) {
        const file = join(ROOT, schemaFileName(kind));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, schemaFileText(kind));
      }
      writeFileSync(join(ROOT, 'docs', 'scenario-reference.md'), scenarioReferenceMarkdown());
      process.stderr.write(`ssc-proj: wrote ${SCHEMA_KINDS.map(schemaFileName).join(', ')} and docs/scenario-reference.md\n`);
    }),
};
