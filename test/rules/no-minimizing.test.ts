import { testRule } from '../rule-tester.js';

testRule('no-minimizing', {
  valid: [
    // "small", "little" and "minor" describing something other than the reader's problem.
    'We’re a small team of bakers in Leeds.',
    'Support your local small business this weekend.',
    'Small businesses get 20% off.',
    'Our little shop opens at nine.',
    'A tiny house, a big view.',
    'Read the small print before you sign.',
    'Add a small gift note at checkout.',
    'A slight chance of showers on the day of the fair.',
    'It’s a small world after all.',
    'There’s a small chance your parcel arrives early.',
    'It’s only fair that we refund you in full.',
    'We’re a little late to the party, but dark mode is here.',
    'Minor changes to your plan take effect in June.',
    'We’ve made a minor change to our privacy policy.',
    // Reassurance about action, facts and plain prices.
    'There’s nothing you need to do.',
    'Your card was never charged, so there’s nothing to worry about.',
    'The fee is $2.',
    'It’s just $5 a month.',
    'Only you can see your notes.',
    'It’s only available in the UK for now.',
    // A product claim about our own setup, not the reader's problem.
    'It only takes two minutes to set up.',
    'There are no big changes to your plan.',
    // A factual duration lets the reader judge.
    'We had a few minutes of downtime on Monday.',
    'We had a brief outage on Monday.',
    // Denials: the writer takes the problem seriously.
    'We know this is no small inconvenience.',
    'This was more than a minor hiccup for you, and we’re sorry.',
    'It wasn’t just a delay: it ruined your weekend, and we’re sorry.',
    'We know a late delivery is a big deal.',
    'It’s no big deal for us to resend it.',
    // Release notes and the reader's own slip, softened kindly.
    'Fixed a minor issue with notifications.',
    'Minor bug fixes and improvements.',
    'There’s a small error in your address: the postcode is missing.',
    // "only" limiting the scope of a report.
    'The only minor issue we found was a torn label.',
    'Only minor issues were reported during the upgrade.',
    // Mentioned, not used.
    'We never call an outage a “minor glitch”.',
    'Just a reminder: your plan renews on 3 May.',
    'There’s no harm in asking.',
    'We’re sorry for the delay to your order.',
    { text: 'Set `minorDelay` to true to test the banner.', syntax: 'markdown', name: 'inline code is not copy' },
    { text: 'A minor inconvenience, we know.', options: { allow: ['minor inconvenience'] }, name: 'allowed by the allow option' },
  ],
  invalid: [
    {
      text: 'Sorry for the minor inconvenience.',
      errors: [{ messageId: 'problem', line: 1, column: 15, endColumn: 34, suggestions: ['inconvenience'], fix: null }],
    },
    {
      text: 'We know this is a minor inconvenience.',
      name: 'the article changes with the noun',
      errors: [{ messageId: 'problem', line: 1, column: 17, endColumn: 38, suggestions: ['an inconvenience'] }],
    },
    {
      text: 'We apologise for this slight inconvenience.',
      errors: [{ messageId: 'problem', line: 1, column: 23, endColumn: 43, suggestions: ['inconvenience'] }],
    },
    {
      text: 'We had a small hiccup with your order.',
      errors: [{ messageId: 'problem', line: 1, column: 10, endColumn: 22, suggestions: ['problem'] }],
    },
    {
      text: 'There was a little glitch in our system.',
      errors: [{ messageId: 'problem', line: 1, column: 13, endColumn: 26, suggestions: ['glitch'] }],
    },
    {
      text: 'There may be a tiny delay.',
      errors: [{ messageId: 'problem', line: 1, column: 16, endColumn: 26, suggestions: ['delay'] }],
    },
    {
      text: 'Slight delays may occur over the holidays.',
      errors: [{ messageId: 'problem', line: 1, column: 1, endColumn: 14, suggestions: ['Delays'] }],
    },
    {
      text: 'There was a bit of a delay with your parcel.',
      errors: [{ messageId: 'problem', line: 1, column: 11, endColumn: 27, suggestions: ['a delay'] }],
    },
    {
      text: 'It’s just a glitch.',
      errors: [{ messageId: 'problem', line: 1, column: 6, endColumn: 19, suggestions: ['a glitch'] }],
    },
    {
      text: 'We made a small mistake with your order.',
      errors: [{ messageId: 'problem', line: 1, column: 11, endColumn: 24, suggestions: ['mistake'] }],
    },
    {
      text: 'It was only a few hours of downtime.',
      errors: [{ messageId: 'problem', line: 1, column: 8, endColumn: 36, suggestions: ['a few hours of downtime'] }],
    },
    {
      text: 'There was only a brief outage.',
      errors: [{ messageId: 'problem', line: 1, column: 11, endColumn: 30, suggestions: ['a brief outage'] }],
    },
    {
      text: 'MINOR INCONVENIENCE AHEAD.',
      errors: [{ messageId: 'problem', line: 1, column: 1, endColumn: 20, suggestions: ['INCONVENIENCE'] }],
    },
    {
      text: 'Hi {{first_name}},\n\nThere was a minor\ninconvenience with your booking.',
      name: 'across a line break, after a template tag',
      errors: [{ messageId: 'problem', line: 3, column: 11, endLine: 4, endColumn: 14, suggestions: ['an inconvenience'] }],
    },
    {
      text: '# Outage update\n\nOur app had a **small hiccup** on Monday.',
      syntax: 'markdown',
      errors: [{ messageId: 'problem', line: 3, column: 17, endColumn: 29, suggestions: ['problem'] }],
    },
    {
      text: '---\nsubject: A minor hiccup with your order\n---\n\nWe’re on it.',
      syntax: 'markdown',
      name: 'in the subject line',
      errors: [{ messageId: 'problem', line: 2, column: 12, endColumn: 24, suggestions: ['problem'] }],
    },
    {
      text: 'It’s just a small fee.',
      errors: [{ messageId: 'cost', line: 1, column: 6, endColumn: 22, suggestions: ['a fee'] }],
    },
    {
      text: "It's only a small charge.",
      errors: [{ messageId: 'cost', line: 1, column: 6, endColumn: 25, suggestions: ['a charge'] }],
    },
    {
      text: 'A small price increase starts in June.',
      errors: [{ messageId: 'cost', line: 1, column: 3, endColumn: 23, suggestions: ['price increase'] }],
    },
    {
      text: 'Your plan will see a slight increase to your monthly price.',
      errors: [{ messageId: 'cost', line: 1, column: 20, endColumn: 37, suggestions: ['an increase'] }],
    },
    {
      text: 'It’s only $2 more a month.',
      errors: [{ messageId: 'cost', line: 1, column: 6, endColumn: 18, suggestions: ['$2 more'] }],
    },
    {
      text: 'For a nominal fee, we’ll gift-wrap it.',
      errors: [{ messageId: 'cost', line: 1, column: 7, endColumn: 18, suggestions: ['fee'] }],
    },
    {
      text: "It's nothing to worry about.",
      errors: [{ messageId: 'dismissive', line: 1, column: 6, endColumn: 28, suggestions: [] }],
    },
    {
      text: 'Don’t panic, there’s nothing to worry about.',
      errors: [{ messageId: 'dismissive', line: 1, column: 22, endColumn: 44, suggestions: [] }],
    },
    {
      text: "It's no big deal.",
      errors: [{ messageId: 'dismissive', line: 1, column: 6, endColumn: 17, suggestions: [] }],
    },
    {
      text: 'It’s not a big deal, but your card expired.',
      errors: [{ messageId: 'dismissive', line: 1, column: 6, endColumn: 20, suggestions: [] }],
    },
    {
      text: "It's only temporary.",
      errors: [{ messageId: 'dismissive', line: 1, column: 6, endColumn: 20, suggestions: ['temporary'] }],
    },
    {
      text: 'This is merely a formality.',
      errors: [{ messageId: 'dismissive', line: 1, column: 9, endColumn: 17, suggestions: ['a'] }],
    },
    {
      text: "It's simply a matter of updating your card.",
      errors: [{ messageId: 'effort', line: 1, column: 6, endColumn: 24, suggestions: [] }],
    },
    {
      text: 'There’s been a small mix-up with your order.',
      errors: [{ messageId: 'problem', line: 1, column: 16, endColumn: 28, suggestions: ['mix-up'] }],
    },
    {
      text: 'There’s only a small admin fee to pay.',
      errors: [{ messageId: 'cost', line: 1, column: 9, endColumn: 31, suggestions: ['an admin fee'] }],
    },
    {
      text: 'No biggie, we’ll send a new one.',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endColumn: 10, suggestions: [] }],
    },
  ],
});
