// Throughput child: lints every corpus file in this one process through a tool's library API, one file at a
// time on the main thread, and prints one JSON line with the timings and the process's peak memory.
//
//   node --expose-gc bench/throughput.js <empathy-lint|alex> <corpus folder> <timed passes> <warm-up files>
//
// Run by bench/run.js, one child per tool, so that peak memory is per tool.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [tool, corpusArg, passesArg = '3', warmArg = '50'] = process.argv.slice(2);
const corpus = path.resolve(corpusArg ?? path.join(root, 'bench', 'corpus'));
const passes = Math.max(1, Number(passesArg));
const warmCount = Math.max(0, Number(warmArg));

const rssAtStart = process.memoryUsage().rss;
const importStart = performance.now();
/** @type {(file: {path: string, text: string}) => number | Promise<number>} */
let lintOne;
let details = {};
if (tool === 'empathy-lint') {
  const api = await import(pathToFileURL(path.join(root, 'dist', 'src', 'index.js')).href);
  // The recommended preset, spelled out; every built-in rule it enables runs.
  const config = { extends: 'empathy-lint:recommended' };
  const rules = [...api.builtinRules.values()];
  details = {
    preset: config.extends,
    rulesEnabled: rules.filter((rule) => rule.meta.level !== 'off').map((rule) => rule.meta.id),
    rulesTotal: rules.length,
  };
  lintOne = async (file) => (await api.lintText(file.text, { filePath: file.path, config })).messages.length;
} else if (tool === 'alex') {
  const { markdown } = await import('alex');
  details = { api: 'markdown({ path, value })' };
  lintOne = (file) => markdown({ path: file.path, value: file.text }).messages.length;
} else {
  console.error(`unknown tool "${tool}"; use empathy-lint or alex`);
  process.exit(2);
}
const importMs = performance.now() - importStart;

const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8'));
const files = manifest.files.map((name) => {
  const filePath = path.join(corpus, name);
  return { path: filePath, text: fs.readFileSync(filePath, 'utf8') };
});
const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);

async function pass(list) {
  let messages = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const file of list) {
    const result = lintOne(file);
    messages += typeof result === 'number' ? result : await result;
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, messages };
}

// Warm-up: loads lazily imported parsers and lets the JIT settle; not timed.
const warm = await pass(files.slice(0, warmCount));
const runs = [];
for (let index = 0; index < passes; index++) {
  globalThis.gc?.();
  runs.push(await pass(files));
}

const usage = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    tool,
    node: process.version,
    files: files.length,
    bytes,
    importMs,
    warmUp: { files: Math.min(warmCount, files.length), ms: warm.ms },
    runsMs: runs.map((run) => run.ms),
    // CPU time of the main thread and V8's helper threads (GC, compiler) during each pass.
    runsCpuMs: runs.map((run) => run.cpuMs),
    messagesPerPass: runs.map((run) => run.messages),
    rssAtStartBytes: rssAtStart,
    // maxRSS is in kilobytes.
    peakRssBytes: usage.maxRSS * 1024,
    userCpuMs: usage.userCPUTime / 1000,
    systemCpuMs: usage.systemCPUTime / 1000,
    ...details,
  }) + '\n',
);
