import { testRule } from '../rule-tester.js';

testRule('no-guilt-trip', {
  valid: [
    // Real-copy shapes that stay silent.
    {"text": "We're sorry to see you go. Feel free to tell us why you're leaving."},
    {"text": "We're sorry to see you go. Don't worry, you won't lose your saved recipes."},
    // A goodbye with no push to stay is a courtesy, even in an exit flow.
    { text: '{"exitModal": {"body": "We are sorry to see you go."}}', syntax: 'catalog' },
    { text: '{"subscription": {"downgrade": {"title": "Sorry to see you go"}}}', syntax: 'catalog' },
    { text: "We're sorry to see you go. Please let us know why you're cancelling." },
    // A line that is all its copy says: a heading or a goodbye string.
    "We’re sorry to see you go.",
    { text: '{"account": {"goodbye": {"title": "BookingPress - Sorry to see you go"}}}', syntax: 'catalog' },
    // Real-copy shapes that stay silent.
    {"text": "Hi Sam,\n\nWe received a request to unsubscribe from our emails, and we're sorry to see you go."},
    // Real-copy shapes that stay silent.
    "Your refund request has been processed successfully. We're sorry to see you go.",
    "We’re sorry to see you go, but if you ever decide to return, we’ll be here!",
    // Real-copy shapes that stay silent.
    { name: 'a catalogue key that names the cancellation as done', text: '{"emails": {"planCancelled": {"closing": "We are sorry to see you go. Tell us what we could have done better."}}}', syntax: 'catalog' },
    "We're so sorry to see you go! Your membership has now been cancelled.",
    // Real-copy shapes that stay silent.
    { text: 'Dear Sam,\n\nWe are writing to confirm that your request to delete your account has been successfully processed. We are sorry to see you go.', syntax: 'markdown' },
    { text: '# Account Deactivated\n\nHello Sam,\n\nWe’re sorry to see you go! If you have any questions, reply to this email.', syntax: 'markdown' },
    // Real-copy shapes that stay silent.
    "We won't let your data disappear when you cancel.",
    // Real-copy shapes that stay silent.
    "We're sorry to see you go. You will no longer receive emails from us.",
    "We've processed your request to cancel your subscription. We're sorry to see you go!",
    "Sorry to see you go. You have left the group.",
    // Real-copy shapes that stay silent.
    "We're sorry to see you go. Your subscription has been cancelled and you will not be charged again.",
    "You have been unsubscribed from our newsletter. We are sorry to see you go.",
    "Hi Sam,\n\nWe've closed your account as you asked.\n\nWe're sorry to see you go.",
    "We don't want you to lose your data, so export it first.",
    // Real-copy shapes that stay silent.
    "No thanks, I'm not a fan of discounts",
    // Real-copy shapes that stay silent.
    "No thanks, I'll pass on this offer.",
    "I'll pass on the webinar.",
    "You can pass on the savings to your customers.",
    // Real-copy shapes that stay silent.
    "Where have you been? Add a trip to your timeline.",
    "Can't believe you are doing this for us — thank you!",
    "Come back! We've saved your seat.",
    // Real-copy shapes that stay silent.
    "Come back soon!",
    "Where have you been travelling this year?",
    "You're not leaving the house today, so we'll deliver tomorrow.",
    // Real-copy shapes that stay silent.
    "We can't believe you're already at level 10!",
    // Real-copy shapes that stay silent.
    "No thanks, I don't want newsletter emails.",
    "No thanks, I don't want another reminder.",
    // Real-copy shapes that stay silent.
    "Are you sure you want to lose all your unsaved changes?",
    "Please don't ignore this message: it confirms your new login from Berlin.",
    "Please think it over and let us know if you have any questions.",
    "No thanks, I hate surprises.",
    "No thanks. I understand my data will never be shared.",
    "No thanks, I hate spam.",
    "No, I don’t want more emails.",
    "Think twice before sharing your password with anyone.",
    "Why do you want to cancel? (optional)",
    "If you don't like our app, tell us why.",
    // Plain declines with a reason, and kind goodbyes.
    'No thanks, I’m not interested',
    'Nope, I don’t want these newsletters',
    'No thanks, I already have a library card',
    'No thanks, I’ll check out as a guest',
    'No, I don’t want to receive offers by text.',
    'No thanks, I’d rather not say.',
    'No thanks. I’ll decide later.',
    'No thanks, I want to keep the plan I have.',
    'No, I prefer e-mail.',
    'We’re sorry to see you go, and you’re welcome back any time.',
    'We’re sorry to see you go. If you change your mind, you can resubscribe anytime.',
    'Don’t go without your receipt.',
    // Plain declines and unsubscribe labels.
    'No thanks',
    'No thanks, maybe later',
    'No, thank you.',
    'No thanks, I’ll pass.',
    'No thanks, I’m not interested.',
    'No thanks, I don’t need help.',
    'I don’t want these emails anymore',
    "No thanks, I don't want these emails.",
    'I’m not interested in deals right now.',
    // Warm goodbyes.
    'We’ll miss you.',
    'We hope you’ll come back.',
    'If you’re leaving us, you can export your data first.',
    // Reassurance, not regret.
    'You won’t regret trying our soup.',
    "You won't regret it.",
    'I don’t think you’ll regret it.',
    'You’ll be sorry to hear that our founder is retiring.',
    'We regret to inform you that the event is cancelled.',
    // Real confirmations and ordinary copy.
    'Are you sure you want to delete this file?',
    'Are you sure you want to leave? Unsaved changes will be lost.',
    'Do you want to save your changes?',
    'Are you leaving the country? Update your address.',
    'How are you going?',
    'You may regret sharing your password, so keep it private.',
    'Please don’t leave the page while the upload finishes.',
    'Don’t go anywhere, we’ll be right back.',
    'Your team can see this document.',
    'You can count on us.',
    'We won’t let you down.',
    'Don’t let the weather get you down.',
    'We’re counting on you to tell us what to build next.',
    'We thought you’d like to know.',
    'Take care of your health.',
    // Ordinary first-person statements.
    'I’d rather pay full price than wait a month.',
    'I hate wasting money, so Acme is perfect for me.',
    'I love saving money.',
    // Quoted as an example of what not to write.
    'Avoid decline links like “No thanks, I hate saving money.”',
    { text: 'Write the decline link as `No thanks, I hate free stuff` in the old template.', syntax: 'markdown', name: 'inline code is not copy' },
    // A decline with a plain preference or reason is not self-mockery.
    'No thanks, I’d rather talk to a person.',
    'No, I prefer to call instead.',
    'No thanks. I prefer paying monthly.',
    'No thanks, I am happy with my current plan.',
    'No thanks, I’m sure I’ll come back later.',
    'Nope, I’d rather wait for the next release.',
    'No thank you, I’m happy with the free version for now.',
    'Skip – I prefer a printed catalogue.',
    'No thanks, I’m fine with weekly e-mails.',
    'No thanks, I enjoy reading the newsletter on the web.',
    // "Leaving" with an object is not the exit.
    'Instead of leaving a review, email us.',
    'Instead of leaving your bike outside, bring it into the lobby.',
    'Instead of going to the post office, print the label at home.',
    'Instead of leaving feedback in the app, reply to this message.',
  ],
  invalid: [
    {"text": "We're sad to see you go, but, before you leave, take 50% off.", "errors": [{"messageId": "leaving", "line": 1, "column": 1, "endColumn": 24, "suggestions": []}]},
    {"text": "Are you sure you want to cancel? We're sorry to see you go.", "errors": [{"messageId": "stockExit", "line": 1, "column": 34, "endColumn": 59, "suggestions": []}]},
    {"text": "We're sad to see you go, but we'd love to give you 50% off to stay.", "errors": [{"messageId": "leaving", "line": 1, "column": 1, "endColumn": 24, "suggestions": []}]},
    {"text": "Sorry to see you go — stay for 50% off!", "errors": [{"messageId": "stockExit", "line": 1, "column": 1, "endColumn": 20}]},
    {"text": "<h1>Sorry to see you go</h1><p>Are you sure you want to cancel? Stay and get 50% off.</p>", "syntax": "html", "errors": [{"messageId": "stockExit", "line": 1, "column": 5, "endColumn": 24}]},
    {"text": "{\"goodbyeTitle\": \"Sorry to see you go\", \"goodbyeBody\": \"Are you sure? Stay and get 50% off.\"}", "syntax": "catalog", "errors": [{"messageId": "stockExit", "line": 1, "column": 19, "endColumn": 38}]},
    {"text": "Hi Sam,\n\nWe've received your request to cancel. We're sorry to see you go! Before it goes through, stay with us and get 50% off your next 3 months.", "errors": [{"messageId": "stockExit", "line": 3, "column": 40, "endColumn": 65}]},
    { text: '{"no_free_cancellation": "No i don\'t want free cancellation"}', syntax: 'catalog', errors: [{ messageId: 'confirmshaming', line: 1, column: 27, endColumn: 60 }] },
    { text: "Don't let all that progress slip away.", errors: [{ messageId: 'loss', line: 1, column: 1, endColumn: 38, suggestions: [] }] },
    { text: "We're sorry to see you go. Your account has been deleted due to repeated use of profanity.", errors: [{ messageId: 'stockExit', line: 1, column: 1, endColumn: 26, suggestions: [] }] },
    { text: "We're sorry to see you go. Here's what you'll lose access to:", errors: [{ messageId: 'stockExit', line: 1, column: 1, endColumn: 26, suggestions: [] }] },
    { text: "We'd hate to lose you.", errors: [{ messageId: 'leaving', line: 1, column: 1, endColumn: 22, suggestions: [] }] },
    { text: "No thanks, I'll pass on saving money.", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 37, suggestions: ["No thanks"] }] },
    { text: "I'll pass on free shipping.", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 27, suggestions: ["No thanks"] }] },
    { text: "No, I don't want my free gift", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 30, suggestions: ["No thanks"] }] },
    // Real-copy shapes.
    { text: "🔥 Come back!", errors: [{ messageId: "leaving", line: 1, column: 4, endColumn: 13, suggestions: [] }] },
    { text: "Where have you been?", errors: [{ messageId: "guilt", line: 1, column: 1, endColumn: 20, suggestions: [] }] },
    { text: "You were not leaving your cart just like that, right?", errors: [{ messageId: "leaving", line: 1, column: 1, endColumn: 53, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Hm, can’t believe you are doing this! When you decide to reactivate it, we’ll be here for you.", errors: [{ messageId: "leaving", line: 1, column: 5, endColumn: 37, suggestions: [] }] },
    // Real-copy shapes.
    { text: "No thanks, I don't want smoother skin", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 38, suggestions: ["No thanks"] }] },
    // Real-copy shapes.
    { text: "<h3><?php esc_html_e( 'Wait! Don’t leave yet', 'shop' ); ?></h3>", syntax: 'html', errors: [{ messageId: 'leaving', line: 1, column: 30, endColumn: 41, suggestions: [] }] },
    { text: "No Thanks, I Hate Making $1K Commissions", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 41, suggestions: ["No thanks"] }] },
    { text: "No, I Don’t Want More Traffic", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 30, suggestions: ["No thanks"] }] },
    { text: "No Thanks, I’ll Stick With Tiny Commissions", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 44, suggestions: ["No thanks"] }] },
    { text: "No thanks. I’d rather not upgrade today and I acknowledge that I will have to pay much more later.", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 98, suggestions: ["No thanks"] }] },
    { text: "We’re sorry to see you go. Are you sure?", errors: [{ messageId: 'stockExit', line: 1, column: 1, endColumn: 26, suggestions: [] }] },
    { text: "No thanks, continue to my order. I understand I’ll never see this offer again.", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 78, suggestions: ["No thanks"] }] },
    { text: "No, I don’t want better results.", errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 32, suggestions: ["No thanks"] }] },
    { text: "Please don’t dismiss this request", errors: [{ messageId: 'guilt', line: 1, column: 1, endColumn: 34, suggestions: [] }] },
    { text: "You don’t like our app?", errors: [{ messageId: 'guilt', line: 1, column: 1, endColumn: 24, suggestions: [] }] },
    { text: "Are you sure you want to disable this? Please think again!", errors: [{ messageId: 'secondGuess', line: 1, column: 40, endColumn: 58, suggestions: [] }] },
    { text: "Are you sure you want to lose access to my recommendations?", errors: [{ messageId: 'secondGuess', line: 1, column: 1, endColumn: 60, suggestions: [] }] },
    { text: "Why would you want to leave? We’ve given you everything.", errors: [{ messageId: 'leaving', line: 1, column: 1, endColumn: 29, suggestions: [] }] },
    {
      name: 'a decline and a preference that mocks the reader',
      text: 'No thanks, I’d rather figure it out alone.',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 42, suggestions: ['No thanks'] }],
    },
    {
      text: 'NO, I DON’T FEEL LIKE LOOKING GOOD TODAY',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 41, suggestions: ['NO THANKS'] }],
    },
    {
      text: 'Nope – I enjoy doing things the hard way.',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 41, suggestions: ['No thanks'] }],
    },
    {
      text: 'No thanks, I don’t want to grow my shop.',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 40, suggestions: ['No thanks'] }],
    },
    {
      text: 'Skip – I don’t plan on having any readers',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 42, suggestions: ['No thanks'] }],
    },
    {
      name: 'the reason in its own sentence after the decline',
      text: 'No thanks. I will skip this bundle and give up my discount.',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 59, suggestions: ['No thanks'] }],
    },
    {
      name: 'a decline link in markup: no rewrite that would drop the closing tag',
      text: '<a href="/decline">No thanks</a> – I’m sure my old laptop will last forever',
      syntax: 'catalog',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 20, endColumn: 76, suggestions: [] }],
    },
    { text: 'No thanks, I’m sure I’ll manage.', errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 32, suggestions: ['No thanks'] }] },
    { text: 'No thanks, I’d rather not save 20% today.', errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 41, suggestions: ['No thanks'] }] },
    { text: 'Nope, I’m happy with dull, tired skin.', errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 38, suggestions: ['No thanks'] }] },
    { text: 'No, I’m fine without the discount.', errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 34, suggestions: ['No thanks'] }] },
    { text: 'No thanks, I prefer spending more on shipping.', errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 46, suggestions: ['No thanks'] }] },
    {
      text: 'We’re so sad to see you go!',
      errors: [{ messageId: 'leaving', line: 1, column: 1, endColumn: 27, suggestions: [] }],
    },
    {
      text: 'It breaks our hearts to see you leave.',
      errors: [{ messageId: 'leaving', line: 1, column: 1, endColumn: 38, suggestions: [] }],
    },
    {
      text: 'Instead of cancelling, pause your plan for a month.',
      errors: [{ messageId: 'leaving', line: 1, column: 1, endColumn: 22, suggestions: [] }],
    },
    {
      text: 'Wait! Don’t go',
      errors: [{ messageId: 'leaving', line: 1, column: 7, endColumn: 15, suggestions: [] }],
    },
    {
      text: 'A crying puppy waves goodbye.',
      errors: [{ messageId: 'guilt', line: 1, column: 3, endColumn: 15, suggestions: [] }],
    },
    {
      text: 'No thanks, I don’t like saving money.',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 37, suggestions: ['No thanks'] }],
    },
    {
      text: 'No, I prefer to pay full price',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 31, suggestions: ['No thanks'] }],
    },
    {
      name: 'the self-mocking clause alone, as a button',
      text: "I'll stay uninformed.",
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 21, suggestions: ['No thanks'] }],
    },
    {
      text: 'NO THANKS, I HATE FREE STUFF',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 29, suggestions: ['NO THANKS'] }],
    },
    {
      name: 'the decline and the clause in two sentences',
      text: 'No thanks. I hate free stuff.',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 29, suggestions: ['No thanks'] }],
    },
    {
      text: 'Nope, I would rather keep overpaying for ink.',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 45, suggestions: ['No thanks'] }],
    },
    {
      text: "No thanks, I'm fine overpaying.",
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 31, suggestions: ['No thanks'] }],
    },
    {
      text: 'No thank you, I do not want to be healthy.',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 42, suggestions: ['No thanks'] }],
    },
    {
      text: 'Nah, saving money isn’t for me.',
      errors: [{ messageId: 'confirmshaming', line: 1, column: 1, endColumn: 31, suggestions: ['No thanks'] }],
    },
    {
      text: 'You’ll regret it!',
      errors: [{ messageId: 'regret', line: 1, column: 1, endColumn: 17, suggestions: ['We think you’ll love it'] }],
    },
    {
      text: 'You will regret it if you skip this.',
      errors: [{ messageId: 'regret', line: 1, column: 1, endColumn: 19, suggestions: [] }],
    },
    {
      text: 'Buy now or regret it.',
      errors: [{ messageId: 'regret', line: 1, column: 9, endColumn: 21, suggestions: [] }],
    },
    {
      text: "You'll be sorry!",
      errors: [{ messageId: 'regret', line: 1, column: 1, endColumn: 16, suggestions: ["We think you'll love it"] }],
    },
    {
      text: 'Don’t you care about your health?',
      errors: [{ messageId: 'guilt', line: 1, column: 1, endColumn: 34, suggestions: [] }],
    },
    {
      text: 'We thought you cared.',
      errors: [{ messageId: 'guilt', line: 1, column: 1, endColumn: 21, suggestions: ["We'd love to hear how we can do better"] }],
    },
    {
      text: 'Your team is counting on you.',
      errors: [{ messageId: 'guilt', line: 1, column: 1, endColumn: 29, suggestions: [] }],
    },
    {
      text: "Don't let us down.",
      errors: [{ messageId: 'guilt', line: 1, column: 1, endColumn: 18, suggestions: ["We'd love your support"] }],
    },
    {
      text: 'You are letting your whole team down.',
      errors: [{ messageId: 'guilt', line: 1, column: 1, endColumn: 37, suggestions: [] }],
    },
    {
      text: 'After all we’ve done for you, you’re leaving us?',
      errors: [
        { messageId: 'guilt', line: 1, column: 1, endColumn: 29, suggestions: [] },
        { messageId: 'leaving', line: 1, column: 31, endColumn: 49, suggestions: [] },
      ],
    },
    {
      text: 'You’re leaving us?',
      errors: [{ messageId: 'leaving', line: 1, column: 1, endColumn: 19, suggestions: ['We’re sorry to see you go, and you’re welcome back any time.'] }],
    },
    {
      text: 'Leaving so soon?',
      errors: [{ messageId: 'leaving', line: 1, column: 1, endColumn: 17, suggestions: ["We're sorry to see you go, and you're welcome back any time."] }],
    },
    {
      text: 'Please don’t go!',
      errors: [{ messageId: 'leaving', line: 1, column: 1, endColumn: 16, suggestions: [] }],
    },
    {
      text: 'Are you sure you want to miss out?',
      errors: [{ messageId: 'secondGuess', line: 1, column: 1, endColumn: 35, suggestions: ['Want to take another look?'] }],
    },
    {
      name: 'multi-line: a decline under a sign-up form',
      text: 'Get 10% off your first order.\n\nNo thanks, I’d rather pay full price.',
      errors: [{ messageId: 'confirmshaming', line: 3, column: 1, endColumn: 37, suggestions: ['No thanks'] }],
    },
    {
      name: 'Markdown decline link',
      syntax: 'markdown',
      text: '[Shop the sale](https://example.com/sale)\n\n[No thanks, I don’t like saving money](https://example.com/decline)\n',
      errors: [{ messageId: 'confirmshaming', line: 3, column: 2, endColumn: 38, suggestions: ['No thanks'] }],
    },
    {
      name: 'Markdown heading',
      syntax: 'markdown',
      text: '# Wait, you’re leaving us?\n\nWe *thought* you cared about us.\n',
      errors: [
        { messageId: 'leaving', line: 1, column: 3, endColumn: 27, suggestions: ['We’re sorry to see you go, and you’re welcome back any time.'] },
        // The rewrite would delete the emphasis markers, so the linter holds it back.
        { messageId: 'guilt', line: 3, column: 1, endColumn: 32, suggestions: [] },
      ],
    },
  ],
});
