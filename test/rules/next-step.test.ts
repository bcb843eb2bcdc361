import { testRule } from '../rule-tester.js';

testRule('next-step', {
  valid: [
    // Real-copy shapes that stay silent.
    {"name": "an instruction to settle", "text": "Hi Sam,\n\nYour subscription for Shop has unpaid invoices. Please settle outstanding payments: https://example.com/billing"},
    {"name": "an instruction to put it right, or the admin to contact", "text": "Dear Sam,\n\nYour registration has been declined. Kindly rectify the details or contact admin for further assistance."},
    // Real-copy shapes that stay silent.
    {"name": "the reader's own request for a cancellation, under review", "text": "Event Cancelled\n\nDear Sam,\n\nYour request for cancellation is being reviewed. Please give us a couple of hours."},
    // Real-copy shapes that stay silent.
    {"name": "a kick: joining again is the next step", "text": "Hi Sam,\n\nYou've been kicked from the server.\n\nKicked by: Mod Jo\nReason: spamming the chat."},
    // Real-copy shapes that stay silent.
    {"text": "Order Cancelled\n\nHello, your order #12 has been cancelled successfully.\n\nRegards, Shoes"},
    // Real-copy shapes that stay silent.
    "Dear Sam,\n\nYour mail account has been suspended.\n\nPlease notify the board if you think this is a mistake.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYour account has been deactivated. If you have any questions please do not hesitate to reach out.\n\nThanks,\nThe team",
    "Hi Sam,\n\nYour registration was rejected. If you have any questions please contact support@example.com.\n\nThanks,\nThe team",
    "Hi Sam,\n\nYour registration was rejected. If you have any questions please contact {{ provider.support_email }}.\n\nThanks,\nThe team",
    "Hi Sam,\n\nYour payout request has been rejected. Another request for payment can be made when the above concerns have been addressed.\n\nThanks,\nThe team",
    "Hi Sam,\n\nYour expense claim has been rejected. Someone will be in touch shortly.\n\nThanks,\nThe team",
    "Hi Sam,\n\nYour latest subscription payment has failed. We will attempt to take payment from your backup source, you will be notified if this fails.\n\nThanks,\nThe team",
    "Hi Sam,\n\nYou were banned from the server for spam. You have two options for submitting an appeal: online or in the app.\n\nThanks,\nThe team",
    // A selection decision owes no next step: two blind editors called such letters fine.
    "Hi Sam,\nThe events team has decided to deny your request to join.",
    "Hi Sam,\n\nThank you for applying to the art show. We regret to inform you that your application has been declined.",
    "# Leave Request Rejected\n\nHi Sam,\n\nYour leave request for 3 to 5 May has been rejected by Jo.",
    // Real-copy shapes that stay silent.
    "Dear Sam,\n\nYour call on Monday has been cancelled because your mentor is ill.\n\nPlease login into your account and choose another time.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYour subscription for Pro has been cancelled and will no longer renew.",
    "Hi Sam,\n\nYour membership was cancelled. You won't be charged again.",
    // Real-copy shapes that stay silent.
    "Your payment has been declined.\n\nNo money has been taken from your account. In the meantime, check that the card details are exactly the same as your bank holds.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nIt has been 6 months since you last logged in. We have since removed your account and it can no longer be accessed.\n\nIf you would like to start using Campus again, please register and sign up for a new account.",
    // Real-copy shapes that stay silent.
    "Subscription Cancelled\n\nYour subscription has been cancelled. You're now on the free plan.\n\nTo resubscribe, visit: /billing/",
    'Hello,\n\nWe were unable to fetch the commit log for your release 2.4.1.\n\nThe Sentry team',
    // Not problem notices.
    'We just launched dark mode.',
    'Thanks for your order. Your receipt is attached.',
    'If your payment fails, we will let you know.',
    'Scheduled maintenance with no downtime this weekend.',
    // UI strings: an error line or a status label owes no next step.
    'Your account has been suspended.',
    'Your invoice is overdue.',
    'Card declined.',
    { name: 'each catalogue entry is its own UI string', text: 'billing:\n  overdue: Your invoice is overdue.\n  failed: The renewal payment failed.\n', syntax: 'catalog' },
    // Problem notices with an action, a contact or a timeline.
    'Hi Sam,\n\nYour payment was declined. Update your card.',
    'Hi Sam,\n\nYour payment was declined. Please update your card in Settings.',
    'Hi Sam,\n\nOur site was down this morning. We’ll post an update by 3 pm.',
    'Hi Sam,\n\nYour order is delayed.\nQuestions? Our support team is here to help.',
    'Hi Sam,\n\nPrices are going up on 1 June. You can switch plans anytime.',
    'Hi Sam,\n\nYour card has expired. Nothing you need to do: we’ll use your new card automatically.',
    'Hi Sam,\n\nYour flight has been cancelled. Reply to this email to rebook.',
    'Hi Sam,\n\nYour parcel is running late. It should arrive on Thursday.',
    'Hi Sam,\n\nThe mug you ordered is out of stock. We’ll email you as soon as it’s back.',
    'Hi Sam,\n\nYour refund request was declined. To appeal, reply with a photo of the item.',
    'Hi Sam,\n\nYour account has been suspended. Call us on 0800 123 4567 and we’ll sort it out.',
    'Hi Sam,\n\nWe found unauthorized access to some accounts. Change your password now.',
    'Hi Sam,\n\nYour balance is past due. You can set up a payment plan in your account.',
    'Hi Sam,\n\nYour order is delayed. We’ll refund the shipping fee today.',
    'Hi Sam,\n\nLogins were failing this morning. Everything works again, and you don’t need to do anything.',
    'Hi Sam,\n\nOur app was unavailable for an hour. Visit our status page for details.',
    'Hi Sam,\n\nYour order was cancelled. If that looks wrong, call us and we will check.',
  ],
  invalid: [
    {"name": "a kick the reader cannot come back from", "text": "Hi Sam,\n\nYou've been kicked from the server. Reason: spam. You cannot rejoin.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 36, "suggestions": [" To restore access, reply to this email and our team will help."]}]},
    {"name": "an unban date that never comes", "text": "Hi Sam,\n\nYou have been banned from Cozy. Unban date: never.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 32, "suggestions": [" To restore access, reply to this email and our team will help."]}]},
    {"name": "an adjective that could be a verb opens no instruction", "text": "Hi Sam,\n\nYour account has been suspended. Clear evidence of fraud was found.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 33, "suggestions": [" To restore access, reply to this email and our team will help."]}]},
    {"name": "a kick beside a ban", "text": "Hi Sam,\n\nYou have been banned from the server and kicked.\n\nReason: spam in the chat.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 49, "suggestions": [" To restore access, reply to this email and our team will help."]}]},
    { name: "contact details are no contact", text: "Hi Sam,\n\nYour payout request has been rejected. Your contact details are on file.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 39, suggestions: [" If you think we got this wrong, reply to this email and we’ll take another look."] }] },
    { name: "a word of selection elsewhere does not make a refusal one", text: "Hi Sam,\n\nYour appeal has been denied. Your account will stay banned and you must leave the server.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 29, suggestions: [" If you think we got this wrong, reply to this email and we’ll take another look."] }] },
    { name: "terms that apply are no application", text: "Hi Sam,\n\nYour identity verification has been rejected. Terms and conditions apply.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 46, suggestions: [" If you think we got this wrong, reply to this email and we’ll take another look."] }] },
    // Real-copy shapes.
    { name: "a refusal of something the reader is owed, though called an application", text: "Hi Sam,\n\nYour application for a refund has been declined.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 49, suggestions: [" If you think we got this wrong, reply to this email and we’ll take another look."] }] },
    {
      name: 'the next step goes after the last paragraph, not into a list that ends the message',
      text: 'Hi Sam,\n\nYour renewal payment of £9 failed.\n\n- Plan: Family\n- Amount due: £9',
      syntax: 'markdown',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 35, suggestions: [' To keep your plan active, update your card in your account settings, or reply to this email and we’ll help.'] }],
    },
    {
      text: 'Hi Sam,\n\nYour payment of $12 was declined. We know that’s a hassle.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 34, suggestions: [' To keep your plan active, update your card in your account settings, or reply to this email and we’ll help.'] }],
    },
    {
      text: 'Hi Sam,\n\nOur site was down this morning. We’re sorry.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 32, suggestions: [' We’ll post the next update on our status page within the hour.'] }],
    },
    {
      text: 'Hi Sam,\n\nYour account has been suspended.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 33, suggestions: [' To restore access, reply to this email and our team will help.'] }],
    },
    {
      name: 'a hyphenated noun is not an instruction',
      text: 'Hi Sam,\n\nCheck-in closes at noon. Your flight was cancelled.',
      errors: [{ messageId: 'missing', line: 3, column: 26, endColumn: 52, suggestions: [' You can rebook from your account, or reply to this email and we’ll help.'] }],
    },
    {
      text: 'Hi Sam,\n\nYour refund request was denied. We know this is disappointing.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 32, suggestions: [' If you think we got this wrong, reply to this email and we’ll take another look.'] }],
    },
    {
      name: 'points at the subject; suggests the step at the end of the body',
      text: 'Subject: Your order is delayed\n\nHi Sam, your parcel is running late. Sorry about that.',
      errors: [{ messageId: 'missing', line: 1, column: 10, endColumn: 31, suggestions: [' We’ll email you as soon as it ships, and you can track it from your account.'] }],
    },
    {
      text: 'Hi Sam,\n\nPrices are increasing. Your plan will cost more.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 23, suggestions: [' If you’d like to change or cancel your plan, you can do it in your account settings before then.'] }],
    },
    {
      text: 'Hi Sam,\n\nWe detected a security incident. Some email addresses were exposed.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 33, suggestions: [' We recommend changing your password now; reply to this email if you have any questions.'] }],
    },
    {
      name: 'the first kind of problem named wins a tie',
      text: 'Hi Sam,\n\nUnfortunately the lamp is out of stock, so your order was cancelled.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 69, suggestions: [' We’ll email you when it’s back, or you can choose a similar item from your order page.'] }],
    },
    {
      text: 'Hi Sam,\n\nYour invoice is overdue.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 25, suggestions: [' If you’d like to set up a payment plan, reply to this email and we’ll work it out together.'] }],
    },
  ],
});
