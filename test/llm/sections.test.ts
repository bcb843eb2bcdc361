import { describe, expect, it } from 'vitest';
import { disabledRegions, sectionsOf } from '../../src/llm/sections.js';
import { parseMarkdown } from '../../src/syntax/markdown.js';
import { parseText } from '../../src/syntax/text.js';

describe('sections', () => {
  it('one per unit: subject, preheader, heading, paragraphs and list items; links as [link], code as written', () => {
    const source = '---\nsubject: Your order\npreheader: It is late\n---\n\n## Sorry\n\nSee [your order](https://shop.test/o/1) or https://shop.test/help and run `reset`.\n\n1. First step\n2. Second step\n';
    const { sections, disabled } = sectionsOf(parseMarkdown(source));
    expect(sections.map((section) => [section.kind, section.text.text])).toEqual([
      ['subject', 'Your order'],
      ['preheader', 'It is late'],
      ['heading', 'Sorry'],
      ['paragraph', 'See your order or [link] and run `reset`.'],
      ['list item', 'First step'],
      ['list item', 'Second step'],
    ]);
    expect(disabled).toBe(0);
  });

  it('cuts out empathy-llm-disable regions, comments included, and counts units left out entirely', () => {
    const source = 'Subject: Late order\n\nPublic paragraph.\n\n<!-- empathy-llm-disable -->\nPrivate paragraph about Mr Smith.\n<!-- empathy-llm-enable -->\n\nAnother public one.\n\n<!-- empathy-llm-disable -- legal text -->\nTo the end.\n';
    expect(disabledRegions(source)).toHaveLength(2);
    const { sections, disabled } = sectionsOf(parseText(source));
    expect(sections.map((section) => section.text.text)).toEqual(['Late order', 'Public paragraph.', 'Another public one.']);
    expect(disabled).toBe(2);
    expect(JSON.stringify(sections)).not.toContain('Smith');
  });

  it('keeps template tags as written, with their place in the file', () => {
    const source = 'Hi {{ first_name }}, your plan renews on {{renewal_date}}.\n';
    const [section] = sectionsOf(parseText(source)).sections;
    expect(section!.text.text).toBe('Hi {{ first_name }}, your plan renews on {{renewal_date}}.');
    const at = section!.text.text.indexOf('{{renewal_date}}');
    expect(section!.text.starts[at]).toBe(source.indexOf('{{renewal_date}}'));
  });
});
