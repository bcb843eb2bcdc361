/**
 * A Language Server Protocol client for the tests, on vscode-jsonrpc (the JSON-RPC layer the server's own
 * library uses): the server runs in this process through the CLI's I/O seam (`run(['--lsp'], io)`), or as the
 * built binary when `spawned` is set.
 */
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { run } from '../../src/cli.js';
import { bin } from '../cli/helpers.js';

export interface TestClient {
  connection: MessageConnection;
  /** The next diagnostics published for a file (by path) that satisfy `until` (default: any). */
  diagnostics(filePath: string, until?: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** Every diagnostics notification so far, in order. */
  published: PublishDiagnosticsParams[];
  open(filePath: string, text: string, languageId?: string): Promise<void>;
  change(filePath: string, version: number, text: string): Promise<void>;
  /** Shut down and exit; resolves with the server's exit code. */
  close(): Promise<number | null>;
}

export const uriOf = (filePath: string): string => pathToFileURL(filePath).href;

/** Start a server in `root` and initialise it. */
export async function startClient(root: string, options: { spawned?: boolean; args?: string[]; initializationOptions?: unknown; capabilities?: object; refuseRegistration?: boolean } = {}): Promise<TestClient> {
  let exited: Promise<number | null>;
  let reader: NodeJS.ReadableStream;
  let writer: NodeJS.WritableStream;
  const env = { PATH: process.env['PATH'], HOME: root, NO_COLOR: '1' };
  if (options.spawned) {
    const child = spawn(process.execPath, [bin, '--lsp', ...(options.args ?? [])], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    reader = child.stdout;
    writer = child.stdin;
  } else {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const stderr = { write: () => true };
    exited = run(['--lsp', ...(options.args ?? [])], { cwd: root, env, stdin: toServer, stdout: fromServer, stderr });
    reader = fromServer;
    writer = toServer;
  }
  const connection = createMessageConnection(new StreamMessageReader(reader), new StreamMessageWriter(writer));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; until: (diagnostics: Diagnostic[]) => boolean; resolve: (diagnostics: Diagnostic[]) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.until(params.diagnostics)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  connection.onRequest('client/registerCapability', () => {
    if (options.refuseRegistration) throw new Error('registration refused');
    return null;
  });
  connection.onRequest('workspace/configuration', () => []);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(root),
    workspaceFolders: [{ uri: uriOf(root), name: 'test' }],
    capabilities: options.capabilities ?? {},
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    published,
    diagnostics: (filePath, until = () => true, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${filePath} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          uri: uriOf(filePath),
          until,
          resolve: (diagnostics) => {
            clearTimeout(timer);
            resolve(diagnostics);
          },
        });
      }),
    open: (filePath, text, languageId = 'markdown') =>
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(filePath), languageId, version: 1, text } }),
    change: (filePath, version, text) =>
      connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(filePath), version }, contentChanges: [{ text }] }),
    close: async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
