// Bundle the command line for a fast start: `npm run build` compiles with tsc into dist/, then this joins the
// CLI and the worker-thread entry (and everything they import) into dist/cli/. Node loads one module graph
// of a few files instead of some four hundred small ESM modules, which is most of a cold start's cost.
// Modules the CLI imports only for some runs (the LLM pass, the HTML, e-mail and catalogue parsers, the
// formatters, zod) stay in chunks of their own that load only when a run needs them. The library API
// (dist/src/index.js) is not bundled.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'cli');

/**
 * dist/src/linter/plugin-data.js imports data files of retext plugins by a path worked out at run time, which a
 * bundler cannot follow: give the bundle the same module with the paths resolved now, so that those files are
 * bundled (in a lazily loaded chunk) like the plugins themselves.
 */
const pluginDataPlugin = {
  name: 'plugin-data',
  setup(build) {
    const require = createRequire(import.meta.url);
    const beside = (name, file) => JSON.stringify(path.join(path.dirname(require.resolve(name)), file));
    build.onLoad({ filter: /[\\/]dist[\\/]src[\\/]linter[\\/]plugin-data\.js$/ }, () => ({
      contents: `export const pluginData = {
  equality: () => import(${beside('retext-equality', 'patterns-en.js')}),
  simplify: () => import(${beside('retext-simplify', 'lib/patterns.js')}),
};`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'dist/src/cli.js', worker: 'dist/src/engine/worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // cosmiconfig requires these only for some config files (TypeScript only for a `.ts` config, which
  // empathy-lint does not look for; js-yaml, the largest, for YAML ones): left out of the bundle, they load
  // from node_modules when a run needs them.
  external: ['typescript', 'js-yaml'],
  // Dependencies that ship CommonJS call `require`, which an ES module does not have.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  // Less source to parse at every start; names are kept, so `--debug` stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  metafile: process.argv.includes('--metafile'),
  plugins: [pluginDataPlugin],
});
if (result.metafile) {
  writeFileSync(path.join(root, 'dist', 'cli-meta.json'), JSON.stringify(result.metafile));
}
