/**
 * The import graph of src/ and rules/: no cycles, and the kernel (src/linter) and config (src/config) never
 * import the built-in rules; the engine, the CLI and the library entry hand the rules in. Read with the
 * TypeScript compiler's import scanner, type-only and dynamic imports included, so a cycle through a type
 * counts as well.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true }).flatMap((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return entry.isFile() && /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path.relative(root, full)] : [];
  });
}

/** Each file's relative imports, resolved to repository paths (`.js` specifiers name `.ts` sources). */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(path.join(root, file), 'utf8'), true, true);
    const targets = info.importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => {
        const resolved = path.normalize(path.join(path.dirname(file), specifier)).replace(/\.js$/, '.ts');
        if (known.has(resolved)) return resolved;
        const index = path.join(resolved.replace(/\.ts$/, ''), 'index.ts');
        return known.has(index) ? index : resolved;
      })
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the list of files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') found.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

const graph = importGraph([...sourceFiles('src'), ...sourceFiles('rules')]);

describe('import graph', () => {
  it('reads the real graph (the scanner resolves imports)', () => {
    expect(graph.get(path.join('src', 'engine', 'source.ts'))).toContain(path.join('rules', 'index.ts'));
    expect(graph.get(path.join('src', 'cli.ts'))).toContain(path.join('src', 'engine', 'engine.ts'));
    expect(cycles(new Map([['a', ['b']], ['b', ['a']]]))).toEqual([['a', 'b', 'a']]);
  });

  it('has no import cycles in src/ and rules/', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('keeps the built-in rules out of the kernel and the config layer', () => {
    const upward = [...graph]
      .filter(([file]) => file.startsWith(path.join('src', 'linter') + path.sep) || file.startsWith(path.join('src', 'config') + path.sep))
      .flatMap(([file, targets]) => targets.filter((target) => target.startsWith('rules' + path.sep)).map((target) => `${file} -> ${target}`));
    expect(upward).toEqual([]);
  });
});
