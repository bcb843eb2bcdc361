// Compile the phrase data files of built-in rules (rules/<id>/phrases.yaml) into rules/<id>/phrases.data.ts, and
// write the JSON Schema editors validate them with (docs/phrases.schema.json). The YAML is validated here, with
// errors naming the file and line; the generated modules let the command line start without loading a YAML
// parser or zod. `--check` changes nothing and exits 1 when a generated file is out of date.
//
// Run `npm run phrases` after editing a phrases.yaml (it builds, generates, and builds again).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parsePhraseData, PhraseDataError } = await import(path.join(root, 'dist/src/phrases/load.js'));
const { phraseFileJsonSchema } = await import(path.join(root, 'dist/src/phrases/schema.js'));

/** The generated module for one data file. */
export function generated(data) {
  return `// Generated from phrases.yaml by \`npm run phrases\`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = ${JSON.stringify(data, null, 2)};
`;
}

const check = process.argv.includes('--check');
const outputs = new Map();
for (const id of fs.readdirSync(path.join(root, 'rules')).sort()) {
  const yamlPath = path.join(root, 'rules', id, 'phrases.yaml');
  if (!fs.existsSync(yamlPath)) continue;
  const file = `rules/${id}/phrases.yaml`;
  try {
    outputs.set(path.join(root, 'rules', id, 'phrases.data.ts'), generated(parsePhraseData(fs.readFileSync(yamlPath, 'utf8'), file)));
  } catch (error) {
    if (!(error instanceof PhraseDataError)) throw error;
    console.error(`empathy-lint: ${error.message}`);
    process.exit(2);
  }
}
outputs.set(path.join(root, 'docs', 'phrases.schema.json'), JSON.stringify(phraseFileJsonSchema(), null, 2) + '\n');

let stale = 0;
for (const [target, text] of outputs) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
  if (current === text) continue;
  stale++;
  if (check) console.error(`${path.relative(root, target)} is out of date: run \`npm run phrases\``);
  else fs.writeFileSync(target, text);
}
if (check && stale > 0) process.exit(1);
