import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/syntax/html.js';
import { loadParser, syntaxForPath } from '../../src/syntax/index.js';
import { refineSyntax } from '../../src/syntax/sniff.js';
import { lintText } from '../../src/api.js';
import { expectFaithful, fixture, lineSlice, only, sourceOf, spanOf, texts } from './helpers.js';

describe('html syntax', () => {
  it('reads a table-layout e-mail: title, preheader, blocks, cells, alt and title attributes', () => {
    const source = fixture('table-email.html');
    const document = parseHtml(source);
    expect(texts(document.units)).toEqual([
      'title: Your Fern & Field order update',
      'preheader: Your order is running late – here’s what happens next.',
      'alt-text: Fern & Field',
      'heading: Your order is running late',
      'paragraph: Hi xxxxxxxxxxxxxxxx,',
      'paragraph: Your parcel left our warehouse two days later than we promised. We apologize for any inconvenience this may have caused.',
      'paragraph: It should reach you by Friday,\nand your delivery fee has been refunded.',
      'table-cell: Track my order',
      'alt-text: Track your parcel',
      'table-cell: Questions? Reply to this email.',
      'table-cell: Fern & Field Ltd, 12 Mill Lane, Leeds\nUnsubscribe · Email preferences',
    ]);
    expectFaithful(source, document.units, '&');
    expect(document.syntax).toBe('html');
    expect(document.notes).toBeUndefined();
  });

  it('never lints head metadata, scripts, styles, comments, URLs or attributes other than alt and title', () => {
    const source = fixture('table-email.html');
    const all = parseHtml(source).units.map((unit) => unit.text).join('\n');
    expect(all).not.toMatch(/Act now|HURRY|preheader \{|DO NOT EDIT|utm_source|presentation|fernandfield\.example|logo\.png/);
  });

  it('maps decoded entities to the exact source characters', () => {
    const source = '<p>Fern &amp; Field&#8217;s&nbsp;team &rsquo;&#x2019; says&hellip; hi</p>';
    const unit = parseHtml(source).units[0]!;
    expect(unit.text).toBe('Fern & Field’s team ’’ says… hi');
    const says = unit.text.indexOf('says');
    expect(sourceOf(source, unit, says, says + 4)).toBe('says');
    expect(source.slice(unit.offsets[unit.text.indexOf('&')])).toMatch(/^&amp;/);
    expect(source.slice(unit.offsets[unit.text.indexOf('’')])).toMatch(/^&#8217;/);
    expect(source.slice(unit.offsets[unit.text.indexOf('…')])).toMatch(/^&hellip;/);
    expect(spanOf(source, unit)).toBe(source.slice(3, -4));
  });

  it('keeps text split over inline elements and <br> in one unit, and separate blocks apart', () => {
    const source = [
      '<table><tr>',
      '<td><span style="color:red">We</span> <b>apologize</b> for any<br>',
      '  inconvenience <a href="https://x.example">this may have caused</a>.</td>',
      '<td>Next cell</td></tr></table>',
      '<div>First block</div><div>Second block</div>',
      '<p>One</p><p>Two</p>',
    ].join('\n');
    const document = parseHtml(source);
    expect(texts(document.units)).toEqual([
      'table-cell: We apologize for any\ninconvenience this may have caused.',
      'table-cell: Next cell',
      'paragraph: First block',
      'paragraph: Second block',
      'paragraph: One',
      'paragraph: Two',
    ]);
    expectFaithful(source, document.units);
  });

  it('finds the preheader by class name or by display:none before any body text, and only there', () => {
    const byClass = parseHtml('<body><p>Hello.</p><span class="email-preheader">Sale ends Friday</span></body>');
    expect(texts(byClass.units)).toEqual(['paragraph: Hello.', 'preheader: Sale ends Friday']);
    const hiddenAtTop = parseHtml('<body><div style="display: none; max-height: 0">Your receipt is inside</div><p>Hi</p></body>');
    expect(texts(hiddenAtTop.units)).toEqual(['preheader: Your receipt is inside', 'paragraph: Hi']);
    const hiddenLater = parseHtml('<body><p>Hi</p><div style="display:none">Mobile-only copy</div></body>');
    expect(texts(hiddenLater.units)).toEqual(['paragraph: Hi', 'paragraph: Mobile-only copy']);
    const lookAlike = parseHtml('<body><div class="preview-image">Caption text</div></body>');
    expect(texts(lookAlike.units)).toEqual(['paragraph: Caption text']);
  });

  it('drops preheader padding characters and masks inline code, URLs and e-mail addresses', () => {
    const document = parseHtml(
      '<span class="preheader">Your refund is on its way&zwnj;&nbsp;&#847;&zwnj;&nbsp;</span><p>Run <code>simply-do-it</code>, see https://example.com/act-now or mail help@example.com.</p>',
    );
    expect(texts(document.units)).toEqual([
      'preheader: Your refund is on its way',
      `paragraph: Run ${'x'.repeat('<code>simply-do-it</code>'.length)}, see ${'x'.repeat('https://example.com/act-now'.length)} or mail ${'x'.repeat('help@example.com'.length)}.`,
    ]);
  });

  it('reads the label of an input button, and no other attribute value', () => {
    const source = '<form><input type="submit" value="No thanks, I hate saving money"><input type="text" value="Your name" placeholder="Jane"><a href="#" data-note="HURRY" aria-label="Close">&times;</a></form>';
    const document = parseHtml(source);
    expect(texts(document.units)).toEqual(['paragraph: No thanks, I hate saving money']);
    expectFaithful(source, document.units);
  });

  it('reads control comments and ignores other comments', () => {
    const source = '<p>Hi</p>\n<!-- empathy-disable-next-line no-pressure -- launch copy -->\n<p>Act now</p>\n<!-- just a note -->';
    const document = parseHtml(source);
    expect(document.directives).toEqual([
      { kind: 'disable-next-line', ruleIds: ['no-pressure'], offset: 10, endOffset: source.indexOf('\n<p>Act') },
    ]);
    expect(texts(document.units)).toEqual(['paragraph: Hi', 'paragraph: Act now']);
  });

  it('is chosen for .html and .htm files and loaded on demand', async () => {
    expect(syntaxForPath('emails/welcome.HTML')).toBe('html');
    expect(syntaxForPath('page.htm')).toBe('html');
    expect(await loadParser('html')).toBe(parseHtml);
  });

  it('reads a whole HTML document in a plain-text or unknown template file as HTML, and JSX e-mails as JSX', async () => {
    const page = '#set($subject = "Reminder")\n<!DOCTYPE html>\n<html>\n<body>\n<p>Your plan renews on 3 May.</p>\n</body>\n</html>\n';
    expect(refineSyntax(syntaxForPath('mail/reminder.vm'), page)).toBe('html');
    expect(refineSyntax('text', page.replace('<!DOCTYPE html>\n', ''))).toBe('html');
    // A fragment without a document around it, a JSX component named Html, and other syntaxes stay as they are.
    expect(refineSyntax('text', '<p>Your plan renews on 3 May.</p>')).toBe('text');
    expect(refineSyntax('text', 'import { Html, Body } from "@react-email/components";\n<Html>\n<Body>Hi</Body>\n</Html>')).toBe('jsx');
    // A React Email component saved as .html is still a component.
    expect(refineSyntax('html', 'import { Text } from "@react-email/components";\nexport const Email = () => <Text>Hi</Text>;')).toBe('jsx');
    // A module that builds an HTML e-mail in a template literal is an HTML document, not JSX.
    expect(refineSyntax('text', 'export default (order) => `<!DOCTYPE html><html><body><p>Hi</p></body></html>`;')).toBe('html');
    expect(refineSyntax('markdown', page)).toBe('markdown');
    const result = await lintText(page, { filePath: 'mail/reminder.txt', config: only('no-shouting') });
    expect(result.messages).toEqual([]);
    const asText = await lintText('DOCTYPE IS HERE, READ IT NOW.', { filePath: 'mail/reminder.txt', config: only('no-shouting') });
    expect(asText.messages.map((message) => message.ruleId)).toEqual(['no-shouting']);
  });

  it('reads a fragment of an HTML e-mail (three block elements or more) as HTML, but not code with markup in it', async () => {
    const fragment = "@extends('emails.layout')\n@section('content')\n<table>\n<tr><td><h3>Leave rejected</h3></td></tr>\n<tr><td><p>Your request was declined.</p></td></tr>\n</table>\n<!-- 1 Column Text + Button : END -->\n@endsection\n";
    expect(refineSyntax('text', fragment)).toBe('html');
    expect(refineSyntax('text', 'Hi Sam,\n\nYour <b>order</b> shipped.\n\n<p>Thanks</p>')).toBe('text');
    expect(refineSyntax('text', 'export default function Email() {\n  return (<div><p>Hi</p><p>Bye</p><p>Again</p></div>);\n}')).toBe('jsx');
    const result = await lintText(fragment, { filePath: 'leave.blade.php', config: only('no-shouting') });
    expect(result.messages).toEqual([]);
  });

  it('leaves out the comments of a module that holds an e-mail: a licence header is not copy', async () => {
    const source = '/* Licensed on an "AS IS" BASIS, WITHOUT\n * WARRANTIES OR CONDITIONS OF ANY KIND. */\nimport x from "y";\n// NOTE: KEEP IN SYNC\nconst html = `<!doctype html><html><body><p>Reset your password.</p></body></html>`;\nexport default html;\n';
    const result = await lintText(source, { filePath: 'reset.ts', config: only('no-shouting') });
    expect(result.messages).toEqual([]);
    // In a plain-text e-mail a line that opens with "//" stays copy.
    const plain = await lintText('// DO NOT IGNORE THIS, PAY NOW', { filePath: 'notice.txt', config: only('no-shouting') });
    expect(plain.messages.map((message) => message.ruleId)).toEqual(['no-shouting']);
  });

  it('reports the formulaic apology at its exact line and column in the file', async () => {
    const source = fixture('table-email.html');
    const result = await lintText(source, { filePath: 'table-email.html', config: only('no-hollow-apology') });
    expect(result.messages.map((message) => [message.messageId, message.line, message.column, message.endLine, message.endColumn])).toEqual([
      ['formulaic', 27, 24, 27, 66],
    ]);
    expect(lineSlice(source, 27, 24, 66)).toBe('for any inconvenience this may have caused');
  });

  it('honours control comments end to end', async () => {
    const source = '<p>Sorry.</p>\n<!-- empathy-disable-next-line no-hollow-apology -->\n<p>We apologize for any inconvenience this may have caused.</p>\n';
    const result = await lintText(source, { filePath: 'a.html', config: only('no-hollow-apology') });
    expect(result.messages).toEqual([]);
  });
});

describe('html syntax with bad input', () => {
  it('reads malformed markup as a browser would, without crashing', () => {
    const document = parseHtml('<p>Hello <b>world</p><td>cell</div></span><li>item<li>other');
    expect(texts(document.units)).toEqual(['paragraph: Hello world', 'paragraph: cell', 'paragraph: item', 'paragraph: other']);
  });

  it('notes where an unclosed comment or tag swallows the rest of the file', () => {
    const comment = parseHtml('<p>Before</p>\n<!-- never closed <p>After</p>');
    expect(texts(comment.units)).toEqual(['paragraph: Before']);
    expect(comment.notes).toEqual(['line 2: an HTML comment is never closed with "-->", so the text after it was read as part of the comment and not linted']);
    const tag = parseHtml('<p>Before</p><p class="unclosed>After</p>');
    expect(texts(tag.units)).toEqual(['paragraph: Before']);
    expect(tag.notes?.[0]).toMatch(/^line 1: a tag is never closed/);
  });

  // parse5 is quadratic in the depth of block elements, so those are refused past 256 levels before parsing;
  // inline and table nesting costs it nothing extra and is read at any depth.
  it('refuses block elements nested past 256 levels in one line, quickly, and reads 10,000 levels of inline and table nesting', { timeout: 60_000 }, () => {
    const started = Date.now();
    expect(() => parseHtml('<p>Intro</p>\n' + '<div>'.repeat(100_000) + 'We apologize for any inconvenience.')).toThrow(
      /^line 2 nests block elements more than 256 levels deep, far more than any page or e-mail needs, so the file was not read$/,
    );
    expect(() => parseHtml('<ul><li>'.repeat(200) + 'Deep item')).toThrow(/^line 1 nests block elements more than 256 levels deep/);
    expect(Date.now() - started).toBeLessThan(2_000);
    // Comments, scripts and closed elements do not count; 256 levels are still read.
    const closed = '<div>x</div>'.repeat(1_000) + '<!--' + '<div>'.repeat(1_000) + '-->' + '<script>"' + '<div>'.repeat(1_000) + '"</script>';
    const blocks = parseHtml(closed + '<div>'.repeat(256) + 'We apologize for any inconvenience.' + '</div>'.repeat(256));
    expect(texts(blocks.units).at(-1)).toBe('paragraph: We apologize for any inconvenience.');
    const inline = parseHtml('<p>' + '<b><i>'.repeat(5_000) + 'Still one sentence.');
    expect(texts(inline.units)).toEqual(['paragraph: Still one sentence.']);
    const tables = parseHtml('<table><tr><td>'.repeat(3_000) + 'Deep cell');
    expect(texts(tables.units)).toEqual(['table-cell: Deep cell']);
  });

  it('gives no units for empty, blank or text-free files', () => {
    expect(parseHtml('').units).toEqual([]);
    expect(parseHtml('  \n ').units).toEqual([]);
    expect(parseHtml('<table><tr><td>&nbsp;</td></tr></table><img src="a.png">').units).toEqual([]);
  });

  it('lints control characters and stray NULs without crashing', async () => {
    const result = await lintText('\u0000\u0001<p>\uFFFFHi\u0000 there</p>', { filePath: 'a.html' });
    expect(result.messages.every((message) => message.line >= 1)).toBe(true);
  });
});

describe('odd characters', () => {
  it('positions after a lone CR (read as a line break by the parser) stay exact', async () => {
    const source = '<p>Hello\rthere, SORRY\nWe apologize for any inconvenience.</p>\n';
    const result = await lintText(source, { syntax: 'html' });
    const at = (phrase: string) => {
      const offset = source.indexOf(phrase);
      const before = source.slice(0, offset);
      return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
    };
    const shouting = result.messages.find((message) => message.ruleId === 'no-shouting')!;
    const apology = result.messages.find((message) => message.ruleId === 'no-hollow-apology')!;
    expect({ line: shouting.line, column: shouting.column }).toEqual(at('SORRY'));
    expect({ line: apology.line, column: apology.column }).toEqual(at('for any inconvenience'));
    expect(apology.endColumn - apology.column).toBe('for any inconvenience'.length);
  });

  it('lone surrogates do not throw, in HTML and MJML, and the copy around them is still read', async () => {
    const inputs = ['\uDE00\uDE00<!--<svg></p>; ', '<!--\uD800=\uDC00\uDC00<br><svg>', '<!DOCTYPE\r\uDE00\uDC00<style>x', '<p>\uDC00\uDE00\uD83D We apologize for any inconvenience.</p>'];
    for (const syntax of ['html', 'mjml'] as const) {
      for (const input of inputs) await expect(lintText(input, { syntax }), `${syntax} ${JSON.stringify(input)}`).resolves.toBeDefined();
    }
    const result = await lintText('<p>\uDC00\uDE00 We apologize for any inconvenience.</p>', { syntax: 'html' });
    expect(result.messages.map((message) => [message.ruleId, message.column])).toEqual([['no-hollow-apology', 3 + ' We apologize '.length + 2 + 1]]);
  });
});
