import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phraseLiterals } from '../../rules/phrase-literals.data.js';
import { phraseLiteralRows, requiredLiteralSets } from '../../src/linter/phrases.js';

/**
 * The literal table spares every start-up the analysis of the built-in expressions; a stale row would make a rule
 * skip sentences it should read. `npm run phrases` rewrites it.
 */
const repoRoot = path.join(import.meta.dirname, '..', '..');

describe('the literal table of the built-in expressions (rules/phrase-literals.data.ts)', () => {
  it('knows every expression the built-in rules make, with the literals they have now', () => {
    // In a process of its own: the tests share their workers, and other tests make expressions of their own.
    const script = `
      import fs from 'node:fs';
      import path from 'node:path';
      const { lintText, builtinRules } = await import(${JSON.stringify(path.join(repoRoot, 'dist', 'src', 'index.js'))});
      const { phraseLiteralRows } = await import(${JSON.stringify(path.join(repoRoot, 'dist', 'src', 'linter', 'phrases.js'))});
      const { phraseLiterals } = await import(${JSON.stringify(path.join(repoRoot, 'dist', 'rules', 'phrase-literals.data.js'))});
      const rules = Object.fromEntries([...builtinRules.keys()].map((id) => [id, 'warn']));
      const examples = ${JSON.stringify(path.join(repoRoot, 'examples'))};
      for (const entry of fs.readdirSync(examples, { recursive: true })) {
        const file = path.join(examples, String(entry));
        if (fs.statSync(file).isFile()) await lintText(fs.readFileSync(file, 'utf8'), { filePath: file, config: { rules } });
      }
      const rows = phraseLiteralRows();
      const stale = rows.filter(([key, literals]) => JSON.stringify(phraseLiterals[key]) !== JSON.stringify(literals)).map(([key]) => key.slice(0, 80));
      console.log(JSON.stringify({ rows: rows.length, stale }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const { rows, stale } = JSON.parse(result.stdout) as { rows: number; stale: string[] };
    expect(rows).toBeGreaterThan(300);
    expect(stale, 'run `npm run phrases` to rewrite rules/phrase-literals.data.ts').toEqual([]);
  });

  it('holds no row whose literals differ from what the analysis gives', () => {
    for (const [key, literals] of Object.entries(phraseLiterals)) {
      const space = key.indexOf(' ');
      expect(requiredLiteralSets(key.slice(space + 1), key.slice(0, space)) ?? 0, key.slice(0, 80)).toEqual(literals);
    }
  });
});
