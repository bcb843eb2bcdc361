import { testRule } from '../rule-tester.js';

testRule('no-pressure', {
  valid: [
    // Real-copy shapes that stay silent.
    {"text": "Last chance to download your files before we delete your account."},
    // Real-copy shapes that stay silent.
    // Real-copy shapes that stay silent.
    {"text": "We'll send you a reminder before your supplies run out."},
    // Real-copy shapes that stay silent.
    {"text": "Rest time is up, let's get back to it."},
    {"text": "If you didn't request this code, your account may be compromised. Visit Security Center immediately."},
    // Real-copy shapes that stay silent.
    {"text": "Hi Ann,\n\nThis quote expires tomorrow. Accept it when you're ready."},
    // Real-copy shapes that stay silent.
    "Don't lose your order number.",
    // Real-copy shapes that stay silent.
    "Don't lose your booking reference: you'll need it at check-in.",
    // Real-copy shapes that stay silent.
    'It is crucial that we address these issues promptly to keep the class a good place to learn.',
    // Real-copy shapes that stay silent.
    'Use code SAVE20 at checkout. This offer is valid for the next 48 hours.',
    // Real-copy shapes that stay silent.
    { text: 'Your verification code\n\n482913\n\nExpires in 15 minutes', syntax: 'text' },
    // Real-copy shapes that stay silent.
    "You should immediately  change your password.",
    // Real-copy shapes that stay silent.
    "You should immediately renew all your passwords!",
    "✅ Quick claim processing",
    // Real-copy shapes that stay silent.
    "Please change the default password immediately!",
    "Your password has been reset. Now it is 1234. Please change it as soon as possible.",
    "Report suspicious activity immediately.",
    "Update your payment method to reactivate your account immediately.",
    // Real-copy shapes that stay silent.
    "If you skip the alerts, you may miss out on price drops.",
    // Real-copy shapes that stay silent.
    "Please do so immediately so we can ship your order today.",
    // Real-copy shapes that stay silent.
    "Our support team is in high demand, so replies may take a day.",
    "We'll be offline for the next 2 hours while we upgrade.",
    "Your reset link works for the next 2 hours.",
    // Real-copy shapes that stay silent.
    "This is a temporary password; you should change it immediately after logging in for the first time.",
    "Please check in immediately upon arrival at the airport.",
    // Real-copy shapes that stay silent.
    { text: "{\"out_of_stock_notification\": \"Only %2$s of %1$s left!\\nConsider refilling the medicine soon.\"}", syntax: 'catalog' },
    "Only 2 doses left in your pack!",
    // Real-copy shapes that stay silent.
    "Last chance to vote in our community poll — it closes Friday.",
    "Last chance to see the exhibition — it closes Sunday. Hope to see you there!",
    "Only 2 steps left to finish setting up.",
    "Only 1 step left!",
    "Only 5 left to unlock your badge — you are doing great!",
    "Only 2 items left in your list to review.",
    // Real-copy shapes that stay silent.
    "Wait — before you go, here's our size guide.",
    "Urgent: a pipe burst in our building, so the office is closed today. Phone lines are open as usual.",
    "Ends in 24 hours: your free trial. You won't be charged unless you choose a plan.",
    "Ends in 24H: our live Q&A. Catch the replay anytime.",
    "I don't want you to miss out on the free workshop, so here's the link again. No pressure!",
    "Last Chance Savings account closes to new customers on 30 June; existing accounts are unaffected.",
    // Real-copy shapes that stay silent.
    "Urgent: reset your password now, because your old one was in a data breach.",
    // Real-copy shapes that stay silent.
    "This was the last chance savings bank in town to close.",
    // Real-copy shapes that stay silent.
    "Our webinar is on Tuesday, don't miss it.",
    "We sold in the last market before the holidays.",
    "We don't want you to miss a delivery, so we'll text you first.",
    // Real-copy shapes that stay silent.
    "Wait — before you go",
    "Wait, before you go, save your work.",
    "Items in your cart will be removed after 30 days.",
    "High demand: replies may take a little longer today.",
    "We take only 5 new clients a month, so we can give each one our full attention.",
    "Only 3 lessons a week are included in your plan.",
    "You just bought this.",
    "Your trial ends in 24 hours.",
    "Order before 2pm for next-day delivery.",
    "Order by noon today and we'll ship it tomorrow.",
    // Real-copy shapes that stay silent.
    "Please complete your order within 30 days of your quote.",
    "Gone for good: our old logo.",
    "Someone purchased a gift card for you.",
    // Real-copy shapes that stay silent.
    "If you didn't sign in, please contact support immediately.",
    "Contact your local authority if you need supplies urgently.",
    'Sale ends in:',
    'This Deal Ends In:',
    'Low stock',
    // Real-copy shapes that stay silent.
    "Upload in progress. Time remaining: 02:13:56",
    "Quiz: time left 09:45",
    "1,200 people are watching the live stream.",
    // Real-copy shapes that stay silent.
    "Save your recovery codes: this is the only time you'll see them.",
    "You only have 2 hours left before the webinar starts, so grab a coffee!",
    "We are holding your parcel at the depot for 30 minutes.",
    "Closing soon for the holidays, we reopen on 3 January.",
    "97% of customers get their order in two days.",
    "Supplies are limited to one per customer.",
    "Your flight lasts 1d 2h 30m.",
    "Only available for the next 2 weeks, then it moves to the archive.",
    "Almost over! Thanks for sticking with the survey.",
    "Your trial ends in:",
    "Your sign-in code is about to expire. Request a new one if you need it.",
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
    {"text": "Last chance to download your free ebook!", "errors": [{"messageId": "deadline", "line": 1, "column": 1, "endColumn": 12, "suggestions": ["There's still time"]}]},
    {"text": "It's your last chance to restore your 50% discount!", "errors": [{"messageId": "deadline", "line": 1, "column": 6, "endColumn": 22}]},
    {"text": "Please pay the 2 overdue invoices at once.", "errors": [{"messageId": "rush", "line": 1, "column": 35, "endColumn": 42}]},
    {"text": "Only {{ n }} left with free shipping!", "errors": [{"messageId": "scarcity", "line": 1, "column": 1, "endColumn": 18}]},
    {"text": "Due to limited stock, we have reduced the discount to 10%. Order now before it's gone!", "errors": [{"messageId": "scarcity", "line": 1, "column": 8, "endColumn": 21}, {"messageId": "urgency", "line": 1, "column": 60, "endColumn": 69}, {"messageId": "scarcity", "line": 1, "column": 70, "endColumn": 86}]},
    {"text": "Please pay all invoices at once.", "errors": [{"messageId": "rush", "line": 1, "column": 25, "endColumn": 32}]},
    {"text": "Last chance to keep your access", "errors": [{"messageId": "deadline", "line": 1, "column": 1, "endColumn": 12, "suggestions": ["There's still time"]}]},
    {"text": "Due to limited inventory levels, we must limit trial sales to 250 per day.", "errors": [{"messageId": "scarcity", "line": 1, "column": 8, "endColumn": 25}]},
    {"text": "Your items are reserved, but may sell out if you wait.", "errors": [{"messageId": "scarcity", "line": 1, "column": 30, "endColumn": 54}]},
    {"text": "Time is up! The sale ends tonight.", "errors": [{"messageId": "urgency", "line": 1, "column": 1, "endColumn": 11}]},
    {"text": "Your cart is waiting. Complete your purchase before these items sell out.", "errors": [{"messageId": "scarcity", "line": 1, "column": 46, "endColumn": 73}]},
    {"text": "Hi Ann,\n\nThis quote expires tomorrow! Don't let this opportunity expire!", "errors": [{"messageId": "fomo", "line": 3, "column": 30, "endColumn": 63}]},
    { text: "Don't lose your number one spot on the leaderboard!", errors: [{ messageId: 'fomo', line: 1, column: 1, endColumn: 16 }] },
    { text: 'Pay immediately to keep your access.', errors: [{ messageId: 'rush', line: 1, column: 5, endColumn: 16, suggestions: [] }] },
    { text: '{"actions": "just purchased this product, just added this to their cart, is viewing this product"}', syntax: 'catalog', errors: [{ messageId: 'crowd', line: 1, column: 14, endColumn: 41 }] },
    { text: '{"timer": "Expires in {formatTime(timeLeft)}"}', syntax: 'catalog', errors: [{ messageId: 'deadline', line: 1, column: 12, endColumn: 22 }] },
    { text: 'Use code SAVE20 for 20% off.\n\nExpires in 15 minutes', syntax: 'text', errors: [{ messageId: 'deadline', line: 3, column: 1, endColumn: 22 }] },
    { text: 'You must pay the outstanding balance to continue immediately or we will close your account.', errors: [{ messageId: 'rush', line: 1, column: 50, endColumn: 61, suggestions: [] }] },
    { text: "You're missing out on great deals!", errors: [{ messageId: 'fomo', line: 1, column: 1, endColumn: 19, suggestions: [] }] },
    { text: "Complete your order while stock lasts.", errors: [{ messageId: 'scarcity', line: 1, column: 21, endColumn: 38, suggestions: [] }] },
    { text: "Your invoice is overdue. Please do so at once.", errors: [{ messageId: 'rush', line: 1, column: 39, endColumn: 46, suggestions: [] }] },
    { text: "In high demand", errors: [{ messageId: 'scarcity', line: 1, column: 1, endColumn: 15, suggestions: [] }] },
    { text: "Flash sale! 50% off for the next 2 hours.", errors: [{ messageId: 'deadline', line: 1, column: 21, endColumn: 41, suggestions: [] }] },
    { text: "Save 20% in the next hour.", errors: [{ messageId: 'deadline', line: 1, column: 10, endColumn: 26, suggestions: [] }] },
    // Real-copy shapes.
    { text: "{\"mail.subject\": \"[URGENT] Card debit failure\"}", syntax: 'catalog', errors: [{ messageId: "urgency", line: 1, column: 20, endColumn: 26, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Please settle the outstanding amount immediately, before the end of the week.", errors: [{ messageId: "rush", line: 1, column: 38, endColumn: 49, suggestions: [] }] },
    // Real-copy shapes.
    { text: "{\"badge\": \"Hurry, only %s left!\"}", syntax: 'catalog', errors: [{ messageId: "urgency", line: 1, column: 12, endColumn: 17, suggestions: [] }, { messageId: "scarcity", line: 1, column: 19, endColumn: 31, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Last chance to save 20% — it ends Friday.", errors: [{ messageId: "deadline", line: 1, column: 1, endColumn: 12, suggestions: ["There's still time"] }] },
    // Real-copy shapes.
    { text: "Wait! Before you go, take 10% off your first order.", errors: [{ messageId: "urgency", line: 1, column: 1, endColumn: 5, suggestions: [] }] },
    { text: "Don't leave empty-handed!", errors: [{ messageId: "fomo", line: 1, column: 1, endColumn: 25, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Urgent: Your VPN Service May Be Interrupted", errors: [{ messageId: "urgency", line: 1, column: 1, endColumn: 7, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Last Chance Savings Opportunity", errors: [{ messageId: "deadline", line: 1, column: 1, endColumn: 12, suggestions: [] }] },
    { text: "Mar*** from Texas just ordered 5 packs", errors: [{ messageId: "crowd", line: 1, column: 1, endColumn: 31, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Final offer — 8% off, don't miss it", errors: [{ messageId: "fomo", line: 1, column: 23, endColumn: 36, suggestions: [] }] },
    { text: "sold in last", errors: [{ messageId: "crowd", line: 1, column: 1, endColumn: 13, suggestions: [] }] },
    { text: "But I don't want you to miss out on this opportunity. Never will you find City Lips for only $25 per tube.", errors: [{ messageId: "fomo", line: 1, column: 5, endColumn: 33, suggestions: [] }, { messageId: "ultimatum", line: 1, column: 55, endColumn: 74, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Wait! Don't Leave Empty-Handed", errors: [{ messageId: "urgency", line: 1, column: 1, endColumn: 5, suggestions: [] }, { messageId: "fomo", line: 1, column: 7, endColumn: 31, suggestions: [] }] },
    { text: "WAIT — SPECIAL OFFER", errors: [{ messageId: "urgency", line: 1, column: 1, endColumn: 5, suggestions: [] }] },
    { text: "Due to high demand from current ads, items in your bag will be released in:", errors: [{ messageId: "deadline", line: 1, column: 38, endColumn: 75, suggestions: [] }] },
    { text: "Your Cart Bag Is Reserved", errors: [{ messageId: "deadline", line: 1, column: 1, endColumn: 26, suggestions: [] }] },
    { text: "High Demand — Popular Choice This Season", errors: [{ messageId: "scarcity", line: 1, column: 1, endColumn: 12, suggestions: [] }] },
    { text: "Only 20 available per day", errors: [{ messageId: "scarcity", line: 1, column: 1, endColumn: 26, suggestions: [] }] },
    { text: "just bought this!", errors: [{ messageId: "crowd", line: 1, column: 1, endColumn: 17, suggestions: [] }] },
    { text: "Sale is live! Ends in 24H", errors: [{ messageId: "deadline", line: 1, column: 15, endColumn: 26, suggestions: [] }] },
    { text: "Get Yours Before 2am Tonight", errors: [{ messageId: "deadline", line: 1, column: 1, endColumn: 29, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Don’t let this opportunity slip away!", errors: [{ messageId: 'fomo', line: 1, column: 1, endColumn: 37, suggestions: [] }] },
    { text: "Get 40% off selected items. Once it's gone, it's gone forever.", errors: [{ messageId: 'scarcity', line: 1, column: 29, endColumn: 62, suggestions: [] }] },
    { text: "Pre-Black Friday demand is high.", errors: [{ messageId: 'scarcity', line: 1, column: 18, endColumn: 32, suggestions: [] }] },
    { text: "⚡ Limited Stocks only", errors: [{ messageId: 'scarcity', line: 1, column: 3, endColumn: 22, suggestions: [] }] },
    { text: "{{ visitors }} people looking for this product", errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 34, suggestions: [] }] },
    { text: "Someone liked and purchased", errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 28, suggestions: [] }] },
    { text: "{{ name }} just bought {{ product }}", errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 23, suggestions: [] }] },
    { text: "Products are limited, checkout within {{ time }}", errors: [{ messageId: 'deadline', line: 1, column: 23, endColumn: 49, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Please settle your balance urgently.", errors: [{ messageId: 'rush', line: 1, column: 28, endColumn: 36, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Sale price! Time left: 02:13:56", errors: [{ messageId: 'deadline', line: 1, column: 13, endColumn: 32, suggestions: [] }] },
    { text: "remain time: {{days}}Days {{hours}}:{{minutes}}:{{seconds}}", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 60, suggestions: [] }] },
    { text: "{{days}} days {{hours}}:{{minutes}}:{{seconds}}", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 48, suggestions: [] }] },
    { text: "{{ viewers }} people are currently viewing “{{ product }}”", errors: [{ messageId: 'crowd', line: 1, column: 1, endColumn: 43, suggestions: [] }] },
    { text: "Your FREE Bottles Reserved For 09:59 Minutes", errors: [{ messageId: 'deadline', line: 1, column: 19, endColumn: 37, suggestions: [] }] },
    { text: "Your Offer Reserved | Expires in", errors: [{ messageId: 'deadline', line: 1, column: 23, endColumn: 33, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Only available for the next {{ time }}!", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 39, suggestions: [] }] },
    { text: "8 quotes requested in last hour", errors: [{ messageId: 'crowd', line: 1, column: 10, endColumn: 32, suggestions: [] }] },
    { text: "Time-Limited Welcome Offer:", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 27, suggestions: [] }] },
    { text: "{{ name }} purchased a luxury watch {{ n }} minutes ago", errors: [{ messageId: 'crowd', line: 1, column: 12, endColumn: 56, suggestions: [] }] },
    { text: "This Price Will Never Be Available Again!", errors: [{ messageId: 'ultimatum', line: 1, column: 6, endColumn: 41, suggestions: [] }] },
    { text: "Only 4:53 left to secure your discount", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 15, suggestions: [] }] },
    { text: "<p>{{ _('Please pay this invoice immediately to avoid your account being suspended.') }}</p>", syntax: 'html', errors: [{ messageId: 'rush', line: 1, column: 34, endColumn: 45, suggestions: [] }] },
    { text: "The special expires in {{ days }} day {{ hours }}:{{ minutes }}:{{ seconds }}", errors: [{ messageId: 'deadline', line: 1, column: 13, endColumn: 78, suggestions: [] }] },
    { text: "Offer ends in...", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 14, suggestions: [] }] },
    { text: "After this, you won't see this offer again.", errors: [{ messageId: 'ultimatum', line: 1, column: 13, endColumn: 43, suggestions: [] }] },
    { text: "Almost expired!", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 15, suggestions: [] }] },
    { text: "Your cart is about to expire!", errors: [{ messageId: 'deadline', line: 1, column: 6, endColumn: 29, suggestions: [] }] },
    { text: "16d : 21h : 57m : 23s", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 22, suggestions: [] }] },
    { text: "Wait! One last chance to add the workbook.", errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 5, suggestions: [] }] },
    { text: "Please note you only have 10 minutes to complete this transaction.", errors: [{ messageId: 'deadline', line: 1, column: 13, endColumn: 40, suggestions: [] }] },
    { text: "Reserved for 5 minutes", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 23, suggestions: [] }] },
    { text: "We have reserved an exclusive trial package for you for the next 15 minutes.", errors: [{ messageId: 'deadline', line: 1, column: 9, endColumn: 76, suggestions: [] }] },
    { text: "Spin before time runs out!", errors: [{ messageId: 'urgency', line: 1, column: 6, endColumn: 26, suggestions: [] }] },
    { text: "Quick! Your email", errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 6, suggestions: [] }] },
    { text: "Expiring soon", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 14, suggestions: [] }] },
    { text: "Offer expires when you leave", errors: [{ messageId: 'ultimatum', line: 1, column: 1, endColumn: 29, suggestions: [] }] },
    { text: "Limited Offer!", errors: [{ messageId: 'deadline', line: 1, column: 1, endColumn: 14, suggestions: [] }] },
    { text: "Hurry! Sale ends in:", errors: [{ messageId: 'urgency', line: 1, column: 1, endColumn: 6, suggestions: ["Take a look when you're ready"] }, { messageId: 'deadline', line: 1, column: 8, endColumn: 20, suggestions: [] }] },
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
      name: 'Markdown link text, after a vague low-stock claim',
      syntax: 'markdown',
      text: 'Stock is low. [Grab yours before they’re gone](https://example.com/sale)',
      errors: [
        { messageId: 'scarcity', line: 1, column: 1, endColumn: 13, suggestions: [] },
        { messageId: 'scarcity', line: 1, column: 27, endColumn: 46, suggestions: [] },
      ],
    },
  ],
});
