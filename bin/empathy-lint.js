#!/usr/bin/env node
// The command is a thin shell over the library: run it, set the exit code, and turn a crash into one line.
//
// The command itself is one script, dist/cli/cli.cjs (see scripts/bundle.js). It runs here through node:vm with a
// compile cache: the first run on a machine keeps V8's compiled code of the script in a folder of the user's own
// under the system's temporary folder, and later runs start from it instead of parsing and compiling some 4 MB of
// JavaScript again, which is most of a cold start. NODE_DISABLE_COMPILE_CACHE=1 turns the cache off (as it does
// Node's own compile cache, which still serves the worker threads' ES modules on Node 22.1 and later).
import fs from 'node:fs';
import module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

module.enableCompileCache?.();

// A reader that stops early (`empathy-lint . | head`) closes the pipe: stop quietly, with the status of a Unix tool
// ended by SIGPIPE (128 + 13), as `yes | head` gives under `set -o pipefail`, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error?.code !== 'EPIPE') throw error;
    process.exit(141);
  });
}

const scriptFile = fileURLToPath(new URL('../dist/cli/cli.cjs', import.meta.url));

/** Where this script's compiled code is kept, or undefined when the cache is off. */
function cacheFile(source) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const hash = /^\/\/ empathy-lint ([0-9a-f]+)\n/.exec(source)?.[1];
  if (!hash) return undefined;
  const uid = process.getuid?.();
  const folder = path.join(os.tmpdir(), `empathy-lint-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  return path.join(folder, `${hash}-${process.version}-${process.arch}.bin`);
}

/**
 * Whether the cache's folder is private to this user (made so when `create` is set): a cache that another user
 * could write would run their code as ours, so any other folder is not used.
 */
function isPrivate(folder, create) {
  try {
    if (create) fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stats = fs.lstatSync(folder);
    const uid = process.getuid?.();
    return stats.isDirectory() && (uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0));
  } catch {
    return false;
  }
}

/**
 * Keep the newest few caches (each build of the script, each Node version has its own): enough for a machine with
 * more than one installed copy, without filling the temporary folder one build at a time.
 */
function prune(folder, keep = 4) {
  const caches = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.bin'))
    .map((name) => ({ file: path.join(folder, name), time: fs.statSync(path.join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of caches.slice(keep)) fs.rmSync(file, { force: true });
}

/** Load the command from its script, with its compiled code when a cache of it is kept. */
function loadCommand() {
  const source = fs.readFileSync(scriptFile, 'utf8');
  const cache = cacheFile(source);
  let cachedData;
  if (cache && isPrivate(path.dirname(cache), false)) {
    try {
      cachedData = fs.readFileSync(cache);
    } catch {
      // No cache yet: this run makes it.
    }
  }
  // The wrapper opens on the script's first line, so that line numbers in stack traces stay the script's own.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __bundleUrl, __import) {${source}\n})`, {
    filename: scriptFile,
    ...(cachedData ? { cachedData } : {}),
  });
  // Whether this run must write the cache: none was read, or V8 turned it down (another V8, or a damaged file). The
  // buffer itself is not kept for the rest of the run.
  const stale = !cachedData || script.cachedDataRejected === true;
  cachedData = undefined;
  const exports = {};
  const scriptModule = { exports };
  script.runInThisContext()(exports, createRequire(scriptFile), scriptModule, scriptFile, path.dirname(scriptFile), pathToFileURL(scriptFile).href, (specifier) => import(specifier));
  /** After a run that linted copy, keep the compiled code, unless the cache already held this script's. */
  const keep = () => {
    if (!cache || !stale || !scriptModule.exports.runState?.linted) return;
    // Written whole under another name, then renamed: a run that starts meanwhile reads the old file or the new
    // one, never half of one.
    if (!isPrivate(path.dirname(cache), true)) return;
    const partial = `${cache}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(partial, cache);
      prune(path.dirname(cache));
    } catch {
      // A cache that cannot be written costs the next run its speed, nothing else.
      fs.rmSync(partial, { force: true });
    }
  };
  return { run: scriptModule.exports.run, keep };
}

try {
  let command;
  try {
    command = loadCommand();
  } catch (error) {
    if (error?.code === 'ENOENT' && error.path === scriptFile) {
      throw Object.assign(new Error('the build is missing; run `npm run build` first'), { stack: undefined });
    }
    throw error;
  }
  process.exitCode = await command.run(process.argv.slice(2));
  command.keep();
} catch (error) {
  const debug = process.argv.includes('--debug');
  const reason = debug && error?.stack ? error.stack : error?.message ?? error;
  process.stderr.write(`empathy-lint: ${reason}\n`);
  process.exitCode = 2;
}
