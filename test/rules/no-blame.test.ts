import { testRule } from '../rule-tester.js';

testRule('no-blame', {
  valid: [
    // Real-copy shapes that stay silent.
    {"text": "You mistakenly received this email because of a glitch on our side. Sorry about that!"},
    {"text": "Maybe you mistakenly entered the wrong address. Please check it."},
    {"text": "You reported that our app crashed and failed to save your draft. We're sorry, it's fixed in version 2.1."},
    {"text": "Good news: you didn't log out, so your draft is still here."},
    // Real-copy shapes that stay silent.
    {"text": "We're sorry you missed your medical clinic visit. Book a new time below."},
    // Real-copy shapes that stay silent.
    {"text": "An unknown error occurred. Perhaps you made a mistake entering your code. Please try again."},
    // Real-copy shapes that stay silent.
    {"text": "You tried to pay, but the card failed to go through."},
    {"text": "If you mistakenly entered the wrong address, reply to this email."},
    {"text": "It looks like you wrongly entered a date."},
    // Real-copy shapes that stay silent.
    "We're so sorry you waited too long for a reply. Your refund is on its way.",
    // Real-copy shapes that stay silent.
    "Oh no! You haven't completed your purchase! Your basket is saved for 24 hours.",
    "You didn't finish checking out!",
    // Real-copy shapes that stay silent.
    "Please do not send money to people you haven't met.",
    "Are you sure that the case you did not select is a duplicate of this one?",
    // Real-copy shapes that stay silent.
    "Either the passwords didn't match, or you didn't enter a new password at all.",
    // Real-copy shapes that stay silent.
    "You did not rate the question.",
    "You haven't got enough space in your inventory!",
    "If you refused to consent, you can change your mind in Settings.",
    // Real-copy shapes that stay silent.
    "You entered the wrong sign-in details too many times",
    "You’ve entered the wrong password too many times.",
    // Real-copy shapes that stay silent.
    "Our card reader failed, so you couldn't pay at the till. We're sorry.",
    "You haven't met your goal yet, but you're 80% there. Keep going!",
    "If you couldn't pay this month, reply and we'll set up a plan.",
    "You have been inactive for too long.",
    "You have tried to sign in too many times. Try again in 10 minutes.",
    "If you took too long, the code may have expired. Request a new one.",
    "You haven’t selected a plan yet.",
    'If your mistake caused this, reply and we’ll fix it.',
    'Your report led to a fix for everyone.',
    // Catalogue shapes that inform, ask or offer help.
    'If you haven’t given consent, you can do so in Settings.',
    'You have specified an unknown PIN. Please check it and try again.',
    'You can try 3 times before the code expires.',
    // An exclamation mark elsewhere in the string does not make the sentence shouted.
    'Thanks for signing up!\nYou have entered an unknown postcode. Please check it.',
    'Welcome back! You’ve typed an unrecognised reference; you can look it up under Orders.',
    'We missed your check in call, sorry about that.',
    // Conditions imagine; they do not accuse.
    'If you didn’t request this, you can ignore this email.',
    "If you didn't request a password reset, no action is needed.",
    'In case you missed it, we launched dark mode last week.',
    'Don’t worry if you missed the webinar: the recording is below.',
    'If, by any chance, you forgot to cancel, reply and we’ll refund you.',
    'Even if you missed the deadline, we can still help.',
    'Not sure whether you paid? Check your account page.',
    // Questions ask; they leave room for the reader.
    'Did you forget something? Your cart is waiting.',
    'You didn’t get the email? Check your spam folder.',
    // Events and other subjects.
    'The upload failed. Please try again.',
    'Your payment didn’t go through, so nothing was charged.',
    'We failed to deliver your order on time, and we’re sorry.',
    'We failed you, and we’re sorry.',
    'The link we sent you didn’t include the date.',
    'Some of you didn’t receive the email, so here it is again.',
    // Kind or positive uses of the same verbs.
    'You didn’t miss a thing.',
    "You didn't have to wait.",
    'You didn’t do anything wrong.',
    'You didn’t pay a penny for shipping.',
    'Good news: you didn’t pay twice.',
    'With Plus, you never pay delivery fees.',
    'You’ll never miss a payment with autopay.',
    'You didn’t sign up for spam, and we won’t send any.',
    'You should have received a confirmation email.',
    'You should have read access to the shared folder.',
    'You haven’t been charged.',
    'You made a great choice.',
    'Here’s everything you missed this week.',
    'You may have missed our last email, so here it is again.',
    // Observations, hedges, sympathy and requests to check are softer on purpose.
    'Looks like you forgot to add your address.',
    'We noticed you haven’t finished setting up your account.',
    'You haven’t verified your email yet. It takes a minute.',
    'We’re sorry you missed your appointment. Book a new time below.',
    'Make sure you didn’t enter a typo.',
    'This isn’t because you didn’t pay: our card processor had an outage.',
    'It’s not your fault, and we’ll fix it today.',
    // Quotes are someone else's words.
    '“You failed to deliver on time,” wrote one customer. We’ve changed couriers since.',
    'Due to your error report, we fixed the bug.',
    'As a result of your feedback, we added dark mode.',
    'Thanks to your quick reply, your order is on its way.',
    'This delay wasn’t your fault.',
    'You never know what you’ll find in our sale.',
    'We forgot to attach the file. Here it is.',
    'You may have typed the wrong password.',
    'You were meant to receive a code by text.',
    { text: 'Hi xxxxxxxxxxxxxx, thank you for updating your card.', name: 'masked template tags and "thank you"' },
    {
      text: '> “You never replied to my emails,” one customer told us.\n\nWe fixed that.',
      syntax: 'markdown',
      name: 'a quoted customer in a Markdown blockquote',
    },
    {
      text: 'Old templates said `you failed to pay`; we no longer do.',
      syntax: 'markdown',
      name: 'inline code is masked',
    },
  ],
  invalid: [
    {"text": "You have RSVPed to the event but failed to attend.", "errors": [{"messageId": "didNot", "line": 1, "column": 1, "endColumn": 50}]},
    {"text": "You kept failing to pay on time.", "errors": [{"messageId": "didNot", "line": 1, "column": 1, "endColumn": 24}]},
    {"text": "You have not only failed to repay but also ignored our calls.", "errors": [{"messageId": "didNot", "line": 1, "column": 1, "endColumn": 34}]},
    {"text": "You have missed your medical clinic visit. Please visit the clinic next week.", "errors": [{"messageId": "missed", "line": 1, "column": 1, "endColumn": 42, "suggestions": ["We missed you at your medical clinic visit"]}]},
    {"text": "Hello Ann,\n\nPlease be noted that you have mistakenly made such changes in the file while uploading it. Please download the error report.", "errors": [{"messageId": "mistake", "line": 3, "column": 22, "endColumn": 46}]},
    {"text": "Your account could not be confirmed. Either your registration token has expired or you mangled the confirmation link.", "errors": [{"messageId": "mistake", "line": 1, "column": 84, "endColumn": 95}]},
    {"text": "Hi Ann,\n\nYou RSVPed to an event on Monday, but failed to attend. Because of this, you have been bumped down to the waitlist.", "errors": [{"messageId": "didNot", "line": 3, "column": 1, "endColumn": 55}]},
    { text: "I'm sorry, but you took too long to reply, so your order has been cancelled.", errors: [{ messageId: 'yourFault', line: 1, column: 16, endColumn: 33 }] },
    { text: "You haven't completed the order in time!", errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 22 }] },
    { name: 'a duty not done, exclaimed with yet, is still a reproach', text: "You haven't signed the contract yet!", errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 19, suggestions: [] }] },
    // Real-copy shapes.
    { text: "You did not pay, or you did not sign.", errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 16, suggestions: ["We didn't receive your payment", "It looks like you didn't get a chance to pay"] }] },
    // Real-copy shapes.
    { text: "You did not rate the question!", errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 17, suggestions: [] }] },
    { text: "Your account has been suspended because you refused to consent to the terms.", errors: [{ messageId: 'yourFault', line: 1, column: 33, endColumn: 63, suggestions: [] }] },
    // Real-copy shapes.
    { text: "You entered the wrong password. You have tried too many times today.", errors: [{ messageId: 'wrongInput', line: 1, column: 1, endColumn: 31, suggestions: ["The password didn't work"] }] },
    // Real-copy shapes.
    { text: "You couldn't pay the town tax and have been removed from the town.", errors: [{ messageId: 'yourFault', line: 1, column: 1, endColumn: 17, suggestions: [] }] },
    { text: "You have forgot to enter a reason.", errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 25, suggestions: ["We haven't received", "It looks like you haven't had a chance to enter"] }] },
    { text: "You didn’t select anything to delete.", errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 18, suggestions: ["It looks like you didn’t get a chance to select"] }] },
    { text: "You have not met your conditions", errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 17, suggestions: [] }] },
    { text: "You may have made a mistake in copying the URL.", errors: [{ messageId: 'mistake', line: 1, column: 1, endColumn: 28, suggestions: ["There may be a mistake"] }] },
    { text: "Your subscription could not be renewed because you did not update your card.", errors: [{ messageId: 'didNot', line: 1, column: 48, endColumn: 66, suggestions: ["you didn't get a chance to update"] }] },
    { text: "We noticed you still haven’t paid your invoice.", errors: [{ messageId: 'didNot', line: 1, column: 12, endColumn: 34, suggestions: ["we haven’t received payment for", "you haven’t had a chance to pay"] }] },
    { text: "Your session has expired because you took too long.", errors: [{ messageId: 'yourFault', line: 1, column: 34, endColumn: 51, suggestions: [] }] },
    { text: "You have made 3 incorrect attempts", errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 35, suggestions: [] }] },
    { text: 'Your carelessness caused this error.', errors: [{ messageId: 'yourFault', line: 1, column: 1, endColumn: 25, suggestions: [] }] },
    { text: 'The charge bounced because you didn’t have enough funds.', errors: [{ messageId: 'yourFault', line: 1, column: 20, endColumn: 56, suggestions: [] }] },
    {
      text: 'You missed your check in.',
      errors: [{ messageId: 'missed', line: 1, column: 1, endColumn: 25, suggestions: ['We missed you at check-in'] }],
    },
    {
      text: 'You haven’t given us permission to store cookies.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 32, suggestions: [] }],
    },
    {
      text: 'You have not provided consent for marketing.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 30, suggestions: ["We don't have your consent yet"] }],
    },
    {
      name: '"can\'t" offers no way forward',
      text: 'You have specified an unknown PIN, which can’t be used.',
      errors: [{ messageId: 'wrongInput', line: 1, column: 1, endColumn: 55, suggestions: [] }],
    },
    {
      name: 'a tally of failed attempts with placeholders',
      text: 'You ({{ email }}) have tried {{ count }} times to sign in.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 47, suggestions: [] }],
    },
    {
      text: 'YOU HAVE SPECIFIED AN UNKNOWN ACCOUNT NUMBER!',
      errors: [{ messageId: 'wrongInput', line: 1, column: 1, endColumn: 45, suggestions: [] }],
    },
    {
      text: 'You have filled out two boxes incorrectly.',
      errors: [{ messageId: 'wrongInput', line: 1, column: 1, endColumn: 42, suggestions: [] }],
    },
    {
      text: 'You failed to update your card.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 21, suggestions: ["It looks like you didn't get a chance to update"] }],
    },
    {
      text: 'You failed the identity check.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 30, suggestions: ["We couldn't complete the identity check"] }],
    },
    {
      name: 'no "get a chance" rewrite for criteria',
      text: 'You failed to meet our lending criteria.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 19, suggestions: [] }],
    },
    {
      text: "You didn't check in.",
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 20, suggestions: ['We missed you at check-in'] }],
    },
    {
      name: 'curly apostrophe is kept in the rewrite',
      text: 'You didn’t check in for your flight.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 20, suggestions: ['We missed you at check-in'] }],
    },
    {
      text: 'You entered the wrong card number.',
      errors: [{ messageId: 'wrongInput', line: 1, column: 1, endColumn: 34, suggestions: ["The card number didn't go through"] }],
    },
    {
      text: 'you forgot to add your postcode',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 18, suggestions: ["it looks like you didn't get a chance to add"] }],
    },
    {
      text: 'You never responded to our emails.',
      errors: [
        {
          messageId: 'didNot',
          line: 1,
          column: 1,
          endColumn: 23,
          suggestions: ["We haven't heard back from you about", "It looks like you haven't had a chance to respond to"],
        },
      ],
    },
    {
      text: 'You haven’t paid your March invoice.',
      errors: [
        {
          messageId: 'didNot',
          line: 1,
          column: 1,
          endColumn: 17,
          suggestions: ['We haven’t received payment for', 'It looks like you haven’t had a chance to pay'],
        },
      ],
    },
    {
      name: 'the subject after "because", long negation',
      text: 'Because you did not pay, your account is on hold.',
      errors: [{ messageId: 'didNot', line: 1, column: 9, endColumn: 24, suggestions: ["we didn't receive your payment", "you didn't get a chance to pay"] }],
    },
    {
      text: 'You still haven’t updated your card.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 26, suggestions: ['It looks like you haven’t had a chance to update'] }],
    },
    {
      name: 'inflection and an adverb: "clearly didn\'t read"',
      text: 'You clearly didn’t read the instructions.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endColumn: 24, suggestions: ['It looks like you didn’t get a chance to read'] }],
    },
    {
      text: 'YOU FAILED TO PAY YOUR INVOICE.',
      errors: [
        {
          messageId: 'didNot',
          line: 1,
          column: 1,
          endColumn: 18,
          suggestions: ["WE DIDN'T RECEIVE PAYMENT FOR", "IT LOOKS LIKE YOU DIDN'T GET A CHANCE TO PAY"],
        },
      ],
    },
    {
      text: 'You missed the deadline.',
      errors: [{ messageId: 'missed', line: 1, column: 1, endColumn: 24, suggestions: ['The deadline has passed'] }],
    },
    {
      text: 'You missed your appointment on Monday.',
      errors: [{ messageId: 'missed', line: 1, column: 1, endColumn: 28, suggestions: ['We missed you at your appointment'] }],
    },
    {
      text: 'You’ve missed two payments.',
      errors: [{ messageId: 'missed', line: 1, column: 1, endColumn: 27, suggestions: ['We haven’t received two payments'] }],
    },
    {
      text: 'Your order was delayed due to your error.',
      errors: [{ messageId: 'yourFault', line: 1, column: 24, endColumn: 41, suggestions: ['due to an error'] }],
    },
    {
      text: 'Due to your late payment, your order is on hold.',
      errors: [{ messageId: 'yourFault', line: 1, column: 1, endColumn: 25, suggestions: ['Due to the late payment'] }],
    },
    {
      text: 'Your failure to respond means we closed the ticket.',
      errors: [{ messageId: 'yourFault', line: 1, column: 1, endColumn: 24, suggestions: ['Not hearing back from you'] }],
    },
    {
      text: 'As a result of your failure to pay, we paused the account.',
      errors: [{ messageId: 'yourFault', line: 1, column: 16, endColumn: 35, suggestions: ['the missed payment'] }],
    },
    {
      text: 'It was all your fault.',
      errors: [{ messageId: 'yourFault', line: 1, column: 1, endColumn: 22, suggestions: [] }],
    },
    {
      text: 'You should’ve called us first.',
      errors: [{ messageId: 'hindsight', line: 1, column: 1, endColumn: 21, suggestions: ['Next time, you can call'] }],
    },
    {
      text: 'You were required to submit your documents by 1 May.',
      errors: [{ messageId: 'hindsight', line: 1, column: 1, endColumn: 28, suggestions: ['We asked you to submit'] }],
    },
    {
      text: 'You made a mistake in your address.',
      errors: [{ messageId: 'mistake', line: 1, column: 1, endColumn: 19, suggestions: ['There was a mistake'] }],
    },
    {
      text: 'You mistyped your email address.',
      errors: [{ messageId: 'mistake', line: 1, column: 1, endColumn: 13, suggestions: ['There may be a typo in'] }],
    },
    {
      text: 'You’ve ignored our last three reminders.',
      errors: [{ messageId: 'ignored', line: 1, column: 1, endColumn: 15, suggestions: ['We haven’t heard back from you about'] }],
    },
    {
      text: 'Your card was declined because you entered an expired card.',
      errors: [{ messageId: 'wrongInput', line: 1, column: 32, endColumn: 59, suggestions: ['the card has expired'] }],
    },
    {
      name: 'no rewrite when more words follow the noun',
      text: 'You entered the wrong password twice.',
      errors: [{ messageId: 'wrongInput', line: 1, column: 1, endColumn: 31, suggestions: [] }],
    },
    {
      name: 'multi-line: the finding is on the second line',
      text: 'Thanks for your order!\nYou entered the wrong card number.\nPlease try again.',
      errors: [{ messageId: 'wrongInput', line: 2, column: 1, endColumn: 34, suggestions: ["The card number didn't go through"] }],
    },
    {
      name: 'multi-line: the phrase spans a line break',
      text: 'You failed to\nupdate your card.',
      errors: [{ messageId: 'didNot', line: 1, column: 1, endLine: 2, endColumn: 7, suggestions: ["It looks like you didn't get a chance to update"] }],
    },
    {
      name: 'Markdown: emphasis around the phrase',
      syntax: 'markdown',
      text: '# Your invoice\n\nHi Sam, **you didn’t pay** your invoice for March.',
      errors: [{ messageId: 'didNot', line: 3, column: 11, endColumn: 25, suggestions: ['we didn’t receive payment for', 'you didn’t get a chance to pay'] }],
    },
    {
      name: 'Markdown: code is skipped, copy is not',
      syntax: 'markdown',
      text: 'Your order is on hold due to your error.\n\n`you failed to pay` is how the old template put it.',
      errors: [{ messageId: 'yourFault', line: 1, column: 23, endColumn: 40, suggestions: ['due to an error'] }],
    },
  ],
});
