import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/syntax/markdown.js';
import type { TextUnit } from '../../src/types.js';

/** Every character of every unit maps back to the same character in the source (masks excepted). */
function expectFaithful(source: string, units: TextUnit[]): void {
  for (const unit of units) {
    expect(unit.offsets.length).toBe(unit.text.length + 1);
    for (let index = 0; index < unit.text.length; index++) {
      const char = unit.text[index]!;
      if (char === 'x' || /\s/.test(char)) continue;
      expect(source[unit.offsets[index]!], `unit "${unit.text}" index ${index}`).toBe(char);
    }
  }
}

const texts = (units: TextUnit[]) => units.map((unit) => `${unit.kind}: ${unit.text}`);

describe('markdown syntax', () => {
  it('takes headings, paragraphs, list items and table cells as units', () => {
    const source = '# Your order\n\nIt *ships* **today**.\n\n- Track it\n- Return it\n\n| Step | When |\n| --- | --- |\n| Pack | Monday |\n';
    const document = parseMarkdown(source);
    expect(texts(document.units)).toEqual([
      'heading: Your order',
      'paragraph: It ships today.',
      'paragraph: Track it',
      'paragraph: Return it',
      'table-cell: Step',
      'table-cell: When',
      'table-cell: Pack',
      'table-cell: Monday',
    ]);
    expectFaithful(source, document.units);
  });

  it('lints subject and preheader from front matter, with exact positions, and keeps other keys out', () => {
    const source = '---\ntitle: Not copy\nsubject: "Your card didn’t go through"\npreheader: Let’s fix it together\ntype: problem\n---\n\nHello.\n';
    const document = parseMarkdown(source);
    expect(texts(document.units)).toEqual([
      'subject: Your card didn’t go through',
      'preheader: Let’s fix it together',
      'paragraph: Hello.',
    ]);
    expect(document.frontMatter).toEqual({ title: 'Not copy', subject: 'Your card didn’t go through', preheader: 'Let’s fix it together', type: 'problem' });
    expectFaithful(source, document.units);
    const subject = document.units[0]!;
    expect(source.slice(subject.offsets[0], subject.offsets[subject.text.length])).toBe('Your card didn’t go through');
  });

  it('reports invalid front matter as a note and still lints the body', () => {
    const document = parseMarkdown('---\nsubject: [unclosed\n---\n\nHello there.\n');
    expect(document.notes?.[0]).toMatch(/front matter line \d+ is not valid YAML/);
    expect(texts(document.units)).toEqual(['paragraph: Hello there.']);
  });

  it('never lints code blocks, inline code, URLs, autolinks or HTML comments', () => {
    const source = [
      'Run `simply do it` now.',
      '',
      '```',
      'YOU FAILED TO PAY',
      '```',
      '',
      'See https://example.com/act-now and <https://example.com/hurry> or mail help@example.com.',
      '',
      '<!-- DON’T MISS OUT -->',
      '',
      '[Read the guide](https://example.com/guide).',
    ].join('\n');
    const document = parseMarkdown(source);
    const all = document.units.map((unit) => unit.text).join('\n');
    expect(all).not.toMatch(/simply|FAILED|act-now|hurry|help@|MISS/);
    expect(all).toContain('Read the guide');
    expectFaithful(source, document.units);
  });

  it('masks template tags as a word so sentences stay whole', () => {
    const source = 'Hi {{first_name}}, your order {% if vip %}ships free{% endif %}. Thanks, *|FNAME|* and <%= name %> and %%city%%.';
    const document = parseMarkdown(source);
    expect(document.units).toHaveLength(1);
    const unit = document.units[0]!;
    const mask = (tag: string, fill: string) => fill.repeat(tag.length);
    expect(unit.text).toBe(
      `Hi ${mask('{{first_name}}', 'x')}, your order ${mask('{% if vip %}', ' ')}ships free${mask('{% endif %}', ' ')}. Thanks, ${mask('*|FNAME|*', 'x')} and ${mask('<%= name %>', 'x')} and ${mask('%%city%%', 'x')}.`,
    );
    expectFaithful(source, document.units);
  });

  it('maps positions exactly around escapes and entities', () => {
    const source = 'Fish \\& chips &amp; more &copy; today.';
    const document = parseMarkdown(source);
    const unit = document.units[0]!;
    expect(unit.text).toBe('Fish & chips & more © today.');
    const today = unit.text.indexOf('today');
    expect(source.slice(unit.offsets[today], unit.offsets[today]! + 5)).toBe('today');
  });

  it('collects control comments, block and inline', () => {
    const source = '<!-- empathy-disable no-pressure, no-shouting -- launch copy -->\n\nText <!-- empathy-disable-next-line --> here.\n\n<!-- empathy-enable -->\n';
    const document = parseMarkdown(source);
    expect(document.directives.map((directive) => [directive.kind, directive.ruleIds, directive.offset])).toEqual([
      ['disable', ['no-pressure', 'no-shouting'], 0],
      ['disable-next-line', [], source.indexOf('<!-- empathy-disable-next-line')],
      ['enable', [], source.indexOf('<!-- empathy-enable')],
    ]);
  });

  it('keeps image alt text as its own unit', () => {
    const document = parseMarkdown('Look: ![A happy customer](a.png) here.');
    expect(texts(document.units)).toEqual(['paragraph: Look: xxxxxxxxxxxxxxxxxxxxxxxxxx here.', 'alt-text: A happy customer']);
  });
});
