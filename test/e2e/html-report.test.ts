// The HTML report in a real browser: Debian's chromium, headless, driven by playwright-core, loads a report of
// examples/ made by the built binary. The test checks what a reader sees (every finding highlighted, a
// suggestion beside its finding), that the page needs neither the network nor JavaScript, that the keyboard
// reaches the report through the skip link, and that axe-core finds no serious or critical accessibility
// violation. Screenshots are kept in test-artifacts/ (git-ignored); the test prints their paths.
//
// CI (`.ci/run`) installs chromium when it is missing; elsewhere the test is skipped when no chromium is found,
// with a message saying how to get it. CHROMIUM_PATH names another Chromium or Chrome binary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bin, repoRoot, requireBuild } from '../cli/helpers.js';

const inCI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false' && process.env['CI'] !== '0';

function findChromium(): string | undefined {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return given;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

const executablePath = findChromium();
if (!executablePath && !inCI) {
  console.warn('Skipping the HTML report browser test: no chromium found (apt-get install chromium, or set CHROMIUM_PATH).');
}

const artifacts = path.join(repoRoot, 'test-artifacts');
const reportFile = path.join(artifacts, 'html-report.html');

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; suggestions?: { desc: string }[] }[];
}

function lintExamples(format: string, output?: string): { status: number | null; stdout: string; stderr: string } {
  requireBuild();
  const result = spawnSync(process.execPath, [bin, 'examples', '-f', format, ...(output ? ['-o', output] : [])], {
    cwd: repoRoot,
    env: { PATH: process.env['PATH'], HOME: repoRoot, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!executablePath && !inCI)('HTML report in chromium', () => {
  let browser: Browser;
  let results: JsonResult[];

  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    const json = lintExamples('json');
    results = JSON.parse(json.stdout) as JsonResult[];
    const html = lintExamples('html', reportFile);
    expect(html).toMatchObject({ status: 1, stdout: '', stderr: '' });
    if (!executablePath) throw new Error('chromium is not installed: .ci/run installs it in CI (apt-get install chromium)');
    browser = await chromium.launch({ executablePath, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('without JavaScript or network, every finding is highlighted in its copy and explained beside it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(reportFile).href);

    const findings = results.reduce((sum, result) => sum + result.messages.length, 0);
    expect(findings).toBeGreaterThan(20);
    await expect.poll(() => page.locator('mark[id$="-text"]').count()).toBe(findings);
    await expect.poll(() => page.locator('li.finding').count()).toBe(findings);
    expect(await page.locator('mark').first().isVisible()).toBe(true);

    // The outage notice's greeting: highlighted in the copy, and the suggestion shown in its section.
    const outage = page.locator('section.file', { has: page.getByRole('heading', { level: 2, name: 'examples/outage-update.txt' }) });
    await expect.poll(() => outage.locator('mark', { hasText: 'To whom it may concern' }).isVisible()).toBe(true);
    const greeting = outage.locator('li.finding', { hasText: '“To whom it may concern” is a mass-mail greeting' });
    expect((await greeting.locator('.suggestion').innerText()).trim()).toBe('Try: Replace with “Hello”.');
    expect(await greeting.locator('.suggestion').isVisible()).toBe(true);

    // The summary: files checked and the rules most often hit, with the most frequent rule first.
    const summary = page.getByRole('region', { name: 'Summary' });
    expect(await summary.locator('dl.figures > div', { hasText: 'Files checked' }).locator('dd').innerText()).toBe(String(results.length));
    const counts = new Map<string, number>();
    for (const result of results) for (const message of result.messages) if (message.ruleId) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
    const top = Math.max(...counts.values());
    const firstRule = (await summary.getByRole('table').nth(1).locator('tbody tr').first().locator('th').innerText()).trim();
    expect(counts.get(firstRule)).toBe(top);

    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    const shot = path.join(artifacts, 'html-report.png');
    const full = path.join(artifacts, 'html-report-full.png');
    await page.screenshot({ path: shot });
    await page.screenshot({ path: full, fullPage: true });
    // One file's section: its copy with the marks, and the findings beside it (the README shows this one).
    const section = path.join(artifacts, 'html-report-file.png');
    await outage.screenshot({ path: section });
    console.log(`HTML report screenshots: ${shot}, ${section} and ${full} (report: ${reportFile})`);
    await context.close();
  });

  test('the keyboard reaches the report through the skip link, and axe-core finds no serious or critical violation', async () => {
    // The page's content security policy forbids scripts; axe is injected past it, as a browser extension would be.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(reportFile).href);

    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.innerText()).toBe('Skip to the report');
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    // Page-side code is given as text: the tests are type-checked without the DOM's types.
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('main');
    // The next Tab lands inside the report: the first file in the summary table.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').innerText()).toBe(path.relative(repoRoot, results[0]!.filePath));

    const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(
      `axe.run(document, { resultTypes: ['violations'] }).then((report) => report.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })))`,
    )) as { id: string; impact: string | null; help: string; nodes: number }[];
    const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious).toEqual([]);
    if (violations.length > 0) console.log('axe-core, minor and moderate:', violations);
    await context.close();
  });
});
