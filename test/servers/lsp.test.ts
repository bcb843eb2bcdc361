/**
 * The editor server (`--lsp`) at the protocol level: a vscode-jsonrpc client talks to the server in this process
 * (through the CLI's I/O seam) and, once, to the built binary.
 */
import fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver';
import { afterEach, describe, expect, it } from 'vitest';
import { Project, requireBuild } from '../cli/helpers.js';
import { startClient, uriOf, type TestClient } from './lsp-client.js';

const harsh = 'We apologize for any inconvenience this may have caused. Please be advised that your account is SUSPENDED!!! Simply click here.\n';

/** The stock apology in `harsh` is reported even beside its "click here": the tests read it as the first finding. */
const strictApology = { rules: { 'no-hollow-apology': ['warn', { allowWithFix: false }] } };
const kind = 'Your account is paused while we sort out a payment problem. We are sorry for the trouble. Reply to this email and we will help you today.\n';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);
const applyEdits = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);

describe('--lsp diagnostics', () => {
  it('publishes the findings of an opened document, with the positions, levels and links of the command line', async () => {
    const p = new Project({ '.empathyrc.json': strictApology, 'notice.md': harsh });
    client = await startClient(p.dir);
    const published = client.diagnostics(p.path('notice.md'));
    await client.open(p.path('notice.md'), harsh);
    const diagnostics = await published;
    expect(codes(diagnostics)).toEqual(['no-hollow-apology', 'no-cold-tone', 'acknowledge-problem', 'no-shouting', 'no-shouting', 'no-condescension']);
    const cold = diagnostics[1]!;
    expect(cold.range).toEqual({ start: { line: 0, character: 57 }, end: { line: 0, character: 84 } });
    expect(cold.severity).toBe(2);
    expect(cold.source).toBe('empathy-lint');
    expect(cold.codeDescription?.href).toMatch(/rules\/no-cold-tone\/readme\.md$/);
    expect(cold.message).toMatch(/Please be advised/);
  });

  it('lints again after a change, once for a burst of edits, and drops what an edit overtook', async () => {
    const p = new Project({ '.empathyrc.json': strictApology, 'notice.md': harsh });
    client = await startClient(p.dir);
    const first = client.diagnostics(p.path('notice.md'));
    await client.open(p.path('notice.md'), harsh);
    expect((await first).length).toBeGreaterThan(0);
    const before = client.published.length;
    const settled = client.diagnostics(p.path('notice.md'), (diagnostics) => diagnostics.length === 0);
    await client.change(p.path('notice.md'), 2, harsh.replace('Simply', 'Just'));
    await client.change(p.path('notice.md'), 3, harsh.toLowerCase());
    await client.change(p.path('notice.md'), 4, kind);
    expect(await settled).toEqual([]);
    // Only the last version was linted and published: the burst of edits gave one notification.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = client.published.slice(before);
    expect(after.map((params) => params.version)).toEqual([4]);
  });

  it('leaves alone files the command line would skip: ignored ones, config files, JSON that no catalogs glob names', async () => {
    const p = new Project({ '.empathyrc.json': strictApology, '.empathyignore': 'drafts/\n', 'drafts/old.md': harsh, 'data.json': '{"a": "Act now!"}', 'notice.md': harsh });
    client = await startClient(p.dir);
    for (const [name, text] of [['drafts/old.md', harsh], ['data.json', '{"a": "Hurry, act now or lose it!!!"}']] as const) {
      const published = client.diagnostics(p.path(name));
      await client.open(p.path(name), text);
      expect(await published, name).toEqual([]);
    }
  });
});

describe('--lsp code actions and hover', () => {
  it('offers the safe fix and the suggestions of a finding, and a fix-all action', async () => {
    const p = new Project({ '.empathyrc.json': strictApology, 'notice.md': harsh });
    client = await startClient(p.dir);
    const published = client.diagnostics(p.path('notice.md'));
    await client.open(p.path('notice.md'), harsh);
    const diagnostics = await published;
    const cold = diagnostics.find((diagnostic) => diagnostic.code === 'no-cold-tone')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uriOf(p.path('notice.md')) },
      range: { start: { line: 0, character: 60 }, end: { line: 0, character: 60 } },
      context: { diagnostics: [cold] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.isPreferred)!;
    expect(fix.title).toBe('Remove “Please be advised that”. (safe fix)');
    expect(fix.kind).toBe('quickfix');
    const edits = fix.edit!.changes![uriOf(p.path('notice.md'))]!;
    expect(applyEdits(harsh, edits)).toBe(harsh.replace('Please be advised that your', 'Your'));
    const all = actions.find((action) => action.kind === 'source.fixAll.empathy-lint')!;
    const fixed = applyEdits(harsh, all.edit!.changes![uriOf(p.path('notice.md'))]!);
    expect(fixed).not.toMatch(/Please be advised|!!!|Simply/);
    expect(fixed).toMatch(/inconvenience/);

    const apology = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uriOf(p.path('notice.md')) },
      range: { start: { line: 0, character: 20 }, end: { line: 0, character: 20 } },
      context: { diagnostics: [], only: ['quickfix'] },
    })) as CodeAction[];
    expect(apology.map((action) => action.title)).toEqual(['Replace with “for the trouble this caused”.']);
    expect(apology[0]!.isPreferred).toBeUndefined();
  });

  it('explains a finding in the hover: the message, why it hurts, what to write instead, the readme; and the score on line 1', async () => {
    const p = new Project({ '.empathyrc.json': strictApology, 'notice.md': harsh });
    client = await startClient(p.dir);
    const published = client.diagnostics(p.path('notice.md'));
    await client.open(p.path('notice.md'), harsh);
    await published;
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uriOf(p.path('notice.md')) },
      position: { line: 0, character: 20 },
    })) as Hover;
    const text = (hover.contents as MarkupContent).value;
    expect(text).toMatch(/^\*\*no-hollow-apology\*\* \(warning\): /);
    expect(text).toMatch(/\*Why it hurts the reader:\* Readers have seen “sorry for any inconvenience” so often/);
    expect(text).toMatch(/\*Write instead:\* “for the trouble this caused”/);
    expect(text).toMatch(/\[no-hollow-apology documentation\]\(https:\/\/\S+rules\/no-hollow-apology\/readme\.md\)/);
    expect(text).toMatch(/\*\*Empathy score \d+\/100\*\* · purpose: problem notice \(suspension\), inferred from the copy/);
  });

  it('answers a hover away from findings on other lines with nothing', async () => {
    const p = new Project({ '.empathyrc.json': strictApology, 'notice.md': `# Hello\n\n${harsh}` });
    client = await startClient(p.dir);
    const published = client.diagnostics(p.path('notice.md'));
    await client.open(p.path('notice.md'), `# Hello\n\n${harsh}`);
    await published;
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(p.path('notice.md')) }, position: { line: 1, character: 0 } });
    expect(hover).toBeNull();
    const top = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(p.path('notice.md')) }, position: { line: 0, character: 2 } })) as Hover;
    expect((top.contents as MarkupContent).value).toMatch(/^\*\*Empathy score \d+\/100\*\*/);
  });
});

describe('--lsp configuration', () => {
  it('uses the nearest config, shows a broken one as one diagnostic on the config file, and reloads when it changes', async () => {
    const p = new Project({ '.empathyrc.yaml': 'rules:\n  no-cold-tone: "off"\n  no-such-rule: warn\n', 'notice.md': harsh });
    client = await startClient(p.dir, { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const configProblem = client.diagnostics(p.path('.empathyrc.yaml'));
    const document = client.diagnostics(p.path('notice.md'));
    await client.open(p.path('notice.md'), harsh);
    const [problems, findings] = await Promise.all([configProblem, document]);
    expect(findings).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/no-such-rule/);
    expect(problems[0]!.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 20 } });

    fs.writeFileSync(p.path('.empathyrc.yaml'), 'rules:\n  no-cold-tone: "off"\n  no-hollow-apology: [warn, { allowWithFix: false }]\n');
    const cleared = client.diagnostics(p.path('.empathyrc.yaml'), (diagnostics) => diagnostics.length === 0);
    const relinted = client.diagnostics(p.path('notice.md'), (diagnostics) => diagnostics.length > 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(p.path('.empathyrc.yaml')), type: 2 }] });
    await cleared;
    const diagnostics = await relinted;
    expect(codes(diagnostics)).not.toContain('no-cold-tone');
    expect(codes(diagnostics)).toContain('no-hollow-apology');
  });

  it('notices a config file that changed on disk even when the client does not report it', async () => {
    const p = new Project({ '.empathyrc.yaml': 'rules:\n  no-hollow-apology: [warn, { allowWithFix: false }]\n', 'notice.md': harsh });
    client = await startClient(p.dir);
    const first = client.diagnostics(p.path('notice.md'));
    await client.open(p.path('notice.md'), harsh);
    expect(codes(await first)).toContain('no-hollow-apology');
    fs.writeFileSync(p.path('.empathyrc.yaml'), 'rules:\n  no-hollow-apology: "off"\n');
    // A different modification time, whatever the file system's clock resolution.
    fs.utimesSync(p.path('.empathyrc.yaml'), new Date(), new Date(Date.now() + 5000));
    const next = client.diagnostics(p.path('notice.md'));
    await client.change(p.path('notice.md'), 2, harsh + '\n');
    expect(codes(await next)).not.toContain('no-hollow-apology');
  });
});

describe('--lsp bad input', () => {
  it('gives an oversized document one clear message and goes on with the others', async () => {
    const p = new Project({});
    client = await startClient(p.dir);
    const big = client.diagnostics(p.path('big.txt'));
    await client.open(p.path('big.txt'), 'Hello there. '.repeat(420_000), 'plaintext');
    const diagnostics = await big;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toBe(
      'This document is 5.2 MB, over the 5.0 MB that empathy-lint reads, so it was not checked. Copy that long is usually several messages: split it into files.',
    );
    const next = client.diagnostics(p.path('notice.md'));
    await client.open(p.path('notice.md'), harsh);
    expect((await next).length).toBeGreaterThan(0);
  });

  it('keeps checking other documents when a rule crashes on one', async () => {
    const plugin = `export default { rules: { boom: {
      meta: { id: 'boom', description: 'Crashes on purpose.', level: 'warn', messages: { boom: 'Boom.' } },
      create: () => ({ sentence(sentence) { if (sentence.text.includes('kaboom')) throw new Error('the detonator went off'); } }),
    } } };`;
    const p = new Project({ 'crash.mjs': plugin, '.empathyrc.json': { plugins: ['./crash.mjs'], rules: { 'crash/boom': 'warn' } } });
    client = await startClient(p.dir);
    const crashed = client.diagnostics(p.path('a.md'));
    await client.open(p.path('a.md'), 'This says kaboom.\n');
    const problem = await crashed;
    expect(problem).toHaveLength(1);
    expect(problem[0]!.message).toMatch(/^empathy-lint could not check this document: rule "crash\/boom" crashed: the detonator went off\. Other documents are still checked/);
    const fine = client.diagnostics(p.path('b.md'));
    await client.open(p.path('b.md'), harsh);
    expect(codes(await fine)).toContain('no-cold-tone');
  });
});

describe('--lsp and a difficult client', () => {
  it('keeps serving when the client refuses to watch config files, though it said it could', async () => {
    requireBuild();
    const p = new Project({ '.empathyrc.json': strictApology, 'notice.md': harsh });
    // Spawned: an unhandled rejection would end the process, which an in-process server would not show.
    client = await startClient(p.dir, { spawned: true, refuseRegistration: true, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const published = client.diagnostics(p.path('notice.md'));
    await client.open(p.path('notice.md'), harsh);
    expect(codes(await published)).toContain('no-cold-tone');
  });
});

describe('--lsp from the built binary', () => {
  it('starts from the bundle, publishes diagnostics and exits with 0 after shutdown', async () => {
    requireBuild();
    const p = new Project({ '.empathyrc.json': strictApology, 'notice.md': harsh });
    // Language clients often add --stdio to the command: it is accepted.
    const spawned = await startClient(p.dir, { spawned: true, args: ['--stdio'] });
    const published = spawned.diagnostics(p.path('notice.md'));
    await spawned.open(p.path('notice.md'), harsh);
    expect(codes(await published)).toContain('no-condescension');
    expect(await spawned.close()).toBe(0);
  });
});
