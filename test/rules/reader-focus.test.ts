import { testRule } from '../rule-tester.js';

const companyCentred =
  'We are proud to announce our new app. Our team worked for a year on it, and we think our design is the best we have made. ' +
  'We added our own payment system, we rebuilt our search, and we moved our servers to make us faster. ' +
  'Our founders say we are just getting started. We hope you like it. We will share more of our plans soon, ' +
  'and we will keep our blog updated with what we learn as we grow our company and our community.';

const balanced =
  'You can now pay in one tap. Your cards are saved securely, and you choose which one to use. ' +
  'We rebuilt search so you find what you need faster. Your orders, your returns and your receipts are in one place. ' +
  'If you have ideas, reply to this email: we read every one, and your feedback shapes what we build next. ' +
  'You can turn the new layout off in Settings whenever you like, and your old shortcuts still work.';

testRule('reader-focus', {
  valid: [
    balanced,
    // Short copy is not judged.
    'We miss you. We saved your cart. We are here when you are ready.',
    'We are sorry. We made a mistake and we have fixed it.',
    { name: 'a higher ratio option lets company-centred copy pass', text: companyCentred, options: { ratio: 30 } },
    { name: 'a word minimum above the length lets it pass', text: companyCentred, options: { minWords: 500 } },
  ],
  invalid: [
    {
      text: companyCentred,
      errors: [{ messageId: 'companyCentred', line: 1, column: 290, endColumn: 422, suggestions: [] }],
    },
    {
      name: 'a lower threshold catches milder copy',
      text: 'We built this for you. ' + companyCentred,
      options: { ratio: 2 },
      errors: [{ messageId: 'companyCentred', line: 1, column: 313, endColumn: 445, suggestions: [] }],
    },
  ],
});
