// Memory check: the built CLI must lint 2,000 e-mail-sized files with many findings within a peak resident
// memory limit, whatever the output format, because results stream out as files finish instead of being held
// until the end of the run.
//
//   npm run build && npm run check:memory
//   npm run check:memory -- --files=2000 --limit-mib=300 --formats=stylish,json,sarif,github,checkstyle --keep
//
// By default it checks stylish (the default format) and sarif (whose body waits in a temporary file).
//
// The files (some 10 KB each: five generated e-mails joined, see bench/corpus.js) go to a temporary folder.
// Peak RSS comes from /usr/bin/time -v when it exists, else from polling VmHWM in /proc/<pid>/status. Exits 1
// when any run goes over the limit or does not exit with 1 (the corpus has errors on purpose).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../bench/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'empathy-lint.js');

function parseArgs(argv) {
  const options = { files: 2000, limitMib: 300, formats: ['stylish', 'sarif'], keep: false, concurrency: undefined };
  for (const arg of argv) {
    const [flag, value] = arg.split('=');
    if (flag === '--files') options.files = Number(value);
    else if (flag === '--limit-mib') options.limitMib = Number(value);
    else if (flag === '--formats') options.formats = value.split(',');
    else if (flag === '--concurrency') options.concurrency = value;
    else if (flag === '--keep') options.keep = true;
    else throw new Error(`unknown option ${arg}; see the comment at the top of scripts/check-memory.js`);
  }
  if (!Number.isInteger(options.files) || options.files < 1) throw new Error('--files takes a whole number');
  if (!(options.limitMib > 0)) throw new Error('--limit-mib takes a number of MiB');
  return options;
}

/** Run the CLI and return its exit code, output size and peak RSS in KiB. */
function measure(args, cwd) {
  const useTime = fs.existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = useTime ? ['-v', process.execPath, cli, ...args] : [cli, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let outputBytes = 0;
    let stderr = '';
    let polledKib = 0;
    child.stdout.on('data', (chunk) => (outputBytes += chunk.length));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Without GNU time: VmHWM is the process's own high-water mark, so polling it misses nothing at the end.
    const poll = useTime
      ? undefined
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (match) polledKib = Math.max(polledKib, Number(match[1]));
          } catch {
            // The process has ended.
          }
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ code, outputBytes, peakKib: timed ? Number(timed[1]) : polledKib, stderr: stderr.replace(/\n\tCommand being timed[\s\S]*$/, '') });
    });
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(root, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'empathy-memory-'));
  try {
    const manifest = generateCorpus(path.join(folder, 'copy'), { count: options.files, parts: 5 });
    fs.rmSync(path.join(folder, 'copy', 'manifest.json'));
    console.log(`${manifest.count} files, ${(manifest.bytes / 1024 / 1024).toFixed(1)} MiB, in ${folder}; limit ${options.limitMib} MiB peak RSS`);
    let failed = false;
    for (const format of options.formats) {
      const args = ['-f', format, ...(options.concurrency ? ['--concurrency', options.concurrency] : []), 'copy'];
      const started = Date.now();
      const run = await measure(args, folder);
      const peakMib = run.peakKib / 1024;
      const over = peakMib > options.limitMib;
      // The corpus holds errors (no-threat) on purpose: anything but exit 1 means the run went wrong.
      const wrongExit = run.code !== 1;
      failed ||= over || wrongExit;
      console.log(
        `${format.padEnd(10)} peak ${peakMib.toFixed(0).padStart(5)} MiB  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  output ${(run.outputBytes / 1024 / 1024).toFixed(1)} MiB  exit ${run.code}${over ? '  OVER THE LIMIT' : ''}`,
      );
      if (wrongExit) console.log(`  unexpected exit code; stderr: ${run.stderr.trim().split('\n').slice(0, 5).join(' | ')}`);
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    if (options.keep) console.log(`kept ${folder}`);
    else fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`check-memory: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
