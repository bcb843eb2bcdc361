import { describe, expect, it } from 'vitest';
import { patterns } from '../../node_modules/retext-simplify/lib/patterns.js';
import { inflections, quietByDefault, replacementOverrides } from '../../rules/plain-language/data.js';
import { lintText } from '../../src/api.js';
import { testRule } from '../rule-tester.js';

testRule('plain-language', {
  valid: [
    // Ordinary words retext-simplify flags, which are quiet by default.
    "If you didn't request this, you can ignore this email.",
    'We’ll provide a refund within 5 business days.',
    'Your purchase is on its way.',
    'We received your request, and a member of our team will reply within a day.',
    'Additional charges may apply for express delivery.',
    'However, you can still change your delivery address until Friday.',
    'Need assistance? Our support team is here to help.',
    'We require a valid email address to create your account.',
    'Your order contains 3 items, and one of them is fragile.',
    'To delete your account, go to Settings and choose Delete account.',
    'The item you ordered is currently out of stock.',
    'Choose the option that works best for you.',
    'We’ll notify you when your prescription is ready to collect.',
    'The maximum upload size is 2 GB, and the minimum order is $20.',
    'Please submit your meter reading by 3 June.',
    'There is a problem with your card. It is easy to update in your account.',
    'Forward this email to a friend and you both get 10% off.',
    'Type your new password twice to confirm it.',
    'The remainder of your balance is due on 1 June.',
    'If you encounter any problems, reply to this email.',
    // Gentle or correct wording whose plugin suggestion would be wrong.
    'We were sorry to hear that your father passed away.',
    'We have a limited number of seats left for Thursday.',
    'Thousands of readers took advantage of our spring offer.',
    // Other rules own these, so they are not reported twice.
    'Please be advised that our office is closed on Monday.',
    // Words that only look like a reported entry.
    'Expedited shipping arrives in two days.',
    'The commencement ceremony starts at noon.',
    'We never send unsolicited messages.',
    // Masked template tags and code.
    { text: 'Hi {{first_name}}, your `utilize` flag is on.', syntax: 'markdown' },
    // Options: ignore a reported entry, by id or as written.
    { text: 'In order to reset your password, click the link below.', options: { ignore: ['in-order-to'] } },
    { text: 'We will commence shipping on Monday.', options: { ignore: ['commence'] } },
    { text: 'Shipping commenced on Monday.', options: { ignore: ['commence'] }, name: 'ignoring an entry silences its inflections' },
    { text: 'Prior to your visit, please fill in the form.', options: { ignore: ['Prior to'] } },
  ],
  invalid: [
    {
      text: 'Utilize our new dashboard to track orders.',
      errors: [{ messageId: 'complex', line: 1, column: 1, endColumn: 8, suggestions: ['Use'] }],
    },
    {
      text: 'In order to reset your password, click the link below.',
      errors: [{ messageId: 'wordy', line: 1, column: 1, endColumn: 12, suggestions: ['To'] }],
    },
    {
      text: 'We will commence shipping on Monday.',
      errors: [{ messageId: 'complex', line: 1, column: 9, endColumn: 17, suggestions: ['begin', 'start'] }],
    },
    {
      text: 'We will endeavor to respond within 24 hours.',
      errors: [{ messageId: 'complex', line: 1, column: 9, endColumn: 17, suggestions: ['try'] }],
    },
    {
      text: 'This will facilitate a faster checkout.',
      errors: [{ messageId: 'complex', line: 1, column: 11, endColumn: 21, suggestions: ['ease', 'help'] }],
    },
    {
      text: 'Prior to your visit, please fill in the form.',
      errors: [{ messageId: 'wordy', line: 1, column: 1, endColumn: 9, suggestions: ['Before'] }],
    },
    {
      text: 'Subsequent orders ship for free.',
      errors: [{ messageId: 'complex', line: 1, column: 1, endColumn: 11, suggestions: ['Later', 'Next', 'Following'] }],
    },
    {
      text: 'Pursuant to our terms, your plan renews every year.',
      errors: [{ messageId: 'wordy', line: 1, column: 1, endColumn: 12, suggestions: ['By', 'Following', 'Per', 'Under'] }],
    },
    {
      name: 'inflected forms the plugin misses',
      text: 'We are utilizing a new system, and shipping commenced on Monday.',
      errors: [
        { messageId: 'complex', line: 1, column: 8, endColumn: 17, suggestions: ['using'] },
        { messageId: 'complex', line: 1, column: 45, endColumn: 54, suggestions: ['started'] },
      ],
    },
    {
      name: 'British spelling',
      text: 'We endeavour to reply within a day, and we have utilised your feedback.',
      errors: [
        { messageId: 'complex', line: 1, column: 4, endColumn: 13, suggestions: ['try'] },
        { messageId: 'complex', line: 1, column: 49, endColumn: 57, suggestions: ['used'] },
      ],
    },
    {
      name: 'a replacement that keeps the sentence whole',
      text: 'In the event of a delay, we will email you.',
      errors: [{ messageId: 'wordy', line: 1, column: 1, endColumn: 16, suggestions: ['If there is', 'In case of'] }],
    },
    {
      text: 'Due to the fact that demand is high, delivery may take longer.',
      errors: [{ messageId: 'wordy', line: 1, column: 1, endColumn: 21, suggestions: ['Because', 'Since'] }],
    },
    {
      name: 'the longer of two overlapping phrases',
      text: 'The change may adversely impact on your plan.',
      errors: [{ messageId: 'wordy', line: 1, column: 16, endColumn: 35, suggestions: ['hurt', 'harm'] }],
    },
    {
      name: 'nothing to put in its place',
      text: 'The aforementioned items ship today.',
      errors: [{ messageId: 'remove', line: 1, column: 5, endColumn: 19, suggestions: [] }],
    },
    {
      name: 'capitals are kept',
      text: 'PLEASE UTILIZE THE SIDE ENTRANCE.',
      errors: [{ messageId: 'complex', line: 1, column: 8, endColumn: 15, suggestions: ['USE'] }],
    },
    {
      name: 'a phrase broken over two lines',
      text: 'Thanks for your order. In order\nto track it, open the app.',
      errors: [{ messageId: 'wordy', line: 1, column: 24, endLine: 2, endColumn: 3, suggestions: ['To'] }],
    },
    {
      name: 'several paragraphs',
      text: 'Your order has shipped.\n\nShould you wish to return it, we will terminate the\nsubscription and refund you.',
      errors: [
        { messageId: 'wordy', line: 3, column: 1, endColumn: 16, suggestions: ['If you want'] },
        { messageId: 'complex', line: 3, column: 39, endColumn: 48, suggestions: ['end', 'stop'] },
      ],
    },
    {
      name: 'Markdown heading and list',
      syntax: 'markdown',
      text: '# How to utilize your points\n\n- Log in **prior to** checkout\n- Pick a reward',
      errors: [
        { messageId: 'complex', line: 1, column: 10, endColumn: 17, suggestions: ['use'] },
        { messageId: 'wordy', line: 3, column: 12, endColumn: 20, suggestions: ['before'] },
      ],
    },
    {
      name: 'a quiet entry checked on request',
      text: 'However, your purchase is on its way.',
      options: { check: ['however', 'purchase'] },
      errors: [
        { messageId: 'complex', line: 1, column: 1, endColumn: 8, suggestions: ['But', 'Yet'] },
        { messageId: 'complex', line: 1, column: 15, endColumn: 23, suggestions: ['buy', 'sale'] },
      ],
    },
  ],
});

describe('plain-language data', () => {
  const entries = new Set(Object.keys(patterns));

  it('names only entries the plugin has', () => {
    expect(quietByDefault.filter((entry) => !entries.has(entry))).toEqual([]);
    expect(Object.keys(replacementOverrides).filter((entry) => !entries.has(entry))).toEqual([]);
    expect(Object.keys(inflections).filter((entry) => !entries.has(entry))).toEqual([]);
  });

  it('has no duplicate quiet entries and keeps reported inflections reported', () => {
    expect(new Set(quietByDefault).size).toBe(quietByDefault.length);
    expect(Object.keys(inflections).filter((entry) => quietByDefault.includes(entry))).toEqual([]);
  });

  it('rejects a `check` entry that is not on the quiet list', async () => {
    await expect(
      lintText('Hello.', { config: { rules: { 'plain-language': ['warn', { check: ['utilise-everything'] }] } } as never }),
    ).rejects.toThrow(/quiet by default/);
  });
});
