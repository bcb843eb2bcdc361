// Bundle the command line for a fast start: `npm run build` compiles with tsc into dist/, then this writes
//
// - dist/cli/cli.cjs: the command and everything it imports, as one script. bin/empathy-lint.js runs it through
//   node:vm with a compile cache of its own (on every Node version, unlike Node's module compile cache), so that a
//   start after the first skips parsing and compiling: most of what a cold start costs. The script's modules are
//   only evaluated when a run needs them (the LLM pass, the HTML, e-mail and catalogue parsers, the servers...), as
//   when they were chunks; the largest libraries only some runs need load from node_modules instead (see below). It
//   cannot call `import()` (a script with cached code loses its import callback), so the
//   binary passes its own `import()` in, as `__import`, for the two places that load a file named at run time.
// - dist/cli/worker.js and its chunks: the worker-thread entry, an ES module (a worker starts from a file).
//
// The library API (dist/src/index.js) is not bundled.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // cosmiconfig requires these only for some config files (TypeScript only for a `.ts` config, which
  // empathy-lint does not look for; js-yaml, the largest, for YAML ones): left out of the bundle, they load
  // from node_modules when a run needs them.
  external: ['typescript', 'js-yaml'],
  legalComments: 'none',
  // Less source to parse at every start; names are kept, so `--debug` stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};
/**
 * The script has no `import()` of its own (see the top of this file): the one in dist/src/import-file.js, and the
 * two in cosmiconfig's loaders (a `.js` or `.mjs` config, a `.ts` one), become calls of the binary's `__import`.
 * A dependency update that moves them fails the build here instead of failing a user's run.
 */
const scriptImportPlugin = {
  name: 'script-import',
  setup(build) {
    const swaps = [
      { filter: /[\\/]dist[\\/]src[\\/]import-file\.js$/, from: /\bimport\(url\)/g, count: 1 },
      { filter: /[\\/]node_modules[\\/]cosmiconfig[\\/]dist[\\/]loaders\.js$/, from: /\bimport\((href|'typescript')\)/g, count: 2 },
    ];
    for (const swap of swaps) {
      build.onLoad({ filter: swap.filter }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const found = text.match(swap.from)?.length ?? 0;
        if (found !== swap.count) throw new Error(`expected ${swap.count} import() in ${args.path}, found ${found}`);
        return { contents: text.replace(swap.from, (call) => `__import${call.slice('import'.length)}`), loader: 'js' };
      });
    }
  },
};

const [script, result] = await Promise.all([
  build({
    ...shared,
    entryPoints: { cli: 'dist/src/cli.js' },
    // Large libraries that only some runs need stay out of the script and load from node_modules when a run needs
    // them: the JSX parser, zod (rule options, the cache file, the LLM pass), and the protocol libraries of the
    // editor and agent servers. Inside the script they cost every run memory (some 20 MiB at the peak of a
    // 2,000-file run) for code it never calls; a server starts some 20 to 80 ms later for it, once a session.
    external: [...shared.external, '@babel/parser', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', '@modelcontextprotocol/sdk', '@modelcontextprotocol/sdk/*', 'zod', 'zod/*'],
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // Where the script's modules look for their neighbours (the worker entry, the package root): the binary
    // passes the script's own URL in.
    define: { 'import.meta.url': '__bundleUrl' },
    metafile: process.argv.includes('--metafile'),
    plugins: [pluginDataPlugin, scriptImportPlugin],
  }),
  build({
    ...shared,
    entryPoints: { worker: 'dist/src/engine/worker.js' },
    outdir,
    splitting: true,
    format: 'esm',
    // Dependencies that ship CommonJS call `require`, which an ES module does not have.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    metafile: process.argv.includes('--metafile'),
    plugins: [pluginDataPlugin],
  }),
]);

// The compile cache is kept under the script's content hash, written on its first line: a cache made for
// other code is never used (V8 itself checks only the length of the source it was made from).
const scriptFile = path.join(outdir, 'cli.cjs');
const code = readFileSync(scriptFile, 'utf8');
const hash = createHash('sha256').update(code).digest('hex').slice(0, 20);
writeFileSync(scriptFile, `// empathy-lint ${hash}\n${code}`);
if (result.metafile) {
  writeFileSync(path.join(root, 'dist', 'cli-meta.json'), JSON.stringify({ script: script.metafile, worker: result.metafile }));
}
