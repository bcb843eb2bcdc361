#!/usr/bin/env node
// The command is a thin shell over the library: run it, set the exit code, and turn a crash into one line.
import module from 'node:module';

// On Node 22.1 and later, keep the compiled code of the bundle on disk (in the system's temporary folder, one cache per
// Node version) so that later runs skip most of the parsing: about 30 of some 300 ms of a cold start on Node 22.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has no compile cache, and this does nothing there.
module.enableCompileCache?.();

// A reader that stops early (`empathy-lint . | head`) closes the pipe: stop quietly, with the status of a Unix tool
// ended by SIGPIPE (128 + 13), as `yes | head` gives under `set -o pipefail`, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error?.code !== 'EPIPE') throw error;
    process.exit(141);
  });
}
try {
  const { run } = await import('../dist/cli/cli.js');
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  const debug = process.argv.includes('--debug');
  const missingBuild = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/dist/');
  const reason = missingBuild ? 'the build is missing; run `npm run build` first' : debug ? error?.stack : error?.message ?? error;
  process.stderr.write(`empathy-lint: ${reason}\n`);
  process.exitCode = 2;
}
