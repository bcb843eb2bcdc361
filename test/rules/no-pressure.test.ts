import { testRule } from '../rule-tester.js';

testRule('no-pressure', {
  valid: [
    // Real-copy shapes that stay silent.
    "Your trial ends in:",
    // Real-copy shapes that stay silent.
    // Real-copy shapes that stay silent.
    "Your sign-in code is about to expire. Request a new one if you need it.",
    // Real-copy shapes that stay silent.
    "You have 30 days to return it.",
    "Your table is reserved for 2 hours.",
    "Your card is expiring soon. Update it in Settings.",
    "Gift cards are not available after checkout in the app; buy them on the website.",
    "Your code expires in {{ minutes }}",
    "Don’t close this window while we process your payment.",
    "Do not close this window or refresh the page",
    "Your only chance to see the show in London is on 3 May.",
    "97% of customers rate our support 5 stars.",
    "Stock is low: 4 left in your size.",
    "Prices will go up on 1 May, and your plan keeps its price until your renewal.",
    "Wait! Here’s how to reset your password.",
    "Quick, easy returns on every order.",
    // Calm, real deadlines and counts.
    'Early-bird pricing ends on 30 April.',
    'Registration closes on Friday at 5 pm.',
    'The sale ends Sunday.',
    'The offer ends at midnight.',
    'We have 3 seats left in the Tuesday workshop.',
    'There are only 3 seats left in the Tuesday workshop, so we opened a second date.',
    'Last day to apply: Friday 3 May.',
    'The last day to register is Friday.',
    'The pop-up is open today only, 10 am to 4 pm.',
    'Your free trial ends in 3 days.',
    // Countdowns that are facts about security, not promotions.
    'Your password reset link expires in 30 minutes.',
    'Your sign-in code expires in 10 minutes.',
    // Plain calls to action and ordinary copy.
    'You can cancel at any time.',
    'Now available in blue.',
    'Shop now.',
    'Buy now and pay in three instalments.',
    'Don’t miss our new recipes.',
    'Don’t hesitate to contact us.',
    'Don’t wait for a technician: restart the router yourself.',
    // Same words, other senses.
    'The last chapter is the best.',
    'This was the last chance the team had to qualify.',
    'In the last few hours we’ve fixed the bug.',
    'No hurry.',
    'There’s no rush.',
    'In a hurry? Use express checkout.',
    'What’s the hurry?',
    'Thanks for visiting, hurry back!',
    'Don’t wait until your card expires: update it now.',
    'Hurry Curry of Tokyo is open late.',
    'The Clean Air Act now requires annual reports.',
    'A once-in-a-lifetime trip to Japan.',
    'The outage won’t last long.',
    'The pain should be almost gone by Friday.',
    'Everyone is welcome.',
    'Everyone is getting a free upgrade this month.',
    'It’s not too late to join.',
    // Negated, conditional, or about someone else.
    'You don’t need to act now.',
    "There's no need to act now: your price is locked in until June.",
    'No need to hurry, your cart is saved for 30 days.',
    'We must act now on climate.',
    'So you don’t miss out, turn on notifications.',
    // Timers, demand and urgency words that are facts, help or about us.
    'Your sign-in code expires in 10:00.',
    'Your trial ends in {{ days }} days.',
    'We’ll get back to you as soon as possible.',
    'The new price applies immediately.',
    'Please note that changes take effect immediately.',
    'If you spot a charge you don’t recognise, call us immediately.',
    'You should change your password immediately.',
    'Update the app to get the fix right away.',
    'Due to high demand, replies may take a day.',
    'We sold 2,000 copies in the last week.',
    'You bought this item today.',
    'Only {{ n }} left in stock.',
    '3 left in stock',
    'Sold out',
    'A gift card was purchased by {{ name }} for you.',
    // Talking about the words, not using them.
    'Avoid phrases like "Act now" and "Last chance" in subject lines.',
    'Hi {{first_name}}, your order shipped today.',
    { text: 'Use `hurry` as the flag name.\n\n```text\nAct now!\n```', syntax: 'markdown', name: 'code is not copy' },
    // Speed as a benefit or a manner, not a deadline on the reader.
    'Check out quickly with Apple Pay.',
    'Get started quickly: connect your bank and you’re done.',
    'Update your app right away to get the new features.',
    'Please reply as soon as possible so we can help.',
    'Sign up promptly and we’ll save you a seat.',
    'Book your table quickly from the app.',
    'Send us the photos right away so our team can start the repair.',
    'Download the invoice immediately to keep it for your records.',
    // Event times are not countdowns.
    'The live stream ends in 02:30:00.',
    'Doors close in 2 hrs 30 mins, see you there.',
    'The webinar ends in 00:45, stay for the Q&A.',
    'Your session closes in 10:00 unless you stay active.',
    // Calm facts about demand and past buyers.
    'The room is in high demand at weekends, so book early if you can.',
    'Our bakery classes are in high demand in December.',
    'Seats sold in the last week helped us plant 300 trees.',
    'Tickets booked today go toward our school fund, thank you.',
    'Over 12 people viewing this webinar said it helped.',
    'Many customers browsing this guide told us it saved them time.',
  ],
  invalid: [
    // Real-copy shapes.
    { text: "Only available for the next {{ time }}!", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 39, suggestions: [] }] },
    { text: "8 quotes requested in last hour", errors: [{ messageId: 'crowd', line: 1, column: 10, endColumn: 32, suggestions: [] }] },
    { text: "Time-Limited Welcome Offer:", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 27, suggestions: [] }] },
    { text: "{{ name }} purchased a luxury watch {{ n }} minutes ago", errors: [{ messageId: 'crowd', line: 1, column: 12, endColumn: 56, suggestions: [] }] },
    { text: "This Price Will Never Be Available Again!", errors: [{ messageId: 'ultimatum', line: 1, column: 6, endColumn: 41, suggestions: [] }] },
    { text: "Only 4:53 left to secure your discount", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 15, suggestions: [] }] },
    // Real-copy shapes.
    { text: "<p>{{ _('Please pay this invoice immediately to avoid your account being suspended.') }}</p>", syntax: 'html', errors: [{ messageId: 'rush', line: 1, column: 34, endColumn: 45, suggestions: [] }] },
    // Real-copy shapes.
    { text: "The special expires in {{ days }} day {{ hours }}:{{ minutes }}:{{ seconds }}", errors: [{ messageId: 'deadline', line: 1, column: 13, endColumn: 78, suggestions: [] }] },
    { text: "Offer ends in...", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 14, suggestions: [] }] },
    { text: "After this, you won't see this offer again.", errors: [{ messageId: 'ultimatum', line: 1, column: 13, endColumn: 43, suggestions: [] }] },
    { text: "Almost expired!", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 15, suggestions: [] }] },
    { text: "Your cart is about to expire!", errors: [{ messageId: 'deadline', line: 1, column: 6, endColumn: 29, suggestions: [] }] },
    { text: "16d : 21h : 57m : 23s", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 22, suggestions: [] }] },
    { text: "Wait! One last chance to add the workbook.", errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 5, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Please note you only have 10 minutes to complete this transaction.", errors: [{ messageId: 'deadline', line: 1, column: 13, endColumn: 40, suggestions: [] }] },
    { text: "Reserved for 5 minutes", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 23, suggestions: [] }] },
    { text: "We have reserved an exclusive trial package for you for the next 15 minutes.", errors: [{ messageId: 'deadline', line: 1, column: 9, endColumn: 76, suggestions: [] }] },
    { text: "Spin before time runs out!", errors: [{ messageId: 'urgency', line: 1, column: 6, endColumn: 26, suggestions: [] }] },
    { text: "Quick! Your email", errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 6, suggestions: [] }] },
    { text: "Expiring soon", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 14, suggestions: [] }] },
    { text: "Offer expires when you leave", errors: [{ messageId: 'ultimatum', line: 1, column: 1, endColumn: 29, suggestions: [] }] },
    { text: "Limited Offer!", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 14, suggestions: [] }] },
    { text: "Sale ends in:", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 13, suggestions: [] }] },
    { text: "Important Message! Do Not Close This Page!", errors: [{ messageId: 'urgency', line: 1, column: 20, endColumn: 42, suggestions: [] }] },
    { text: "This is the only time you’ll see this offer.", errors: [{ messageId: 'ultimatum', line: 1, column: 9, endColumn: 33, suggestions: [] }] },
    { text: "97% of customers upgrade on this page!", errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 25, suggestions: [] }] },
    { text: "Once released, they’re going to sell out fast.", errors: [{ messageId: 'scarcity', line: 1, column: 24, endColumn: 46, suggestions: [] }] },
    { text: "Once released to the public, the price will go up to $50 per pair!", errors: [{ messageId: 'ultimatum', line: 1, column: 30, endColumn: 50, suggestions: [] }] },
    { text: "Wait! Here’s an exclusive offer for you.", errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 5, suggestions: [] }] },
    { text: "Someone recently bought a lamp", errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 24, suggestions: [] }] },
    { text: "Special price reserved for:", errors: [{ messageId: 'deadline', line: 1, column: 9, endColumn: 27, suggestions: [] }] },
    {
      name: 'the timer inside markup',
      text: 'Your cart is reserved for <span>10:00</span> minutes',
      syntax: 'catalog',
      errors: [{ messageId: 'deadline', line: 1, column: 6, endColumn: 26, suggestions: [] }],
    },
    {
      text: 'Ends in 02h 13m 56s',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 20, suggestions: [] }],
    },
    {
      text: 'Your basket is reserved for 14:59',
      errors: [{ messageId: 'deadline', line: 1, column: 6, endColumn: 28, suggestions: [] }],
    },
    {
      name: 'a reservation label with the timer beside it',
      text: 'Your seats are held for',
      errors: [{ messageId: 'deadline', line: 1, column: 6, endColumn: 24, suggestions: [] }],
    },
    {
      text: 'The sale ends once the timer hits zero.',
      errors: [{ messageId: 'deadline', line: 1, column: 15, endColumn: 39, suggestions: [] }],
    },
    {
      text: 'Save 20%: the discount expires in {{ countdown }}',
      errors: [{ messageId: 'deadline', line: 1, column: 24, endColumn: 50, suggestions: [] }],
    },
    {
      text: 'Claim your one-time bonus.',
      errors: [{ messageId: 'deadline', line: 1, column: 12, endColumn: 26, suggestions: [] }],
    },
    { text: 'Please pay promptly.', errors: [{ messageId: 'rush', line: 1, column: 12, endLine: 1, endColumn: 20 }] },
    { text: 'Book quickly before the last rooms are gone.', errors: [{ messageId: 'rush', line: 1, column: 6, endLine: 1, endColumn: 13 }] },
    {
      text: 'Your invoice requires your immediate attention.',
      errors: [{ messageId: 'rush', line: 1, column: 14, endColumn: 47, suggestions: [] }],
    },
    {
      text: 'Please settle the outstanding amount immediately.',
      errors: [{ messageId: 'rush', line: 1, column: 38, endColumn: 49, suggestions: [] }],
    },
    {
      text: 'You must renew your licence at once.',
      errors: [{ messageId: 'rush', line: 1, column: 29, endColumn: 36, suggestions: [] }],
    },
    {
      text: 'KINDLY REMIT THE BALANCE WITHOUT DELAY.',
      errors: [{ messageId: 'rush', line: 1, column: 26, endColumn: 39, suggestions: [] }],
    },
    {
      text: 'Don’t put it off any longer.',
      errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 28, suggestions: [] }],
    },
    {
      text: 'These trainers are in high demand!',
      errors: [{ messageId: 'scarcity', line: 1, column: 16, endColumn: 34, suggestions: [] }],
    },
    {
      text: 'Hurry, only {{ stock }} left!',
      errors: [
        { messageId: 'urgency', line: 1, column: 1, endColumn: 6, suggestions: [] },
        { messageId: 'scarcity', line: 1, column: 8, endColumn: 29, suggestions: [] },
      ],
    },
    {
      text: 'Only {{ n }} pairs left, offer ends tonight',
      errors: [{ messageId: 'scarcity', line: 1, column: 1, endColumn: 24, suggestions: [] }],
    },
    {
      text: '14 shoppers are looking at this right now',
      errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 42, suggestions: [] }],
    },
    {
      text: 'Visitors are viewing this cottage',
      errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 26, suggestions: [] }],
    },
    {
      text: '152 sold in the last 48 hours',
      errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 30, suggestions: [] }],
    },
    {
      text: 'Someone in Bristol just bought a tent',
      errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 31, suggestions: [] }],
    },
    {
      text: 'Act now!',
      errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 8, suggestions: ["Take a look when you're ready"] }],
    },
    {
      text: 'Act fast to save 20%.',
      errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 9, suggestions: [] }],
    },
    {
      name: 'a template tag before the imperative',
      text: 'Hi {{first_name}}, act now!',
      errors: [{ messageId: 'urgency', line: 1, column: 20, endColumn: 27, suggestions: ["take a look when you're ready"] }],
    },
    {
      text: 'Hurry, only 3 left!',
      errors: [
        { messageId: 'urgency', line: 1, column: 1, endColumn: 6, suggestions: [] },
        { messageId: 'scarcity', line: 1, column: 8, endColumn: 19, suggestions: ['3 left'] },
      ],
    },
    {
      text: "You'd better hurry.",
      errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 19, suggestions: [] }],
    },
    {
      text: 'LAST CHANCE!!! Only 3 left',
      errors: [
        { messageId: 'deadline', line: 1, column: 1, endColumn: 12, suggestions: [] },
        { messageId: 'scarcity', line: 1, column: 16, endColumn: 27, suggestions: ['3 left'] },
      ],
    },
    {
      text: 'Last chance to save 20% on every plan.',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 12, suggestions: ["There's still time"] }],
    },
    {
      text: "It's your last chance to save.",
      errors: [{ messageId: 'deadline', line: 1, column: 6, endColumn: 22, suggestions: [] }],
    },
    {
      text: 'Offer expires in 2 hours.',
      errors: [{ messageId: 'deadline', line: 1, column: 7, endColumn: 25, suggestions: ['expires at [time]'] }],
    },
    {
      text: 'This deal will end in a few minutes.',
      errors: [{ messageId: 'deadline', line: 1, column: 11, endColumn: 36, suggestions: ['will end at [time]'] }],
    },
    {
      text: 'Our summer sale ends soon.',
      errors: [{ messageId: 'deadline', line: 1, column: 17, endColumn: 26, suggestions: ['ends on [date]'] }],
    },
    {
      text: 'Expires at midnight!!!',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 20, suggestions: [] }],
    },
    {
      text: 'Today only: 20% off everything.',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 11, suggestions: [] }],
    },
    {
      text: 'Available for a limited time only.',
      errors: [{ messageId: 'deadline', line: 1, column: 11, endColumn: 34, suggestions: ['until [date]'] }],
    },
    {
      text: 'Final hours!',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 12, suggestions: [] }],
    },
    {
      text: 'Don’t miss out!',
      errors: [{ messageId: 'fomo', line: 1, column: 1, endColumn: 15, suggestions: ['Take a look'] }],
    },
    {
      text: "DON'T MISS OUT ON OUR SUMMER SALE",
      errors: [{ messageId: 'fomo', line: 1, column: 1, endColumn: 18, suggestions: ['TAKE A LOOK AT'] }],
    },
    {
      text: 'Do not miss this deal.',
      errors: [{ messageId: 'fomo', line: 1, column: 1, endColumn: 22, suggestions: ['Take a look at this deal'] }],
    },
    {
      text: 'A once-in-a-lifetime offer for our members.',
      errors: [{ messageId: 'fomo', line: 1, column: 3, endColumn: 21, suggestions: ['special'] }],
    },
    {
      text: 'Book your flu jab before it’s too late.',
      errors: [{ messageId: 'urgency', line: 1, column: 19, endColumn: 39, suggestions: ['before [date]'] }],
    },
    {
      name: 'after a negation that is itself the pressure',
      text: "Don't wait until it's too late.",
      errors: [{ messageId: 'urgency', line: 1, column: 12, endColumn: 31, suggestions: [] }],
    },
    {
      text: 'Time is running out to register.',
      errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 20, suggestions: ["There's still time"] }],
    },
    {
      text: 'Buy now or regret it.',
      errors: [{ messageId: 'ultimatum', line: 1, column: 5, endColumn: 21, suggestions: [] }],
    },
    {
      text: "If you don't act now, you'll lose your spot.",
      errors: [{ messageId: 'ultimatum', line: 1, column: 1, endColumn: 21, suggestions: [] }],
    },
    {
      text: 'Now or never!',
      errors: [{ messageId: 'ultimatum', line: 1, column: 1, endColumn: 13, suggestions: [] }],
    },
    {
      text: 'Tickets are selling fast.',
      errors: [{ messageId: 'scarcity', line: 1, column: 13, endColumn: 25, suggestions: [] }],
    },
    {
      text: 'Going, going, gone!',
      errors: [{ messageId: 'scarcity', line: 1, column: 1, endColumn: 19, suggestions: [] }],
    },
    {
      text: 'Deals like this won’t last long.',
      errors: [{ messageId: 'scarcity', line: 1, column: 1, endColumn: 32, suggestions: [] }],
    },
    {
      text: 'Everyone is buying it.',
      errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 19, suggestions: [] }],
    },
    {
      text: '12 people are viewing this right now.',
      errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 37, suggestions: [] }],
    },
    {
      name: 'multi-line copy: each finding on its own line',
      text: 'Our spring sale is here.\nHurry, this offer expires at midnight!\nNo rush on the rest.',
      errors: [
        { messageId: 'urgency', line: 2, column: 1, endColumn: 6, suggestions: [] },
        { messageId: 'deadline', line: 2, column: 19, endColumn: 38, suggestions: [] },
      ],
    },
    {
      name: 'Markdown heading and subject line',
      syntax: 'markdown',
      text: '---\nsubject: Last chance!\n---\n\n# Our spring sale\n\nThis offer ends soon, so **act now**.\n',
      errors: [
        { messageId: 'deadline', line: 2, column: 10, endColumn: 21, suggestions: [] },
        { messageId: 'deadline', line: 7, column: 12, endColumn: 21, suggestions: ['ends on [date]'] },
        { messageId: 'urgency', line: 7, column: 28, endColumn: 35, suggestions: ["take a look when you're ready"] },
      ],
    },
    {
      name: 'Markdown link text',
      syntax: 'markdown',
      text: 'Stock is low. [Grab yours before they’re gone](https://example.com/sale)',
      errors: [
        { messageId: 'scarcity', line: 1, column: 1, endColumn: 13, suggestions: [] },
        { messageId: 'scarcity', line: 1, column: 27, endColumn: 46, suggestions: [] },
      ],
    },
  ],
});
