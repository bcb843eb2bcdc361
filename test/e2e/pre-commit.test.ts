// The real pre-commit tool runs the hook from .pre-commit-hooks.yaml on a temporary git repository: a commit
// with harsh copy is refused, one with kind copy goes through.
//
// pre-commit installs a `language: node` hook the way it installs any hook repository: it clones the repo at
// `rev`, runs `npm install` and `npm pack` in the clone (the `prepare` script builds dist/), then installs
// the tarball with `npm install -g` into an environment of its own. Here `repo:` is a local git repository
// holding this working tree's sources (a file path works offline; only the npm registry, through npm's
// cache, is used). The environment is kept in node_modules/.cache and reused while the sources are
// unchanged, so only the first run after a change pays for the install (a minute or so).
//
// CI (`.ci/run`) installs pre-commit when it is missing; elsewhere the test is skipped when pre-commit is not
// installed, with a message saying how to get it.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FORMULAIC, Project, onlyHollow, repoRoot } from '../cli/helpers.js';

const inCI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false' && process.env['CI'] !== '0';
const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommitVersion.status === 0;
if (!hasPreCommit && !inCI) {
  console.warn('Skipping the pre-commit hook test: pre-commit is not installed (apt-get install pre-commit, or pip install pre-commit).');
}

/** The paths a hook repository needs: what `npm install`, the build and `npm pack` read. */
const hookRepoPaths = ['package.json', 'package-lock.json', '.npmrc', 'tsconfig.json', '.pre-commit-hooks.yaml', 'bin/', 'src/', 'rules/', 'scripts/'];

const identity = {
  GIT_AUTHOR_NAME: 'empathy-lint tests',
  GIT_AUTHOR_EMAIL: 'tests@example.com',
  GIT_COMMITTER_NAME: 'empathy-lint tests',
  GIT_COMMITTER_EMAIL: 'tests@example.com',
  // A fixed date makes the commit, and so pre-commit's cache key, depend on the content alone.
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};

function npmCache(): string {
  return process.env['npm_config_cache'] ?? execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
}

/**
 * A git repository with this working tree's hook sources, committed, and a pre-commit home for it, both under
 * `cacheRoot/<hash of the sources>/`. The same sources give the same path and commit, so pre-commit reuses the
 * environment it installed before. Other runs may use the cache at the same time (pre-commit locks its own
 * store), so the repository is built aside and renamed into place, and only entries unused for a day are removed.
 */
/** The variables of this process whose names match, to hand on to a child with an otherwise clean environment. */
function passThrough(names: RegExp): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name, value]) => names.test(name) && value !== undefined));
}

function hookRepository(cacheRoot: string, env: NodeJS.ProcessEnv): { dir: string; rev: string; home: string } {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...hookRepoPaths], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && fs.existsSync(path.join(repoRoot, file)))
    .sort();
  const hash = createHash('sha256');
  for (const file of listed) hash.update(`${file}\0`).update(fs.readFileSync(path.join(repoRoot, file))).update('\0');
  const entry = path.join(cacheRoot, hash.digest('hex').slice(0, 16));
  const dir = path.join(entry, 'hook');
  for (const name of fs.readdirSync(cacheRoot)) {
    const other = path.join(cacheRoot, name);
    if (other !== entry && Date.now() - fs.statSync(other).mtimeMs > 24 * 3600 * 1000) fs.rmSync(other, { recursive: true, force: true });
  }
  if (!fs.existsSync(path.join(dir, '.git'))) {
    const building = fs.mkdtempSync(path.join(cacheRoot, 'building-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: building, env, encoding: 'utf8' });
    for (const file of listed) {
      fs.mkdirSync(path.dirname(path.join(building, file)), { recursive: true });
      fs.copyFileSync(path.join(repoRoot, file), path.join(building, file));
    }
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'empathy-lint hook sources');
    fs.mkdirSync(entry, { recursive: true });
    try {
      fs.renameSync(building, dir);
    } catch {
      // Another run got there first with the same sources.
      fs.rmSync(building, { recursive: true, force: true });
    }
  }
  fs.utimesSync(entry, new Date(), new Date());
  const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, env, encoding: 'utf8' }).trim();
  return { dir, rev, home: path.join(entry, 'home') };
}

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  test.runIf(!hasPreCommit && inCI)('pre-commit is installed in CI', () => {
    throw new Error('pre-commit is not installed; .ci/run installs it with apt-get when it runs as root with CI set');
  });

  test.skipIf(!hasPreCommit)(
    'refuses a commit with harsh copy and accepts one with kind copy',
    () => {
      const cacheRoot = path.join(repoRoot, 'node_modules', '.cache', 'empathy-lint-pre-commit');
      fs.mkdirSync(cacheRoot, { recursive: true });
      const p = new Project({
        '.empathyrc.json': { rules: onlyHollow('error') },
        'harsh.md': `# Delivery update\n\n${FORMULAIC}\n`,
        'kind.md': '# Delivery update\n\nYour order is late, and we are sorry. It ships today.\n',
        'notes.yaml': `apology: ${FORMULAIC}\n`,
      });
      const env: NodeJS.ProcessEnv = {
        PATH: process.env['PATH'],
        HOME: p.dir,
        LANG: 'C.UTF-8',
        // npm inside pre-commit: the usual cache, and no network beyond what the cache lacks.
        npm_config_cache: npmCache(),
        npm_config_prefer_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        NO_COLOR: '1',
        // What this machine needs to reach the registry for what the cache lacks: its certificate authorities
        // and proxies, which npm reads from the environment.
        ...passThrough(/^(?:NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|(?:HTTPS?|NO|ALL)_PROXY|npm_config_(?:cafile|ca|registry|proxy|https_proxy|strict_ssl))$/i),
        ...identity,
      };
      const hook = hookRepository(cacheRoot, env);
      env['PRE_COMMIT_HOME'] = hook.home;
      const git = (...args: string[]) => spawnSync('git', args, { cwd: p.dir, env, encoding: 'utf8', timeout: 540_000 });

      p.write({
        '.pre-commit-config.yaml': `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: empathy-lint\n`,
      });
      for (const args of [['init', '-q', '-b', 'main'], ['add', '.pre-commit-config.yaml', '.empathyrc.json'], ['commit', '-q', '-m', 'config']]) {
        const result = git(...args);
        expect(result.status, result.stderr).toBe(0);
      }
      const install = spawnSync('pre-commit', ['install'], { cwd: p.dir, env, encoding: 'utf8' });
      expect(install.status, install.stdout + install.stderr).toBe(0);

      // Harsh copy (and a YAML file, which the hook's types leave alone): refused, with the finding shown.
      git('add', 'harsh.md', 'notes.yaml');
      const refused = git('commit', '-m', 'harsh copy');
      const refusedOutput = refused.stdout + refused.stderr;
      expect(refused.status, refusedOutput).not.toBe(0);
      expect(refusedOutput).toMatch(/empathy-lint\.+Failed/);
      expect(refusedOutput).toContain('harsh.md');
      expect(refusedOutput).toContain('no-hollow-apology');
      expect(refusedOutput).not.toContain('notes.yaml');
      expect(git('rev-list', '--count', 'HEAD').stdout.trim()).toBe('1');

      // Kind copy: accepted.
      git('reset', '-q');
      git('add', 'kind.md');
      const accepted = git('commit', '-m', 'kind copy');
      expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
      expect(accepted.stdout + accepted.stderr).toMatch(/empathy-lint\.+Passed/);
      expect(git('rev-list', '--count', 'HEAD').stdout.trim()).toBe('2');
    },
    600_000,
  );
});
