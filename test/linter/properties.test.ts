import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../src/api.js';
import { builtinRules } from '../../rules/index.js';
import { everyRule, expectSound } from '../soundness.js';
import type { SyntaxName } from '../../src/types.js';


/** Copy-like text: real words, harsh phrases, markup, templates, odd Unicode. */
const fragment = fc.oneof(
  fc.constantFrom(
    'You failed to pay', 'Act now!!!', 'FREE shipping', 'simply click', 'We apologize for any inconvenience',
    'No thanks, I hate saving money', 'Dear valued customer', 'Failure to pay will result in suspension',
    'just a small fee', 'guys', 'utilize', 'Easy Tiger Bakery', '{{first_name}}', '{% if x %}', '*|FNAME|*',
    '`code`', '**bold**', '_em_', '[link](https://example.com)', '# ', '- ', '> ', '\n', '\n\n', '\r\n', '---\n',
    'subject: ', '<!-- empathy-disable -->', '<!-- empathy-disable-next-line no-blame -->', '<b>', '&amp;', '\\*',
    '’', '“', '…', '😀', '\u00a0', '\t', '|', ' | --- |', 'İ', 'ß', '\u200b',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const copy = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(' '));
const syntax = fc.constantFrom<SyntaxName>('markdown', 'text');

describe('properties', () => {
  it('never crashes, and every position lies inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(copy, syntax, async (text, syntaxName) => {
        await expectSound(text, syntaxName);
      }),
      { numRuns: 150 },
    );
  });

  it('fixing never corrupts: it is idempotent and touches only reported ranges', async () => {
    await fc.assert(
      fc.asyncProperty(copy, syntax, async (text, syntaxName) => {
        const first = await fixText(text, { syntax: syntaxName, config: everyRule });
        const second = await fixText(first.output, { syntax: syntaxName, config: everyRule });
        expect(second.output).toBe(first.output);
        // Template tags, control comments and (in Markdown, where backticks mark it) inline code survive fixing
        // untouched. Plain text has no inline code: "`Act now!!!`" there is copy in quotes.
        const keptPattern = syntaxName === 'markdown' ? /\{\{[^}]*\}\}|`[^`]*`|<!--[\s\S]*?-->/g : /\{\{[^}]*\}\}|<!--[\s\S]*?-->/g;
        for (const kept of text.match(keptPattern) ?? []) {
          expect(first.output).toContain(kept);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('messages and UI strings, as properties', () => {
  const wholeMessage = new Set([...builtinRules].filter(([, rule]) => rule.meta.scope === 'message').map(([id]) => id));
  const sentence = fc.constantFrom(
    'Your payment failed.', 'Your account has been suspended.', 'Your invoice is overdue.', 'Our site is down.',
    'Your order is delayed.', 'Your test results are ready.', 'We have raised our prices.', 'Please try again.',
    'Card declined', 'Refund request denied.', 'We were unable to verify your identity.',
  );

  it('whole-message rules never speak on a UI string of one or two sentences', async () => {
    expect(wholeMessage).toEqual(new Set(['acknowledge-problem', 'next-step', 'reader-focus', 'sensitive-subject']));
    await fc.assert(
      fc.asyncProperty(fc.array(sentence, { minLength: 1, maxLength: 2 }), syntax, async (parts, syntaxName) => {
        const result = await lintText(parts.join(' '), { syntax: syntaxName, config: everyRule });
        expect(result.copyKind).toBe('ui-string');
        expect(result.messages.filter((message) => wholeMessage.has(message.ruleId ?? ''))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('a catalogue scores its lowest entry, and each entry scores as it would alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fragment, { maxLength: 8 }).map((words) => words.join(' ')), { minLength: 2, maxLength: 5 }), async (values) => {
        const catalogue = JSON.stringify(Object.fromEntries(values.map((value, index) => [`key${index}`, value])), null, 2);
        const result = await lintText(catalogue, { syntax: 'catalog', config: everyRule });
        const entries = result.entries ?? [];
        if (entries.length > 1) expect(result.score).toBe(Math.min(...entries.map((entry) => entry.score)));
        for (const entry of entries) {
          const alone = await lintText(JSON.stringify({ [entry.location]: values[Number(entry.location.slice(3))] }), { syntax: 'catalog', config: everyRule });
          expect(alone.score).toBe(entry.score);
        }
      }),
      { numRuns: 40 },
    );
  });
});
