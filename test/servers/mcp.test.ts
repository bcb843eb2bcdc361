/**
 * The agent tools (`--mcp`), through the MCP SDK's own client: in this process over the SDK's in-memory
 * transport, with the server run through the CLI's I/O seam over streams, and once over stdio to the built binary.
 */
import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { createMcpServer } from '../../src/servers/mcp.js';
import { Project, bin, requireBuild } from '../cli/helpers.js';

const harsh = 'We apologize for any inconvenience this may have caused. Please be advised that your account is SUSPENDED!!! Simply click here.\n';

/** The stock apology in `harsh` is reported even beside its "click here": the tests read it as the first finding. */
const strictApology = { rules: { 'no-hollow-apology': ['warn', { allowWithFix: false }] } };

interface ToolResult {
  content: { type: string; text: string }[];
  isError?: boolean;
}

let client: Client | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

async function connect(cwd: string): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer({ cwd, env: { HOME: cwd } }).connect(serverSide);
  const connected = new Client({ name: 'test', version: '1.0.0' });
  await connected.connect(clientSide);
  return connected;
}

const call = async (name: string, args: Record<string, unknown> = {}) => (await client!.callTool({ name, arguments: args })) as ToolResult;

describe('--mcp tools', () => {
  it('lists its four tools', async () => {
    const p = new Project({});
    client = await connect(p.dir);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['explain_rule', 'fix_text', 'lint_text', 'list_rules']);
  });

  it('lint_text returns what -f json prints for the same copy and config', async () => {
    const p = new Project({ '.empathyrc.yaml': 'rules:\n  no-shouting: "off"\n', 'emails/notice.md': harsh });
    client = await connect(p.dir);
    const result = await call('lint_text', { text: harsh, syntax: 'markdown', filePath: 'emails/notice.md' });
    expect(result.isError).toBeFalsy();
    const cli = await p.run(['-f', 'json', 'emails/notice.md']);
    expect(JSON.parse(result.content[0]!.text)).toEqual(JSON.parse(cli.stdout));
    expect(cli.stdout).not.toMatch(/no-shouting/);
  });

  it('lint_text reads the text as the syntax named, whatever the path says', async () => {
    const p = new Project({});
    client = await connect(p.dir);
    const html = '<p>Please be advised that your order is late.</p>';
    const asHtml = JSON.parse((await call('lint_text', { text: html, syntax: 'html' })).content[0]!.text) as { filePath: string; messages: { ruleId: string; column: number }[] }[];
    expect(asHtml[0]!.filePath).toBe('<text>');
    expect(asHtml[0]!.messages.find((message) => message.ruleId === 'no-cold-tone')?.column).toBe(4);
    const catalog = JSON.stringify({ checkout: { declined: 'Act now! Only 2 left!', thanks: 'Thanks for your order.' } });
    const asCatalog = JSON.parse((await call('lint_text', { text: catalog, syntax: 'catalog' })).content[0]!.text) as { messages: { location?: string }[] }[];
    expect(asCatalog[0]!.messages.map((message) => message.location)).toContain('checkout.declined');
  });

  it('fix_text applies the safe fixes and reports what remains', async () => {
    const p = new Project({ '.empathyrc.json': strictApology });
    client = await connect(p.dir);
    const result = await call('fix_text', { text: harsh, syntax: 'text' });
    const { text, changed, results } = JSON.parse(result.content[0]!.text) as { text: string; changed: boolean; results: { messages: { ruleId: string }[] }[] };
    expect(changed).toBe(true);
    expect(text).toBe('We apologize for any inconvenience this may have caused. Your account is SUSPENDED! Click here.\n');
    expect(results[0]!.messages.map((message) => message.ruleId)).toContain('no-hollow-apology');
    expect(results[0]!.messages.map((message) => message.ruleId)).not.toContain('no-cold-tone');
  });

  it('explain_rule gives why the rule matters and its readme; list_rules every rule with its level here', async () => {
    const p = new Project({ '.empathyrc.yaml': 'rules:\n  plain-language: warn\n' });
    client = await connect(p.dir);
    const explained = (await call('explain_rule', { ruleId: 'no-threat' })).content[0]!.text;
    const facts = JSON.parse(explained.slice(0, explained.indexOf('\n\n'))) as { id: string; why: string; url: string };
    expect(facts.id).toBe('no-threat');
    expect(facts.why).toMatch(/^A threat reads like a court letter/);
    expect(explained).toContain('\n\n# no-threat\n');
    const rules = JSON.parse((await call('list_rules')).content[0]!.text) as { id: string; level: string; configuredLevel: string }[];
    expect(rules.find((rule) => rule.id === 'plain-language')).toMatchObject({ level: 'off', configuredLevel: 'warn' });
    expect(rules.map((rule) => rule.id)).toContain('no-pressure');
  });

  it('answers bad input with a clear tool error, and keeps serving', async () => {
    const p = new Project({});
    client = await connect(p.dir);
    const unknown = await call('lint_text', { text: 'Hello.', syntax: 'docx' });
    expect(unknown.isError).toBe(true);
    expect(unknown.content[0]!.text).toBe('Unknown syntax "docx": use one of markdown, text, html, eml, mjml, catalog, jsx.');
    const huge = await call('lint_text', { text: 'Hello there. '.repeat(420_000), syntax: 'text' });
    expect(huge.isError).toBe(true);
    expect(huge.content[0]!.text).toBe('The text is 5.2 MB, over the 5.0 MB that empathy-lint reads. Send one message or file at a time.');
    const badCatalog = await call('fix_text', { text: '{ not json', syntax: 'catalog' });
    expect(badCatalog.isError).toBe(true);
    expect(badCatalog.content[0]!.text).toMatch(/^The text could not be read as catalog: /);
    const noRule = await call('explain_rule', { ruleId: 'pressure' });
    expect(noRule.content[0]!.text).toBe('There is no rule "pressure". Did you mean no-pressure? list_rules gives every rule id.');
    const fine = await call('lint_text', { text: harsh, syntax: 'text' });
    expect(fine.isError).toBeFalsy();
  });

  it('reads a config file again when it changed between calls, a broken one included', async () => {
    const p = new Project({ '.empathyrc.yaml': 'rules:\n  no-cold-tone: "off"\n' });
    client = await connect(p.dir);
    const rules = async () => {
      const result = await call('lint_text', { text: harsh, syntax: 'text' });
      return result.isError ? result.content[0]!.text : (JSON.parse(result.content[0]!.text) as { messages: { ruleId: string }[] }[])[0]!.messages.map((message) => message.ruleId);
    };
    expect(await rules()).not.toContain('no-cold-tone');
    const touch = (text: string, seconds: number) => {
      fs.writeFileSync(p.path('.empathyrc.yaml'), text);
      fs.utimesSync(p.path('.empathyrc.yaml'), new Date(), new Date(Date.now() + seconds * 1000));
    };
    touch('rules:\n  no-cold-tone: [\n', 5);
    expect(await rules()).toMatch(/^The config is broken/);
    touch('rules:\n  no-cold-tone: error\n', 10);
    expect(await rules()).toContain('no-cold-tone');
  });

  it('names a broken config file and its line in the tool error', async () => {
    const p = new Project({ '.empathyrc.yaml': 'rules:\n  no-such-rule: warn\n' });
    client = await connect(p.dir);
    const result = await call('lint_text', { text: harsh, syntax: 'text' });
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toMatch(new RegExp(`^The config is broken, so nothing was checked: ${p.path('.empathyrc.yaml').replace(/[.]/g, '\\.')}:2: .*no-such-rule`));
  });
});

/** The client side of the server's standard input and output, as the SDK's stdio transport frames them. */
class StreamTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onclose?: () => void;
  private readonly buffer = new ReadBuffer();
  constructor(
    private readonly input: PassThrough,
    private readonly output: PassThrough,
  ) {}
  async start(): Promise<void> {
    this.input.on('data', (chunk: Buffer) => {
      this.buffer.append(chunk);
      for (let message = this.buffer.readMessage(); message; message = this.buffer.readMessage()) this.onmessage?.(message);
    });
  }
  async send(message: JSONRPCMessage): Promise<void> {
    this.output.write(serializeMessage(message));
  }
  async close(): Promise<void> {
    this.output.end();
    this.onclose?.();
  }
}

describe('--mcp on standard input and output', () => {
  it('runs through the command line and returns 0 when the client closes the stream', async () => {
    const p = new Project({});
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const exited = run(['--mcp'], { cwd: p.dir, env: { HOME: p.dir }, stdin: toServer, stdout: fromServer, stderr: { write: () => true } });
    client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(new StreamTransport(fromServer, toServer));
    const result = await call('lint_text', { text: harsh, syntax: 'text' });
    expect(JSON.parse(result.content[0]!.text)[0].errorCount + JSON.parse(result.content[0]!.text)[0].warningCount).toBeGreaterThan(0);
    await client.close();
    client = undefined;
    expect(await exited).toBe(0);
  });

  it('works from the built binary with the SDK stdio client', async () => {
    requireBuild();
    const p = new Project({});
    client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [bin, '--mcp'], cwd: p.dir, env: { PATH: process.env['PATH'] ?? '', HOME: p.dir }, stderr: 'pipe' }));
    const result = await call('lint_text', { text: harsh, syntax: 'markdown' });
    const messages = (JSON.parse(result.content[0]!.text) as { messages: { ruleId: string }[] }[])[0]!.messages;
    expect(messages.map((message) => message.ruleId)).toContain('no-cold-tone');
  });
});

describe('--lsp and --mcp usage', () => {
  it('refuses paths, --stdin, and both servers at once', async () => {
    const p = new Project({ '.empathyrc.json': strictApology, 'a.md': harsh });
    expect(await p.run(['--mcp', 'a.md'])).toMatchObject({ code: 2, stderr: 'empathy-lint: --mcp reads documents from its client, not from paths or --stdin\n' });
    expect(await p.run(['--lsp', '--mcp'])).toMatchObject({ code: 2, stderr: 'empathy-lint: give either --lsp or --mcp, not both\n' });
    expect(await p.run(['--stdio', 'a.md'])).toMatchObject({ code: 2, stderr: 'empathy-lint: --stdio goes with --lsp or --mcp\n' });
    expect(await p.run(['--lsp', '-f', 'json', '--fix'])).toMatchObject({
      code: 2,
      stderr: 'empathy-lint: --lsp takes --config, --rule and --no-ignore, not --format, --fix: the client asks for what it needs\n',
    });
    expect(await p.run(['--mcp', '--verbose'])).toMatchObject({
      code: 2,
      stderr: 'empathy-lint: --mcp takes --config, --rule and --no-ignore, not --verbose: the client asks for what it needs\n',
    });
  });
});
