import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/syntax/catalog.js';
import { extensionsBySyntax, knownExtensions, loadParser, syntaxForPath } from '../../src/syntax/index.js';
import { lintText } from '../../src/api.js';
import type { TextUnit } from '../../src/types.js';
import { expectFaithful, fixture, lineSlice, only, sourceOf } from './helpers.js';

const labelled = (units: TextUnit[]) => units.map((unit) => `${unit.label} | ${unit.kind}: ${unit.text}`);

describe('catalog syntax', () => {
  it('reads every string of a JSON catalogue with its key path, skipping what is not copy', () => {
    const source = fixture('en.json');
    const document = parseCatalog(source);
    expect(labelled(document.units)).toEqual([
      'checkout.title | heading: Review your order',
      'checkout.payment_failed | paragraph: Your card was declined. We apologize for any inconvenience this may have caused.',
      'checkout.retry | paragraph: Try another card',
      'checkout.total | paragraph: Total: xxxxxxxx',
      'checkout.summary | paragraph: You have xxxxxxxxx items in your basket and xxxxxxxxx reward points.',
      'checkout.quote | paragraph: We’re holding your basket for "30 minutes".\nAfter that, prices may change.',
      'emails.dunning.subject | subject: Your payment didn’t go through',
      'emails.dunning.preheader | preheader: Update your card to keep your plan.',
    ]);
    expectFaithful(source, document.units, '\\');
    expect(document.syntax).toBe('catalog');
  });

  it('masks quoted code, but not backticks used as apostrophes', () => {
    const code = parseCatalog('{"a": "Add the `??` operator, for example `trigger.date ?? execution.startDate`."}');
    expect(code.units[0]!.text).toBe('Add the `xx` operator, for example `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.');
    const apostrophes = parseCatalog('{"a": "Don`t bother. We won`t help."}');
    expect(apostrophes.units[0]!.text).toBe('Don`t bother. We won`t help.');
  });

  it('reads HTML inside a string as markup: tags are space, block tags break the line, offsets are kept', () => {
    const source = JSON.stringify({ note: '<p><strong>PLEASE NOTE:</strong> your order <a href="/o/1">shipped</a>.</p><p>Thanks!</p>', math: 'Pick a number < 10 and > 2.' });
    const [note, math] = parseCatalog(source).units;
    expect(note!.text.replace(/ +/g, ' ')).toBe(' PLEASE NOTE: your order shipped .\n Thanks!\n ');
    expect(sourceOf(source, note!, note!.text.indexOf('shipped'), note!.text.indexOf('shipped') + 7)).toBe('shipped');
    expect(math!.text).toBe('Pick a number < 10 and > 2.');
  });

  it('breaks a line, never a paragraph, at block tags, and masks only real tag names', () => {
    const strings = {
      paragraphs: '<p>Your card was declined.</p><p>Please try another card.</p>',
      breaks: 'Payment failed.<br><br>Try again.',
      list: '<ul><li>Payment failed</li><li>Card expired</li></ul>',
      key: 'Press <Enter> to save, or <kbd>Esc</kbd> to close.',
      math: 'Works when 1<x and x>0.',
      alt: '<img src="/sad.png" alt="Crying puppy"> We will miss you.',
    };
    const units = Object.fromEntries(parseCatalog(JSON.stringify(strings)).units.map((unit) => [unit.label, unit.text]));
    expect(units['paragraphs']!.replace(/ +/g, ' ')).toBe(' Your card was declined.\n Please try another card.\n ');
    expect(units['breaks']!.replace(/ +/g, ' ')).toBe('Payment failed.\n Try again.');
    expect(units['list']!.replace(/ +/g, ' ')).toBe(' Payment failed\n Card expired\n ');
    expect(units['key']!.replace(/ +/g, ' ')).toBe('Press <Enter> to save, or Esc to close.');
    expect(units['math']).toBe('Works when 1<x and x>0.');
    expect(units['alt']!.replace(/ +/g, ' ').trim()).toBe('Crying puppy We will miss you.');
  });

  it('keeps one-paragraph HTML strings and lists UI strings', async () => {
    const result = await lintText(
      JSON.stringify({
        declined: '<p>Your card was declined.</p><p>Please try another card.</p>',
        failed: 'Payment failed.<br><br>Try again.',
        reasons: '<ul><li>Payment failed</li><li>Card expired</li></ul>',
        booking: '<p>We could not confirm your booking.</p>\n<p>Please pick another date.</p>',
      }),
      { syntax: 'catalog' },
    );
    expect(result.entries?.map(({ location, copyKind }) => [location, copyKind])).toEqual([
      ['declined', 'ui-string'],
      ['failed', 'ui-string'],
      ['reasons', 'ui-string'],
      ['booking', 'ui-string'],
    ]);
    expect(result.messages.filter((message) => message.ruleId === 'acknowledge-problem' || message.ruleId === 'next-step')).toEqual([]);
  });

  it('keeps a field label in capitals at the start of an HTML string from reading as shouting', async () => {
    const result = await lintText(JSON.stringify({ note: '<strong>PLEASE NOTE:</strong> your original order went through.' }), { syntax: 'catalog' });
    expect(result.messages).toEqual([]);
  });

  it('maps escapes in JSON strings to where they are written', () => {
    const source = fixture('en.json');
    const quote = parseCatalog(source).units.find((unit) => unit.label === 'checkout.quote')!;
    expect(source.slice(quote.offsets[2], quote.offsets[2]! + 6)).toBe('\\u2019');
    const after = quote.text.indexOf('After');
    expect(sourceOf(source, quote, after, after + 5)).toBe('After');
    expect(source.slice(quote.offsets[after - 1], quote.offsets[after - 1]! + 2)).toBe('\\n');
  });

  it('reads YAML block, folded, quoted and plain scalars, and control comments', () => {
    const source = fixture('en.yaml');
    const document = parseCatalog(source);
    expect(labelled(document.units)).toEqual([
      'refunds.denied | paragraph: Per our policy, refunds are not available after 30 days. We apologize for any inconvenience this may have caused.',
      'refunds.approved | paragraph: Good news: we’ve refunded £xxxxxxxx to your card.',
      'promo.banner | paragraph: Only 3 left! Order now.',
      'promo.steps[0] | paragraph: Open the app',
      "promo.steps[1] | paragraph: Tap “Redeem”, then it's done",
      'promo.note | paragraph: Questions? Reply to this email\nand a person will answer.\n',
    ]);
    expectFaithful(source, document.units);
    expect(document.directives.map((directive) => [directive.kind, directive.ruleIds])).toEqual([['disable-next-line', ['no-pressure']]]);
  });

  it('masks shop shortcodes and reads white-space entities as spaces, keeping every offset', async () => {
    const source = JSON.stringify({ stock: 'Only [stock] stock left!', spaced: 'Only 3&nbsp;left in stock!', link: 'See [the guide](/help) or [x]: here' });
    const units = Object.fromEntries(parseCatalog(source).units.map((unit) => [unit.label, unit]));
    expect(units['stock']!.text).toBe('Only xxxxxxx stock left!');
    expect(units['spaced']!.text).toBe('Only 3      left in stock!');
    expect(sourceOf(source, units['spaced']!, 6, 26)).toBe('&nbsp;left in stock!');
    // A link's text and a bracket before a colon are not shortcodes.
    expect(units['link']!.text).toBe('See [the guide](/help) or [x]: here');
    const result = await lintText(source, { filePath: 'en.json', syntax: 'catalog', config: only('no-pressure') });
    expect(result.messages.map((message) => [message.column, message.message.slice(0, 26)])).toEqual([
      [11, '“Only [stock] stock left” '],
      [47, '“Only 3 left” claims that '],
    ]);
  });

  it('quotes each placeholder as written when two of the same length stand in one string', async () => {
    const source = JSON.stringify({ toast: '{name} purchased this {time} minutes ago', days: 'remain time: {{days}}Days {{hours}}:{{minutes}}:{{seconds}} to save 20%' });
    const result = await lintText(source, { filePath: 'en.json', syntax: 'catalog', config: only('no-pressure') });
    expect(result.messages.map((message) => /“[^”]+”/.exec(message.message)![0])).toEqual([
      '“purchased this {time} minutes ago”',
      '“remain time: {{days}}Days {{hours}}:{{minutes}}:{{seconds}}”',
    ]);
  });

  it('quotes key path segments that are not plain names', () => {
    const document = parseCatalog('{"errors": {"card.declined": "Your card was declined.", "list": ["First step", {"a b": "Second step"}]}}');
    expect(document.units.map((unit) => unit.label)).toEqual(['errors["card.declined"]', 'errors.list[0]', 'errors.list[1]["a b"]']);
  });

  it('is never chosen by extension: catalogues are opted into', async () => {
    expect(extensionsBySyntax.catalog).toEqual([]);
    expect(syntaxForPath('locales/en.json')).toBe('text');
    expect(knownExtensions).not.toContain('.json');
    expect(await loadParser('catalog')).toBe(parseCatalog);
  });

  it('reports findings at their line and column, and honours YAML control comments', async () => {
    const json = fixture('en.json');
    const jsonResult = await lintText(json, { filePath: 'en.json', syntax: 'catalog', config: only('no-hollow-apology') });
    expect(jsonResult.messages.map((message) => [message.messageId, message.line, message.column, message.endLine, message.endColumn])).toEqual([
      ['formulaic', 5, 61, 5, 103],
    ]);
    expect(lineSlice(json, 5, 61, 103)).toBe('for any inconvenience this may have caused');

    const yaml = fixture('en.yaml');
    const yamlResult = await lintText(yaml, { filePath: 'en.yaml', syntax: 'catalog', config: only('no-hollow-apology', 'no-pressure') });
    expect(yamlResult.messages.map((message) => [message.ruleId, message.line, message.column, message.endLine, message.endColumn])).toEqual([
      ['no-hollow-apology', 5, 18, 5, 60],
    ]);
    expect(lineSlice(yaml, 5, 18, 60)).toBe('for any inconvenience this may have caused');
    const withoutComment = yaml.replace(/^ *# empathy-disable-next-line.*\n/m, '');
    const pressure = await lintText(withoutComment, { filePath: 'en.yaml', syntax: 'catalog', config: only('no-pressure') });
    expect(pressure.messages.map((message) => [message.ruleId, message.line])).toEqual([['no-pressure', 8]]);
  });
});

describe('catalog syntax with bad input', () => {
  it('reads what it can of invalid JSON or YAML, with a note', () => {
    const document = parseCatalog('{"a": "Hello there", "b": ');
    expect(document.units.map((unit) => unit.text)).toEqual(['Hello there']);
    expect(document.notes?.[0]).toMatch(/^line 1: this is not valid JSON \(.+\); strings after it may be missing$/);
    const yaml = parseCatalog('greeting: Hello there\nbroken: [unclosed\n');
    expect(yaml.units.map((unit) => unit.text)).toEqual(['Hello there', 'unclosed']);
    expect(yaml.notes?.[0]).toMatch(/^line \d: this is not valid YAML/);
  });

  it('throws a one-line error when nothing can be read', () => {
    expect(() => parseCatalog('{ "a": [1, 2')).toThrow(/^the catalogue cannot be read: line 1: this is not valid JSON/);
    expect(() => parseCatalog('['.repeat(10_000) + '"Hi"' + ']'.repeat(10_000))).toThrow(/nests 10000 levels deep/);
  });

  it('gives no units for empty catalogues', () => {
    expect(parseCatalog('').units).toEqual([]);
    expect(parseCatalog('{}').units).toEqual([]);
    expect(parseCatalog('# only a comment\n').units).toEqual([]);
  });
});
