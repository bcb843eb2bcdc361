import { testRule } from '../rule-tester.js';

const money = 'An update about your account';
const health = 'You have a new message in your patient portal';

testRule('sensitive-subject', {
  valid: [
    // Real-copy shapes that stay silent.
    { text: "{\"faq_mother_response\": \"People who are pregnant or breastfeeding have different caloric and nutritional needs than people who are not, so the app shows a reminder to talk to your doctor before you change your diet, and it lets you set your own daily servings for each food group in the settings.\"}", syntax: 'catalog' },
    'Subject: An update about your account\n\nHi Sam,\n\nYour balance is past due. Here is how we can help.',
    'Subject: Your order has shipped\n\nIt arrives on Friday.',
    'Subject: Your new prescription sunglasses are ready\n\nPick them up any time.',
    'Subject: Refill your coffee subscription\n\nYour beans are running low.',
    'Subject: Five tips for a calm morning\n\nTry a short walk before work.',
    'Subject: You have a new message in your patient portal\n\nLog in to read it.',
    { name: 'details further down the body are fine', text: 'Subject: A message from your clinic\n\nHi Sam,\n\nYour test results are ready in the portal.' },
    { name: 'front matter subject without details', text: '---\nsubject: Your statement is ready\n---\n\nLog in to see it.', syntax: 'markdown' },
    'Subject: This month at Easy Tiger Bakery\n\nOur new sourdough is here.\n\nWe also talk about mental health at work.',
  ],
  invalid: [
    // Real-copy shapes.
    { text: "{\"notifications.results.body\": \"Your blood test results are ready. Log in to the patient portal to read them, and book a follow-up visit if your doctor asked you to. We will keep them in your record for ten years, and you can download a copy at any time.\"}", syntax: 'catalog', errors: [{ messageId: "exposed", line: 1, column: 33, endColumn: 56, suggestions: [] }] },
    {
      text: 'Subject: Your invoice is overdue\n\nPlease pay by Friday.',
      errors: [{ messageId: 'exposed', line: 1, column: 26, endColumn: 33, suggestions: [money] }],
    },
    {
      text: 'Subject: Your HIV test results are ready\n\nLog in to read them.',
      errors: [{ messageId: 'exposed', line: 1, column: 10, endColumn: 31, suggestions: [health] }],
    },
    {
      name: 'the preheader counts, without a subject suggestion',
      text: 'Subject: A message from your pharmacy\nPreheader: Your medication is ready for pickup\n\nSee you soon.',
      errors: [{ messageId: 'exposed', line: 2, column: 12, endColumn: 27, suggestions: [] }],
    },
    {
      name: 'the opening line counts',
      text: 'You still owe $240 on your account.\n\nHere is how to pay.',
      errors: [{ messageId: 'exposed', line: 1, column: 1, endColumn: 14, suggestions: [] }],
    },
    {
      text: '---\nsubject: Congratulations on your pregnancy!\n---\n\nHere is what to expect.',
      syntax: 'markdown',
      errors: [{ messageId: 'exposed', line: 2, column: 34, endColumn: 43, suggestions: [health] }],
    },
    {
      text: 'Subject: FINAL NOTICE: account sent to collections\n\nCall us.',
      errors: [
        { messageId: 'exposed', line: 1, column: 10, endColumn: 22, suggestions: [money] },
      ],
    },
  ],
});
