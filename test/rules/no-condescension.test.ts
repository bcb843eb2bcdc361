import { testRule } from '../rule-tester.js';

testRule('no-condescension', {
  valid: [
    // Real-copy shapes that stay silent.
    'You ran 100 km this month! Are you proud of yourself? You should be!',
    // Real-copy shapes that stay silent.
    "I'm afraid I can't do that for orders older than 30 days, but I can send you a voucher.",
    // Real-copy shapes that stay silent.
    "You can't ban yourself.",
    "Do you want to remove yourself from the team?",
    "To leave the chat, type /leave.",
    "Pick a skill to learn next.",
    "Wouldn't it be better to pay yearly? You save 20%.",
    // Real-copy shapes that stay silent.
    "Take a moment to reflect on your year with our recap.",
    "Our budgeting tool helps you spend your money wisely.",
    "Please be more specific in your search.",
    "This step is a bit pointless for small teams, so you can skip it.",
    // Real-copy shapes that stay silent.
    "Did you just move? Update your address in settings.",
    "Are you serious about growing your shop? Our course can help.",
    "Can you read this text? Try the larger font.",
    // Real-copy shapes that stay silent.
    { text: "{\"a\": \"Sign-in failed. You can just reply to this email and we will help.\"}", syntax: 'catalog' },
    // Real-copy shapes that stay silent.
    "Forgot your password? No problem. Just provide us with your email address.",
    "Your card failed. Just send an email to billing@example.com.",
    // Real-copy shapes that stay silent.
    "If you selected a file to upload, check the upload limit.",
    // "Simply" before an easy step, where nothing has gone wrong: careful editors of real copy keep it.
    'Simply click the link below to finish verifying your account.',
    'Just enter your email address below and click Subscribe.',
    'Simply update your card.',
    // Real-copy shapes that stay silent.
    "Make sure that you have selected an OPML file.",
    "You should add an e-mail address so you can reset your password.",
    "You really should try the new editor.",
    // "just" meaning recently, exactly or only; a price is not an instruction.
    'We just launched dark mode.',
    'Just in time for summer: 20% off sandals.',
    'It’s just $5 a month.',
    'Just checking in: did your parcel arrive?',
    // Invitations to contact us are offers of help, not tasks played down.
    'Just let us know if you need anything.',
    'Simply reply to this email and we’ll sort it out.',
    // Names and set phrases.
    'Visit Easy Tiger Bakery on Main Street.',
    'Simply Business customers get 10% off.',
    'Obviously Good Coffee is our new autumn blend.',
    'Simply put, it’s the fastest way to pay.',
    'Simply the best coffee in town.',
    'Justice for all. Simplify your week.',
    // Describing our own service as easy is fine; the subject matters.
    'Returns are easy: print the label and drop it off.',
    'Easy returns within 30 days.',
    'It only takes two minutes to set up.',
    'It’s simple: if you’re not happy, we’ll refund you.',
    'It\'s easy for us to fix: reply and we\'ll sort it.',
    // Kind uses of "easy": the slip is understandable, the task is hard.
    'It’s easy to miss this setting, so here’s where to find it.',
    'We know it’s not always easy to switch banks.',
    'If it’s easier, call us instead.',
    // "clearly" as a manner adverb or adjective modifier.
    'Clearly labelled boxes make returns faster.',
    'Please speak clearly when you leave a message.',
    'Our help centre explains every step clearly.',
    // "of course" as a warm yes, a reassurance, or a noun phrase.
    'Of course! Happy to help.',
    'You can, of course, cancel at any time.',
    'Of course, we’ll refund the delivery fee.',
    'Of course, take your time.',
    'A change of course: the event moves to June.',
    'We obviously can’t wait to see you.',
    'Obviously, we love dogs.',
    'Clearly, we got this wrong, and we’re sorry.',
    'Your statement clearly lists every charge.',
    'Everyone knows how to have fun at our summer fair!',
    'It’s easy to see why customers love it.',
    'We’ve made it easy to switch plans.',
    // Polite knowledge phrases and kind uses of "everyone knows".
    'As you may know, we’re moving offices in May.',
    'Not everyone knows you can pause your plan, so here’s how.',
    'Make sure everyone knows the new Wi-Fi password.',
    'You should know that we’ve updated our privacy policy.',
    // A plain cross-reference is cold at worst (see no-cold-tone), not a telling-off.
    'As mentioned in our last email, prices change on 1 June.',
    'Even kids can join the fun at our summer fair.',
    // Mentioned, not used.
    '"Just click the link" is not how we talk to customers.',
    'Early-bird pricing ends on 30 April.',
    'If you didn’t request this, you can ignore this email.',
    { text: 'Run `just deploy`, then `simply-cli check`.', syntax: 'markdown', name: 'inline code is not copy' },
    { text: 'Read [Simply Business](https://example.com/simply) for tips.', syntax: 'markdown', name: 'a brand in link text' },
    { text: 'Hi {{first_name}}, it’s good to see you again.', name: 'a template tag' },
    { text: 'Simply click Renew.', options: { allow: ['Simply click'] }, name: 'allowed by the allow option' },
    // After a condition or a purpose the reader chose, the word promises a short path to it.
    'To update your card, just click the link below.',
    'If you wish to keep your account, simply log in within 30 days.',
    'When you’re ready to return to it, just click Saved carts.',
  ],
  invalid: [
    { text: "<p>I'm Sorry. I'm afraid I can't do that.</p>", syntax: 'html', errors: [{ messageId: 'quip', line: 1, column: 15, endColumn: 41, suggestions: [] }] },
    { text: "Do you wanna warn yourself? Just leave the chat then.", errors: [{ messageId: 'mockQuestion', line: 1, column: 1, endColumn: 27, suggestions: [] }, { messageId: 'dismissal', line: 1, column: 29, endColumn: 53, suggestions: [] }] },
    { text: "Wow, you wanna try ban my owner?", errors: [{ messageId: 'mockQuestion', line: 1, column: 6, endColumn: 32, suggestions: [] }] },
    { text: "Another one bites the dust...! Banned Sam.", errors: [{ messageId: 'taunt', line: 1, column: 1, endColumn: 27, suggestions: [] }] },
    { text: "Insufficient balance, time to grind harder! :3", errors: [{ messageId: 'taunt', line: 1, column: 23, endColumn: 43, suggestions: [] }] },
    { text: "Slow down. Wouldn't it be better if you just go outside for a bit?", errors: [{ messageId: 'mockQuestion', line: 1, column: 12, endColumn: 45, suggestions: [] }] },
    { text: "It is a good time to reflect on your priorities and how you are managing your finances.", errors: [{ messageId: 'lecture', line: 1, column: 22, endColumn: 48, suggestions: [] }] },
    { text: "You are very close, so manage your money wisely to make ends meet.", errors: [{ messageId: 'lecture', line: 1, column: 24, endColumn: 48, suggestions: [] }] },
    { text: "Please try to be more conservative next week.", errors: [{ messageId: 'lecture', line: 1, column: 8, endColumn: 45, suggestions: [] }] },
    { text: "Must add at least one thing; an empty dashboard is a bit pointless, no?", errors: [{ messageId: 'mockQuestion', line: 1, column: 49, endColumn: 71, suggestions: [] }] },
    { text: "Did you really think that would work?", errors: [{ messageId: 'mockQuestion', line: 1, column: 1, endColumn: 21, suggestions: [] }] },
    { text: "What were you thinking?", errors: [{ messageId: 'mockQuestion', line: 1, column: 1, endColumn: 23, suggestions: [] }] },
    { text: "Are you kidding me? That is not a valid code.", errors: [{ messageId: 'mockQuestion', line: 1, column: 1, endColumn: 19, suggestions: [] }] },
    { text: "Can't you read? The file must be a PDF.", errors: [{ messageId: 'mockQuestion', line: 1, column: 1, endColumn: 15, suggestions: [] }] },
    // Real-copy shapes.
    { text: "{\"a\": \"An error occurred while loading. At this point, you should probably just create an issue and delete app data.\"}", syntax: 'catalog', errors: [{ messageId: "minimizer", line: 1, column: 76, endColumn: 87, suggestions: ["create"] }] },
    { text: "{\"a\": \"Your card was declined. You should simply update it in settings.\"}", syntax: 'catalog', errors: [{ messageId: "minimizer", line: 1, column: 43, endColumn: 56, suggestions: ["update"] }] },
    // Real-copy shapes.
    { text: "If you have really selected a file to upload, check the upload limit.", errors: [{ messageId: 'doubt', line: 1, column: 1, endColumn: 28, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Do not attempt this if you do not know what you are doing.", errors: [{ messageId: 'assumedKnowledge', line: 1, column: 21, endColumn: 58, suggestions: [] }] },
    { text: "Make sure that you have actually selected an OPML file.", errors: [{ messageId: 'doubt', line: 1, column: 1, endColumn: 33, suggestions: [] }] },
    { text: "You should really add an e-mail address so you can reset your password.", errors: [{ messageId: 'nag', line: 1, column: 1, endColumn: 18, suggestions: [] }] },
    {
      text: 'Your payment failed. Simply update your card.',
      errors: [{ messageId: 'minimizer', line: 1, column: 22, endColumn: 35, suggestions: ['Update'], fix: 'Update' }],
    },
    {
      text: 'Your card expired. Just click the link below.',
      errors: [{ messageId: 'minimizer', line: 1, column: 20, endColumn: 30, suggestions: ['Click'], fix: 'Click' }],
    },
    {
      text: 'Your plan has expired. Please just tap Renew and you’re done.',
      errors: [{ messageId: 'minimizer', line: 1, column: 31, endColumn: 39, suggestions: ['tap'], fix: 'tap' }],
    },
    {
      text: 'PAYMENT FAILED. JUST CLICK THE LINK.',
      errors: [{ messageId: 'minimizer', line: 1, column: 17, endColumn: 27, suggestions: ['CLICK'], fix: 'CLICK' }],
    },
    {
      text: 'Your card was declined. Log in and simply update your card.',
      errors: [{ messageId: 'minimizer', line: 1, column: 36, endColumn: 49, suggestions: ['update'], fix: 'update' }],
    },
    {
      text: 'Your plan has expired. First, simply sign in. Then, just tap Renew.',
      errors: [
        { messageId: 'minimizer', line: 1, column: 31, endColumn: 42, suggestions: ['sign'], fix: 'sign' },
        { messageId: 'minimizer', line: 1, column: 53, endColumn: 61, suggestions: ['tap'], fix: 'tap' },
      ],
    },
    {
      text: 'Hi {{first_name}},\n\nYour card has expired. Simply update it in Settings.',
      name: 'after a greeting with a template tag',
      errors: [{ messageId: 'minimizer', line: 3, column: 24, endColumn: 37, suggestions: ['Update'], fix: 'Update' }],
    },
    {
      text: '## Renewing\n\n1. Sign in.\n2. Payment failed? Simply tap **Renew**.',
      syntax: 'markdown',
      errors: [{ messageId: 'minimizer', line: 4, column: 20, endColumn: 30, suggestions: ['Tap'], fix: 'Tap' }],
    },
    {
      text: '---\nsubject: Simply update your card\n---\n\nYour payment failed.',
      syntax: 'markdown',
      name: 'in the subject line',
      errors: [{ messageId: 'minimizer', line: 2, column: 10, endColumn: 23, suggestions: ['Update'], fix: 'Update' }],
    },
    {
      text: 'Obviously, we can’t refund a used ticket.',
      errors: [{ messageId: 'knowing', line: 1, column: 1, endColumn: 14, suggestions: ['We'], fix: null }],
    },
    {
      text: 'This is, obviously, a mistake on our side.',
      errors: [{ messageId: 'knowing', line: 1, column: 8, endColumn: 20, suggestions: [''] }],
    },
    {
      text: 'You’ll obviously need a password.',
      errors: [{ messageId: 'knowing', line: 1, column: 8, endColumn: 22, suggestions: ['need'] }],
    },
    {
      text: "Clearly, you didn't read our last email.",
      errors: [{ messageId: 'knowing', line: 1, column: 1, endColumn: 13, suggestions: ['You'] }],
    },
    {
      text: 'As clearly stated in our terms, refunds take 10 days.',
      errors: [{ messageId: 'knowing', line: 1, column: 4, endColumn: 18, suggestions: ['stated'] }],
    },
    {
      text: 'You clearly didn’t read the instructions.',
      errors: [{ messageId: 'knowing', line: 1, column: 5, endColumn: 19, suggestions: ['didn’t'] }],
    },
    {
      text: 'Of course, you’ll need to log in first.',
      errors: [{ messageId: 'knowing', line: 1, column: 1, endColumn: 18, suggestions: ['You’ll'] }],
    },
    {
      text: 'You need to reset your password, of course.',
      errors: [{ messageId: 'knowing', line: 1, column: 32, endColumn: 43, suggestions: [''] }],
    },
    {
      text: 'Of course, check your spam folder first.',
      errors: [{ messageId: 'knowing', line: 1, column: 1, endColumn: 17, suggestions: ['Check'] }],
    },
    {
      text: 'As you should know, payments are due on the 1st.',
      errors: [{ messageId: 'assumedKnowledge', line: 1, column: 1, endColumn: 29, suggestions: ['Payments'] }],
    },
    {
      text: 'As you must already know, the store is closed on Sundays.',
      errors: [{ messageId: 'assumedKnowledge', line: 1, column: 1, endColumn: 30, suggestions: ['The'] }],
    },
    {
      text: 'As everyone knows, strong passwords matter.',
      errors: [{ messageId: 'assumedKnowledge', line: 1, column: 1, endColumn: 26, suggestions: ['Strong'] }],
    },
    {
      text: 'Everyone knows that passwords should be long.',
      errors: [{ messageId: 'assumedKnowledge', line: 1, column: 1, endColumn: 30, suggestions: ['Passwords'] }],
    },
    {
      text: 'You should know better than to share your password.',
      errors: [{ messageId: 'assumedKnowledge', line: 1, column: 1, endColumn: 23, suggestions: [] }],
    },
    {
      text: 'You should have known the store closes at six.',
      errors: [{ messageId: 'assumedKnowledge', line: 1, column: 1, endColumn: 22, suggestions: [] }],
    },
    {
      text: 'As we already told you, your plan ends on Friday.',
      errors: [{ messageId: 'reproach', line: 1, column: 1, endColumn: 24, suggestions: ['As a reminder,'] }],
    },
    {
      text: 'Your plan ends on Friday, as we’ve said before.',
      errors: [{ messageId: 'reproach', line: 1, column: 25, endColumn: 47, suggestions: [''] }],
    },
    {
      text: 'Like we said before, we’re here to help.',
      errors: [{ messageId: 'reproach', line: 1, column: 1, endColumn: 21, suggestions: ['As a reminder,'] }],
    },
    {
      text: 'As you were already told, the store is closed.',
      errors: [{ messageId: 'reproach', line: 1, column: 1, endColumn: 26, suggestions: ['As a reminder,'] }],
    },
    {
      text: 'Your plan renews on 3 May.\nAs we have already explained, the price\nis going up.',
      name: 'a reproach on the second line of a paragraph',
      errors: [{ messageId: 'reproach', line: 2, column: 1, endColumn: 30, suggestions: ['As a reminder,'] }],
    },
    {
      text: 'It’s easy to update your card.',
      errors: [{ messageId: 'easy', line: 1, column: 1, endColumn: 13, suggestions: ['You can'], fix: null }],
    },
    {
      text: "Don't worry, it's really easy to reset your password.",
      errors: [{ messageId: 'easy', line: 1, column: 14, endColumn: 33, suggestions: ['you can'] }],
    },
    {
      text: "It's easy: print the label and drop it off.",
      errors: [{ messageId: 'easy', line: 1, column: 1, endColumn: 10, suggestions: [] }],
    },
    {
      text: 'It’s that simple!',
      errors: [{ messageId: 'easy', line: 1, column: 1, endColumn: 17, suggestions: [] }],
    },
    {
      text: "It couldn't be easier.",
      errors: [{ messageId: 'easy', line: 1, column: 1, endColumn: 22, suggestions: [] }],
    },
    {
      text: 'That’s how easy it is.',
      errors: [{ messageId: 'easy', line: 1, column: 1, endColumn: 22, suggestions: [] }],
    },
    {
      text: 'It’s not rocket science.',
      errors: [{ messageId: 'easy', line: 1, column: 1, endColumn: 24, suggestions: [] }],
    },
    {
      text: 'Any idiot can set this up.',
      errors: [{ messageId: 'anyoneCan', line: 1, column: 1, endColumn: 14, suggestions: [] }],
    },
    {
      text: 'Even a child can do it.',
      errors: [{ messageId: 'anyoneCan', line: 1, column: 1, endColumn: 17, suggestions: [] }],
    },
    {
      text: 'So easy your grandma could use it.',
      errors: [{ messageId: 'anyoneCan', line: 1, column: 1, endColumn: 27, suggestions: [] }],
    },
    {
      text: 'Everyone knows how to reset a password.',
      errors: [{ messageId: 'assumedKnowledge', line: 1, column: 1, endColumn: 28, suggestions: [] }],
    },
    {
      text: 'It’s so easy even your grandma could set it up.',
      errors: [{ messageId: 'anyoneCan', line: 1, column: 6, endColumn: 37, suggestions: [] }],
    },
    {
      text: "Honestly, it's not brain surgery.",
      errors: [{ messageId: 'easy', line: 1, column: 11, endColumn: 33, suggestions: [] }],
    },
    {
      text: 'As I’ve already explained, we can’t refund this.',
      errors: [{ messageId: 'reproach', line: 1, column: 1, endColumn: 27, suggestions: ['As a reminder,'] }],
    },
  ],
});
