import { describe, expect, it } from 'vitest';
import { parseEml } from '../../src/syntax/eml.js';
import { loadParser, syntaxForPath } from '../../src/syntax/index.js';
import { lintText } from '../../src/api.js';
import type { TextUnit } from '../../src/types.js';
import { expectFaithful, fixture, lineSlice, only, sourceOf, spanOf, texts } from './helpers.js';

const labelled = (units: TextUnit[]) => units.map((unit) => `${unit.label} | ${unit.kind}: ${unit.text}`);

describe('eml syntax', () => {
  it('reads the subject and the HTML alternative only, decoded, each unit naming its part', () => {
    const source = fixture('dunning-multipart.eml');
    const document = parseEml(source);
    expect(labelled(document.units)).toEqual([
      'Subject | subject: Your payment didn’t go through',
      'part 2 (text/html) | title: Your payment didn’t go through',
      'part 2 (text/html) | preheader: We couldn’t take your March payment – here’s how to fix it in two minutes.',
      'part 2 (text/html) | paragraph: Hi Maya,',
      'part 2 (text/html) | paragraph: We tried to take your monthly payment of £12.00 on 3 March, but your bank declined it. We apologize for any inconvenience this may have caused.',
      'part 2 (text/html) | paragraph: Your plan stays active until 17 March. To keep it, update your card details on your account page.',
      'part 2 (text/html) | paragraph: Update my card',
      'part 2 (text/html) | table-cell: Sent by Acme Billing, 1 High Street, Bristol. Unsubscribe',
    ]);
    expect(document.frontMatter).toEqual({ subject: 'Your payment didn’t go through' });
    expect(document.notes).toBeUndefined();
    // Quoted-printable: letters map to themselves, encoded bytes to their `=`; soft line breaks are skipped.
    expectFaithful(source, document.units, '=');
  });

  it('maps quoted-printable text back to the raw file exactly', () => {
    const source = fixture('dunning-multipart.eml');
    const paragraph = parseEml(source).units[4]!;
    const bank = paragraph.text.indexOf('your bank');
    // "you=\r\nr bank": the soft line break sits inside the word.
    expect(sourceOf(source, paragraph, bank, bank + 'your bank'.length)).toBe('you=\r\nr bank');
    const pound = paragraph.text.indexOf('£');
    expect(source.slice(paragraph.offsets[pound], paragraph.offsets[pound]! + 6)).toBe('=C2=A3');
    expect(spanOf(source, paragraph)).toMatch(/^We tried to take .* caused=\r\n\.$/s);
  });

  it('maps an encoded-word subject character by character', () => {
    const source = fixture('dunning-multipart.eml');
    const subject = parseEml(source).units[0]!;
    const apostrophe = subject.text.indexOf('’');
    expect(source.slice(subject.offsets[apostrophe], subject.offsets[apostrophe]! + 9)).toBe('=E2=80=99');
    expect(sourceOf(source, subject, 0, 4)).toBe('Your');
    expect(source.slice(subject.offsets[4], subject.offsets[4]! + 1)).toBe('_');
  });

  it('decodes encoded words split across folded lines, even inside a character, and mixed with plain text', () => {
    const source = 'Subject: Re: =?UTF-8?Q?We=E2=80?=\r\n =?UTF-8?Q?=99re_sorry?= about =?iso-8859-1?q?caf=E9?= delays\r\n\r\nBody.\r\n';
    const subject = parseEml(source).units[0]!;
    expect(subject.text).toBe('Re: We’re sorry about café delays');
    expect(sourceOf(source, subject, 0, 3)).toBe('Re:');
    const about = subject.text.indexOf('about');
    expect(sourceOf(source, subject, about, about + 5)).toBe('about');
    expect(source.slice(subject.offsets[subject.text.indexOf('’')])).toMatch(/^=E2=80\?=\r\n =\?UTF-8\?Q\?=99/);
  });

  it('masks merge tags in the subject', () => {
    const subject = parseEml('Subject: *|FNAME|*, your {{plan}} renews soon\n\nHi.\n').units[0]!;
    expect(subject.text).toBe('xxxxxxxxx, your xxxxxxxx renews soon');
  });

  it('reads a base64 HTML part, maps it into the base64 block, and skips attachments', () => {
    const source = fixture('delayed-base64.eml');
    const document = parseEml(source);
    expect(labelled(document.units)).toEqual([
      'Subject | subject: Your order is delayed – we’re on it',
      'part 1 (text/html) | paragraph: Hello Sam,',
      'part 1 (text/html) | paragraph: Your order #4821 is delayed because our courier missed the collection. We apologize for any inconvenience this may have caused.',
      'part 1 (text/html) | paragraph: It will arrive by Thursday, and we have refunded the shipping fee.',
    ]);
    const blockStart = source.indexOf('base64\r\n\r\n') + 'base64\r\n\r\n'.length;
    const blockEnd = source.indexOf('--mixed-01', blockStart);
    for (const unit of document.units.slice(1)) {
      for (const offset of unit.offsets.slice(0, -1)) {
        expect(offset).toBeGreaterThanOrEqual(blockStart);
        expect(offset).toBeLessThan(blockEnd);
      }
      // Characters come in order through the block.
      expect([...unit.offsets].slice(0, -1)).toEqual([...unit.offsets].slice(0, -1).sort((a, b) => a - b));
    }
  });

  it('falls back to the text part when there is no HTML, and reads LF files and plain (non-MIME) messages', () => {
    const plain = 'From: a@example.com\nSubject: Outage update\n\nOur service was down this morning.\n\nIt is back now.\n';
    expect(labelled(parseEml(plain).units)).toEqual([
      'Subject | subject: Outage update',
      'body (text/plain) | paragraph: Our service was down this morning.',
      'body (text/plain) | paragraph: It is back now.',
    ]);
    const textOnly = [
      'Subject: Hi',
      'Content-Type: multipart/alternative; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Only text here.',
      '--b',
      'Content-Type: image/png',
      '',
      'xyz',
      '--b--',
      '',
    ].join('\n');
    const document = parseEml(textOnly);
    expect(labelled(document.units)).toEqual(['Subject | subject: Hi', 'part 1 (text/plain) | paragraph: Only text here.']);
    expectFaithful(textOnly, document.units);
  });

  it('reads every inline text part of multipart/mixed, and the HTML of a nested alternative', () => {
    const source = [
      'Subject: Mixed',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain',
      '',
      'Plain alternative.',
      '--inner',
      'Content-Type: text/html',
      '',
      '<p>HTML alternative.</p>',
      '--inner--',
      '--outer',
      'Content-Type: text/plain',
      'Content-Disposition: inline',
      '',
      'A footer part.',
      '--outer--',
    ].join('\r\n');
    expect(labelled(parseEml(source).units)).toEqual([
      'Subject | subject: Mixed',
      'part 1.2 (text/html) | paragraph: HTML alternative.',
      'part 2 (text/plain) | paragraph: A footer part.',
    ]);
  });

  it('is chosen for .eml files and loaded on demand', async () => {
    expect(syntaxForPath('inbox/Receipt.EML')).toBe('eml');
    expect(await loadParser('eml')).toBe(parseEml);
  });

  it('reports the apology once, at its line and column in the raw file, not in the text alternative', async () => {
    const source = fixture('dunning-multipart.eml');
    const result = await lintText(source, { filePath: 'dunning.eml', config: only('no-hollow-apology') });
    expect(result.messages.map((message) => [message.messageId, message.line, message.column, message.endLine, message.endColumn])).toEqual([
      ['formulaic', 43, 34, 43, 76],
    ]);
    expect(lineSlice(source, 43, 34, 76)).toBe('for any inconvenience this may have caused');
  });

  it('reports a finding in a base64 part on the line of the block that encodes it', async () => {
    const source = fixture('delayed-base64.eml');
    const result = await lintText(source, { filePath: 'delayed.eml', config: only('no-hollow-apology') });
    expect(result.messages.map((message) => [message.messageId, message.line, message.column, message.endLine, message.endColumn])).toEqual([
      ['formulaic', 13, 6, 13, 62],
    ]);
    // No fix is offered inside encoded text.
    expect(result.messages[0]!.fix).toBeUndefined();
  });
});

describe('eml syntax with bad input', () => {
  it('throws a one-line error when there is no message to read', () => {
    expect(() => parseEml('')).toThrow(/^the \.eml file is empty/);
    expect(() => parseEml('<html><body>Hi</body></html>')).toThrow(/does not start with message headers/);
  });

  it('reads an e-mail template saved as .eml (Django blocks, no headers) as the text or HTML it holds', async () => {
    const text = '{% block subject %}\nRenewal failed for {{site.name}}\n{% endblock %}\n\n{% block plain_content %}\nThe charge of {{total}} failed because you forgot to update your card.\n{% endblock %}\n';
    const result = await lintText(text, { filePath: 'notification/charge_failed.eml', config: only('no-blame') });
    expect(result.messages.map((message) => [message.ruleId, message.line])).toEqual([['no-blame', 6]]);
    const html = '{% extends "base.eml" %}\n{% block html_content %}\n<p>Hi {{ user }},</p>\n<p>Your receipt is attached.</p>\n{% endblock %}\n';
    expect((await lintText(html, { filePath: 'receipt.eml' })).messages).toEqual([]);
    // Not a template and not a message: still the one-line error.
    await expect(lintText('<html><body>Hi</body></html>', { filePath: 'page.eml' })).rejects.toThrow(/does not start with message headers/);
  });

  it('reads a truncated multipart up to the end of the file, with a note', () => {
    const document = parseEml('Subject: Hi\r\nContent-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nHello there, this is cut');
    expect(texts(document.units)).toEqual(['subject: Hi', 'paragraph: Hello there, this is cut']);
    expect(document.notes).toEqual(['body (multipart/alternative) is truncated: its closing boundary is missing, so its last part was read up to the end of the file']);
  });

  it('reads the headers of a message cut off before its body', () => {
    const document = parseEml('Subject: Your account\r\nFrom: a@example.com\r\nContent-Type: text/pl');
    expect(texts(document.units)).toEqual(['subject: Your account']);
    expect(document.notes).toEqual(['the message ends inside its headers (no blank line before a body), so it has no body to lint']);
  });

  it('reads an unknown charset as UTF-8 or Windows-1252, with a note', () => {
    const source = 'Subject: =?x-weird?Q?Hello_there?=\r\nContent-Type: text/plain; charset=x-weird\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCaf=E9 is open.\r\n';
    const document = parseEml(source);
    expect(document.units.map((unit) => unit.text.trimEnd())).toEqual(['Hello there', 'Café is open.']);
    expect(document.notes).toEqual([
      'the subject declares the unknown charset "x-weird"; it was read as UTF-8',
      'body (text/plain) declares the unknown charset "x-weird"; it was read as WINDOWS-1252',
    ]);
  });

  it('reads a body whose boundary never occurs as text, and notes invalid base64', () => {
    const missing = parseEml('Subject: x\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\nJust text here.\r\n');
    expect(missing.units.map((unit) => unit.text.trimEnd())).toEqual(['x', 'Just text here.']);
    expect(missing.notes?.[0]).toMatch(/the boundary "zz" never occurs in the body/);
    const invalid = parseEml('Subject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64###\r\n');
    expect(invalid.notes).toEqual(['body (text/plain) is not valid base64; what could be decoded was linted']);
  });

  it('survives multiparts nested past the limit, noting the truncation once', () => {
    const levels = Array.from({ length: 100 }, (_, index) => `Content-Type: multipart/mixed; boundary="b${index}"\r\n\r\n--b${index}\r\n`).join('');
    const document = parseEml(`Subject: Deep\r\n${levels}Content-Type: text/plain\r\n\r\nDeep text.\r\n`);
    expect(texts(document.units)).toEqual(['subject: Deep']);
    expect(document.notes?.[0]).toMatch(/is truncated: .*; so are 49 multiparts inside it$/);
    expect(document.notes?.[1]).toMatch(/is nested more than 50 levels deep/);
  });

  it('turns notes into warnings without a rule when linting', async () => {
    const result = await lintText('Subject: Hi\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\n\r\nHello.', {
      filePath: 'cut.eml',
      config: only('no-hollow-apology'),
    });
    expect(result.messages.map((message) => [message.ruleId, message.severity, message.line])).toEqual([[null, 1, 1]]);
    expect(result.messages[0]!.message).toMatch(/^Body \(multipart\/mixed\) is truncated/);
  });
});
