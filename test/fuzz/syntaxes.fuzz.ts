/**
 * The fuzz suite (`npm run fuzz`, run by CI after the tests): thousands of generated inputs in every syntax
 * (Markdown, plain text, HTML, MJML, e-mail messages, JSON and YAML string catalogues), built from token soups
 * of each syntax's markup, copy that rules report, template tags, control comments, line breaks of every kind,
 * odd and broken Unicode, and random text. For every input: linting never throws, every position lies inside
 * the source, and (for a share of them) fixing twice gives what fixing once gave. Seeded, so a failure names
 * a reproducible case; `FUZZ_SEED` and `FUZZ_SCALE` (a multiplier of the run counts) explore further.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/api.js';
import { everyRule, expectSound } from '../soundness.js';
import type { SyntaxName } from '../../src/types.js';

const seed = Number(process.env['FUZZ_SEED'] ?? 20_261_206);
const scale = Number(process.env['FUZZ_SCALE'] ?? 1);
/** Inputs per syntax and kind of check; 10,000 in all at scale 1. */
const runs = { lint: Math.round(1_300 * scale), fix: Math.round(300 * scale) };

/** Every rule on, at error level, so every rule sees every input. */

const phrase = fc.constantFrom(
  'You failed to pay',
  'Act now!!!',
  'FREE shipping',
  'simply click',
  'We apologize for any inconvenience',
  'No thanks, I hate saving money',
  'Dear valued customer',
  'Please be advised that your order shipped.',
  'Failure to pay will result in suspension',
  'just a small fee',
  'guys',
  'utilize',
  'Thanks!!!',
  'Sorry if you felt misled.',
  'Your payment failed.',
  'Thanks for waiting.',
);
const templateTag = fc.constantFrom('{{first_name}}', '{{ order.total | money }}', '{% if vip %}', '{% else %}', '{% endif %}', '*|FNAME|*', '%%Name%%', '{{#if late}}', '{{else}}', '{{/if}}', '<%= name %>', '{{', '}}', '{%');
const oddText = fc.constantFrom('😀', 'e\u0301', '\u200b', '\u00a0', '’', '“', '…', 'İ', 'ß', '\t', '\r', '\r\n', '\n', '\n\n', '\u2028', '\ufeff', '\ud800', '\udc00', '\u0000');
const randomText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }));

/** A soup of `tokens` (the syntax's markup) with copy, template tags, odd characters and random text. */
function soup(tokens: fc.Arbitrary<string>, maxLength = 40): fc.Arbitrary<string> {
  const part = fc.oneof({ weight: 4, arbitrary: tokens }, { weight: 4, arbitrary: phrase }, { weight: 1, arbitrary: templateTag }, { weight: 2, arbitrary: oddText }, { weight: 2, arbitrary: randomText });
  return fc.tuple(fc.array(part, { maxLength }), fc.constantFrom(' ', '')).map(([parts, separator]) => parts.join(separator));
}

const markdownToken = fc.constantFrom(
  '# ', '## ', '- ', '* ', '1. ', '> ', '>> ', '  ', '    ', '\n', '\n\n', '```\n', '~~~', '`', '**', '_', '[', '](', ')', '![alt](x.png)', '<b>', '</b>',
  '<!-- empathy-disable -->', '<!-- empathy-disable-next-line no-blame -->', '<!-- empathy-enable -->', '---\nsubject: Act now!!!\n---\n', '| a | b |\n|---|---|\n| ',
  '\\', '&amp;', '<https://example.com>', '[^1]', '- [ ] ', '***', '===', '<div>',
);
const htmlToken = fc.constantFrom(
  '<p>', '</p>', '<h1>', '</h1>', '<ul><li>', '</li></ul>', '<table><tr><td>', '</td></tr></table>', '<a href="https://example.com/?u={{id}}">', '</a>', '<b>', '</b>', '<br>',
  '<img alt="Act now!!!" src="x.png">', '<span title="simply click">', '</span>', '<script>var a = "Act now!!!";</script>', '<style>p{}</style>', '<pre>', '</pre>', '<code>', '</code>',
  '<!-- empathy-disable-next-line no-pressure -->', '<!--', '-->', '&nbsp;', '&#8217;', '&#xD800;', '&bogus;', '<', '>', '"', '<html><head><title>', '</title></head><body>', '</body></html>',
  '<div class="preheader" style="display:none">', '</div>', '<template>', '</template>', '<![CDATA[', ']]>', '<svg>', '<math>', '<textarea>', '<select><option>',
);
const mjmlToken = fc.constantFrom(
  '<mjml>', '</mjml>', '<mj-body>', '</mj-body>', '<mj-section><mj-column>', '</mj-column></mj-section>', '<mj-text>', '</mj-text>', '<mj-button href="https://x.example">', '</mj-button>',
  '<mj-head><mj-preview>', '</mj-preview></mj-head>', '<mj-title>', '</mj-title>', '<mj-raw>', '</mj-raw>', '<mj-image alt="Act now!!!" />', '<mj-navbar-link>', '</mj-navbar-link>',
  '<mj-style>', '</mj-style>', '<mj-include path="x.mjml" />', '<p>', '</p>', '<!-- Act now!!! -->', '<', '>',
);
const jsxToken = fc.constantFrom(
  'import { Text } from "@react-email/components";\n', 'export const Email = () => (', ');\n', '<Text>', '</Text>', '<Heading className="x">', '</Heading>', '<span>', '</span>',
  '{name}', '{" "}', '{"Act now!!!"}', '{`Hi`}', '{late && <p>Late</p>}', '<Img alt="Act now!!!" />', '<>', '</>', '{/* note */}', '// note\n', 'const a = `x ${b}`;\n', '<', '>', '{', '}',
);
const headerName = fc.constantFrom('Subject', 'From', 'To', 'Content-Type', 'Content-Transfer-Encoding', 'MIME-Version', 'X-Preheader');
const headerValue = fc.oneof(
  phrase,
  fc.constantFrom(
    'text/plain; charset=utf-8', 'text/html; charset="iso-8859-1"', 'multipart/alternative; boundary="b1"', 'multipart/mixed; boundary=b2', 'quoted-printable', 'base64', '8bit',
    '=?utf-8?B?QWN0IG5vdyEhIQ==?=', '=?iso-8859-1?Q?Caf=E9_now?=', '=?bogus?X?zz?=', '=?utf-8?Q?=FF=FE?=',
  ),
  randomText,
);
const emlToken = fc.oneof(
  fc.tuple(headerName, headerValue).map(([name, value]) => `${name}: ${value}\n`),
  fc.constantFrom('\n', '\r\n', '--b1\n', '--b1--\n', '--b2\n', 'Content-Type: text/html\n\n<p>', '=\n', '=3D', '=E2=80=99', 'QWN0IG5vdyEhIQ==', '<p>', '</p>', '> '),
);
const jsonCatalogue = fc
  .letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      soup(markdownToken, 8),
      fc.dictionary(fc.oneof(fc.constantFrom('title', 'subject', 'body', 'errors', 'cta', '$schema', '@meta', 'description'), randomText), tie('node'), { maxKeys: 5 }),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)),
    ),
  }))
  .node.chain((value) => fc.constantFrom(JSON.stringify(value), JSON.stringify(value, null, 2), JSON.stringify(value, null, '\t').replace(/\n/g, '\r\n')));
const yamlToken = fc.constantFrom('title: ', 'body: ', 'errors:\n  ', '- ', '  ', '\n', '"', "'", '|\n  ', '>\n  ', '&a ', '*a', '!!str ', '# c\n', '{', '}', '[', ']', ': ', '? ', '---\n', '...\n');

const syntaxes: { name: SyntaxName; label: string; input: fc.Arbitrary<string> }[] = [
  { name: 'markdown', label: 'Markdown', input: soup(markdownToken) },
  { name: 'text', label: 'plain text', input: soup(fc.constantFrom('Subject: ', 'Preheader: ', '\n', '\n\n', '\r\n', '  ', '<!-- empathy-disable -->')) },
  { name: 'html', label: 'HTML', input: soup(htmlToken) },
  { name: 'mjml', label: 'MJML', input: soup(mjmlToken) },
  { name: 'jsx', label: 'JSX', input: soup(fc.oneof(jsxToken, phrase)) },
  {
    name: 'eml',
    label: 'e-mail',
    // Mostly messages that begin with headers, so that the parts beyond the first line get exercised too.
    input: fc.oneof(
      { weight: 5, arbitrary: fc.tuple(phrase, fc.array(emlToken, { maxLength: 30 })).map(([subject, parts]) => `From: Shop <shop@example.com>\nSubject: ${subject}\n${parts.join('')}`) },
      fc.array(emlToken, { maxLength: 30 }).map((parts) => parts.join('')),
    ),
  },
  { name: 'catalog', label: 'JSON catalogue', input: fc.oneof({ weight: 4, arbitrary: jsonCatalogue }, soup(fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '"body": "', '\\u00e9', '\\"'))) },
  { name: 'catalog', label: 'YAML catalogue', input: soup(yamlToken) },
];


/** A syntax refuses some inputs on purpose (not an e-mail, not a catalogue): a one-line reason, never a crash. */
async function lintsOrRefuses(check: () => Promise<unknown>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (error instanceof Error && error.name === 'AssertionError') throw error;
    // A refusal is a plain Error with a one-line reason; a TypeError, RangeError or the like is a crash.
    const message = error instanceof Error ? error.message : String(error);
    if (process.env['FUZZ_LOG']) console.log(`refused: ${error instanceof Error ? error.constructor.name : typeof error}: ${message.slice(0, 120)}`);
    expect(error instanceof Error && error.constructor === Error, `not a plain Error: ${String(error)}`).toBe(true);
    expect(message.length > 0 && !message.includes('\n'), message).toBe(true);
  }
}

describe('fuzz: every syntax', () => {
  for (const { name, label, input } of syntaxes) {
    it(`${label}: ${runs.lint} inputs lint without throwing, every position inside the source`, async () => {
      await fc.assert(
        fc.asyncProperty(input, (text) => lintsOrRefuses(() => expectSound(text, name))),
        { seed, numRuns: runs.lint },
      );
    });
  }

  for (const { name, label, input } of syntaxes.filter((syntax) => syntax.name !== 'eml')) {
    it(`${label}: ${runs.fix} inputs fix idempotently (fixing the output again changes nothing)`, async () => {
      await fc.assert(
        fc.asyncProperty(input, (text) =>
          lintsOrRefuses(async () => {
            const first = await fixText(text, { syntax: name, config: everyRule });
            const second = await fixText(first.output, { syntax: name, config: everyRule });
            expect(second.output).toBe(first.output);
          }),
        ),
        { seed, numRuns: runs.fix },
      );
    });
  }
});
