/**
 * `empathy-lint --mcp`: a Model Context Protocol server on standard input and output, so that an AI assistant
 * drafting copy can check it, fix it and learn the rules. Text goes through the same source rules as the
 * command line (`SourceLinter`), and lint results are the JSON of `-f json`.
 */
import path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { ConfigError } from '../config/error.js';
import { defaultMaxFileSize } from '../engine/files.js';
import type { LintedSource } from '../engine/source.js';
import { linterVersion } from '../engine/version.js';
import { json } from '../formatters/json.js';
import { toResult } from '../linter/lint.js';
import { extensionsBySyntax, isSyntaxName } from '../syntax/index.js';
import type { LintResult, SyntaxName } from '../types.js';
import { explainRule } from './explain.js';
import { FreshSources, guardStdout, type ServerSettings } from './stdio.js';

const syntaxNames = Object.keys(extensionsBySyntax).join(', ');

const copyInput = {
  text: z.string().describe('The copy to check, as written: an e-mail, a web page, a notice, a UI string or a whole catalogue.'),
  syntax: z
    .string()
    .describe(`How to read the text: ${syntaxNames}. "catalog" is a JSON or YAML file of UI strings, each judged on its own.`),
  filePath: z
    .string()
    .optional()
    .describe('Where the copy lives (or will), relative to the project: picks the config file and its overrides, and names the result. Nothing is read from or written to it.'),
};

/** Build the server with its four tools; `runMcpServer` connects it to standard input and output. */
export function createMcpServer(settings: Omit<ServerSettings, 'stdin' | 'stdout'>, sources = new FreshSources(settings)): McpServer {
  const server = new McpServer(
    { name: 'empathy-lint', version: linterVersion() },
    {
      instructions:
        'empathy-lint checks customer-facing copy (e-mails, notices, pages, UI strings) for harsh, cold or manipulative wording: blame, pressure, threats, hollow apologies, condescension. ' +
        'Run lint_text on copy you draft or edit before showing it, apply fix_text for the safe fixes, and rewrite what remains using each finding’s message and suggestions; explain_rule says why a rule matters.',
    },
  );
  // Config files edited between calls are read again, as the next command line run would read them.
  const linter = () => sources.get();

  server.registerTool(
    'lint_text',
    {
      title: 'Check copy for harsh or manipulative wording',
      description:
        'Lint copy given as text. Returns the JSON of `empathy-lint -f json`: an array with one result holding the findings (rule id, message saying what is wrong, why and what to write instead, line, column, suggestions), the empathy score (0-100) and the purpose of the copy.',
      inputSchema: copyInput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ text, syntax, filePath }) => {
      const { result } = await lintCopy(sources, settings.cwd, text, syntax, filePath);
      return { content: [{ type: 'text', text: json([result], { cwd: settings.cwd, color: false, rulesMeta: {} }) }] };
    },
  );

  server.registerTool(
    'fix_text',
    {
      title: 'Apply the safe fixes to copy',
      description:
        'Apply the safe fixes (as `empathy-lint --fix` does) to copy given as text. Returns JSON: {"text": the fixed copy, "changed": whether anything changed, "results": what remains, in the `-f json` shape}. Findings with suggestions only are left for the writer.',
      inputSchema: copyInput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ text, syntax, filePath }) => {
      const { result, linted } = await lintCopy(sources, settings.cwd, text, syntax, filePath, true);
      const fixed = linted.output ?? text;
      const results = JSON.parse(json([result], { cwd: settings.cwd, color: false, rulesMeta: {} })) as unknown;
      return { content: [{ type: 'text', text: JSON.stringify({ text: fixed, changed: fixed !== text, results }) }] };
    },
  );

  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a rule',
      description: 'Say what a rule catches, why it hurts the reader and what to write instead: its description, level, fixes and full documentation (Markdown).',
      inputSchema: { ruleId: z.string().describe('A rule id from lint results or list_rules, e.g. no-pressure.') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ ruleId }) => {
      const ruleset = (await withConfig(() => linter().plan(undefined, false), sources)).config.ruleset;
      const rule = ruleset.get(ruleId);
      if (!rule) {
        const close = [...ruleset.keys()].filter((id) => id.includes(ruleId) || ruleId.includes(id.replace(/^no-/, '')));
        throw new Error(`There is no rule "${ruleId}".${close.length > 0 ? ` Did you mean ${close.join(' or ')}?` : ''} list_rules gives every rule id.`);
      }
      const explanation = explainRule(rule);
      const { readme, ...facts } = explanation;
      return { content: [{ type: 'text', text: readme ? `${JSON.stringify(facts)}\n\n${readme}` : JSON.stringify(facts) }] };
    },
  );

  server.registerTool(
    'list_rules',
    {
      title: 'List the rules',
      description:
        'List every rule the project’s config knows (built-in, plugins and house rules) with its id, default level, level in the strict preset, level in this project, fix kind (safe, suggest or none), description and documentation link.',
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      const { config } = await withConfig(() => linter().plan(undefined, false), sources);
      const rules = [...config.ruleset.values()].map(({ meta }) => ({
        id: meta.id,
        level: meta.level,
        strictLevel: meta.strictLevel ?? (meta.level === 'off' ? 'off' : 'error'),
        configuredLevel: config.rules[meta.id]?.level ?? 'off',
        fix: meta.fix ?? null,
        description: meta.description,
        url: meta.url ?? null,
      }));
      return { content: [{ type: 'text', text: JSON.stringify(rules, null, 2) }] } satisfies CallToolResult;
    },
  );
  return server;
}

/**
 * Lint (or fix) copy given as text, through the source rules. Every problem with the input throws an error with
 * a message for the assistant, which the SDK returns as a tool error: the server itself never stops.
 */
async function lintCopy(
  sources: FreshSources,
  cwd: string,
  text: string,
  syntax: string,
  filePath: string | undefined,
  fix = false,
): Promise<{ result: LintResult; linted: LintedSource }> {
  if (!isSyntaxName(syntax)) throw new Error(`Unknown syntax "${syntax}": use one of ${syntaxNames}.`);
  const size = Buffer.byteLength(text);
  if (size > defaultMaxFileSize) {
    throw new Error(`The text is ${megabytes(size)}, over the ${megabytes(defaultMaxFileSize)} that empathy-lint reads. Send one message or file at a time.`);
  }
  if (text.includes('\0')) throw new Error('The text contains NUL characters, so it looks like binary data rather than copy.');
  const linted = await withConfig(() => sources.get().lint(text, filePath, { syntax: syntax as SyntaxName, ...(fix ? { fix: 'safe' as const } : {}) }), sources);
  sources.note(linted.plan.loaded.filePath);
  if (linted.fatal) throw new Error(`The text could not be read as ${syntax}: ${linted.fatal}.`);
  const name = filePath === undefined ? '<text>' : path.resolve(cwd, filePath);
  return { result: toResult(name, linted.messages, linted.document), linted };
}

/** Run something that reads config files; a broken one becomes an error naming the file and line. */
async function withConfig<T>(work: () => Promise<T>, sources?: FreshSources): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConfigError) {
      // Watched, so that the call after the fix reads it again.
      sources?.note(error.filePath);
      const where = error.filePath ? `${error.filePath}${error.line ? `:${error.line}` : ''}: ` : '';
      throw new Error(`The config is broken, so nothing was checked: ${where}${error.message}`);
    }
    throw error;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Serve on standard input and output until the client closes them; resolves with the exit code (0). */
export async function runMcpServer(settings: ServerSettings): Promise<number> {
  guardStdout(settings.stdout);
  // The client's handshake waits in the pipe meanwhile; it is answered once the first lint will be quick.
  const sources = new FreshSources(settings);
  await sources.warmUp();
  const server = createMcpServer(settings, sources);
  const transport = new StdioServerTransport(settings.stdin as Readable, settings.stdout as Writable);
  const closed = new Promise<number>((resolve) => {
    transport.onclose = () => resolve(0);
    // The client has gone: close the server (both events may come, and a second close has nothing left to do).
    const close = () => void server.close().catch(() => undefined);
    settings.stdin.on('end', close);
    settings.stdin.on('close', close);
  });
  await server.connect(transport);
  const code = await closed;
  (settings.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  return code;
}
