import { describe, expect, it } from 'vitest';
import { coldFormulas } from '../../rules/no-cold-tone/phrases.js';
import { testRule } from '../rule-tester.js';

testRule('no-cold-tone', {
  valid: [
    // Real-copy shapes that stay silent.
    {"text": "Your data is protected in accordance with our privacy policy."},
    // Real-copy shapes that stay silent.
    {"text": "You can cancel at any time, in accordance with our terms."},
    {"text": "You won't lose your data: it is kept securely in accordance with our privacy policy."},
    // Real-copy shapes that stay silent.
    {"text": "Refunds are issued in accordance with our terms and conditions."},
    {"text": "If you have already paid, we will process a refund according to our cancellation policy."},
    // Real-copy shapes that stay silent.
    {"name": "the text of a waiver", "text": "Liability waiver\n\nMember hereby agrees to waive all claims and to hold the club harmless."},
    // Real-copy shapes that stay silent.
    {"text": "Unfortunately, we are unable to approve your application at this time."},
    {"text": "After careful consideration, we're unable to offer you admission to the program at this time."},
    {"text": "Sorry, we are unable to process your payment at this time. Please retry later."},
    // Real-copy shapes that stay silent.
    { name: 'a masked address in HTML is a way to write', text: '<p>If this keeps happening, email <a href="mailto:help@example.org">help@example.org</a>; replies to this message aren’t monitored.</p>', syntax: 'html' },
    // Real-copy shapes that stay silent.
    '<p>Thank you for your order! Your order has been received and is being processed.</p>',
    // Real-copy shapes that stay silent.
    { text: "Hi Sam,\n\nYour order has shipped.\n\nThis message is intended only for the use of the individual to which it is addressed. If you are not the intended recipient, you are hereby notified that any copying of this message is strictly prohibited.", syntax: "markdown" },
    { text: "Hi Sam,\n\nYour order has shipped.\n\nPlease be advised that the information contained within this email was directed exclusively to Sam.", syntax: "markdown" },
    // Real-copy shapes that stay silent.
    'Hi Sam,\n\nI would like to inform you that your application of leave has been approved.\n\nRegards,\nHR',
    // Real-copy shapes that stay silent.
    "Please choose how you'd like to be notified.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nThank you for being a valued customer! Your order has shipped and arrives on Friday.\n\nThe Organick team",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nThis is an automatic message to let you know that your crypto payment for invoice 1042 has been unsuccessful. You can retry from the link below.",
    "Hi Sam,\n\nWe regret to inform you that your subscription has expired and your account has been suspended. To regain access, please renew your subscription.",
    // Real-copy shapes that stay silent.
    "Hey Sam!\n\nWe are writing to inform you that your request to join the Riverside Food Bank has been approved!\n\nYou can now sign in to the volunteer hub and pick your first shift.",
    "Hello,\n\nWe regret to inform you that your account on the Formwell platform has been suspended.\n\nTo resolve this, please contact our support team.\n\nBest regards,\nThe Formwell team",
    // In a message the formula passes even with no step after it: blind editors judged it fine in 35 of 38 letters
    // (the missing step is next-step's to report).
    "Hello,\n\nWe regret to inform you that your account has been suspended.\n\nBest regards,\nThe Formwell team",
    // Real-copy shapes that stay silent.
    "The items you are requested to return are listed below.",
    "This is a reminder that your appointment is tomorrow at 10.",
    // A no-reply footer that says why the address takes no replies is ordinary.
    'This is an automatically generated e-mail, please do not reply.',
    'This e-mail comes from a notification-only address. Please don’t reply.',
    // Greetings with a person in them.
    'Dear Maya, your order shipped today.',
    'Dear {{first_name}}, your order shipped today.',
    'Dear all, the team offsite is on Friday.',
    'Oh dear, customers are going to love this.',
    'Dear customer service team, my parcel is late.',
    { text: '# Dear Maya\n\nYour order shipped today. See our [returns policy](https://example.com/returns).', syntax: 'markdown' },
    // "Please note" is allowed unless the option asks for it.
    'Please note: the office is closed on Monday.',
    'Please note that your plan renews on 1 May.',
    { text: 'Please note the new address below.', options: { pleaseNote: true }, name: 'please note with an object is not an opener' },
    // Policy, advice, information in their ordinary senses.
    'Our policy is simple: free returns for 60 days.',
    'Under our returns policy, you can send back unworn items within 30 days.',
    'We’re advising all customers to update the app.',
    'Please advise your team to update the app.',
    'Customers will be advised when the store reopens.',
    'You’ll be informed by email when your parcel ships.',
    'Be informed about new releases: join our newsletter.',
    'We’ll arrange the delivery according to your wishes.',
    'Our records show that your plan ended in May.',
    'As per usual, the team delivered on time.',
    'It costs $5 per month.',
    // Kind, plain versions of the formulas.
    'Thank you for your order.',
    'Maya is a valued member of the team.',
    'We’re sorry, but your flight is cancelled.',
    'We regret nothing about launching dark mode.',
    'We noticed that your card expired. You can update it in Settings.',
    'We can’t ship to PO boxes yet, but parcel lockers work.',
    'We cannot ship to the islands at this time of year.',
    'Your feedback is important to us: tell us what to fix.',
    'Your call matters, so we’ve added more people to the phone team.',
    'Your payment has been received. Thank you!',
    'Herein lies the problem with long forms.',
    'If you didn’t request this, you can ignore this email.',
    'Early-bird pricing ends on 30 April.',
    // A "do not reply" notice that says where to write instead, or that is security advice.
    'Please do not reply to this email. If you need help, write to help@example.com.',
    'This is an automated message.\n\nQuestions? Visit our help centre.',
    'Please don’t reply with your password. We will never ask for it.',
    'Don’t reply to emails that ask for your card number.',
    // Mentions, not uses.
    'Avoid openers like “Please be advised that” in your emails.',
    // A form greeting over ordinary news, in a message: a house style, not a cold shoulder.
    'Dear Customer,\nYour parcel is on its way.',
    'DEAR VALUED CUSTOMER, YOUR ORDER SHIPPED.',
    'Hello valued customers! Our doors open at 9.',
    'Dear Sir/Madam, thank you for your letter.',
    'Dear Valued Customer,\n\nWe are excited to let you know that your order has been dispatched. You can track it from your account.',
    { text: 'Hi {{first_name}},\n\nWe can’t deliver to PO boxes yet. `per our policy` is what the old template said.', syntax: 'markdown' },
  ],
  invalid: [
    {"text": "To protect our business, refunds are not given per our policy.", "errors": [{"messageId": "policy", "line": 1, "column": 48, "endColumn": 62, "suggestions": ["under our policy"]}]},
    {"text": "Your account will be deleted in accordance with our policies.", "errors": [{"messageId": "policy", "line": 1, "column": 30, "endColumn": 61, "suggestions": ["under our policies"]}]},
    {"text": "Dear Sam,\n\nWe hereby inform you that your account is closed.", "errors": [{"messageId": "legalese", "line": 3, "column": 4, "endColumn": 11, "suggestions": [""]}]},
    {"text": "We are unable to accept your payment at this time.", "errors": [{"messageId": "unable", "line": 1, "column": 1, "endColumn": 50, "suggestions": ["We can't accept your payment right now"]}]},
    {"text": "We are unable to offer refunds at this time.", "errors": [{"messageId": "unable", "line": 1, "column": 1, "endColumn": 44, "suggestions": ["We can't offer refunds right now"]}]},
    {"text": "We are unable to authenticate you at this time.", "errors": [{"messageId": "unable", "line": 1, "column": 1, "endColumn": 47, "suggestions": ["We can't authenticate you right now"]}]},
    {"text": "We apologize for the inconvenience, but we are unable to process your refund at this time.", "errors": [{"messageId": "unable", "line": 1, "column": 41, "endColumn": 90, "suggestions": ["we can't process your refund right now"]}]},
    { text: '<html><body><img src="{{ logo_url }}"><p>Do not reply to this email.</p></body></html>', syntax: 'html', errors: [{ messageId: 'noReply', line: 1, column: 42, endColumn: 68 }] },
    { text: '<p>Your card was declined. Replies to this message are not monitored.</p>', syntax: 'html', errors: [{ messageId: 'noReply', line: 1, column: 28, endColumn: 69 }] },
    { name: "a line about a message sent in error does not make a letter a footer", text: "Hi Sam,\n\nPlease be advised that your account is overdue. If you received this message in error, please contact us.", syntax: "markdown", errors: [{ messageId: "preamble", line: 3, column: 1, endColumn: 28, suggestions: ["Your"] }] },
    { text: 'Hi Sam,\n\nWe would like to inform you that your application of leave has been declined.\n\nRegards,\nHR', errors: [{ messageId: 'preamble', line: 3, column: 1, endColumn: 38, suggestions: ['Your'] }] },
    { text: "Please be notified on your order payment failure.", errors: [{ messageId: 'preamble', line: 1, column: 1, endColumn: 19, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Hi Sam,\n\nAs a valued customer, we must inform you that your payment failed and your order was cancelled.\n\nThe Organick team", errors: [{ messageId: "valued", line: 3, column: 6, endColumn: 21, suggestions: ["customer"] }] },
    // Real-copy shapes.
    { text: "Hi Sam,\n\nThis is to notify you that your application was unsuccessful. Please reapply next term.", errors: [{ messageId: "preamble", line: 3, column: 1, endColumn: 32, suggestions: ["Your"] }] },
    // Real-copy shapes.
    { text: "Dear Sam,\n\nWe are writing to inform you that the volunteer hours you reported were not approved.\n\nIf you have any questions, please contact the organiser.", errors: [{ messageId: "preamble", line: 3, column: 1, endColumn: 38, suggestions: ["The"] }] },
    // Real-copy shapes.
    { text: "You are requested to follow this link to see the ticket.", errors: [{ messageId: 'officialese', line: 1, column: 1, endColumn: 21, suggestions: ["Please"] }] },
    { text: "This is a courtesy e-mail to let you know that we have received your query.", errors: [{ messageId: 'preamble', line: 1, column: 1, endColumn: 50, suggestions: ["We"] }] },
    { text: "Attention Email Sender: your message could not be delivered.", errors: [{ messageId: 'greeting', line: 1, column: 1, endColumn: 23, suggestions: [] }] },
    { text: "This is a notice that your card payment failed.", errors: [{ messageId: 'preamble', line: 1, column: 1, endColumn: 27, suggestions: ["Your"] }] },
    {
      text: 'Dear valued customer,\nPlease be advised that your account has been suspended.',
      errors: [
        { messageId: 'greeting', line: 1, column: 1, endColumn: 21, suggestions: ['Hi there', 'Hello'] },
        { messageId: 'preamble', line: 2, column: 1, endColumn: 28, suggestions: ['Your'], fix: 'Your' },
      ],
    },
    {
      text: 'Dear Customer,\nYour payment failed and your order has been cancelled.',
      errors: [{ messageId: 'greeting', line: 1, column: 1, endColumn: 14, suggestions: ['Hi there', 'Hello'] }],
    },
    {
      text: 'DEAR VALUED CUSTOMER, YOUR PAYMENT HAS FAILED.',
      errors: [{ messageId: 'greeting', line: 1, column: 1, endColumn: 21, suggestions: ['HI THERE', 'HELLO'] }],
    },
    {
      text: 'To whom it may concern,\nI am writing about my order.',
      errors: [{ messageId: 'greeting', line: 1, column: 1, endColumn: 23, suggestions: ['Hello'] }],
    },
    {
      text: 'Hello valued customers! We are sorry, but our store is closed today due to an outage.',
      errors: [{ messageId: 'greeting', line: 1, column: 1, endColumn: 23, suggestions: ['Hi everyone', 'Hello'] }],
    },
    {
      text: 'As a valued customer, you get early access to the sale.',
      errors: [{ messageId: 'valued', line: 1, column: 6, endColumn: 21, suggestions: ['customer'] }],
    },
    {
      name: 'after a greeting the opener is removed, not capitalised',
      text: 'Hi Maya, please be advised that your plan renews soon.',
      errors: [{ messageId: 'preamble', line: 1, column: 10, endColumn: 33, suggestions: [''], fix: '' }],
    },
    {
      name: 'curly apostrophe',
      text: 'We’re writing to inform you that your plan renews on 1 May.',
      errors: [{ messageId: 'preamble', line: 1, column: 1, endColumn: 38, suggestions: ['Your'], fix: 'Your' }],
    },
    {
      text: 'Kindly be informed that the office is closed on Monday.',
      errors: [{ messageId: 'preamble', line: 1, column: 1, endColumn: 28, suggestions: ['The'], fix: 'The' }],
    },
    {
      name: 'a parenthetical opener cannot simply be removed',
      text: 'Your plan, please be advised, renews in May.',
      errors: [{ messageId: 'preamble', line: 1, column: 12, endColumn: 29, suggestions: [], fix: null }],
    },
    {
      name: 'no rewrite over a template tag',
      text: 'Please be advised that {{company}} will contact you.',
      errors: [{ messageId: 'preamble', line: 1, column: 1, endColumn: 23, suggestions: [], fix: null }],
    },
    {
      text: 'Please note that the office is closed on Monday.',
      options: { pleaseNote: true },
      errors: [{ messageId: 'preamble', line: 1, column: 1, endColumn: 21, suggestions: ['The'], fix: 'The' }],
    },
    {
      text: 'Please note: prices rise in May.',
      options: { pleaseNote: true },
      errors: [{ messageId: 'preamble', line: 1, column: 1, endColumn: 20, suggestions: ['Prices'], fix: 'Prices' }],
    },
    {
      text: 'We regret to inform you that your flight is cancelled.',
      errors: [{ messageId: 'regret', line: 1, column: 1, endColumn: 29, suggestions: ["We're sorry, but"] }],
    },
    {
      name: 'first person',
      text: 'I regret to inform you that your application was unsuccessful.',
      errors: [{ messageId: 'regret', line: 1, column: 1, endColumn: 28, suggestions: ["I'm sorry, but"] }],
    },
    {
      name: 'mid-sentence regret has no rewrite that keeps the grammar',
      text: 'Thanks for applying. Unfortunately, we regret to inform you that the role is filled.',
      errors: [{ messageId: 'regret', line: 1, column: 37, endColumn: 65, suggestions: [] }],
    },
    {
      text: 'It’s come to our attention that your card expired.',
      errors: [{ messageId: 'attention', line: 1, column: 1, endColumn: 32, suggestions: ['We noticed that', 'We’ve noticed that'] }],
    },
    {
      text: 'Thanks for your message.\nIt has been brought to our attention that your card was used abroad.',
      errors: [{ messageId: 'attention', line: 2, column: 1, endColumn: 42, suggestions: ["We've learned that", 'We heard that'] }],
    },
    {
      text: 'We are unable to process your refund at this time.',
      errors: [{ messageId: 'unable', line: 1, column: 1, endColumn: 50, suggestions: ["We can't process your refund right now"] }],
    },
    {
      text: "At this time, we're not able to take new orders.",
      errors: [{ messageId: 'unable', line: 1, column: 1, endColumn: 32, suggestions: ["Right now, we can't"] }],
    },
    {
      text: 'Your call is important to us. Please stay on the line.',
      errors: [{ messageId: 'scripted', line: 1, column: 1, endColumn: 29, suggestions: ['Thanks for holding'] }],
    },
    {
      text: 'Your request has been received and will be processed in due course.',
      errors: [{ messageId: 'autoReply', line: 1, column: 1, endColumn: 67, suggestions: ["We've got your request and we're working on it"] }],
    },
    {
      text: "Per our policy, opened items can't be returned.",
      errors: [{ messageId: 'policy', line: 1, column: 1, endColumn: 15, suggestions: ['Under our policy'] }],
    },
    {
      text: 'Deposits are not refunded in accordance with our terms and conditions.',
      errors: [{ messageId: 'policy', line: 1, column: 27, endColumn: 70, suggestions: ['under our terms and conditions'] }],
    },
    {
      text: 'As per our records, your payment is overdue.',
      errors: [{ messageId: 'officialese', line: 1, column: 1, endColumn: 20, suggestions: ['Our records show that'] }],
    },
    {
      text: 'As per your request, we closed your account.',
      errors: [{ messageId: 'officialese', line: 1, column: 1, endColumn: 20, suggestions: ['As you asked'] }],
    },
    {
      text: 'We acknowledge receipt of your complaint.',
      errors: [{ messageId: 'officialese', line: 1, column: 1, endColumn: 26, suggestions: ['We have received'] }],
    },
    {
      text: 'Pursuant to our terms, we hereby close your account.',
      errors: [
        { messageId: 'legalese', line: 1, column: 1, endColumn: 12, suggestions: ['Under'] },
        { messageId: 'legalese', line: 1, column: 27, endColumn: 34, suggestions: [''], fix: null },
      ],
    },
    {
      text: 'The information contained herein is confidential.',
      errors: [{ messageId: 'legalese', line: 1, column: 17, endColumn: 33, suggestions: ['in this message'] }],
    },
    {
      text: 'The undersigned confirms the booking.',
      errors: [{ messageId: 'legalese', line: 1, column: 1, endColumn: 16, suggestions: [] }],
    },
    {
      name: 'a no-reply note that does not say why',
      text: 'Your receipt is attached. Please do not reply.',
      errors: [{ messageId: 'noReply', line: 1, column: 27, endColumn: 46, suggestions: [] }],
    },
    {
      name: 'the reason must be about this message, in the same paragraph',
      text: 'We automated the export for you.\n\nPlease do not reply to this email.',
      errors: [{ messageId: 'noReply', line: 3, column: 1, endColumn: 34, suggestions: [] }],
    },
    {
      text: 'Dear Sir/Madam, your application has been rejected.',
      errors: [{ messageId: 'greeting', line: 1, column: 1, endColumn: 15, suggestions: ['Hi there', 'Hello'] }],
    },
    {
      text: 'Late returns are charged a fee in accordance with our policies.',
      errors: [{ messageId: 'policy', line: 1, column: 32, endColumn: 63, suggestions: ['under our policies'] }],
    },
    {
      name: 'contraction, adverb and curly apostrophe in the rewrite',
      text: 'We’re currently unable to ship your order at this time.',
      errors: [{ messageId: 'unable', line: 1, column: 1, endColumn: 55, suggestions: ['We can’t ship your order right now'] }],
    },
    {
      text: 'This mailbox is not monitored.',
      errors: [{ messageId: 'noReply', line: 1, column: 1, endColumn: 30, suggestions: [] }],
    },
    {
      text: 'Please don’t reply to this email.',
      errors: [{ messageId: 'noReply', line: 1, column: 1, endColumn: 33, suggestions: [] }],
    },
    {
      text: '# Dear valued customer\n\nPer company policy, no refunds are given after 10 days.',
      syntax: 'markdown',
      errors: [
        { messageId: 'greeting', line: 1, column: 3, endColumn: 23, suggestions: ['Hi there', 'Hello'] },
        { messageId: 'policy', line: 3, column: 1, endColumn: 19, suggestions: ['Under our policy'] },
      ],
    },
    {
      name: 'markup inside the range: reported, nothing to apply',
      text: 'Hi Maya,\n\n**Please be advised that** your card expires soon.',
      syntax: 'markdown',
      errors: [{ messageId: 'preamble', line: 3, column: 3, endColumn: 25, suggestions: [], fix: null }],
    },
    {
      text: 'Hi Maya,\n\nPlease be advised that your card expires soon. Questions? [Contact us](https://example.com).',
      syntax: 'markdown',
      errors: [{ messageId: 'preamble', line: 3, column: 1, endColumn: 28, suggestions: ['Your'], fix: 'Your' }],
    },
  ],
});

describe('no-cold-tone phrase data', () => {
  it('has unique, kebab-case ids', () => {
    const ids = coldFormulas.map((formula) => formula.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('gives every legalese entry an example and every pattern the global flag', () => {
    for (const formula of coldFormulas) {
      expect(formula.pattern.flags).toContain('g');
      if (formula.kind === 'legalese') expect(formula.example, formula.id).toMatch(/^“.+”$/);
    }
  });
});
