/**
 * A real editor: Neovim's built-in LSP client, headless, runs the built `empathy-lint --lsp`, shows its
 * diagnostics, applies a code action and writes the file (the steps are in neovim-lsp.lua). Skipped when `nvim`
 * is not installed; `.ci/run` installs Debian's neovim in CI, so it always runs there.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Project, bin, requireBuild } from '../cli/helpers.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
const script = fileURLToPath(new URL('./neovim-lsp.lua', import.meta.url));
const harsh = 'We apologize for any inconvenience this may have caused. Please be advised that your account is SUSPENDED!!! Simply click here.\n';

/** The stock apology in `harsh` is reported even beside its "click here": the tests read it as the first finding. */
const strictApology = { rules: { 'no-hollow-apology': ['warn', { allowWithFix: false }] } };

interface Report {
  steps: string[];
  diagnostics?: { code: string; line: number; col: number; message: string }[];
  actions?: string[];
  error?: string;
}

describe.skipIf(!hasNvim)(`Neovim's LSP client${hasNvim ? '' : ' (skipped: nvim is not on PATH; `apt-get install neovim`, as .ci/run does in CI)'}`, () => {
  it('shows the diagnostics of a harsh file, applies the safe fix at a finding, and writes the fixed file', () => {
    requireBuild();
    const p = new Project({ '.empathyrc.json': strictApology, 'notice.md': harsh });
    const reportFile = p.path('report.json');
    const result = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${script}`, p.path('notice.md')], {
      cwd: p.dir,
      env: { PATH: process.env['PATH'], HOME: p.dir, XDG_STATE_HOME: p.path('.state'), XDG_DATA_HOME: p.path('.data'), EMPATHY_NODE: process.execPath, EMPATHY_BIN: bin, EMPATHY_ROOT: p.dir, EMPATHY_REPORT: reportFile },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const report = fs.existsSync(reportFile) ? (JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report) : undefined;
    expect(report?.error, `${result.stdout}\n${result.stderr}`).toBeUndefined();
    expect(report?.steps).toEqual(['started', 'diagnostics', 'applied', 'written']);
    expect(report?.diagnostics?.map((diagnostic) => diagnostic.code)).toEqual(['no-hollow-apology', 'no-cold-tone', 'acknowledge-problem', 'no-shouting', 'no-shouting', 'no-condescension']);
    expect(report?.diagnostics?.[1]).toMatchObject({ line: 0, col: 57 });
    expect(report?.actions).toContain('Remove “Please be advised that”. (safe fix)');
    expect(result.status).toBe(0);
    expect(fs.readFileSync(path.join(p.dir, 'notice.md'), 'utf8')).toBe(harsh.replace('Please be advised that your', 'Your'));
  });
});
