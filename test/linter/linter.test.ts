import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../src/api.js';
import { onlyTestRule, plugins } from './helpers.js';

const lint = (text: string, syntax: 'markdown' | 'text' = 'markdown', config = onlyTestRule()) =>
  lintText(text, { syntax, config, plugins }).then((result) => result.messages.map((message) => `${message.line}:${message.column}-${message.endColumn} ${message.ruleId ?? 'null'}`));

describe('inline control comments', () => {
  it('disable and enable regions, for all rules or named ones', async () => {
    const text = 'foo one.\n\n<!-- empathy-disable -->\n\nfoo two.\n\n<!-- empathy-enable -->\n\nfoo three.\n\n<!-- empathy-disable test/no-foo -->\n\nfoo four.\n\n<!-- empathy-enable test/no-foo -->\n\nfoo five.\n';
    expect(await lint(text)).toEqual(['1:1-4 test/no-foo', '9:1-4 test/no-foo', '17:1-4 test/no-foo']);
  });

  it('disable-next-line skips to the next line with copy and covers only that line', async () => {
    const text = 'foo.\n<!-- empathy-disable-next-line -->\n\nfoo foo.\nfoo.\n';
    expect(await lint(text, 'text')).toEqual(['1:1-4 test/no-foo', '5:1-4 test/no-foo']);
  });

  it('a disable comment for another rule leaves this one on', async () => {
    const text = '<!-- empathy-disable no-pressure -->\n\nfoo.\n';
    expect(await lint(text)).toEqual(['3:1-4 test/no-foo']);
  });

  it('an unknown rule id in a comment is a warning without a rule id', async () => {
    const result = await lintText('<!-- empathy-disable no-such-rule -->\n\nfoo.\n', { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(result.messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 1, column: 1 });
    expect(result.messages[0]!.message).toContain('“no-such-rule”');
  });
});

describe('allow phrases', () => {
  it('drop findings that overlap an allowed phrase, case-insensitively', async () => {
    const config = onlyTestRule({ rules: { 'test/no-foo': ['error', { allow: ['Foo Fighters'] }] } as never });
    expect(await lint('I like the foo fighters. But foo is still a test word.', 'text', config)).toEqual(['1:30-33 test/no-foo']);
  });
});

describe('fixText', () => {
  it('applies safe fixes, is idempotent, and leaves everything else byte for byte', async () => {
    const text = '---\nsubject: foo\n---\n\nA **foo** and foo.\n\n`foo` in code.\n';
    const first = await fixText(text, { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(first.output).toBe('---\nsubject: bar\n---\n\nA **bar** and bar.\n\n`foo` in code.\n');
    expect(first.fixed).toBe(true);
    expect(first.messages).toEqual([]);
    const second = await fixText(first.output, { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(second.fixed).toBe(false);
    expect(second.output).toBe(first.output);
  });

  it('never fixes across markup or masked template tags', async () => {
    const text = 'Say f{{x}}oo and fo*o*.\n';
    const result = await fixText(text, { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(result.output).toBe(text);
  });
});

describe('positions', () => {
  it('point into the original file, front matter and CRLF included', async () => {
    const text = '---\r\nsubject: Hello foo\r\n---\r\n\r\nSome *foo* here.\r\n';
    const result = await lintText(text, { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(result.messages.map((message) => [message.line, message.column, text.slice(...message.suggestions![0]!.fix.range)])).toEqual([
      [2, 16, 'foo'],
      [5, 7, 'foo'],
    ]);
  });
});

describe('messages and UI strings', () => {
  const kindOf = async (text: string, syntax: 'markdown' | 'text' | 'catalog' | 'eml' | 'html' = 'text', config: object = {}) => (await lintText(text, { syntax, config })).copyKind;

  it('reads a sentence or two as a UI string, and several paragraphs, sentences or a subject as a message', async () => {
    expect(await kindOf('Payment failed. Please try again.')).toBe('ui-string');
    expect(await kindOf('# Upload failed\n\nThe file is larger than 20 MB.', 'markdown')).toBe('ui-string');
    expect(await kindOf('Hi Priya,\n\nYour parcel is late.')).toBe('message');
    expect(await kindOf('Your parcel is late. It left the depot on Monday. The courier expects it on Friday.')).toBe('message');
    expect(await kindOf('Subject: Your parcel\n\nIt is late.')).toBe('message');
    expect(await kindOf('Subject: Late\n\nIt is late.\n', 'eml')).toBe('message');
    expect(await kindOf('<html><body><h1>Payment failed</h1><p>Please update your card.</p></body></html>', 'html')).toBe('message');
    expect(await kindOf('<p class="error">Payment failed. Please update your card.</p>', 'html')).toBe('ui-string');
    // A greeting after a title written into the template still makes a letter; a greeting word inside a sentence does not.
    expect(await kindOf('Library: request declined for "Dune" Dear Sam, your request for "Dune" has been declined.')).toBe('message');
    expect(await kindOf('Say hi, Sam, to your new teammates in the chat.')).toBe('ui-string');
  });

  it('reads a catalogue entry of a few short sentences as a string, and a long or multi-paragraph entry as a message', async () => {
    const entry = async (value: string) => {
      const result = await lintText(JSON.stringify({ pages: { gone: value } }), { syntax: 'catalog' });
      return result.entries?.[0]?.copyKind ?? result.copyKind;
    };
    expect(await entry('Whoops! That page has wandered off. Try the search box instead.')).toBe('ui-string');
    // An entry that greets the reader and goes on is the body of a letter; an interjection is not a greeting.
    expect(await entry('Hello,{NEWLINE}Your membership has expired for {DAYS} days.')).toBe('message');
    expect(await entry('Hey! You cannot post here yet, sorry.')).toBe('ui-string');
    // The greeting of a letter whose other parts are other entries (`payment_failed_intro`) does not make the entry one.
    const intro = await lintText(JSON.stringify({ payment_failed_intro: 'Hi :name, your payment was not completed, so your order is still waiting.' }), { syntax: 'catalog' });
    expect(intro.entries?.[0]?.copyKind ?? intro.copyKind).toBe('ui-string');
    expect(await entry('Your card was declined.\n\nUpdate it in Settings to keep your plan.')).toBe('message');
    const long = 'We could not take the payment for your plan this month, so your workspace is now read-only until the card on file is updated, and everyone on your team will see a short banner about it at the top of each page until then.';
    expect(await entry(long)).toBe('message');
    // Filed under errors or alerts, a long entry is still shown in place: a UI string.
    const error = await lintText(JSON.stringify({ errors: { cart_stock_invalid: long } }), { syntax: 'catalog' });
    expect(error.entries?.[0]?.copyKind ?? error.copyKind).toBe('ui-string');
    // So is help for a field or a screen (`help_age`, `health_cron_stuck_help`, `billingTooltip`).
    for (const key of ['help_age', 'health_cron_stuck_help', 'billingTooltip', 'settings.quota_help']) {
      const help = await lintText(JSON.stringify({ [key]: long }), { syntax: 'catalog' });
      expect(help.entries?.[0]?.copyKind ?? help.copyKind, key).toBe('ui-string');
    }
    // A key in which the letters are part of another word (`whelp_notice`) is judged by its shape.
    // Only the entry's own key counts: a letter filed in a help centre (`help_center.ticket_closed`) is a letter.
    for (const key of ['whelp_notice', 'help_center.ticket_closed']) {
      const mail = await lintText(JSON.stringify({ [key]: long }), { syntax: 'catalog' });
      expect(mail.entries?.[0]?.copyKind ?? mail.copyKind, key).toBe('message');
    }
  });

  it('lets front matter and config say what the copy is, and an explicit purpose makes a file a message', async () => {
    expect(await kindOf('---\ncopyKind: message\n---\n\nCard declined.', 'markdown')).toBe('message');
    expect(await kindOf('---\ntype: ui-string\n---\n\nHi Priya,\n\nCard declined.', 'markdown')).toBe('ui-string');
    expect(await kindOf('---\ntype: failed-payment\n---\n\nCard declined.', 'markdown')).toBe('message');
    expect(await kindOf('Hi Priya,\n\nCard declined.', 'text', { copyKind: 'ui-string' })).toBe('ui-string');
    expect(await kindOf('Card declined.', 'text', { messageType: 'dunning' })).toBe('message');
  });

  it('judges a catalogue entry by entry, each with its own purpose and score; the file gets the lowest', async () => {
    const catalogue = JSON.stringify(
      {
        errors: { declined: 'Your card was declined.', suspended: 'This account has been suspended.' },
        promo: { banner: 'Spring sale: 20% off all seeds this week.' },
        emails: { late: { subject: 'Your order is running late', body: 'Your order has not shipped yet. It should leave our warehouse on Tuesday.' } },
        reminders: { overdue_subject: 'Your invoice is overdue' },
      },
      null,
      2,
    );
    const result = await lintText(catalogue, { syntax: 'catalog' });
    expect(result.copyKind).toBe('entries');
    expect(result.purpose).toEqual({ type: 'general', source: 'inferred' });
    expect(result.entries?.map(({ location, copyKind, purpose }) => [location, copyKind, purpose.type, purpose.problem])).toEqual([
      ['errors.declined', 'ui-string', 'problem', 'failed-payment'],
      ['errors.suspended', 'ui-string', 'problem', 'suspension'],
      ['promo.banner', 'ui-string', 'promotion', undefined],
      ['emails.late', 'message', 'problem', 'delay'],
      ['reminders.overdue_subject', 'ui-string', 'problem', 'debt'],
    ]);
    // Only the e-mail is a message, so only it owes an acknowledgement.
    expect(result.messages.map((message) => [message.ruleId, message.location])).toEqual([['acknowledge-problem', 'emails.late.subject']]);
    const late = result.entries!.find((entry) => entry.location === 'emails.late')!;
    expect(late).toMatchObject({ score: 88, findings: 1 });
    expect(result.score).toBe(88);
    expect(result.scoreBreakdown).toEqual([{ ruleId: 'acknowledge-problem', count: 1, cost: 12 }]);
  });

  it('reads a key named subject or preview as an e-mail subject only beside a body and with a subject line for a value', async () => {
    const catalogue = JSON.stringify(
      {
        editor: { preview: 'Preview', save: 'Save', draft_failed: 'Your draft could not be saved.', offline: 'You are offline.' },
        contact: { subject: 'Subject', body: 'Message', sent: 'We could not send your message. Please try again.' },
        mail: { welcome: { subject: 'Welcome', text: 'Thanks for joining. Your first box ships on Monday.' } },
        notices: { late: { subject: 'Your parcel is running late', message: 'It should reach you on Thursday.' } },
        shop: { preheader: 'See what is new', save: 'Save', heading: 'New this week' },
      },
      null,
      2,
    );
    const result = await lintText(catalogue, { syntax: 'catalog' });
    const groups = result.entries?.map(({ location, copyKind }) => [location, copyKind]);
    expect(groups).toEqual(
      expect.arrayContaining([
        ['editor.preview', 'ui-string'],
        ['editor.draft_failed', 'ui-string'],
        ['contact.subject', 'ui-string'],
        ['contact.sent', 'ui-string'],
        ['mail.welcome', 'message'],
        ['notices.late', 'message'],
        ['shop.preheader', 'ui-string'],
      ]),
    );
    expect(result.messages.filter((message) => message.ruleId === 'acknowledge-problem' && /^(?:editor|contact)\./.test(message.location ?? ''))).toEqual([]);
  });

  it('reads an entry whose key path names an e-mail or notification body as a message, even alone', async () => {
    const catalogue = JSON.stringify({
      emails: { ban: { body: 'Your account has been banned for breaking rule 3.' } },
      'email-notification-template-ban': 'Your account on the forum has been banned.',
      notification_body_result: 'Please share your test result and warn others.',
      errors: { invalid_email: 'That email address is not valid.', email_label: 'Email address' },
      OverlayOpen: { NotificationCardBody: 'You will not receive notifications about exposures.' },
      mail: { short: { body: 'Banned.' }, declined: { body1: 'We could not take your payment of £12. This usually happens because:' } },
    });
    const result = await lintText(catalogue, { syntax: 'catalog' });
    expect(result.entries?.map(({ location, copyKind }) => [location, copyKind])).toEqual([
      ['emails.ban.body', 'message'],
      ['email-notification-template-ban', 'message'],
      ['notification_body_result', 'message'],
      ['errors.invalid_email', 'ui-string'],
      ['errors.email_label', 'ui-string'],
      ['OverlayOpen.NotificationCardBody', 'ui-string'],
      ['mail.short.body', 'ui-string'],
      // A lead-in to entries that are not here is no whole body.
      ['mail.declined.body1', 'ui-string'],
    ]);
  });

  it('keeps the file purpose and score of a single message as before', async () => {
    const result = await lintText('Hi Priya,\n\nYour order was cancelled because of a fault on our side. You can ask us about it from your account.', { syntax: 'text' });
    expect(result).toMatchObject({ copyKind: 'message', purpose: { type: 'problem', problem: 'cancellation' }, score: 88 });
    expect(result.entries).toBeUndefined();
  });
});

describe('suggestions that would do harm', () => {
  it('show template tags as written in messages and suggestion descriptions, never their mask', async () => {
    const result = await lintText('Hi {{name}},\n\nYour order {{order_id}} was cancelled by our system. We will refund you within 3 days.', { syntax: 'text' });
    const finding = result.messages.find((message) => message.ruleId === 'acknowledge-problem')!;
    expect(finding.suggestions![0]!.desc).toBe('Add “We’re sorry: we know this upsets your plans.” after the sentence “Your order {{order_id}} was cancelled by…”.');
    for (const message of result.messages) {
      expect(message.message).not.toMatch(/\bx{3,}\b/);
      for (const suggestion of message.suggestions ?? []) expect(`${suggestion.desc} ${suggestion.fix.text}`).not.toMatch(/\bx{3,}\b/);
    }
  });

  it('show catalogue placeholders as written in a quoted phrase', async () => {
    const result = await lintText('{ "dunning": "Failure to pay invoice {id} by {date} will result in termination." }', { syntax: 'catalog' });
    expect(result.messages.map((message) => message.message.slice(0, 69))).toEqual(['“Failure to pay invoice {id} by {date} will result in termination” re']);
  });
});

describe('quoting the words of a finding', () => {
  it('quotes words inside Markdown emphasis that no parser read without the markers', async () => {
    const result = await lintText('{"k": "Your account was **blocked**!"}', { syntax: 'catalog' });
    const message = result.messages.find((found) => found.ruleId === 'no-blunt-verdict');
    expect(message?.message).toMatch(/^“Your account was blocked” /);
  });
});
