import { describe, expect, it } from 'vitest';
import { parseMjml } from '../../src/syntax/mjml.js';
import { loadParser, syntaxForPath } from '../../src/syntax/index.js';
import { refineSyntax } from '../../src/syntax/sniff.js';
import { lintText } from '../../src/api.js';
import { expectFaithful, fixture, lineSlice, only, texts } from './helpers.js';

describe('mjml syntax', () => {
  it('reads mj-title, mj-preview, mj-text, mj-button, mj-table cells and image alt text', () => {
    const source = fixture('welcome.mjml');
    const document = parseMjml(source);
    expect(texts(document.units)).toEqual([
      'title: Welcome to Brightside Banking',
      'preheader: Your account is ready. Here’s how to get started.',
      'alt-text: Brightside Banking',
      'heading: Welcome, xxxxxxxxxxxxxx!',
      'paragraph: Your account is open and your card is on its way.',
      'paragraph: Setting up the app is easy: simply scan the code on the letter we sent you.',
      'paragraph: Get the app',
      'table-cell: Step',
      'table-cell: When',
      'table-cell: Card arrives',
      'table-cell: In 3 to 5 working days',
      'paragraph: Brightside Banking, 4 Quay Street, Manchester. Unsubscribe',
    ]);
    expectFaithful(source, document.units);
    expect(document.syntax).toBe('mjml');
  });

  it('skips styles, attribute defaults, raw HTML and text outside copy components', () => {
    const source = fixture('welcome.mjml');
    const all = parseMjml(source).units.map((unit) => unit.text).join('\n');
    expect(all).not.toMatch(/URGENT|Helvetica|Raw tracking|htmlmin/);
    const stray = parseMjml('<mjml><mj-body><mj-section>Stray text<mj-column><mj-spacer /></mj-column></mj-section></mj-body></mjml>');
    expect(stray.units).toEqual([]);
  });

  it('reads the copy after a self-closing mj-include, which the HTML parser would nest inside it', () => {
    const source =
      '<mjml>\n  <mj-head><mj-include path="head.mjml"/><mj-title>Your application was declined</mj-title></mj-head>\n' +
      '  <mj-body>\n    <mj-include path="header.mjml" />\n    <mj-section><mj-column><mj-text><h1>Your application was declined</h1>' +
      '<p>You can apply again in May.</p></mj-text></mj-column></mj-section>\n    <mj-include path="footer.mjml"/>\n  </mj-body>\n</mjml>';
    const document = parseMjml(source);
    expect(texts(document.units)).toEqual(['title: Your application was declined', 'heading: Your application was declined', 'paragraph: You can apply again in May.']);
    expectFaithful(source, document.units);
    // An mj-include written with a closing tag still holds nothing that is copy.
    expect(parseMjml('<mjml><mj-body><mj-include path="x.mjml">Stray</mj-include></mj-body></mjml>').units).toEqual([]);
  });

  it('reads an MJML partial in a template of another language as MJML', async () => {
    const source = '<% layout("../base.layout.eta") %>\n<mj-section>\n  <mj-column>\n    <mj-text>Your account deletion was cancelled.</mj-text>\n  </mj-column>\n</mj-section>\n';
    expect(refineSyntax('text', source)).toBe('mjml');
    const result = await lintText(source, { filePath: 'account_deletion_cancelled.mjml.eta', config: only('no-shouting') });
    expect(result.messages).toEqual([]);
    expect(refineSyntax('text', 'Use <mj-text> for copy.')).toBe('text');
  });

  it('is chosen for .mjml files and loaded on demand', async () => {
    expect(syntaxForPath('templates/welcome.mjml')).toBe('mjml');
    expect(await loadParser('mjml')).toBe(parseMjml);
  });

  it('reports findings at their line and column in the template', async () => {
    const source = [
      '<mjml>',
      '  <mj-body>',
      '    <mj-section><mj-column>',
      '      <mj-text>',
      '        Your delivery slipped a day. We apologize for any inconvenience this may have caused.',
      '      </mj-text>',
      '      <!-- empathy-disable-next-line -->',
      '      <mj-text>Sorry for any inconvenience.</mj-text>',
      '    </mj-column></mj-section>',
      '  </mj-body>',
      '</mjml>',
    ].join('\n');
    const result = await lintText(source, { filePath: 'delay.mjml', config: only('no-hollow-apology') });
    expect(result.messages.map((message) => [message.messageId, message.line, message.column, message.endLine, message.endColumn])).toEqual([
      ['formulaic', 5, 51, 5, 93],
    ]);
    expect(lineSlice(source, 5, 51, 93)).toBe('for any inconvenience this may have caused');
  });

  it('survives malformed MJML and deep nesting', () => {
    expect(texts(parseMjml('<mjml><mj-body><mj-text>Unclosed <b>bold').units)).toEqual(['paragraph: Unclosed bold']);
    const deep = parseMjml('<mjml><mj-body>' + '<mj-wrapper>'.repeat(2_000) + '<mj-text>Deep</mj-text>');
    expect(texts(deep.units)).toEqual(['paragraph: Deep']);
  });
});
