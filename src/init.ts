import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage-error.js';

const starterConfig = `# empathy-lint configuration. Every key is optional; delete what you do not need.
# Docs: https://github.com/empathy-lint/empathy-lint#configuration

# Start from a preset: empathy-lint:recommended (default) or empathy-lint:strict.
extends: empathy-lint:recommended

# Levels: off, warn or error. A rule can take options: [level, { option: value }].
rules:
  no-blame: warn
  no-threat: error
  # Let a phrase through everywhere, for example your brand name:
  # no-condescension: [warn, { allow: ["Easy Tiger"] }]

# Different settings for some files (globs are relative to this file):
# overrides:
#   - files: ["legal/**/*.md"]
#     rules:
#       no-cold-tone: off

# String catalogues: JSON or YAML files of UI strings and e-mails are linted only when listed here (globs
# relative to this file), since not every JSON or YAML file is copy. Each string is read as its own piece of
# copy and reported with its key path:
# catalogs:
#   - "locales/**/*.json"
#   - "src/i18n/*.yaml"

# Extra rules from packages or local files; their rules are named plugin-name/rule-id.
# plugins: ["./empathy-rules.js"]

# A second opinion on tone from a language model, only with --llm (see docs/llm.md). The API key, if
# the provider needs one, goes in the environment variable EMPATHY_LLM_API_KEY, never in this file.
# llm:
#   provider: openai-compatible   # a local server such as Ollama; or openai, anthropic
#   baseURL: http://localhost:11434/v1
#   model: llama3.1

# Files never to lint (on top of .gitignore and .empathyignore):
ignorePatterns:
  - "node_modules/"
  - "CHANGELOG.md"
`;

/**
 * `--init`: write the commented starter config (.empathyrc.yaml) in `cwd` and return the line to show. Refuses,
 * with a `UsageError`, when a config file is already there.
 */
export function writeStarterConfig(cwd: string): string {
  const existing = ['.empathyrc', '.empathyrc.json', '.empathyrc.yaml', '.empathyrc.yml', '.empathyrc.js', '.empathyrc.cjs', '.empathyrc.mjs', 'empathy.config.js', 'empathy.config.cjs', 'empathy.config.mjs'].find((name) =>
    fs.existsSync(path.join(cwd, name)),
  );
  if (existing) throw new UsageError(`${existing} already exists; edit it instead of running --init again`);
  fs.writeFileSync(path.join(cwd, '.empathyrc.yaml'), starterConfig, { flag: 'wx' });
  return 'Wrote .empathyrc.yaml. Run `empathy-lint` to lint the copy in this folder; to lint JSON or YAML string catalogues too, list them under `catalogs` in it.';
}
