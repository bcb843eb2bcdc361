// Benchmark: empathy-lint against alex, side by side, in one run.
//
//   npm run build && npm run bench
//   npm run bench -- --cold-runs=9 --throughput-runs=5 --cli-runs=3 --files=2000 --regenerate --check
//   npm run bench -- --only-pipeline --pipeline-runs=5     (just part 4, below)
//
// 1. cold start: wall time of spawning each CLI on one short Markdown file (median of --cold-runs, after one
//    untimed warm-up spawn each; the two tools alternate so drift hits both alike); empathy-lint runs from its
//    compile cache, which the warm-up spawn makes, and is also timed with the cache off, as on a first run;
// 2. single-threaded throughput: each tool's library API over the whole corpus in a child process of its
//    own (median of --throughput-runs passes, after an untimed warm-up on the first 50 files); the child
//    also reports the process's peak RSS;
// 3. the CLI over the whole corpus folder (median of --cli-runs), a secondary figure;
// 4. the pipeline features on the corpus, CLI wall times (median of --pipeline-runs): serial (--concurrency
//    off) against worker threads (--concurrency N, one thread per core; part 5 measures auto), and a --cache run from an empty cache against the
//    cached re-run; the outputs of all of them must be identical (checked, -f json);
// 5. --concurrency auto against serial, side by side with alex, on a small and a large set of README-sized
//    files (each joins 4 generated e-mails, some 4 to 12 KB): CLI wall times, median of --set-runs, the three
//    tools alternating; serial and auto outputs must be identical. Sizes with --sets=150,1000.
//
//   npm run bench -- --only-sets --set-runs=3      (just part 5)
// 6. the editor server (--lsp) and the agent tools (--mcp): median time from spawning the built binary to its
//    answer to `initialize`, and from sending a one-page document (bench/fixtures/page.md) to its findings;
//    targets: start under 500 ms, answer under 100 ms (see bench/servers.js).
//
//   npm run bench -- --only-servers --server-runs=9   (just part 6)
// Prints a Markdown table and the ratios against the targets, and writes bench/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus, DEFAULT_COUNT, GENERATOR_VERSION } from './corpus.js';
import { measureServers, serverLines } from './servers.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const corpusDir = path.join(benchDir, 'corpus');
const shortFile = path.join(benchDir, 'fixtures', 'short.md');
const pageFile = path.join(benchDir, 'fixtures', 'page.md');
const resultsFile = path.join(benchDir, 'results.json');
const MB = 1024 * 1024;

/**
 * Targets: empathy-lint's cold start at most half of alex's; its throughput at least alex's; worker threads
 * at least 1.7x faster than a serial run (on 2 cores); a cached re-run under 10% of the cold run's time.
 */
const targets = { coldStartRatioMax: 0.5, throughputRatioMin: 1, workerSpeedUpMin: 1.7, cachedRatioMax: 0.1 };

const tools = {
  'empathy-lint': { cli: path.join(root, 'bin', 'empathy-lint.js') },
  alex: { cli: path.join(root, 'node_modules', 'alex', 'cli.js') },
};

function parseArgs(argv) {
  const options = { coldRuns: 11, throughputRuns: 3, cliRuns: 1, pipelineRuns: 3, files: DEFAULT_COUNT, warmUpFiles: 50, regenerate: false, cli: true, pipeline: true, onlyPipeline: false, check: false, sets: [150, 1000], setRuns: 3, onlySets: false, serverRuns: 7, onlyServers: false };
  const minimums = { coldRuns: 5, throughputRuns: 3 };
  for (const arg of argv) {
    const [flag, value] = arg.split('=');
    const number = () => {
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${flag} takes a whole number`);
      return parsed;
    };
    if (flag === '--cold-runs') options.coldRuns = number();
    else if (flag === '--throughput-runs') options.throughputRuns = number();
    else if (flag === '--cli-runs') options.cliRuns = number();
    else if (flag === '--files') options.files = number();
    else if (flag === '--warm-up-files') options.warmUpFiles = number();
    else if (flag === '--regenerate') options.regenerate = true;
    else if (flag === '--no-cli') options.cli = false;
    else if (flag === '--pipeline-runs') options.pipelineRuns = number();
    else if (flag === '--no-pipeline') options.pipeline = false;
    else if (flag === '--only-pipeline') options.onlyPipeline = true;
    else if (flag === '--check') options.check = true;
    else if (flag === '--set-runs') options.setRuns = number();
    else if (flag === '--only-sets') options.onlySets = true;
    else if (flag === '--server-runs') options.serverRuns = number();
    else if (flag === '--only-servers') options.onlyServers = true;
    else if (flag === '--no-sets') options.sets = [];
    else if (flag === '--sets') {
      options.sets = (value ?? '').split(',').map(Number);
      if (options.sets.some((count) => !Number.isInteger(count) || count < 1)) throw new Error('--sets takes file counts, e.g. --sets=150,1000');
    }
    else throw new Error(`unknown option ${arg}`);
  }
  for (const [key, minimum] of Object.entries(minimums)) {
    if (options[key] < minimum) log(`note: ${key} is ${options[key]}, below the ${minimum} the benchmark is meant to use`);
  }
  return options;
}

function log(line) {
  process.stderr.write(`${line}\n`);
}

function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Children get a clean, colourless environment. NO_UPDATE_NOTIFIER keeps alex's update-notifier from
 * spawning a background process that asks the npm registry for a newer version on every run.
 */
const childEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NO_UPDATE_NOTIFIER: '1' };
delete childEnv.NODE_OPTIONS;

/**
 * CPU time (user + system, ms) of this process's reaped children, from /proc/self/stat (Linux; 10 ms ticks),
 * or undefined elsewhere. Wall time is what users feel, but CPU time shows whether other load inflated it.
 */
function childrenCpuMs() {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of the file (cutime, cstime) are at 13 and 14 after the command name.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Spawn `node args...` and return its wall time in milliseconds with its CPU time, exit status and output. */
function timeNode(args, { cwd = root, timeout = 300_000, env = childEnv } = {}) {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * MB, timeout });
  const ms = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (child.error) throw new Error(`node ${args.join(' ')}: ${child.error.message}`);
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { ms, cpuMs, status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr };
}

/** The problem count a CLI printed in its summary line, if it printed one. */
function reportedProblems(tool, output) {
  const match = tool === 'alex' ? /(\d+) warnings?/.exec(output) : /(\d+) problems?/.exec(output);
  return match ? Number(match[1]) : output.trim() === '' ? 0 : null;
}

/**
 * Cold starts, in turns: empathy-lint as it runs on a machine after its first run (from its compile cache, which
 * the untimed first spawn makes), empathy-lint with the cache off (as a first run, or a fresh CI machine), alex,
 * and a bare Node.
 */
function measureColdStart(runs) {
  const samples = { 'empathy-lint': [], 'empathy-lint-uncached': [], alex: [], node: [] };
  const cpu = { 'empathy-lint': [], 'empathy-lint-uncached': [], alex: [], node: [] };
  const relative = path.relative(root, shortFile);
  const uncached = { ...childEnv, NODE_DISABLE_COMPILE_CACHE: '1' };
  const spawnOnce = (name) =>
    name === 'node'
      ? timeNode(['-e', '0'])
      : name === 'empathy-lint-uncached'
        ? timeNode([tools['empathy-lint'].cli, relative], { env: uncached })
        : timeNode([tools[name].cli, relative]);
  // One untimed spawn each fills the OS file cache.
  for (const name of Object.keys(samples)) spawnOnce(name);
  const check = {};
  for (let run = 0; run < runs; run++) {
    // Alternate the order so that slow drift (thermal, other load) hits both tools alike.
    const order = run % 2 === 0 ? ['empathy-lint', 'alex', 'empathy-lint-uncached', 'node'] : ['alex', 'empathy-lint', 'empathy-lint-uncached', 'node'];
    for (const name of order) {
      const result = spawnOnce(name);
      samples[name].push(result.ms);
      if (result.cpuMs !== undefined) cpu[name].push(result.cpuMs);
      if (name === 'empathy-lint' || name === 'alex') check[name] = { exitCode: result.status, problems: reportedProblems(name, result.stdout + result.stderr) };
    }
  }
  return { samples, cpu, check };
}

function measureThroughput(tool, runs, warmUpFiles) {
  const child = timeNode(['--expose-gc', path.join(benchDir, 'throughput.js'), tool, corpusDir, String(runs), String(warmUpFiles)], { timeout: 900_000 });
  if (child.status !== 0) throw new Error(`throughput child for ${tool} failed (exit ${child.status ?? child.signal}):\n${child.stderr}`);
  const report = JSON.parse(child.stdout.trim().split('\n').pop());
  const ms = median(report.runsMs);
  return {
    ...report,
    childWallMs: child.ms,
    medianMs: ms,
    medianCpuMs: median(report.runsCpuMs),
    filesPerSecond: report.files / (ms / 1000),
    mbPerSecond: report.bytes / MB / (ms / 1000),
    peakMB: report.peakRssBytes / MB,
  };
}

function measureCli(runs) {
  const samples = { 'empathy-lint': [], alex: [] };
  const cpu = { 'empathy-lint': [], alex: [] };
  const check = {};
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['empathy-lint', 'alex'] : ['alex', 'empathy-lint'];
    for (const name of order) {
      // Run from inside the corpus folder: the repository's .gitignore lists bench/corpus/, and
      // empathy-lint honours .gitignore, so linting it from the root would skip every file.
      const result = timeNode([tools[name].cli, '.'], { cwd: corpusDir });
      samples[name].push(result.ms);
      if (result.cpuMs !== undefined) cpu[name].push(result.cpuMs);
      check[name] = { exitCode: result.status, problems: reportedProblems(name, result.stdout + result.stderr), outputBytes: result.stdout.length + result.stderr.length };
    }
  }
  return { samples, cpu, check };
}

/**
 * Part 4: the CLI on the corpus folder, serial against worker threads, and a --cache run from an empty cache
 * against the cached re-run. Runs alternate serial and parallel so that drift in other load hits both; each
 * cache pair starts from a fresh cache file. Every output (-f json) must be the same.
 */
function measurePipeline(runs) {
  const cli = tools['empathy-lint'].cli;
  // Workers on every core, whatever auto would decide on a busy machine: this part measures what threads give.
  const threads = Math.max(2, os.availableParallelism?.() ?? os.cpus().length);
  const cacheFile = path.join(os.tmpdir(), `empathy-bench-cache-${process.pid}.json`);
  const samples = { serial: [], parallel: [], cacheCold: [], cacheWarm: [] };
  const cpu = { serial: [], parallel: [], cacheCold: [], cacheWarm: [] };
  const outputs = new Map();
  const record = (name, result) => {
    if (result.status === 2) throw new Error(`empathy-lint exited with 2 in the ${name} run:\n${result.stderr}`);
    samples[name].push(result.ms);
    if (result.cpuMs !== undefined) cpu[name].push(result.cpuMs);
    const digest = createHash('sha1').update(result.stdout).digest('hex').slice(0, 12);
    outputs.set(digest, [...(outputs.get(digest) ?? []), name]);
  };
  // One untimed run fills the OS file cache.
  timeNode([cli, '-f', 'json', '--concurrency', 'off', '.'], { cwd: corpusDir });
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['serial', 'parallel'] : ['parallel', 'serial'];
    for (const name of order) {
      record(name, timeNode([cli, '-f', 'json', '--concurrency', name === 'serial' ? 'off' : String(threads), '.'], { cwd: corpusDir }));
    }
    fs.rmSync(cacheFile, { force: true });
    record('cacheCold', timeNode([cli, '-f', 'json', '--cache', '--cache-location', cacheFile, '.'], { cwd: corpusDir }));
    record('cacheWarm', timeNode([cli, '-f', 'json', '--cache', '--cache-location', cacheFile, '.'], { cwd: corpusDir }));
  }
  fs.rmSync(cacheFile, { force: true });
  const medians = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
  const cpuMedians = Object.fromEntries(Object.entries(cpu).map(([name, list]) => [name, median(list)]));
  return {
    runs,
    threads,
    samplesMs: samples,
    cpuMs: cpu,
    medianMs: medians,
    medianCpuMs: cpuMedians,
    workerSpeedUp: medians.serial / medians.parallel,
    cachedRatio: medians.cacheWarm / medians.cacheCold,
    identicalOutput: outputs.size === 1,
    // Which runs printed which output (a digest of -f json), when they differ.
    outputs: Object.fromEntries(outputs),
  };
}

/**
 * Part 4's upper bound on this machine: two serial runs side by side. If the machine cannot run two of them
 * in the time of one (other load, shared cores), no threading can reach 2x either.
 */
function measureSideBySide() {
  const cli = tools['empathy-lint'].cli;
  const start = performance.now();
  const children = [0, 1].map(() =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, '-f', 'json', '--concurrency', 'off', '.'], { cwd: corpusDir, env: childEnv, stdio: 'ignore' });
      child.on('close', () => resolve(performance.now() - start));
    }),
  );
  return Promise.all(children).then((times) => Math.max(...times));
}

function pipelineLines(pipeline, sideBySideMs) {
  const m = pipeline.medianMs;
  const capacity = (2 * m.serial) / sideBySideMs;
  return [
    `## Pipeline: worker threads and cache (CLI on the corpus, median of ${pipeline.runs} runs each)`,
    '',
    '| run | wall s | CPU s |',
    '| --- | ---: | ---: |',
    `| serial (--concurrency off) | ${format(m.serial / 1000, 2)} | ${format(pipeline.medianCpuMs.serial / 1000, 2)} |`,
    `| worker threads (--concurrency ${pipeline.threads}) | ${format(m.parallel / 1000, 2)} | ${format(pipeline.medianCpuMs.parallel / 1000, 2)} |`,
    `| --cache, empty cache | ${format(m.cacheCold / 1000, 2)} | ${format(pipeline.medianCpuMs.cacheCold / 1000, 2)} |`,
    `| --cache, re-run | ${format(m.cacheWarm / 1000, 2)} | ${format(pipeline.medianCpuMs.cacheWarm / 1000, 2)} |`,
    '',
    `- worker threads: ${format(pipeline.workerSpeedUp, 2)}x faster than serial (target >= ${targets.workerSpeedUpMin} on 2 cores) ${verdict(pipeline.workerSpeedUp >= targets.workerSpeedUpMin)}`,
    `- cached re-run: ${format(pipeline.cachedRatio * 100, 1)}% of the cold --cache run (target < ${targets.cachedRatioMax * 100}%) ${verdict(pipeline.cachedRatio < targets.cachedRatioMax)}`,
    `- this machine's own limit: two serial runs side by side took ${format(sideBySideMs / 1000, 2)} s, so it did ${format(capacity, 2)}x the work of one serial run in that time; threads cannot beat that`,
    `- outputs of all runs identical: ${pipeline.identicalOutput ? 'yes' : `NO: ${Object.entries(pipeline.outputs).map(([digest, names]) => `${digest} from ${names.join(', ')}`).join('; ')}`}`,
    '',
  ];
}

/** Part 5's corpora: README-sized files, each of this many generated e-mails. */
const setParts = 4;

/**
 * Part 5: on each set, the CLI with --concurrency off, with --concurrency auto, and alex, alternating, median
 * of `runs`; serial and auto must print the same report (-f json).
 */
function measureSets(counts, runs) {
  const empathy = tools['empathy-lint'].cli;
  return counts.map((count) => {
    const folder = path.join(benchDir, 'corpus-sets', `${count}x${setParts}`);
    const { manifest } = ensureCorpus(folder, { count, parts: setParts });
    log(`sets: ${count} README-sized files (${format(manifest.bytes / MB, 2)} MB), ${runs} runs each of serial, auto and alex ...`);
    const commands = {
      serial: [empathy, '-f', 'json', '--concurrency', 'off', '.'],
      auto: [empathy, '-f', 'json', '--concurrency', 'auto', '.'],
      alex: [tools.alex.cli, '.'],
    };
    const samples = { serial: [], auto: [], alex: [] };
    const cpu = { serial: [], auto: [], alex: [] };
    const digests = { serial: new Set(), auto: new Set() };
    // One untimed run each fills the OS file cache.
    // A large set takes minutes per run on a busy machine (alex most of all).
    const timeout = 1_800_000;
    for (const args of Object.values(commands)) timeNode(args, { cwd: folder, timeout });
    const names = Object.keys(commands);
    for (let run = 0; run < runs; run++) {
      // Rotate the order so that drift in other load hits all three alike.
      for (const name of [...names.slice(run % 3), ...names.slice(0, run % 3)]) {
        const result = timeNode(commands[name], { cwd: folder, timeout });
        log(`  ${name}: ${format(result.ms / 1000, 2)} s`);
        if (name !== 'alex' && result.status === 2) throw new Error(`empathy-lint exited with 2 on the ${count}-file set:\n${result.stderr}`);
        samples[name].push(result.ms);
        if (result.cpuMs !== undefined) cpu[name].push(result.cpuMs);
        if (name !== 'alex') digests[name].add(createHash('sha1').update(result.stdout).digest('hex'));
      }
    }
    const medianMs = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
    const medianCpuMs = Object.fromEntries(Object.entries(cpu).map(([name, list]) => [name, median(list)]));
    const identical = digests.serial.size === 1 && digests.auto.size === 1 && [...digests.serial][0] === [...digests.auto][0];
    return { files: count, bytes: manifest.bytes, runs, samplesMs: samples, cpuMs: cpu, medianMs, medianCpuMs, identicalOutput: identical };
  });
}

function setLines(sets) {
  return [
    `## --concurrency auto against serial, with alex (CLI on README-sized files, ${sets[0]?.runs ?? 0} runs each, median)`,
    '',
    '| set | MB | serial s | auto s | alex s | auto / serial | serial / alex | auto / alex | CPU s serial, auto | outputs identical |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...sets.map((set) => {
      const m = set.medianMs;
      const c = set.medianCpuMs;
      return `| ${set.files} files | ${format(set.bytes / MB, 2)} | ${format(m.serial / 1000, 2)} | ${format(m.auto / 1000, 2)} | ${format(m.alex / 1000, 2)} | ${format(m.auto / m.serial, 2)} | ${format(m.serial / m.alex, 2)} | ${format(m.auto / m.alex, 2)} | ${format(c.serial / 1000, 2)}, ${format(c.auto / 1000, 2)} | ${set.identicalOutput ? 'yes' : 'NO'} |`;
    }),
    '',
    '- auto must never be much slower than serial (auto / serial at most about 1); it starts workers only when the measured work pays for them',
    '',
  ];
}

/** Paths, sizes and modification times of the built files: tells whether dist/ was rebuilt during the run. */
function distFingerprint() {
  const hash = createHash('sha1');
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        hash.update(`${path.relative(root, full)}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  walk(path.join(root, 'dist'));
  return hash.digest('hex').slice(0, 12);
}

function gitCommit() {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (git.status !== 0) return null;
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'rules'], { cwd: root, encoding: 'utf8' }).stdout.trim() !== '';
  return git.stdout.trim() + (dirty ? '+dirty' : '');
}

function format(value, digits) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function verdict(pass) {
  return pass ? 'PASS' : 'MISS';
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();

  if (!fs.existsSync(path.join(root, 'dist', 'src', 'index.js'))) {
    log('empathy-lint is not built: run `npm run build` first.');
    process.exit(2);
  }
  for (const [name, tool] of Object.entries(tools)) {
    if (!fs.existsSync(tool.cli)) {
      log(`${name} is missing (${path.relative(root, tool.cli)}); run \`npm ci\` first.`);
      process.exit(2);
    }
  }

  const runServers = async () => {
    log(`servers: ${options.serverRuns} fresh starts each of --lsp and --mcp on ${path.relative(root, pageFile)} ...`);
    return measureServers({ bin: tools['empathy-lint'].cli, page: pageFile, runs: options.serverRuns, env: childEnv });
  };
  if (options.onlyServers) {
    const servers = await runServers();
    process.stdout.write(['', ...serverLines(servers)].join('\n') + '\n');
    const previous = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : {};
    fs.writeFileSync(resultsFile, JSON.stringify({ ...previous, servers: { date: new Date().toISOString(), commit: gitCommit(), node: process.version, loadAverage: os.loadavg()[0], ...servers } }, null, 2) + '\n');
    log(`wrote the server figures to ${path.relative(root, resultsFile)}`);
    if (options.check && !servers.pass) process.exitCode = 1;
    return;
  }

  if (options.onlySets) {
    const distBefore = distFingerprint();
    const loadBefore = os.loadavg()[0];
    const sets = measureSets(options.sets, options.setRuns);
    process.stdout.write(['', ...setLines(sets)].join('\n') + '\n');
    const loadAfter = os.loadavg()[0];
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    if (distFingerprint() !== distBefore) log('warning: dist/ changed while the bench ran (a rebuild?); the figures mix two builds, run it again');
    if (Math.max(loadBefore, loadAfter) > cores) log(`warning: the 1-minute load average was ${format(loadBefore, 1)} before and ${format(loadAfter, 1)} after on ${cores} cores; wall times are inflated and noisy`);
    const previous = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : {};
    fs.writeFileSync(resultsFile, JSON.stringify({ ...previous, sets: { date: new Date().toISOString(), commit: gitCommit(), node: process.version, cores, loadAverage: { before: loadBefore, after: loadAfter }, results: sets } }, null, 2) + '\n');
    log(`wrote the set figures to ${path.relative(root, resultsFile)}`);
    if (options.check && !sets.every((set) => set.identicalOutput)) process.exitCode = 1;
    return;
  }

  const distBefore = distFingerprint();
  const loadBefore = os.loadavg()[0];
  const { manifest, generated } = ensureCorpus(corpusDir, { count: options.files, force: options.regenerate });
  log(
    `corpus: ${manifest.count} files, ${format(manifest.bytes / MB, 2)} MB, generator v${manifest.generatorVersion}, seed "${manifest.seed}"` +
      (generated ? ' (generated)' : ' (reused)'),
  );

  if (options.onlyPipeline) {
    const distBefore = distFingerprint();
    log(`pipeline: ${options.pipelineRuns} runs each of serial, worker threads, and --cache cold and warm ...`);
    const pipeline = measurePipeline(options.pipelineRuns);
    log('pipeline: two serial runs side by side, for the machine\'s own limit ...');
    pipeline.sideBySideMs = await measureSideBySide();
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    process.stdout.write(['', ...pipelineLines(pipeline, pipeline.sideBySideMs)].join('\n') + '\n');
    if (distFingerprint() !== distBefore) log('warning: dist/ changed while the bench ran (a rebuild?); the figures mix two builds, run it again');
    const previous = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : {};
    const loadAfter = os.loadavg()[0];
    if (Math.max(loadBefore, loadAfter) > cores) log(`warning: the 1-minute load average was ${format(loadBefore, 1)} before and ${format(loadAfter, 1)} after on ${cores} cores; wall times are inflated and noisy`);
    fs.writeFileSync(resultsFile, JSON.stringify({ ...previous, pipeline: { date: new Date().toISOString(), commit: gitCommit(), node: process.version, cores, loadAverage: { before: loadBefore, after: loadAfter }, ...pipeline } }, null, 2) + '\n');
    log(`wrote the pipeline figures to ${path.relative(root, resultsFile)}`);
    if (options.check && !(pipeline.workerSpeedUp >= targets.workerSpeedUpMin && pipeline.cachedRatio < targets.cachedRatioMax && pipeline.identicalOutput)) process.exitCode = 1;
    return;
  }

  log(`cold start: ${options.coldRuns} runs per tool on ${path.relative(root, shortFile)} ...`);
  const cold = measureColdStart(options.coldRuns);

  const throughput = {};
  for (const tool of ['empathy-lint', 'alex']) {
    log(`throughput: ${tool}, ${options.throughputRuns} passes over the corpus in a child process ...`);
    throughput[tool] = measureThroughput(tool, options.throughputRuns, options.warmUpFiles);
  }

  let cli = { samples: { 'empathy-lint': [], alex: [] }, cpu: { 'empathy-lint': [], alex: [] }, check: {} };
  if (options.cli && options.cliRuns > 0) {
    log(`CLI on the corpus folder: ${options.cliRuns} runs per tool ...`);
    cli = measureCli(options.cliRuns);
  }

  let pipeline;
  if (options.pipeline && options.pipelineRuns > 0) {
    log(`pipeline: ${options.pipelineRuns} runs each of serial, worker threads, and --cache cold and warm ...`);
    pipeline = measurePipeline(options.pipelineRuns);
    log('pipeline: two serial runs side by side, for the machine\'s own limit ...');
    pipeline.sideBySideMs = await measureSideBySide();
  }

  let sets;
  if (options.sets.length > 0 && options.setRuns > 0) sets = measureSets(options.sets, options.setRuns);

  const servers = options.serverRuns > 0 ? await runServers() : undefined;

  const distAfter = distFingerprint();
  const loadAfter = os.loadavg()[0];
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const rows = ['empathy-lint', 'alex'].map((tool) => ({
    tool,
    coldStartMs: median(cold.samples[tool]),
    filesPerSecond: throughput[tool].filesPerSecond,
    mbPerSecond: throughput[tool].mbPerSecond,
    cliCorpusSeconds: median(cli.samples[tool]) / 1000,
    peakMB: throughput[tool].peakMB,
  }));
  const [mine, alex] = rows;
  const coldRatio = mine.coldStartMs / alex.coldStartMs;
  const throughputRatio = mine.filesPerSecond / alex.filesPerSecond;
  const nodeMs = median(cold.samples.node);
  const uncachedMs = median(cold.samples['empathy-lint-uncached']);
  const coldCpu = { mine: median(cold.cpu['empathy-lint']), alex: median(cold.cpu.alex) };
  const throughputCpuRatio = throughput.alex.medianCpuMs / throughput['empathy-lint'].medianCpuMs;
  const coldPass = coldRatio <= targets.coldStartRatioMax;
  const throughputPass = throughputRatio >= targets.throughputRatioMin;

  const lines = [
    '',
    `## empathy-lint vs alex (${manifest.count} files, ${format(manifest.bytes / MB, 2)} MB; Node ${process.version}; ${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.availableParallelism?.() ?? os.cpus().length})`,
    '',
    '| tool | cold start ms | files/s | MB/s | CLI on corpus s | peak MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) =>
      `| ${row.tool} | ${format(row.coldStartMs, 0)} | ${format(row.filesPerSecond, 0)} | ${format(row.mbPerSecond, 2)} | ${format(row.cliCorpusSeconds, 2)} | ${format(row.peakMB, 0)} |`,
    ),
    '',
    `- cold start: empathy-lint / alex = ${format(coldRatio, 2)} (target <= ${targets.coldStartRatioMax}) ${verdict(coldPass)}` +
      `; bare \`node -e 0\` takes ${format(nodeMs, 0)} ms, so net of Node's own start-up the ratio is ${format((mine.coldStartMs - nodeMs) / (alex.coldStartMs - nodeMs), 2)}`,
    `- a first start (no compile cache: NODE_DISABLE_COMPILE_CACHE=1, as on a fresh machine) takes ${format(uncachedMs, 0)} ms (CPU ${format(median(cold.cpu['empathy-lint-uncached']), 0)} ms): ${format(uncachedMs / alex.coldStartMs, 2)} of alex's`,
    `- throughput: empathy-lint / alex = ${format(throughputRatio, 2)}x files/s (target >= ${targets.throughputRatioMin}) ${verdict(throughputPass)}`,
    `- by CPU time instead of wall time (less sensitive to other load on the machine): cold start ${format(coldCpu.mine, 0)} vs ${format(coldCpu.alex, 0)} ms, ratio ${format(coldCpu.mine / coldCpu.alex, 2)}; ` +
      `throughput ratio ${format(throughputCpuRatio, 2)}x (CPU ms per pass ${format(throughput['empathy-lint'].medianCpuMs, 0)} vs ${format(throughput.alex.medianCpuMs, 0)})`,
    `- medians of ${options.coldRuns} cold starts, ${options.throughputRuns} throughput passes (after a ${options.warmUpFiles}-file warm-up), ${options.cli ? options.cliRuns : 0} CLI runs on the corpus; MB = 2^20 bytes; peak MB is the throughput child's max RSS`,
    `- messages per pass: empathy-lint ${throughput['empathy-lint'].messagesPerPass[0]} (${throughput['empathy-lint'].rulesEnabled.length}/${throughput['empathy-lint'].rulesTotal} rules on), alex ${throughput.alex.messagesPerPass[0]}` +
      (options.cli && options.cliRuns > 0 ? `; CLI reported ${cli.check['empathy-lint']?.problems ?? '?'} and ${cli.check.alex?.problems ?? '?'}` : ''),
    '',
  ];
  if (pipeline) lines.push(...pipelineLines(pipeline, pipeline.sideBySideMs));
  if (sets) lines.push(...setLines(sets));
  if (servers) lines.push(...serverLines(servers));
  process.stdout.write(lines.join('\n') + '\n');

  for (const [tool, check] of Object.entries(cli.check)) {
    const expected = throughput[tool].messagesPerPass[0];
    if (check.problems !== expected) log(`warning: ${tool}'s CLI reported ${check.problems} problems on the corpus, its API ${expected}`);
  }
  if (Math.max(loadBefore, loadAfter) > cores) {
    log(`warning: the 1-minute load average was ${format(loadBefore, 1)} before and ${format(loadAfter, 1)} after the run on ${cores} cores; other processes competed for the CPU, so wall times are inflated and noisy`);
  }
  if (distBefore !== distAfter) log('warning: dist/ changed while the bench ran (a rebuild?); the empathy-lint figures mix two builds, run it again');
  if (cold.check['empathy-lint']?.exitCode === 2) log('warning: empathy-lint exited with 2 on the cold-start file; the timing may not be of a real lint');

  const results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    dist: { before: distBefore, after: distAfter },
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? null,
    cores,
    loadAverage: { before: loadBefore, after: loadAfter },
    options,
    corpus: { files: manifest.count, bytes: manifest.bytes, generatorVersion: GENERATOR_VERSION, seed: manifest.seed, generated },
    targets,
    table: rows,
    ratios: {
      coldStart: coldRatio,
      throughput: throughputRatio,
      coldStartNetOfNode: (mine.coldStartMs - nodeMs) / (alex.coldStartMs - nodeMs),
      coldStartCpu: coldCpu.mine / coldCpu.alex,
      coldStartUncached: uncachedMs / alex.coldStartMs,
      throughputCpu: throughputCpuRatio,
    },
    pass: { coldStart: coldPass, throughput: throughputPass },
    coldStart: { file: path.relative(root, shortFile), samplesMs: cold.samples, cpuMs: cold.cpu, medianMs: Object.fromEntries(Object.entries(cold.samples).map(([name, list]) => [name, median(list)])), check: cold.check },
    throughput,
    cliCorpus: { samplesMs: cli.samples, cpuMs: cli.cpu, check: cli.check },
    ...(pipeline ? { pipeline } : {}),
    ...(sets ? { sets: { results: sets } } : {}),
    ...(servers ? { servers } : {}),
    benchSeconds: (performance.now() - started) / 1000,
  };
  fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  log(`wrote ${path.relative(root, resultsFile)}; the bench took ${format(results.benchSeconds, 0)} s`);
  const pipelinePass = !pipeline || (pipeline.workerSpeedUp >= targets.workerSpeedUpMin && pipeline.cachedRatio < targets.cachedRatioMax && pipeline.identicalOutput);
  const setsPass = !sets || sets.every((set) => set.identicalOutput);
  const serversPass = !servers || servers.pass;
  if (options.check && !(coldPass && throughputPass && pipelinePass && setsPass && serversPass)) process.exitCode = 1;
}

main().catch((error) => {
  log(`bench failed: ${error.stack ?? error}`);
  process.exitCode = 2;
});
