/**
 * `empathy-lint --lsp`: a Language Server Protocol server on standard input and output, so that writers see
 * findings where they write. Every document goes through the same source rules as the command line
 * (`SourceLinter`: the nearest config, catalogue globs, overrides, ignore files), so an editor and CI agree.
 *
 * The document's score and purpose are shown in the hover (on the first line, and under every finding's
 * explanation) rather than as a diagnostic: diagnostics are the editor's list of things to change, and a kind
 * document should leave that list empty.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import languageServer from 'vscode-languageserver';
import languageServerNode from 'vscode-languageserver/node';
import type {
  CodeAction,
  CodeActionParams,
  Connection,
  Diagnostic,
  Hover,
  HoverParams,
  InitializeParams,
  InitializeResult,
  Range,
  TextEdit,
  WatchDog,
} from 'vscode-languageserver';
import { TextDocument as EditorDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../config/error.js';
import { searchPlaces } from '../config/load.js';
import { defaultMaxFileSize } from '../engine/files.js';
import { SourceLinter } from '../engine/source.js';
import { toResult } from '../linter/lint.js';
import { catalogExtensions } from '../syntax/index.js';
import type { AnyRule, Fix, LintMessage, LintResult } from '../types.js';
import { documentSummary, explainRule } from './explain.js';
import { FreshSources, guardStdout, type ServerSettings } from './stdio.js';

const { createConnection, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity, CodeActionKind, MarkupKind, DidChangeWatchedFilesNotification } = languageServer;
const { StreamMessageReader, StreamMessageWriter, createProtocolConnection } = languageServerNode;

/** The server's settings; see `ServerSettings`. */
export interface LanguageServerOptions extends ServerSettings {
  /** Milliseconds to wait after a change before linting (default 150): typing is not interrupted by every key. */
  changeDelay?: number;
}

/** The code action kind of "fix every safe finding in this document". */
export const fixAllKind = 'source.fixAll.empathy-lint';

const source = 'empathy-lint';
/** File names that hold configuration or ignore patterns: a change to one reloads the configuration. */
const configNames = new Set([...searchPlaces, '.empathyignore', '.gitignore']);

/** One document's last lint, kept for code actions and hovers. */
interface Checked {
  version: number;
  messages: LintMessage[];
  result?: LintResult;
  ruleset?: ReadonlyMap<string, AnyRule>;
}

/** Serve until the client sends `exit` or closes the stream; resolves with the exit code the protocol asks for. */
export function runLanguageServer(options: LanguageServerOptions): Promise<number> {
  guardStdout(options.stdout);
  return new Promise((resolve) => {
    let finished = false;
    const server = new CopyServer(options, (code) => {
      if (finished) return;
      finished = true;
      server.dispose();
      resolve(code);
    });
    server.listen();
  });
}

class CopyServer {
  private readonly connection: Connection;
  private readonly documents = new TextDocuments(EditorDocument);
  private readonly checked = new Map<string, Checked>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Config files that carry a diagnostic of ours (a broken config). */
  private readonly configProblems = new Set<string>();
  private readonly sources: FreshSources;
  private shutdownReceived = false;
  private parentWatch: NodeJS.Timeout | undefined;
  /** Started with the server, awaited before the handshake is answered (see `FreshSources.warmUp`). */
  private readonly warm: Promise<void>;
  /** Whether the client lets the server register for file change notifications. */
  private watchedFilesDynamic = false;
  private disposed = false;

  constructor(
    private readonly options: LanguageServerOptions,
    private readonly finish: (code: number) => void,
  ) {
    this.sources = new FreshSources(options, path.resolve(options.cwd));
    this.warm = this.sources.warmUp();
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const server = this;
    const watchDog: WatchDog = {
      initialize: (params) => this.watchParent(params.processId),
      get shutdownReceived() {
        return server.shutdownReceived;
      },
      set shutdownReceived(value: boolean) {
        server.shutdownReceived = value;
      },
      exit: (code) => finish(code),
    };
    const reader = new StreamMessageReader(options.stdin);
    const writer = new StreamMessageWriter(options.stdout);
    this.connection = createConnection((logger) => createProtocolConnection(reader, writer, logger), watchDog);
    // A client that closes the stream without `exit` has gone away: stop, as the protocol's exit would.
    options.stdin.on('end', () => finish(this.shutdownReceived ? 0 : 1));
    options.stdin.on('close', () => finish(this.shutdownReceived ? 0 : 1));
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.settle(this.registerWatchers(), 'watching config files'));
    // TextDocuments reports an opened document as changed too: lint it at once, not after the typing pause.
    let opening: string | undefined;
    documents.onDidOpen(({ document }) => {
      opening = document.uri;
      this.schedule(document.uri, 0);
    });
    documents.onDidChangeContent(({ document }) => {
      if (opening === document.uri) {
        opening = undefined;
        return;
      }
      this.schedule(document.uri, this.options.changeDelay ?? 150);
    });
    documents.onDidSave(({ document }) => {
      if (this.isConfigPath(document.uri)) this.reloadConfig();
    });
    documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      this.checked.delete(document.uri);
      this.settle(connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }), 'clearing diagnostics');
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((change) => this.isConfigPath(change.uri))) this.reloadConfig();
    });
    connection.onCodeAction((params) => this.codeActions(params));
    connection.onHover((params) => this.hover(params));
    documents.listen(connection);
    connection.listen();
  }

  /**
   * Let a promise run on its own: a failure (a client that refuses a registration, a connection that closed
   * meanwhile) is logged, never left to stop the process as an unhandled rejection.
   */
  private settle(promise: Promise<unknown>, doing: string): void {
    promise.catch((error: unknown) => {
      if (this.disposed) return;
      try {
        this.connection.console.error(`empathy-lint: ${doing} failed: ${error instanceof Error ? error.message : String(error)}`);
      } catch {
        // The connection is gone: nobody is left to tell.
      }
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    clearInterval(this.parentWatch);
    this.connection.dispose();
    // Stop reading, so that nothing keeps the process alive once the protocol is over.
    const stdin = this.options.stdin as NodeJS.ReadableStream & { destroy?: () => void };
    stdin.destroy?.();
  }

  private async initialize(params: InitializeParams): Promise<InitializeResult> {
    await this.warm;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:') && fileURLToPath(folder) !== this.sources.cwd) {
      this.sources.cwd = fileURLToPath(folder);
      this.sources.reset();
      await this.sources.warmUp();
    }
    this.watchedFilesDynamic = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
        hoverProvider: true,
      },
      serverInfo: { name: 'empathy-lint' },
    };
  }

  /** Ask the client to report changes to config and ignore files (for clients that cannot, see `linter`). */
  private async registerWatchers(): Promise<void> {
    if (!this.watchedFilesDynamic) return;
    const names = [...configNames].join(',');
    await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${names}}` }] });
  }

  /** The client's process, when it names one: if it dies without saying goodbye, so does the server. */
  private watchParent(processId: number | null): void {
    if (typeof processId !== 'number') return;
    this.parentWatch = setInterval(() => {
      try {
        process.kill(processId, 0);
      } catch {
        this.finish(this.shutdownReceived ? 0 : 1);
      }
    }, 3000);
    this.parentWatch.unref();
  }

  private isConfigPath(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    return configNames.has(path.basename(file)) || this.sources.knows(file) || (this.options.configFile !== undefined && path.resolve(this.sources.cwd, this.options.configFile) === file);
  }

  /** Drop what was read from config files and lint every open document again. */
  private reloadConfig(): void {
    this.sources.reset();
    for (const uri of this.configProblems) this.settle(this.connection.sendDiagnostics({ uri, diagnostics: [] }), 'clearing diagnostics');
    this.configProblems.clear();
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /** The linter, after a reload when a config file changed on disk (for clients that do not report file changes). */
  private linter(): SourceLinter {
    if (this.sources.changed()) this.reloadConfig();
    return this.sources.get();
  }

  /** Lint a document after `delay` ms; a newer change restarts the wait, and a run overtaken by an edit is dropped. */
  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.settle(this.publish(uri), `linting ${uri}`);
      }, delay),
    );
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const checked = await this.check(document);
    // Stale: the document changed (or closed) while it was being linted; the newer run publishes.
    if (this.documents.get(uri)?.version !== checked.version) return;
    this.checked.set(uri, checked);
    const diagnostics = checked.messages.map((message) => toDiagnostic(message, checked.ruleset));
    await this.connection.sendDiagnostics({ uri, version: checked.version, diagnostics });
  }

  /** The document's findings as of its current version: the last run's when it is current, else a new run. */
  private async current(uri: string): Promise<{ document: EditorDocument; checked: Checked } | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const known = this.checked.get(uri);
    if (known?.version === document.version) return { document, checked: known };
    const checked = await this.check(document);
    if (this.documents.get(uri)?.version === checked.version) this.checked.set(uri, checked);
    return { document, checked };
  }

  /**
   * Lint one document. Never throws: a broken config becomes a diagnostic on the config file, and a document
   * that cannot be linted (too large, binary, a crashing rule) one message of its own, so other documents go on.
   */
  private async check(document: EditorDocument, fix?: 'safe'): Promise<Checked & { output?: string }> {
    const version = document.version;
    const text = document.getText();
    const problem = (message: string): Checked => ({ version, messages: [documentProblem(message)] });
    const size = Buffer.byteLength(text);
    if (size > defaultMaxFileSize) {
      return problem(`This document is ${megabytes(size)}, over the ${megabytes(defaultMaxFileSize)} that empathy-lint reads, so it was not checked. Copy that long is usually several messages: split it into files.`);
    }
    if (text.includes('\0')) return problem('This document looks like a binary file (it contains NUL bytes), so empathy-lint did not check it.');
    const filePath = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
    try {
      const sources = this.linter();
      if (filePath && (await this.skipped(sources, filePath))) return { version, messages: [] };
      const linted = await sources.lint(text, filePath, fix ? { fix } : {});
      this.sources.note(linted.plan.loaded.filePath);
      if (linted.fatal) return problem(`empathy-lint could not read this document: ${linted.fatal}.`);
      const result = toResult(filePath ?? document.uri, linted.messages, linted.document);
      return { version, messages: linted.messages, result, ruleset: linted.plan.config.ruleset, ...(linted.output !== undefined ? { output: linted.output } : {}) };
    } catch (error) {
      if (error instanceof ConfigError && error.filePath) {
        this.sources.note(error.filePath);
        this.settle(this.reportConfigError(error), 'reporting a broken config');
        return { version, messages: [] };
      }
      const reason = error instanceof Error ? error.message : String(error);
      this.connection.console.error(`empathy-lint: ${document.uri}: ${error instanceof Error && error.stack ? error.stack : reason}`);
      return problem(`empathy-lint could not check this document: ${reason}. Other documents are still checked; if this keeps happening, please report it with the text that causes it.`);
    }
  }

  /** Files the command line would skip in a folder walk: config files, ignored files, JSON or YAML that no `catalogs` glob names. */
  private async skipped(sources: SourceLinter, filePath: string): Promise<boolean> {
    if (configNames.has(path.basename(filePath))) return true;
    const loaded = await sources.configOf(filePath);
    this.sources.note(loaded.filePath);
    if ((await sources.walkIgnorer()).ignoredBy(filePath) !== undefined) return true;
    if (await sources.ignoredByNestedConfig(filePath, loaded)) return true;
    const lower = filePath.toLowerCase();
    return catalogExtensions.some((extension) => lower.endsWith(extension)) && !(await sources.isCatalogFile(filePath));
  }

  private async reportConfigError(error: ConfigError): Promise<void> {
    const uri = pathToFileURL(error.filePath!).href;
    this.configProblems.add(uri);
    const line = Math.max((error.line ?? 1) - 1, 0);
    let length = 0;
    try {
      length = fs.readFileSync(error.filePath!, 'utf8').split('\n')[line]?.replace(/\r$/, '').length ?? 0;
    } catch {
      // Unreadable now: the diagnostic marks the start of the line.
    }
    const range = { start: { line, character: 0 }, end: { line, character: length } };
    const message = `${error.message}. empathy-lint checks no copy under this config until it is fixed.`;
    await this.connection.sendDiagnostics({ uri, diagnostics: [{ range, severity: DiagnosticSeverity.Error, source, message }] });
  }

  private async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const found = await this.current(params.textDocument.uri);
    if (!found) return [];
    const { document, checked } = found;
    const uri = document.uri;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const message of checked.messages) {
        if (!relevant(message, params)) continue;
        const diagnostic = toDiagnostic(message, checked.ruleset);
        const edit = (fix: Fix) => ({ changes: { [uri]: [toTextEdit(document, fix)] } });
        if (message.fix) {
          const title = message.suggestions?.find((suggestion) => sameFix(suggestion.fix, message.fix!))?.desc ?? `Replace with “${message.fix.text}”`;
          actions.push({ title: `${title} (safe fix)`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(message.fix) });
        }
        for (const suggestion of message.suggestions ?? []) {
          if (message.fix && sameFix(suggestion.fix, message.fix)) continue;
          actions.push({ title: suggestion.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(suggestion.fix) });
        }
      }
    }
    if (wants(fixAllKind) && checked.messages.some((message) => message.fix)) {
      const fixed = await this.check(document, 'safe');
      if (fixed.output !== undefined && fixed.version === document.version) {
        actions.push({ title: 'Fix every safe empathy-lint finding', kind: fixAllKind, edit: { changes: { [uri]: [minimalEdit(document, fixed.output)] } } });
      }
    }
    return actions;
  }

  private async hover(params: HoverParams): Promise<Hover | null> {
    const found = await this.current(params.textDocument.uri);
    if (!found) return null;
    const { checked } = found;
    const { position } = params;
    const here = checked.messages.filter((message) => contains(toRange(message), position));
    const parts = here.map((message) => explainFinding(message, checked.ruleset));
    const summary = checked.result ? documentSummary(checked.result) : '';
    if (summary && (parts.length > 0 || position.line === 0)) parts.push(summary);
    if (parts.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
  }
}

function toRange(message: LintMessage): Range {
  return {
    start: { line: message.line - 1, character: message.column - 1 },
    end: { line: message.endLine - 1, character: message.endColumn - 1 },
  };
}

function toDiagnostic(message: LintMessage, ruleset: ReadonlyMap<string, AnyRule> | undefined): Diagnostic {
  const url = message.ruleId ? ruleset?.get(message.ruleId)?.meta.url : undefined;
  return {
    range: toRange(message),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source,
    message: message.message,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(url ? { codeDescription: { href: url } } : {}),
  };
}

/** A message about the whole document (it could not be checked), on its first line. */
function documentProblem(message: string): LintMessage {
  return { ruleId: null, severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function contains(range: Range, position: { line: number; character: number }): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}

/** Whether a finding belongs to a code action request: its range meets the request's, or the client names its diagnostic. */
function relevant(message: LintMessage, params: CodeActionParams): boolean {
  const range = toRange(message);
  const requested = params.range;
  const meets = contains(range, requested.start) || contains(range, requested.end) || contains(requested, range.start);
  if (meets) return true;
  return params.context.diagnostics.some(
    (diagnostic) =>
      diagnostic.code === (message.ruleId ?? undefined) &&
      diagnostic.range.start.line === range.start.line &&
      diagnostic.range.start.character === range.start.character &&
      diagnostic.message === message.message,
  );
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

function toTextEdit(document: EditorDocument, fix: Fix): TextEdit {
  return { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text };
}

/** One edit that turns the document into `output`, spanning only what changed, so cursors and folds elsewhere stay put. */
function minimalEdit(document: EditorDocument, output: string): TextEdit {
  const text = document.getText();
  let start = 0;
  while (start < text.length && start < output.length && text[start] === output[start]) start++;
  let end = 0;
  while (end < text.length - start && end < output.length - start && text[text.length - 1 - end] === output[output.length - 1 - end]) end++;
  return toTextEdit(document, { range: [start, text.length - end], text: output.slice(start, output.length - end) });
}

/** A finding in a hover: the message, why it hurts the reader, the rewrites on offer and the rule's documentation. */
function explainFinding(message: LintMessage, ruleset: ReadonlyMap<string, AnyRule> | undefined): string {
  const rule = message.ruleId ? ruleset?.get(message.ruleId) : undefined;
  const lines = [`**${message.ruleId ?? 'empathy-lint'}** (${message.severity === 2 ? 'error' : 'warning'}): ${message.message}`];
  if (!rule) return lines.join('\n\n');
  const explanation = explainRule(rule);
  if (explanation.why) lines.push(`*Why it hurts the reader:* ${explanation.why}`);
  const rewrites = (message.suggestions ?? []).map((suggestion) => (suggestion.fix.text ? `“${suggestion.fix.text}”` : suggestion.desc));
  if (rewrites.length > 0) lines.push(`*Write instead:* ${rewrites.join(' · ')}`);
  if (explanation.url) lines.push(`[${explanation.id} documentation](${explanation.url})`);
  return lines.join('\n\n');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
