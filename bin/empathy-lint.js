#!/usr/bin/env node
// The command is a thin shell over the library: run it, set the exit code, and turn a crash into one line.
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
