// Part 6 of the benchmark: the editor server (--lsp) and the agent tools (--mcp), spawned from the built binary.
// For each run a fresh server is started and timed from the spawn to its answer to `initialize` (start), then
// from sending the one-page document (bench/fixtures/page.md) to its findings (answer): for --lsp the
// publishDiagnostics after didOpen, for --mcp the result of a lint_text call. The messages are framed here by
// hand (Content-Length headers for LSP, one JSON object a line for MCP), so no client library's own start-up is
// in the figures. Targets: start under 500 ms, answer under 100 ms.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const serverTargets = { startMsMax: 500, answerMsMax: 100 };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** CPU time (user + system, ms) a running process has used so far, from /proc (Linux; 10 ms ticks), or NaN. */
function cpuMsOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Spawn a server; `waitFor(test)` resolves with the first message from it that passes `test`. */
function startServer(bin, mode, cwd, env) {
  const child = spawn(process.execPath, [bin, mode], { cwd, env, stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = Buffer.alloc(0);
  const waiting = [];
  const receive = (message) => {
    const index = waiting.findIndex((waiter) => waiter.test(message));
    if (index >= 0) waiting.splice(index, 1)[0].resolve(message);
  };
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (mode === '--lsp') {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString();
        buffer = buffer.subarray(headerEnd + 4 + length);
        receive(JSON.parse(body));
      } else {
        const end = buffer.indexOf('\n');
        if (end < 0) return;
        const line = buffer.subarray(0, end).toString();
        buffer = buffer.subarray(end + 1);
        if (line.trim()) receive(JSON.parse(line));
      }
    }
  });
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(mode === '--lsp' ? `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}` : `${body}\n`);
  };
  const waitFor = (test, timeoutMs = 30_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${mode}: no answer within ${timeoutMs} ms`)), timeoutMs);
      waiting.push({ test, resolve: (message) => (clearTimeout(timer), resolve(message)) });
    });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, send, waitFor, exited };
}

async function lspOnce(bin, folder, file, text, env) {
  const started = performance.now();
  const server = startServer(bin, '--lsp', folder, env);
  const uri = pathToFileURL(file).href;
  server.send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} } });
  await server.waitFor((message) => message.id === 1);
  const startMs = performance.now() - started;
  const startCpuMs = cpuMsOf(server.child.pid);
  server.send({ method: 'initialized', params: {} });
  const opened = performance.now();
  server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
  const published = await server.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri);
  const answerMs = performance.now() - opened;
  const answerCpuMs = cpuMsOf(server.child.pid) - startCpuMs;
  server.send({ id: 2, method: 'shutdown' });
  await server.waitFor((message) => message.id === 2);
  server.send({ method: 'exit' });
  const code = await server.exited;
  return { startMs, answerMs, startCpuMs, answerCpuMs, findings: published.params.diagnostics.length, exitCode: code };
}

async function mcpOnce(bin, folder, text, env) {
  const started = performance.now();
  const server = startServer(bin, '--mcp', folder, env);
  server.send({ id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1.0.0' } } });
  await server.waitFor((message) => message.id === 1);
  const startMs = performance.now() - started;
  const startCpuMs = cpuMsOf(server.child.pid);
  server.send({ method: 'notifications/initialized' });
  const asked = performance.now();
  server.send({ id: 2, method: 'tools/call', params: { name: 'lint_text', arguments: { text, syntax: 'markdown', filePath: 'page.md' } } });
  const answer = await server.waitFor((message) => message.id === 2);
  const answerMs = performance.now() - asked;
  const answerCpuMs = cpuMsOf(server.child.pid) - startCpuMs;
  server.child.stdin.end();
  const code = await server.exited;
  if (answer.result?.isError) throw new Error(`--mcp lint_text failed: ${answer.result.content?.[0]?.text}`);
  const findings = JSON.parse(answer.result.content[0].text)[0].messages.length;
  return { startMs, answerMs, startCpuMs, answerCpuMs, findings, exitCode: code };
}

/** Start each server `runs` times (after one untimed warm-up each), alternating, and take the medians. */
export async function measureServers({ bin, page, runs, env }) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'empathy-bench-servers-'));
  try {
    const file = path.join(folder, 'page.md');
    const text = fs.readFileSync(page, 'utf8');
    fs.writeFileSync(file, text);
    const samples = { lsp: [], mcp: [] };
    await lspOnce(bin, folder, file, text, env);
    await mcpOnce(bin, folder, text, env);
    for (let run = 0; run < runs; run++) {
      samples.lsp.push(await lspOnce(bin, folder, file, text, env));
      samples.mcp.push(await mcpOnce(bin, folder, text, env));
    }
    const summary = (list) => ({
      startMs: median(list.map((sample) => sample.startMs)),
      answerMs: median(list.map((sample) => sample.answerMs)),
      startCpuMs: median(list.map((sample) => sample.startCpuMs)),
      answerCpuMs: median(list.map((sample) => sample.answerCpuMs)),
      maxStartMs: Math.max(...list.map((sample) => sample.startMs)),
      maxAnswerMs: Math.max(...list.map((sample) => sample.answerMs)),
      findings: list[0]?.findings,
      exitCodes: [...new Set(list.map((sample) => sample.exitCode))],
    });
    const result = { page: path.basename(page), pageBytes: Buffer.byteLength(text), runs, lsp: summary(samples.lsp), mcp: summary(samples.mcp), samples };
    result.pass = ['lsp', 'mcp'].every((mode) => result[mode].startMs < serverTargets.startMsMax && result[mode].answerMs < serverTargets.answerMsMax);
    return result;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The Markdown lines of part 6. */
export function serverLines(servers) {
  const format = (value) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');
  return [
    `## Editor and agent servers (${servers.page}, ${servers.pageBytes} bytes; medians of ${servers.runs} fresh starts each)`,
    '',
    '| server | start ms (spawn to initialize answered) | answer ms (document sent to findings) | max start / answer ms | server CPU ms: start / answer | findings |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...['lsp', 'mcp'].map(
      (mode) =>
        `| --${mode} | ${format(servers[mode].startMs)} | ${format(servers[mode].answerMs)} | ${format(servers[mode].maxStartMs)} / ${format(servers[mode].maxAnswerMs)} | ${format(servers[mode].startCpuMs)} / ${format(servers[mode].answerCpuMs)} | ${servers[mode].findings} |`,
    ),
    '',
    `- targets: start under ${serverTargets.startMsMax} ms, answer under ${serverTargets.answerMsMax} ms (wall time): ${servers.pass ? 'PASS' : 'FAIL'}`,
    '- the server CPU time (from /proc, 10 ms ticks) is what the wall time would be on an idle core; when other load competes for the CPU, read it alongside the wall times',
    '',
  ];
}
