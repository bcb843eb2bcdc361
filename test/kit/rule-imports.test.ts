/**
 * Built-in rules are written with the public rule kit only, so that a plugin can do whatever a built-in does:
 * a file under rules/ may import libraries, files of its own rule folder, and src/kit/index.js, nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const rulesDir = path.join(repoRoot, 'rules');
const kit = path.join(repoRoot, 'src', 'kit', 'index.ts');

/** Every module specifier of a source file: static imports, re-exports and dynamic `import()`. */
export function specifiersOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)) found.push(match[2]!);
  return found;
}

/** Why an import from `file` is not allowed, or undefined when it is. */
export function forbiddenImport(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
  if (target === kit) return undefined;
  const ruleFolder = path.relative(rulesDir, file).split(path.sep)[0]!;
  // rules/index.ts is the registry: it imports every rule folder.
  if (ruleFolder === 'index.ts') return target.startsWith(rulesDir + path.sep) ? undefined : `${specifier} is outside rules/`;
  return target.startsWith(path.join(rulesDir, ruleFolder) + path.sep) ? undefined : `${specifier} is neither the rule kit nor in rules/${ruleFolder}/`;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('rules/ imports', () => {
  it('finds the specifiers of every kind of import', () => {
    const source = `import { a } from '../../src/kit/index.js';\nimport type { B } from "./data.js";\nexport { c } from '../../src/linter/context.js';\nconst d = await import('../../src/lazy.js');\nimport 'side-effect';\n`;
    expect(specifiersOf(source)).toEqual(['../../src/kit/index.js', './data.js', '../../src/linter/context.js', '../../src/lazy.js', 'side-effect']);
  });

  it('tells the kit, the own folder and libraries from anything else in the library', () => {
    const file = path.join(rulesDir, 'no-blame', 'index.ts');
    expect(forbiddenImport(file, '../../src/kit/index.js')).toBeUndefined();
    expect(forbiddenImport(file, './phrases.js')).toBeUndefined();
    expect(forbiddenImport(file, 'zod')).toBeUndefined();
    expect(forbiddenImport(file, '../../src/linter/phrases.js')).toMatch(/neither the rule kit/);
    expect(forbiddenImport(file, '../no-threat/index.js')).toMatch(/neither the rule kit/);
  });

  it('every file under rules/ imports only the rule kit, its own folder and libraries', () => {
    const files = sourceFiles(rulesDir);
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) => {
      const source = fs.readFileSync(file, 'utf8');
      return specifiersOf(source).flatMap((specifier) => {
        const why = forbiddenImport(file, specifier);
        return why ? [`${path.relative(repoRoot, file)}: ${why}`] : [];
      });
    });
    expect(problems).toEqual([]);
  });
});
