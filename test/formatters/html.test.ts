// -f html: the page's structure, escaping of untrusted copy, and findings marked in place (through the CLI, so
// the copy is read back as the formatter receives it). tests/e2e/html-report.test.ts looks at it in a browser.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { html, escapeHtml } from '../../src/formatters/html.js';
import type { LintResult } from '../../src/types.js';
import { CONDITIONAL, CONDITIONAL_PHRASE, FORMULAIC, FORMULAIC_PHRASE, HOLLOW, Project, onlyHollow } from '../cli/helpers.js';

/** The marked copy of the page's only <pre>, with the line numbers and hidden labels taken out. */
function markedText(page: string): string {
  const pre = /<pre class="copy-text">([\s\S]*?)<\/pre>/.exec(page)![1]!;
  return pre
    .replace(/<span class="line-number" aria-hidden="true">\d+<\/span>/g, '')
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<a class="ref" href="#[^"]+">(\d+)<\/a>/g, '[$1]')
    .replace(/<mark id="[^"]+" class="(warning|error)">/g, '{')
    .replace(/<\/mark>/g, '}');
}

describe.concurrent('-f html', () => {
  test('one self-contained page: no scripts, no external assets, landmarks, a skip link, the summary and each file', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') }, 'a.md': `# Hello\n\n${FORMULAIC}\n`, 'clean.md': 'Thanks for writing in.\n' });
    const { code, stdout, stderr } = await p.run(['-f', 'html']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(stdout).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(stdout).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(stdout).toContain('<a class="skip-link" href="#main">Skip to the report</a>');
    expect(stdout).toMatch(/<main id="main" tabindex="-1">[\s\S]*<\/main>/);
    expect(stdout).toContain('<div><dt>Files checked</dt><dd>2</dd></div><div><dt>Files clean</dt><dd>1</dd></div>');
    // The rules most often hit, with their descriptions.
    expect(stdout).toMatch(new RegExp(`<h3>Rules most often hit</h3>[\\s\\S]*<code>${HOLLOW}</code></a></th><td>1</td><td>1</td><td>Stock apologies`));
    // A kind file says so, and its copy stays one click away.
    expect(stdout).toMatch(/<h2 id="file-2">clean\.md<\/h2>[\s\S]*none: this copy reads kindly[\s\S]*<details><summary>Show the copy<\/summary>/);
    expect(markedText(stdout.slice(stdout.indexOf('id="file-1"')))).toBe(`# Hello\n\n${FORMULAIC.replace(FORMULAIC_PHRASE, `{${FORMULAIC_PHRASE}}[1]`)}\n`);
  });

  test('findings are marked where they are, nested marks stay well formed, and the suggestion sits beside its explanation', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') }, 'reply.txt': `Hello team,\r\n\r\n${FORMULAIC}\r\n${CONDITIONAL}\r\n` });
    const { stdout } = await p.run(['-f', 'html', 'reply.txt']);
    expect(markedText(stdout)).toBe(`Hello team,\r\n\r\n${FORMULAIC.replace(FORMULAIC_PHRASE, `{${FORMULAIC_PHRASE}}[1]`)}\r\n{${CONDITIONAL_PHRASE}}[2]${CONDITIONAL.slice(CONDITIONAL_PHRASE.length)}\r\n`);
    expect(stdout).toMatch(/<li id="f1-1" class="finding warning"><p class="where"><span class="number">1<\/span> <a href="#f1-1-text">line 3, column 14<\/a>/);
    expect(stdout).toMatch(/<p class="suggestion"><strong>Try:<\/strong> Replace with “[^<]+”\.<\/p><\/li>/);
  });

  test('the copy, paths and messages are escaped: markup in copy is shown, never run', async () => {
    const copy = `<script>alert("x")</script> & "quotes" 'single' ${FORMULAIC}\n`;
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') }, 'a<b>"&.txt': copy });
    const { stdout } = await p.run(['-f', 'html']);
    expect(stdout).not.toContain('<script>');
    expect(stdout).toContain('<h2 id="file-1">a&#60;b&#62;&#34;&#38;.txt</h2>');
    expect(markedText(stdout)).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;quotes&#34; &#39;single&#39;');
    expect(escapeHtml(`<a href="x">&'`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;');
  });

  test('a catalogue lists its entries, each with its kind, purpose and score', async () => {
    const p = new Project({
      '.empathyrc.json': { rules: onlyHollow('warn'), catalogs: ['locales/*.json'] },
      'locales/en.json': { errors: { declined: `Your card was declined. ${FORMULAIC}` }, promo: { banner: 'Spring sale: 20% off.' } },
    });
    const { stdout } = await p.run(['-f', 'html']);
    expect(stdout).toContain('<details><summary>2 entries, each scored on its own</summary>');
    expect(stdout).toMatch(/<tr><th scope="row"><code>errors\.declined<\/code><\/th><td>UI string<\/td><td>problem notice \(failed payment\)<\/td><td>95\/100<\/td><td>1<\/td><\/tr>/);
    expect(stdout).toMatch(/<tr><th scope="row"><code>promo\.banner<\/code><\/th><td>UI string<\/td><td>promotion<\/td><td>100\/100<\/td><td>0<\/td><\/tr>/);
    expect(stdout).toContain('line 3, column 55 in errors.declined');
  });

  test('--stdin: the copy comes from standard input', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('error') } });
    const { code, stdout } = await p.run(['--stdin', '-f', 'html'], { input: `${CONDITIONAL}\n` });
    expect(code).toBe(1);
    expect(markedText(stdout)).toBe(`{${CONDITIONAL_PHRASE}}[1]${CONDITIONAL.slice(CONDITIONAL_PHRASE.length)}\n`);
    expect(stdout).toContain('<mark id="f1-1-text" class="error"><span class="visually-hidden">Finding 1, error, no-hollow-apology: </span>');
  });

  test('a finding inside another nests; one that crosses the end of another is cut there; an empty range still shows', () => {
    const source = 'one two three four\n';
    const at = (column: number, endColumn: number, ruleId: string) => ({ ruleId, severity: 1 as const, message: ruleId, line: 1, column, endLine: 1, endColumn });
    const result: LintResult = {
      filePath: '/work/x.txt',
      errorCount: 0,
      warningCount: 4,
      fixableCount: 0,
      messages: [at(1, 14, 'outer'), at(5, 8, 'inner'), at(9, 19, 'crossing'), at(19, 19, 'point')],
    };
    const page = html([result], { cwd: '/work', color: false, rulesMeta: {}, source: () => source });
    expect(markedText(page)).toBe('{one {two}[2] {three}[3]}[1] four{<span class="point" aria-hidden="true">▸</span>}[4]\n');
    const withoutSource = html([result], { cwd: '/work', color: false, rulesMeta: {} });
    expect(withoutSource).toContain('<p>The copy could not be read again for this report.</p>');
    expect(withoutSource).toContain('<span class="number">1</span> line 1, column 1 · <span class="level">warning</span>');
  });
});

/** The text a reader sees in the copy block, with every tag and hidden label taken out and entities decoded. */
function visibleCopy(page: string): string {
  const pre = /<pre class="copy-text">([\s\S]*?)<\/pre>/.exec(page)![1]!;
  return pre
    .replace(/<span class="line-number" aria-hidden="true">\d+<\/span>/g, '')
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<span class="point" aria-hidden="true">▸<\/span>/g, '')
    .replace(/<a class="ref" href="#[^"]+">\d+<\/a>/g, '')
    .replace(/<\/?mark[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe('-f html, for any copy and any findings', () => {
  test('the copy block shows the copy exactly, one mark per finding, marks balanced and line numbers counted right', () => {
    const copy = fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '"', "'", '\n', '\r', 'é', '😀'), maxLength: 60 });
    fc.assert(
      fc.property(copy, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (source, ranges) => {
        const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((match) => match.index + 1)];
        const point = (offset: number) => {
          const line = lineStarts.filter((start) => start <= offset).length;
          return { line, column: offset - lineStarts[line - 1]! + 1 };
        };
        const messages = ranges.map(([a, b]) => {
          const [start, end] = [a % (source.length + 1), b % (source.length + 1)].sort((x, y) => x - y) as [number, number];
          const [from, to] = [point(start), point(end)];
          return { ruleId: 'x', severity: 1 as const, message: 'x', line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
        });
        const result: LintResult = { filePath: '/work/x.txt', errorCount: 0, warningCount: messages.length, fixableCount: 0, messages };
        const page = html([result], { cwd: '/work', color: false, rulesMeta: {}, source: () => source });
        expect(visibleCopy(page)).toBe(source);
        const pre = /<pre class="copy-text">([\s\S]*?)<\/pre>/.exec(page)![1]!;
        expect(pre.match(/<mark /g)?.length ?? 0).toBe(messages.length);
        let depth = 0;
        for (const tag of pre.match(/<\/?mark/g) ?? []) {
          depth += tag === '<mark' ? 1 : -1;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        expect([...pre.matchAll(/<span class="line-number" aria-hidden="true">(\d+)<\/span>/g)].map((match) => Number(match[1]))).toEqual(lineStarts.map((_, index) => index + 1));
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});
