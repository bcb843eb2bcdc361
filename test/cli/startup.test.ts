/**
 * Start-up stays light: the command runs from one script (dist/cli/cli.cjs, run with a compile cache by the
 * binary) and loads no module of its own from dist/ or node_modules. These tests record every module the built
 * binary loads (through a module hook) and check that a run loads nothing else; they do not time anything
 * (`npm run bench` measures the cold start).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project, bin, repoRoot } from './helpers.js';

const hooks = `
import fs from 'node:fs';
export async function load(url, context, next) {
  fs.appendFileSync(process.env.LOADED_LOG, url + '\\n');
  return next(url, context);
}
`;
// CommonJS modules loaded with require() do not pass the hook: list them from require's cache at exit.
const register = `
import fs from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
register(new URL('./hooks.mjs', import.meta.url));
const Module = createRequire(import.meta.url)('node:module');
process.on('exit', () => {
  fs.appendFileSync(process.env.LOADED_LOG, Object.keys(Module._cache).map((file) => pathToFileURL(file).href + '\\n').join(''));
});
`;

/** Run the binary and return what it printed and the file URLs of the ES modules it loaded. */
function loadedBy(p: Project, args: string[]): { status: number | null; stdout: string; modules: string[] } {
  p.write({ 'hooks/hooks.mjs': hooks, 'hooks/register.mjs': register });
  const log = p.path('loaded.txt');
  fs.writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', p.path('hooks/register.mjs'), bin, ...args], {
    cwd: p.dir,
    env: { PATH: process.env['PATH'], HOME: p.dir, NO_COLOR: '1', LOADED_LOG: log },
    encoding: 'utf8',
  });
  const modules = fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('file:'))
    .map((url) => path.relative(repoRoot, new URL(url).pathname));
  return { status: result.status, stdout: result.stdout, modules };
}

const email = `---
subject: Your order is on its way
---

# It's on its way

Hi {{first_name}}, your order left our warehouse today. Track it from your account.
`;

describe('start-up', () => {
  it('a Markdown run loads the binary and its script, and no module of the library or its dependencies', () => {
    const p = new Project({ 'email.md': email });
    const { status, stdout, modules } = loadedBy(p, ['email.md']);
    expect(status, stdout).toBe(0);
    expect(stdout).toContain('email.md');
    // Sanity: the hook sees the binary itself.
    expect(modules).toContain('bin/empathy-lint.js');
    expect(modules.filter((file) => file !== 'bin/empathy-lint.js')).toEqual([]);
  });

  it('the editor and agent servers load their protocol libraries from node_modules, and nothing of the library', () => {
    const p = new Project({});
    const lsp = loadedBy(p, ['--lsp']);
    // Standard input is empty, so the server sees its client leave at once: exit 1, as the protocol says for an
    // exit without shutdown.
    expect(lsp.status).toBe(1);
    const mcp = loadedBy(p, ['--mcp']);
    expect(mcp.status).toBe(0);
    // Sanity: the hook sees each server's own library.
    expect(lsp.modules.some((file) => file.startsWith('node_modules/vscode-languageserver/'))).toBe(true);
    expect(mcp.modules.some((file) => file.startsWith('node_modules/@modelcontextprotocol/sdk/'))).toBe(true);
    // Each loads only its own: the language server no MCP, the MCP server no language server.
    expect(lsp.modules.filter((file) => file.includes('@modelcontextprotocol'))).toEqual([]);
    expect(mcp.modules.filter((file) => file.includes('vscode-languageserver'))).toEqual([]);
    expect([...lsp.modules, ...mcp.modules].filter((file) => file.startsWith('dist/'))).toEqual([]);
  });

  it('a plugin that imports empathy-lint/plugin loads only the small rule API of the library', () => {
    const p = new Project({
      'plugin.mjs': `
        import { defineRule, phrase, findPhrases } from 'empathy-lint/plugin';
        const pattern = phrase('per our policy');
        export default { rules: { 'no-policy': defineRule({
          meta: { id: 'no-policy', description: 'No policy talk.', level: 'warn', messages: { policy: 'Say why instead.' } },
          create: (context) => ({ sentence(sentence) {
            for (const match of findPhrases(sentence, pattern)) context.report({ sentence, start: match.start, end: match.end, messageId: 'policy' });
          } }),
        }) } };
      `,
      '.empathyrc.yaml': 'plugins: ["./plugin.mjs"]\nrules:\n  plugin/no-policy: warn\n',
      'note.txt': 'Per our policy, refunds take five days.\n',
    });
    fs.mkdirSync(p.path('node_modules'));
    fs.symlinkSync(repoRoot, p.path('node_modules/empathy-lint'), 'dir');
    const { status, stdout, modules } = loadedBy(p, ['-f', 'json', 'note.txt']);
    expect(status, stdout).toBe(0);
    const messages = (JSON.parse(stdout) as { messages: { ruleId: string }[] }[])[0]!.messages;
    expect(messages.map((message) => message.ruleId)).toContain('plugin/no-policy');
    // Sanity: CommonJS modules are listed too (cosmiconfig reads a YAML config with js-yaml).
    expect(modules.some((file) => file.startsWith('node_modules/js-yaml/'))).toBe(true);
    const library = modules.filter((file) => file.startsWith('dist/src/'));
    expect(library).toContain('dist/src/plugin.js');
    // Only the rule kit's own small modules: no engine, parser or formatter. The kit is what built-in rules
    // are written with, so it also holds the helpers for entries, problem notices and wrapping retext plugins;
    // of dependencies only nlcst-to-string (a few lines, no dependencies of its own) comes with it.
    expect(
      library.filter((file) => !/^dist\/src\/(plugin|types|lazy|kit\/index|phrases\/[a-z-]+|purpose\/notice|linter\/(define|phrases|normalize|context|entries|retext|plugin-data))\.js$/.test(file)),
    ).toEqual([]);
    const dependencies = modules.filter((file) => file.startsWith('node_modules/') && !file.startsWith('node_modules/js-yaml/'));
    expect(dependencies.filter((file) => !file.startsWith('node_modules/nlcst-to-string/'))).toEqual([]);
  });

  it('the plugin entry exports the same functions as the main entry', async () => {
    const main = (await import(path.join(repoRoot, 'dist/src/index.js'))) as Record<string, unknown>;
    const plugin = (await import(path.join(repoRoot, 'dist/src/plugin.js'))) as Record<string, unknown>;
    expect(Object.keys(plugin).length).toBeGreaterThan(5);
    for (const [name, value] of Object.entries(plugin)) expect(main[name], name).toBe(value);
  });
});
