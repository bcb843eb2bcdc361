/**
 * Properties of every syntax that is not Markdown or plain text (those are in test/linter/properties.test.ts):
 * HTML, MJML, e-mail messages and string catalogues in JSON and YAML. Documents are generated with copy that
 * rules report and fix, template tags, entities, odd Unicode and the markup of the syntax; for each one:
 * linting never throws, every position lies inside the source, fixing is idempotent, and fixing leaves the
 * markup (tags, non-copy attributes, script and style, code), template tags and catalogue keys as they were.
 * Seeded, so every run checks the same documents; bounded, so the file runs in a few seconds.
 */
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/api.js';
import { everyRule, expectSound } from '../soundness.js';
import type { SyntaxName } from '../../src/types.js';

/** Every rule on, at error level. */

const seed = 20_261_206;
const lintRuns = 40;
const fixRuns = 30;

/** Copy that rules report; the first four have safe fixes ("Act now!", "click", "Your order shipped.", "Thanks!"). */
const phrase = fc.constantFrom(
  'Act now!!!',
  'simply click',
  'Please be advised that your order shipped.',
  'Thanks!!!',
  'You failed to pay',
  'FREE shipping',
  'We apologize for any inconvenience',
  'Dear valued customer',
  'Failure to pay will result in suspension',
  'just a small fee',
  'guys',
  'utilize',
  'Sorry if you felt misled.',
  'Thanks for waiting.',
  'Your parcel is on its way.',
);
/** Template tags of the e-mail tools people use; fixing must never change one. */
const templateTag = fc.constantFrom('{{first_name}}', '{{ order.total | money }}', '{% if vip %}', '{% endif %}', '*|FNAME|*', '%%Name%%', '{{#if late}}', '{{/if}}');
/** Characters that break naive offset arithmetic: astral, combining, zero-width, no-break space, curly quotes. */
const oddText = fc.constantFrom('😀', 'e\u0301', '\u200b', '\u00a0', '’', '“quoted”', '…', 'İ', 'ß', '\t');
/** Random text without the characters that would make it markup. */
const safeString = fc.string({ maxLength: 10 }).map((text) => text.replace(/[<>&{}%*|"'\\\u0000-\u001f]/g, ' '));

const words = fc.array(fc.oneof({ weight: 4, arbitrary: phrase }, templateTag, oddText, safeString), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));


function count(haystack: string, needle: string): number {
  let total = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) total++;
  return total;
}

/**
 * Fix twice: the second pass changes nothing, and every piece of `kept(source)` appears in the output as often
 * as in the source. Returns whether the first pass changed anything.
 */
async function expectFixSafe(text: string, syntax: SyntaxName, kept: (source: string) => string[]): Promise<{ changed: boolean; output: string }> {
  const first = await fixText(text, { syntax, config: everyRule });
  const second = await fixText(first.output, { syntax, config: everyRule });
  expect(second.output).toBe(first.output);
  for (const piece of new Set(kept(text))) expect(count(first.output, piece), piece).toBe(count(text, piece));
  return { changed: first.fixed, output: first.output };
}

const templateTags = (source: string) => source.match(/\{\{[^}]*\}\}|\{%[^%]*%\}|\*\|[A-Z_]+\|\*|%%\w+%%/g) ?? [];

/** Tags with the values of copy attributes (alt, title), which fixes may edit, left out. */
function markupOf(source: string): string[] {
  const tags = (source.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/\s(alt|title)="[^"]*"/g, ' $1=""'));
  const raw = source.match(/<(script|style|code|pre|mj-raw)\b[^>]*>[\s\S]*?<\/\1>/g) ?? [];
  return [...tags, ...raw];
}

/** Each tag of the source is in the output, in the same order, with its copy attributes' values ignored. */
function expectSameMarkup(source: string, output: string): void {
  const strip = (text: string) => (text.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/\s(alt|title)="[^"]*"/g, ' $1=""'));
  expect(strip(output)).toEqual(strip(source));
}

/** Runs `check` over `arbitrary` and asserts that fixing changed at least one generated document (so the fix checks bite). */
async function fixProperty(arbitrary: fc.Arbitrary<string>, check: (text: string) => Promise<boolean>): Promise<void> {
  let changed = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (text) => {
      if (await check(text)) changed++;
    }),
    { seed, numRuns: fixRuns },
  );
  expect(changed, 'documents that fixing changed').toBeGreaterThan(0);
}

async function lintProperty(arbitrary: fc.Arbitrary<string>, syntax: SyntaxName): Promise<void> {
  let reported = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (text) => {
      reported += await expectSound(text, syntax);
    }),
    { seed, numRuns: lintRuns },
  );
  expect(reported, 'messages over all documents').toBeGreaterThan(0);
}

const attribute = (text: string) => text.replace(/"/g, '');

const htmlInline = fc.oneof(
  { weight: 3, arbitrary: words },
  words.map((text) => `<b>${text}</b>`),
  words.map((text) => `<a href="https://example.com/track?u={{id}}&amp;x=1" style="color:#c00">${text}</a>`),
  words.map((text) => `<img src="hero.png" alt="${attribute(text)}">`),
  words.map((text) => `<span title="${attribute(text)}">${text}</span>`),
  fc.constantFrom('&amp;', '&nbsp;', '&#8217;', '&rsquo;', '<br>', '<code>Act now!!!</code>'),
);
const htmlInlines = fc.array(htmlInline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const htmlBlock = fc.oneof(
  { weight: 3, arbitrary: htmlInlines.map((text) => `<p>${text}</p>`) },
  htmlInlines.map((text) => `<h1>${text}</h1>`),
  fc.array(htmlInlines, { minLength: 1, maxLength: 3 }).map((items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('\n')}</ul>`),
  htmlInlines.map((text) => `<table><tr><td class="cell">${text}</td></tr></table>`),
  htmlInlines.map((text) => `<div class="preheader" style="display:none">${text}</div>`),
  fc.constantFrom(
    '<style>p { color: red; } /* Act now!!! */</style>',
    '<script>var banner = "Act now!!!";</script>',
    '<pre>Thanks!!! simply click</pre>',
    '<!-- Act now!!! -->',
    '<!-- empathy-disable-next-line no-pressure -->',
    '{% if vip %}<p>Thanks!!!</p>{% else %}<p>Act now!!!</p>{% endif %}',
  ),
);
const newline = fc.constantFrom('\n', '\r\n');
const htmlDocument = fc
  .tuple(fc.array(htmlBlock, { minLength: 1, maxLength: 6 }), words, newline)
  .map(([blocks, title, eol]) => [`<!doctype html>`, `<html><head><title>${title}</title></head><body>`, ...blocks, '</body></html>', ''].join(eol));

const mjmlBlock = fc.oneof(
  { weight: 3, arbitrary: htmlInlines.map((text) => `<mj-text font-size="16px">${text}</mj-text>`) },
  words.map((text) => `<mj-button href="https://example.com/pay?u={{id}}">${text}</mj-button>`),
  words.map((text) => `<mj-image src="hero.png" alt="${attribute(text)}" />`),
  htmlInlines.map((text) => `<mj-raw><p>${text}</p></mj-raw>`),
  fc.constantFrom('<mj-divider />', '<mj-spacer height="20px" />', '<!-- Act now!!! -->'),
);
const mjmlDocument = fc
  .tuple(fc.array(mjmlBlock, { minLength: 1, maxLength: 6 }), words, newline)
  .map(([blocks, preview, eol]) =>
    [
      '<mjml>',
      `<mj-head><mj-title>Your order</mj-title><mj-preview>${preview}</mj-preview><mj-style>.x { color: red; }</mj-style></mj-head>`,
      '<mj-body><mj-section><mj-column>',
      ...blocks,
      '</mj-column></mj-section></mj-body>',
      '</mjml>',
      '',
    ].join(eol),
  );

/** Quoted-printable, as mail tools write it: =XX for non-ASCII bytes and "=", soft breaks at 76 characters. */
function quotedPrintable(text: string): string {
  const encoded = [...Buffer.from(text, 'utf8')].map((byte) => (byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x0a) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte))).join('');
  return encoded
    .split('\n')
    .map((line) => line.match(/.{1,72}(?:=[0-9A-F]{2})?/g)?.join('=\n') ?? line)
    .join('\n');
}

const emlBodyText = fc.array(words, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n\n'));
const emlDocument = fc
  .tuple(
    words,
    emlBodyText,
    htmlDocument,
    fc.constantFrom('plain', 'html', 'alternative', 'quoted-printable', 'base64'),
    newline,
  )
  .map(([subject, text, html, shape, eol]) => {
    const headers = [`From: Shop <shop@example.com>`, `To: reader@example.com`, `Subject: ${subject.replace(/[\r\n]/g, ' ')}`, `MIME-Version: 1.0`];
    let body: string[];
    if (shape === 'plain') body = ['Content-Type: text/plain; charset=utf-8', '', text];
    else if (shape === 'html') body = ['Content-Type: text/html; charset=utf-8', '', html];
    else if (shape === 'quoted-printable') body = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(text)];
    else if (shape === 'base64') body = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', ...(Buffer.from(text).toString('base64').match(/.{1,76}/g) ?? [])];
    else {
      body = [
        'Content-Type: multipart/alternative; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        text,
        '--b1',
        'Content-Type: text/html; charset=utf-8',
        '',
        html,
        '--b1--',
      ];
    }
    return [...headers, ...body, ''].join('\n').replace(/\r?\n/g, eol);
  });

/** A catalogue: nested keys (some that are never copy) over strings with placeholders. */
type Catalogue = { [key: string]: string | Catalogue | (string | Catalogue)[] };
const catalogueKey = fc.constantFrom('title', 'subject', 'body', 'cta', 'message', 'errors', 'checkout', 'notice', 'label', 'reminder');
const catalogueString = fc.oneof(
  { weight: 4, arbitrary: words },
  words.map((text) => `${text} {name}`),
  words.map((text) => `%s: ${text}`),
  fc.constantFrom('https://example.com/help', 'checkout.button.primary', '#ff0000', 'Act now!!!\nThanks!!!'),
);
const catalogue: fc.Arbitrary<Catalogue> = fc.letrec<{ node: Catalogue }>((tie) => ({
  node: fc.dictionary(
    catalogueKey,
    fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: catalogueString },
      tie('node'),
      fc.array(fc.oneof(catalogueString, tie('node')), { maxLength: 3 }),
    ),
    { minKeys: 1, maxKeys: 4 },
  ),
})).node.map((node) => ({ $schema: 'https://example.com/catalogue.schema.json', ...node }));

/** Non-ASCII as \u escapes, as some exporters write JSON: positions must map through escapes. */
const asciiJson = (text: string) => text.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
const jsonCatalogue = fc.tuple(catalogue, fc.boolean()).map(([node, ascii]) => {
  const text = JSON.stringify(node, null, 2) + '\n';
  return ascii ? asciiJson(text) : text;
});
const yamlCatalogue = fc
  .tuple(catalogue, fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL'>)
  .map(([node, style]) => stringifyYaml(node, { defaultStringType: style, lineWidth: 0 }));

/** Every key path of a parsed catalogue, with the values that are not copy. */
function shape(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return [`${at}[]`, ...value.flatMap((item, index) => shape(item, `${at}[${index}]`))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [`${at}.${key}`, ...shape(item, `${at}.${key}`)]);
  return typeof value === 'string' && /^(https?:|#|[a-z]+(\.[a-z]+)+$)/.test(value) ? [`${at}=${value}`] : [];
}

describe('properties of every markup and catalogue syntax', () => {
  describe('html', () => {
    it('never throws, and every position lies inside the source', async () => {
      await lintProperty(htmlDocument, 'html');
    });
    it('fixing is idempotent and leaves tags, script, style, code and template tags as they were', async () => {
      await fixProperty(htmlDocument, async (text) => {
        const { changed, output } = await expectFixSafe(text, 'html', (source) => [...markupOf(source), ...templateTags(source)]);
        expectSameMarkup(text, output);
        return changed;
      });
    });
  });

  describe('mjml', () => {
    it('never throws, and every position lies inside the source', async () => {
      await lintProperty(mjmlDocument, 'mjml');
    });
    it('fixing is idempotent and leaves MJML and HTML tags, mj-raw and template tags as they were', async () => {
      await fixProperty(mjmlDocument, async (text) => {
        const { changed, output } = await expectFixSafe(text, 'mjml', (source) => [...markupOf(source), ...templateTags(source)]);
        expectSameMarkup(text, output);
        return changed;
      });
    });
  });

  describe('eml', () => {
    it('never throws, and every position lies inside the source, through encodings and MIME parts', async () => {
      await lintProperty(emlDocument, 'eml');
    });
    it('fixing never changes a message: e-mails get suggestions to apply by hand, never automatic fixes', async () => {
      let suggested = 0;
      await fc.assert(
        fc.asyncProperty(emlDocument, async (text) => {
          const fixed = await fixText(text, { syntax: 'eml', config: everyRule });
          expect(fixed.output).toBe(text);
          expect(fixed.fixed).toBe(false);
          suggested += fixed.messages.filter((message) => (message.suggestions ?? []).length > 0).length;
        }),
        { seed, numRuns: fixRuns },
      );
      expect(suggested, 'messages with suggestions over all messages').toBeGreaterThan(0);
    });
  });

  describe('catalogues', () => {
    it('JSON: never throws, and every position lies inside the source, \\u escapes included', async () => {
      await lintProperty(jsonCatalogue, 'catalog');
    });
    it('YAML: never throws, and every position lies inside the source, in every string style', async () => {
      await lintProperty(yamlCatalogue, 'catalog');
    });
    it('JSON: fixing is idempotent, still parses, and keeps every key, placeholder and non-copy value', async () => {
      await fixProperty(jsonCatalogue, async (text) => {
        const { changed, output } = await expectFixSafe(text, 'catalog', (source) => [...templateTags(source), ...(source.match(/\{name\}|%s/g) ?? [])]);
        expect(shape(JSON.parse(output))).toEqual(shape(JSON.parse(text)));
        return changed;
      });
    });
    it('YAML: fixing is idempotent, still parses, and keeps every key, placeholder and non-copy value', async () => {
      await fixProperty(yamlCatalogue, async (text) => {
        const { changed, output } = await expectFixSafe(text, 'catalog', (source) => [...templateTags(source), ...(source.match(/\{name\}|%s/g) ?? [])]);
        expect(shape(parseYaml(output))).toEqual(shape(parseYaml(text)));
        return changed;
      });
    });
  });
});
