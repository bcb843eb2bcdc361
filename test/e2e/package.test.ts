// The published package, as a user gets it: `npm pack` makes the tarball from the build, npm installs it into
// a new project with no dev dependencies, and the installed command lints a file. npm takes the dependencies
// from its cache when it has them (after `npm ci` it does), so this works offline on a machine that has
// installed the project once.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { FORMULAIC, repoRoot, requireBuild } from '../cli/helpers.js';

/** The environment without what `npm run` adds, so the nested npm behaves as it would for a user. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  }
  return { ...env, NO_COLOR: '1', CI: '' };
}

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync('npm', args, { cwd, env: userEnv(), encoding: 'utf8', timeout: 170_000 });
}

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('npm pack', () => {
  test('the tarball installs into a new project without dev dependencies or install scripts, and its command lints', () => {
    requireBuild();
    const root = fs.realpathSync(fs.mkdtempSync(path.join(inject('temporaryRoot'), 'package-')));
    // As a release is packed: prepack builds and leaves `prepare` out of the packed package.json.
    const before = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    const packed = npm(['pack', '--json', '--pack-destination', root], repoRoot);
    expect(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).toBe(before);
    expect(packed.status, packed.stderr).toBe(0);
    const [tarball] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = tarball!.files.map((file) => file.path);
    expect(files).toContain('bin/empathy-lint.js');
    expect(files).toContain('dist/cli/cli.cjs');
    expect(files).toContain('dist/cli/worker.js');
    expect(files).toContain('rules/no-blame/readme.md');
    expect(files.filter((file) => /^(src|test|scripts|bench|eval|examples)\//.test(file))).toEqual([]);

    const project = path.join(root, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'copy-review', version: '1.0.0', private: true }, null, 2));
    fs.writeFileSync(path.join(project, 'late.md'), `# Your payment\n\nYour card was declined. If payment is not received within 48 hours, your account will be terminated. ${FORMULAIC}\n`);
    fs.writeFileSync(path.join(project, 'kind.md'), '# Thanks\n\nThanks for your order. It ships on Monday.\n');
    const installed = npm(['install', '--omit=dev', '--ignore-scripts=false', '--prefer-offline', '--no-audit', '--no-fund', path.join(root, tarball!.filename)], project);
    expect(installed.status, installed.stderr).toBe(0);
    // npm 11 lists every dependency whose install scripts it skipped: there are none to skip.
    expect(installed.stderr).not.toMatch(/install-scripts/);

    const modules = path.join(project, 'node_modules');
    // Every package the lock file marks dev-only (the build, test and browser tools, and what only they need)
    // stays out; a dev dependency that a runtime dependency also needs (ajv, type packages) may come with it.
    // A name is compared with its version: a runtime dependency may need another version of a dev tool's package.
    const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; version?: string }> };
    const devOnly = Object.entries(lock.packages)
      .filter(([key, entry]) => entry.dev === true && /^node_modules\/(@[^/]+\/)?[^/]+$/.test(key))
      .map(([key, entry]) => `${key.slice('node_modules/'.length)}@${entry.version}`);
    expect(devOnly).toEqual(expect.arrayContaining([`vitest@${lock.packages['node_modules/vitest']!.version}`, `playwright-core@${lock.packages['node_modules/playwright-core']!.version}`]));
    const installedVersion = (name: string) => {
      const manifest = path.join(modules, name, 'package.json');
      return fs.existsSync(manifest) ? `${name}@${(JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version}` : undefined;
    };
    expect(devOnly.filter((entry) => installedVersion(entry.slice(0, entry.lastIndexOf('@'))) === entry)).toEqual([]);
    // TypeScript is marked dev-or-optional: cosmiconfig names it as an optional peer, which npm does not install.
    expect(fs.existsSync(path.join(modules, 'typescript'))).toBe(false);
    for (const dependency of Object.keys(pkg.dependencies)) expect(fs.existsSync(path.join(modules, dependency)), dependency).toBe(true);
    const installedManifest = JSON.parse(fs.readFileSync(path.join(modules, 'empathy-lint', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    expect(Object.keys(installedManifest.scripts ?? {}).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([]);

    const command = path.join(modules, '.bin', 'empathy-lint');
    const run = (args: string[]) => spawnSync(command, args, { cwd: project, env: { PATH: process.env['PATH'], HOME: project, NO_COLOR: '1' }, encoding: 'utf8' });
    const harsh = run(['late.md']);
    expect(harsh.stderr).toBe('');
    expect(harsh.status).toBe(1);
    expect(harsh.stdout).toMatch(/^late\.md {2}score \d+\/100 · problem notice \(failed payment\)/);
    expect(harsh.stdout).toMatch(/ {2}3:25 {3}error {2}“If payment is not received within 48 hours, your account will be terminated” .+ {2}no-threat\n/);
    expect(harsh.stdout).toContain('✖ 4 problems (1 error, 3 warnings)\n');
    expect(harsh.stdout).toMatch(/\n1 file checked · 0 clean · score \d+\/100\n$/);
    const kind = run(['kind.md']);
    expect([kind.status, kind.stdout, kind.stderr]).toEqual([0, '✔ kind.md: no problems · score 100/100\n', '']);
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`);
  });
});
