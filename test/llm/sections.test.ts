import { describe, expect, it } from 'vitest';
import { disabledRegions, sectionsOf } from '../../src/llm/sections.js';
import { parseMarkdown } from '../../src/syntax/markdown.js';
import { parseText } from '../../src/syntax/text.js';
import { parseHtml } from '../../src/syntax/html.js';

describe('sections', () => {
  it('one per unit: subject, preheader, heading, paragraphs and list items; links as [link], code as [code]', () => {
    const source = '---\nsubject: Your order\npreheader: It is late\n---\n\n## Sorry\n\nSee [your order](https://shop.test/o/1) or https://shop.test/help and run `reset`.\n\n1. First step\n2. Second step\n';
    const { sections, disabled } = sectionsOf(parseMarkdown(source));
    expect(sections.map((section) => [section.kind, section.text.text])).toEqual([
      ['subject', 'Your order'],
      ['preheader', 'It is late'],
      ['heading', 'Sorry'],
      ['paragraph', 'See your order or [link] and run [code].'],
      ['list item', 'First step'],
      ['list item', 'Second step'],
    ]);
    expect(disabled).toBe(0);
  });

  it('never sends any part of a URL or of inline code, whatever letters they hold', () => {
    const source =
      'Update at https://example.com/update?token=SECRET123 or [link](https://example.com/x?token=SECRET456), then run `export API_TOKEN=abc123`.\n';
    const [section] = sectionsOf(parseMarkdown(source)).sections;
    expect(section!.text.text).toBe('Update at [link] or link, then run [code].');
    for (const secret of ['SECRET123', 'SECRET456', 'xample', 'API_TOKEN', 'abc123']) expect(section!.text.text).not.toContain(secret);
    const html = sectionsOf(parseHtml('<p>Visit https://example.com/a?token=SECRET789 and type <code>export API_TOKEN=abc123</code> today.</p>')).sections;
    expect(html.map((item) => item.text.text)).toEqual(['Visit [link] and type [code] today.']);
  });

  it('keeps the copy’s own letters next to a mask: "box" before inline code stays "box"', () => {
    const [section] = sectionsOf(parseMarkdown('Open the box`cmd` and relax.\n')).sections;
    expect(section!.text.text).toBe('Open the box[code] and relax.');
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
