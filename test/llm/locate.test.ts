import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/llm/locate.js';
import { sectionsOf } from '../../src/llm/sections.js';
import { redact } from '../../src/llm/redact.js';
import { placeFinding, toMessages } from '../../src/llm/findings.js';
import type { ModelFinding } from '../../src/llm/prompt.js';
import { parseMarkdown } from '../../src/syntax/markdown.js';
import { parseHtml } from '../../src/syntax/html.js';
import type { TextDocument } from '../../src/types.js';

describe('locateQuote', () => {
  const text = 'We’re “thrilled” to say — your card was declined.\nHave a  great day!';

  it('finds a quote as written', () => {
    expect(locateQuote(text, 'your card was declined')).toEqual([text.indexOf('your card'), text.indexOf('declined') + 'declined'.length]);
  });

  it('normalises quotes, dashes, white space and case on both sides', () => {
    const [start, end] = locateQuote(text, 'we\'re "THRILLED" to say - your card')!;
    expect(text.slice(start, end)).toBe('We’re “thrilled” to say — your card');
    const [from, to] = locateQuote(text, 'declined. Have a great day!')!;
    expect(text.slice(from, to)).toBe('declined.\nHave a  great day!');
  });

  it('ignores quotation marks around the quote, an ellipsis, and a trailing full stop the copy lacks', () => {
    expect(text.slice(...locateQuote(text, '“Have a great day!”')!)).toBe('Have a  great day!');
    expect(text.slice(...locateQuote(text, '...your card was declined...')!)).toBe('your card was declined');
    expect(locateQuote('Rules are rules', 'Rules are rules.')).toEqual([0, 15]);
  });

  it('returns undefined for a quote that is not in the text (paraphrase, empty)', () => {
    expect(locateQuote(text, 'your card failed')).toBeUndefined();
    expect(locateQuote(text, '  ')).toBeUndefined();
  });
});

function finding(quote: string, extra: Partial<ModelFinding> = {}): ModelFinding {
  return { section: 1, quote, category: 'tone-mismatch', explanation: 'reads as if the problem does not matter', suggestion: '', confidence: 0.9, ...extra };
}

/** Sections of a document, redacted, as the pass sends them. */
function sent(document: TextDocument) {
  return sectionsOf(document).sections.map((section) => {
    const redacted = redact(section.text);
    return { text: redacted.text, originals: redacted.originals };
  });
}

describe('mapping a quote back to the file', () => {
  it('through Markdown markup, entities and front matter, to lines and columns of the original', () => {
    const source = '---\nsubject: "Card declined &mdash; sorry"\n---\n\n# Hi {{first_name}}\n\nWe **couldn’t** take &amp; keep your payment. Have a *fantastic* day!\n';
    const document = parseMarkdown(source);
    const sections = sent(document);
    expect(sections.map((section) => section.text.text)).toEqual([
      'Card declined &mdash; sorry',
      'Hi {{first_name}}',
      'We couldn’t take & keep your payment. Have a fantastic day!',
    ]);
    const placed = placeFinding(finding('have a fantastic day!', { suggestion: 'We’re sorry about this.' }), sections[2]!)!;
    expect(source.slice(placed.start, placed.end)).toBe('Have a *fantastic* day!');
    const [message] = toMessages([placed], document, [], { severity: 1, minConfidence: 0.5 });
    expect(message).toMatchObject({ ruleId: 'llm-tone', line: 7, column: 47, endLine: 7, endColumn: 70, messageId: 'tone-mismatch' });
    // Markup inside the quote: the rewrite is offered in the message, not as an edit.
    expect(message!.suggestions).toBeUndefined();
    expect(message!.message).toBe('Reads as if the problem does not matter. Try: “We’re sorry about this.”.');
    // A template tag reads as written and maps back; a quote across an entity maps to its full source range.
    const tag = placeFinding(finding('Hi {{first_name}}'), sections[1]!)!;
    expect(source.slice(tag.start, tag.end)).toBe('Hi {{first_name}}');
    const entity = placeFinding(finding('take & keep'), sections[2]!)!;
    expect(source.slice(entity.start, entity.end)).toBe('take &amp; keep');
  });

  it('through redaction: a quote with a placeholder maps over the original address, and suggestions get it back', () => {
    const source = 'Write to help@example.com if you must, we guess.\n';
    const document = parseMarkdown(source);
    const [section] = sent(document);
    expect(section!.text.text).toBe('Write to [EMAIL_1] if you must, we guess.');
    const placed = placeFinding(finding('Write to [EMAIL_1] if you must', { suggestion: 'Write to [EMAIL_1] any time' }), section!)!;
    expect(source.slice(placed.start, placed.end)).toBe('Write to help@example.com if you must');
    const [message] = toMessages([placed], document, [], { severity: 2, minConfidence: 0 });
    expect(message!.suggestions).toEqual([{ desc: 'Rewrite as “Write to help@example.com any time”.', fix: { range: [placed.start, placed.end], text: 'Write to help@example.com any time' } }]);
    expect(message!.severity).toBe(2);
  });

  it('in HTML: a button and list items are named, positions are exact', () => {
    const source = '<p>Sorry, your order is late.</p>\n<ul><li>We <b>will</b> refund you</li></ul>\n<a class="button" href="https://x.test">Cheer up!</a>\n';
    const document = parseHtml(source);
    const { sections } = sectionsOf(document);
    expect(sections.map((section) => [section.kind, section.text.text])).toEqual([
      ['paragraph', 'Sorry, your order is late.'],
      ['list item', 'We will refund you'],
      ['button', 'Cheer up!'],
    ]);
    const placed = placeFinding(finding('Cheer up!'), { text: sections[2]!.text, originals: new Map() })!;
    expect(source.slice(placed.start, placed.end)).toBe('Cheer up!');
  });

  it('drops findings below the confidence level, on a rule finding’s range, and in regions with every rule disabled', () => {
    const source = 'Have a great day! Rules are rules.\n\n<!-- empathy-disable -->\nDeal with it.\n<!-- empathy-enable -->\n';
    const document = parseMarkdown(source);
    const sections = sent(document);
    const placed = [
      placeFinding(finding('Have a great day!', { confidence: 0.4 }), sections[0]!)!,
      placeFinding(finding('Rules are rules.'), sections[0]!)!,
      placeFinding(finding('Deal with it.'), sections[1]!)!,
    ];
    const rule = { ruleId: 'no-cold-tone', severity: 1 as const, message: 'x', line: 1, column: 19, endLine: 1, endColumn: 34 };
    expect(toMessages(placed, document, [], { severity: 1, minConfidence: 0.6 }).map((message) => message.column)).toEqual([19]);
    expect(toMessages(placed, document, [rule], { severity: 1, minConfidence: 0.6 })).toEqual([]);
    // A rule's finding on one word does not hide a finding on the sentence around it.
    const word = { ...rule, column: 29, endColumn: 34 };
    expect(toMessages(placed, document, [word], { severity: 1, minConfidence: 0.6 })).toHaveLength(1);
  });
});
