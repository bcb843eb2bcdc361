import { testRule } from '../rule-tester.js';

testRule('no-hollow-apology', {
  valid: [
    // Real-copy shapes that stay silent.
    "We are sorry for the inconvenience! Please choose what to do:",
    { text: "{\"busy\": \"Sorry for the inconvenience, the driver is not available. please try again later\"}", syntax: "catalog" },
    // Real-copy shapes that stay silent.
    "We apologize for any inconvenience. Please try again in a few minutes.",
    "Sorry for the inconvenience; we have refunded your booking.",
    { text: "Hi Sam,\n\nYour bookings below have been refunded.\n\nWe are sorry for the inconvenience and hope to see you again.", syntax: "markdown" },
    { text: "Hi,\n\nThe verification e-mail we sent you bounced, sorry for the inconvenience. We'll send this email again in case it was a temporary problem.", syntax: "markdown" },
    // Specific apologies name the problem.
    'We’re sorry your order is late. It ships today, and we refunded the delivery fee.',
    'We apologize for the delay: the warehouse flooded on Monday.',
    'We apologize for the delay in shipping your order.',
    "Sorry for the wait: here's your refund.",
    'Sorry we charged you twice. The extra charge is refunded.',
    'Sorry for the trouble with your login: we’ve reset it.',
    'Sorry for the confusion over your invoice: the correct total is $40.',
    'We apologise for the outage on Monday. Here is what happened.',
    'I’m sorry we missed your call.',
    'We’re sorry your delivery is delayed by two days. It arrives Friday.',
    'Our apologies: the link in our last email was broken. Here is the right one.',
    'We made mistakes, and we’re sorry.',
    'We apologize that you were charged twice.',
    'Sorry if you’ve already received this email.',
    // "Any" with a concrete noun hedges less: a shipping notice may not know who is affected.
    'We apologize for any delay in your refund.',
    // No apology in the sentence.
    'Any inconvenience? Tell us and we will fix it.',
    'To make up for any inconvenience, here’s a $10 credit.',
    'No inconvenience at all, happy to help!',
    'Thanks for your patience while we fixed the login problem.',
    'If you were charged twice, reply to this email and we will refund you.',
    'If you feel we got this wrong, reply to this email.',
    'Your feedback makes us better. If you feel strongly about it, reply.',
    // An "if" about facts the sender cannot know, not about the reader's feelings.
    "We're sorry if you were charged twice; here's how to get a refund.",
    'Sorry if this email reached you by mistake.',
    'Apologies to anyone who was charged twice: refunds went out today.',
    'We’re sorry you were affected by Monday’s outage.',
    // Acknowledging a feeling is not apologising for it.
    'We’re sorry to hear you’re frustrated, and we’ve refunded your order.',
    // Other senses of the words.
    'We regret to tell you that the event is cancelled.',
    'Sorry, we’re closed on Sundays.',
    'Pardon our dust: the new site is almost ready.',
    // Mentioned, not used.
    'We won’t say “sorry for any inconvenience” to you.',
    { text: 'Our template says `Sorry for any inconvenience`.', syntax: 'markdown', name: 'inline code is not copy' },
    { text: 'We apologize for any inconvenience.', options: { allow: ['for any inconvenience'] }, name: 'allowed by the allow option' },
  ],
  invalid: [
    { name: "a sentence that opens with a noun such as \"Order\" is no step", text: "Hi Sam,\n\nOrder 4471 is late. We apologize for any inconvenience.", syntax: "markdown", errors: [{ messageId: "formulaic", line: 3, column: 34, endColumn: 55, suggestions: ["for the trouble this caused"] }] },
    { name: "a refusal is no fix", text: "Hi Sam,\n\nWe cannot refund your order. We apologize for any inconvenience.", syntax: "markdown", errors: [{ messageId: "formulaic", line: 3, column: 43, endColumn: 64, suggestions: ["for the trouble this caused"] }] },
    { name: "a request for patience is no step", text: "Hi Sam,\n\nWe apologize for any inconvenience. Please be patient.", syntax: "markdown", errors: [{ messageId: "formulaic", line: 3, column: 14, endColumn: 35, suggestions: ["for the trouble this caused"] }] },
    { name: "a bare can is no step", text: "Hi Sam,\n\nWe apologize for any inconvenience. Nothing can be done about it.", syntax: "markdown", errors: [{ messageId: "formulaic", line: 3, column: 14, endColumn: 35, suggestions: ["for the trouble this caused"] }] },
    { name: "a request not to reply, across a line break, is no step", text: "Hi Sam,\n\nWe apologize for any inconvenience. Please do not\nreply to this email.", syntax: "text", errors: [{ messageId: "formulaic", line: 3, column: 14, endColumn: 35, suggestions: ["for the trouble this caused"] }] },
    { name: "a polite formula after the apology is no step", text: "We apologize for the inconvenience, please accept our thanks.", errors: [{ messageId: "formulaic", line: 1, column: 14, endColumn: 35, suggestions: ["for the trouble this caused"] }] },
    { name: "a stock apology with no fix anywhere in the message", text: "Hi Sam,\n\nYour flight is delayed.\n\nWe apologize for any inconvenience.", syntax: "markdown", errors: [{ messageId: "formulaic", line: 5, column: 14, endColumn: 35, suggestions: ["for the trouble this caused"] }] },
    { name: "a fix in another entry of a catalogue does not count", text: "{\"delay\": \"Your order is late. We apologize for any inconvenience.\", \"help\": \"Please contact us.\"}", syntax: "catalog", errors: [{ messageId: "formulaic", line: 1, column: 45, endColumn: 66, suggestions: ["for the trouble this caused"] }] },
    {
      text: 'We apologize for any inconvenience this may have caused.',
      errors: [{ messageId: 'formulaic', line: 1, column: 14, endColumn: 56, suggestions: ['for the trouble this caused'] }],
    },
    {
      text: 'Sorry for any inconvenience.',
      errors: [{ messageId: 'formulaic', line: 1, column: 7, endColumn: 28, suggestions: ['for the trouble this caused'] }],
    },
    {
      text: 'We apologise for the inconvenience this may have caused.',
      name: 'British spelling, with “the”',
      errors: [{ messageId: 'formulaic', line: 1, column: 14, endColumn: 56, suggestions: ['for the trouble this caused'] }],
    },
    {
      text: 'Please accept our apologies for any inconvenience.',
      errors: [{ messageId: 'formulaic', line: 1, column: 29, endColumn: 50, suggestions: ['for the trouble this caused'] }],
    },
    {
      text: 'We apologize for any confusion.',
      errors: [{ messageId: 'formulaic', line: 1, column: 14, endColumn: 31, suggestions: ['for the confusion this caused'] }],
    },
    {
      text: 'We’re sorry about any trouble this may have caused you.',
      errors: [{ messageId: 'formulaic', line: 1, column: 13, endColumn: 55, suggestions: ['about the trouble this caused'] }],
    },
    {
      text: 'We regret any inconvenience.',
      errors: [{ messageId: 'formulaic', line: 1, column: 4, endColumn: 28, suggestions: ['are sorry for the trouble this caused'] }],
    },
    {
      text: 'I regret any confusion.',
      errors: [{ messageId: 'formulaic', line: 1, column: 3, endColumn: 23, suggestions: ['am sorry for the confusion this caused'] }],
    },
    {
      text: 'The company regrets any inconvenience caused.',
      errors: [{ messageId: 'formulaic', line: 1, column: 13, endColumn: 45, suggestions: ['is sorry for the trouble this caused'] }],
    },
    {
      text: 'We apologise for any disruption this may cause during the upgrade.',
      name: 'a notice ahead of planned work keeps its tense',
      errors: [{ messageId: 'formulaic', line: 1, column: 14, endColumn: 47, suggestions: ['for the disruption this may cause'] }],
    },
    {
      text: 'WE APOLOGIZE FOR ANY INCONVENIENCE.',
      errors: [{ messageId: 'formulaic', line: 1, column: 14, endColumn: 35, suggestions: ['FOR THE TROUBLE THIS CAUSED'] }],
    },
    {
      text: 'Hi {{first_name}},\n\nYour order is late. We apologise for any\ninconvenience caused.',
      name: 'across a line break, after a template tag',
      errors: [{ messageId: 'formulaic', line: 3, column: 34, endLine: 4, endColumn: 21, suggestions: ['for the trouble this caused'] }],
    },
    {
      text: '# Service update\n\nWe apologize for **any inconvenience**.',
      syntax: 'markdown',
      name: 'no rewrite across Markdown emphasis',
      errors: [{ messageId: 'formulaic', line: 3, column: 14, endColumn: 37, suggestions: [] }],
    },
    {
      text: '---\nsubject: Sorry for any inconvenience\n---\n\nYour order ships today.',
      syntax: 'markdown',
      name: 'in the subject line',
      errors: [{ messageId: 'formulaic', line: 2, column: 16, endColumn: 37, suggestions: ['for the trouble this caused'] }],
    },
    {
      text: 'Sorry if you felt misled by our last email.',
      errors: [{ messageId: 'conditional', line: 1, column: 1, endColumn: 18, suggestions: [] }],
    },
    {
      text: 'We’re sorry if you feel that our email was unclear.',
      errors: [{ messageId: 'conditional', line: 1, column: 7, endColumn: 24, suggestions: [] }],
    },
    {
      text: 'Sorry you feel that way.',
      errors: [{ messageId: 'conditional', line: 1, column: 1, endColumn: 24, suggestions: [] }],
    },
    {
      text: 'We apologize if anyone was offended.',
      errors: [{ messageId: 'conditional', line: 1, column: 4, endColumn: 36, suggestions: [] }],
    },
    {
      text: 'I’m sorry you’re disappointed with your order.',
      errors: [{ messageId: 'conditional', line: 1, column: 5, endColumn: 30, suggestions: [] }],
    },
    {
      text: 'Apologies if this caused any confusion.',
      errors: [{ messageId: 'conditional', line: 1, column: 1, endColumn: 25, suggestions: [] }],
    },
    {
      text: 'We apologise to anyone who was offended by our ad.',
      errors: [{ messageId: 'conditional', line: 1, column: 4, endColumn: 40, suggestions: [] }],
    },
    {
      text: 'Sorry for any offence caused.',
      errors: [{ messageId: 'conditional', line: 1, column: 1, endColumn: 29, suggestions: [] }],
    },
    {
      text: 'Mistakes were made.',
      errors: [{ messageId: 'conditional', line: 1, column: 1, endColumn: 19, suggestions: [] }],
    },
    {
      text: 'Sorry for any inconvenience. Sorry if you felt ignored.',
      name: 'one of each in a paragraph',
      errors: [
        { messageId: 'formulaic', line: 1, column: 7, endColumn: 28, suggestions: ['for the trouble this caused'] },
        { messageId: 'conditional', line: 1, column: 30, endColumn: 47, suggestions: [] },
      ],
    },
    {
      text: 'Apologies for any inconvenience this causes.',
      errors: [{ messageId: 'formulaic', line: 1, column: 11, endColumn: 44, suggestions: ['for the trouble this may cause'] }],
    },
    {
      text: 'We apologise if our email came across as rude.',
      errors: [{ messageId: 'conditional', line: 1, column: 4, endColumn: 38, suggestions: [] }],
    },
    {
      text: "I'm sorry that you feel upset about the change.",
      errors: [{ messageId: 'conditional', line: 1, column: 5, endColumn: 30, suggestions: [] }],
    },
  ],
});
