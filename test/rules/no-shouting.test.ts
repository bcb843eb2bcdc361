import { describe, expect, it } from 'vitest';
import { acronyms, emphasisWords, everydayWords, minorWords, properNames } from '../../rules/no-shouting/words.js';
import { testRule } from '../rule-tester.js';

testRule('no-shouting', {
  valid: [
    // Real-copy shapes that stay silent.
    {"text": "See the NOTICE file distributed with this work."},
    {"text": "Press the SEND button to continue."},
    {"text": "const FROM = 'team@example.com';\nawait send({\n  from: FROM,\n  subject: 'Your invoice',\n});", "syntax": "text"},
    // Real-copy shapes that stay silent.
    {"text": "Make sure the bot has at least READ access to the repository."},
    {"text": "Please remove **BAN USERS** rights from the bot."},
    {"text": "NOTE! If you decide not to take the berth, your application is cancelled."},
    // Real-copy shapes that stay silent.
    {"text": "Great news! Your spot is reserved.\n\n─────────────\nTOUR DETAILS\n─────────────\nDate: 3 May"},
    // Real-copy shapes that stay silent.
    {"text":"THANK YOU for volunteering at the fair!"},
    {"text":"Great news! Your booking has been CONFIRMED by our team."},
    {"text":"Your application has been APPROVED!"},
    // Real-copy shapes that stay silent.
    {"text": "Welcome back! Reply MENU to browse or ORDER to repeat your last order."},
    {"text": "Cancel, reply STOP, for help, HELP."},
    {"text": "{\"m\": \"&cNot enough money. You need &6%CREATION-PRICE% &cto create a shop.\"}", "syntax": "catalog"},
    // Real-copy shapes that stay silent.
    {"text": "Please contact the Community Department via the VATSIM UK website."},
    {"text": "We appreciate your interest in the COMESA E-Procurement System."},
    // Real-copy shapes that stay silent.
    "Only tickets with status REPAIRED or COMPLETED can be returned.",
    "Only orders with status SHIPPED can be returned.",
    "We couldn\u2019t load your classes. / \u4e88\u7d04\u6e08\u307f\u30af\u30e9\u30b9\u306e\u8aad\u307f\u8fbc\u307f\u306b\u5931\u6557\u3057\u307e\u3057\u305f\u3002",
    {"text": "{#TODO INSERT Quicket widget HERE #}<p>Hello</p>", "syntax": "html"},
    // Real-copy shapes that stay silent.
    {"text": "**{{ $monitorName }}** is currently **DOWN**.", "syntax": "markdown"},
    "Your monitor Shop API is currently DOWN.",
    // Real-copy shapes that stay silent.
    {"text": "Your ORDER No. 1042 is shipped!"},
    {"text": "Please do not write in ALL CAPS!"},
    // Real-copy shapes that stay silent.
    {"text": "Please do not use CAPSLOCK!"},
    {"text": "Your ORDER # 1042 is shipped!"},
    {"text": "Thanks for reading,\nThe LINK UP team"},
    // Real-copy shapes that stay silent.
    'Your order shipped.\n\nAll the best,\nGOMEDICAL EMR',
    // Real-copy shapes that stay silent.
    { name: 'a name in capitals under a sign-off', text: '<p>Your booking is confirmed.</p><p>Kind regards,<br>HARBOUR VIEW HOTEL</p>', syntax: 'html' },
    // Real-copy shapes that stay silent.
    'Our system has automatically marked your connection as DOWN to protect stability.',
    { name: 'a doctype inside a template string', text: 'const html = `<!DOCTYPE html>\n<p>Your cake is ready.</p>`;', syntax: 'text' },
    // Real-copy shapes that stay silent.
    'You have 40 BIT tokens. Redeem BIT tokens for offers in the store.',
    // Real-copy shapes that stay silent.
    { name: 'the ?? operator at the end of a line of code', text: 'const name = user.name ??\n  fallback;', syntax: 'text' },
    // Real-copy shapes that stay silent.
    { text: "'headerSubtitle' => $headerSubtitle ?? NEWSLETTER,\n'logoUrl' => $logoUrl ?? url('logo.png'),", syntax: 'text' },
    { text: '<button class="cta-button">YES, I\'ll donate monthly</button>', syntax: 'html' },
    { text: "= link_to 'YES, I will be there!', @confirm_visit_url", syntax: 'text' },
    // Real-copy shapes that stay silent.
    { text: '{"cooldown": "<color:#ff7171><sprite_or:⁉:gui:icon/chat_modified>Too fast, you will be able to use it in <time>"}', syntax: 'catalog' },
    { text: 'A new sign-in to your account.\n\nWASN\'T YOU?\nReset your password now.', syntax: 'text' },
    { text: 'Your e-mail address was changed.\n\nDIDN\'T REQUEST THIS?\nWrite to us.', syntax: 'text' },
    // Real-copy shapes that stay silent.
    { text: "const SUPPORT = 'info@example.com';\nThanks for your order.", syntax: 'text' },
    { text: '<CFMAIL TO="#email#" FROM="#from#" SUBJECT="Auction - Losing Bid">\nYou were outbid on this lot.', syntax: 'text' },
    { text: '<CFQUERY NAME=getBids DATASOURCE="#source#">\n  SELECT Bid.price, Member.email\n  FROM Bid INNER JOIN Member ON Bid.userID = Member.userID\n  <CFIF x EQ 0>AND Member.events LIKE \'%loser%\'</CFIF>\n</CFQUERY>', syntax: 'text' },
    '*** This is a system-generated message. DO NOT REPLY TO THIS EMAIL. ***',
    // Real-copy shapes that stay silent.
    "You can redeem BIT Tokens for special offers.",
    "Best,\nIAGREEK Support Team",
    "Thanks,\nCHANCE LAPTOPS Payment Support Team",
    { text: "    text = <<~TEXT\n      Hello there.\n    TEXT\n  end", syntax: "text" },
    // Real-copy shapes that stay silent.
    "Use the prominent UNSUBSCRIBE link below to leave the list.",
    "Reset your RUNALYZE password",
    "© 2024 B-KELANA INTERNATIONAL Leave Management System. All rights reserved.",
    "© 2026 TRIBE365 - ALL RIGHTS RESERVED",
    { text: "Regards,\n- INSERT CORRESPONDENCE NAME HERE", syntax: "text" },
    { text: "text = <<~TEXT\n  Hello there, your order is ready.\nTEXT", syntax: "text" },
    { text: "$title = \"Welcome to \" . ConfigurationVariables::NAME;", syntax: "text" },
    { text: "Hi Sam,\n\nYour request was rejected.\n\nREQUESTED BY: {{ email }}\nREQUEST RECEIVED ON: {{ date }}\nSTATUS: Rejected", syntax: "text" },
    { text: "Hi Sam,\n\nNEED ASSISTANCE?\nIf you have questions, reply to this email.", syntax: "text" },
    { text: "Hi Sam,\n\nWHY DID YOU RECEIVE THIS EMAIL?\nYou signed up at example.com.", syntax: "text" },
    // Real-copy shapes that stay silent.
    "Sample data has NOT been imported into Simple Invoices.",
    "File upload is NOT allowed on this system.",
    "More than one subscriber had this address, so the subscriber info was NOT updated.",
    "Your photos will NOT automatically be saved until you link another account.",
    // Real-copy shapes that stay silent.
    { text: '<h3 style="color: red">MONTHLY PLAN for $4 a month</h3>\n<p>Pick the plan that suits you.</p>', syntax: 'html' },
    'Manage your options here:\n{enable_profil_cp.LINK}\n<!-- END enable_profil_cp -->',
    // Real-copy shapes that stay silent.
    { text: 'Thank you for shopping with CHANCE LAPTOPS! Your order is on its way.\n\nCHANCE LAPTOPS Payments Team', syntax: 'markdown' },
    '📍 **Location:** [VENUE ADDRESS]',
    'If you are running late, text or call: [PHONE NUMBER]',
    '**Payment Status: CONFIRMED** ✅',
    'const page = `<!DOCTYPE html><p>Hi ${name}</p>`;',
    'data: { shop, type, ...DEFAULTS[type], enabled: true }',
    // Real-copy shapes that stay silent.
    "Your FIT & MATCH checkout is ready.",
    "Hi TEST USER, your job listing is live.",
    { text: "<html><head><title>Service currently unavailable | NICE</title></head><body><p>We are fixing it.</p></body></html>", syntax: 'html' },
    { text: "<p>We are fixing it. <abbr title=\"National Institute\">NICE</abbr> will be back soon.</p>", syntax: 'html' },
    // Real-copy shapes that stay silent.
    "DO NOT share your recovery phrase with ANYONE.",
    "NEVER give your PIN to anyone, not even to us.",
    // Real-copy shapes that stay silent.
    { text: "<h3>?? Low Stock Alert</h3>\n<p>Only a few jars are left of the honey you liked.</p>", syntax: 'html' },
    "Your order is on its way ??\nTrack it from your account.",
    // Real-copy shapes that stay silent.
    { text: "<p>Get 15% off your first order.</p>\n<label for=\"dont-show\">DON'T SHOW THIS POPUP AGAIN</label>", syntax: 'html' },
    { text: "<p>Hi Sam, your order has shipped.</p>\n<a href=\"/account\">MY ACCOUNT</a>", syntax: 'html' },
    // Real-copy shapes that stay silent.
    "This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.",
    // Real-copy shapes that stay silent.
    "IMPORTANT: Server 'web-1' is DOWN",
    "The monitor for checkout.example.com went OFFLINE at 14:02 and is back UP since 14:09.",
    "WARNING: This is a CERTIFICATE AUTHORITY! Revoking it will invalidate the certificates issued by this CA.",
    "This server requires that you wait 10 seconds after connecting before you can use /LIST.",
    { text: "{\"a\": \"ERROR 404 - PAGE NOT FOUND!\"}", syntax: 'catalog' },
    { text: "Hi Sam,\n\nYour training is overdue.\n\n-- DO NOT DELETE ANYTHING BELOW THIS LINE --\nticket 42", syntax: 'text' },
    { text: "{\"a\": \"Add the `??` operator, for example `trigger.date ?? execution.startDate`.\"}", syntax: 'catalog' },
    // Real-copy shapes that stay silent.
    "Your consent to one required document is overdue. Your membership status has been changed to RESTRICTED until you give it.",
    // Real-copy shapes that stay silent.
    "Please use this password to open the documents sent to you via email from SORMAS: 4711",
    // Real-copy shapes that stay silent.
    { text: "<p><a href=\"<?php echo $domain; ?>\">BOX'NGO</a> is an online platform that makes it easy to sell online.</p>", syntax: 'html' },
    { text: "Hi Sam,\n\nThanks for joining PLATEPOINTS, our loyalty programme.\n\nYou earn PLATEPOINTS on every order.", syntax: 'text' },
    { text: "We would love to show you around. Book a meeting with one of our consultants: [BOOKING LINK]({{ $bookingUrl }})", syntax: 'text' },
    { text: "<FULL-SUPPORT>\nWe will pay for your travel.\n</FULL-SUPPORT>", syntax: 'text' },
    { text: "doctype html\nhtml\n  body\n    table\n      tr\n        td\n          // BEGIN TEMPLATE //\n          p Thanks for applying.", syntax: 'text' },
    // Real-copy shapes that stay silent.
    { text: "Hi Sam,\n\nYour booking is confirmed.\n\nWHAT YOU CAN DO\n---------------\n1. Check your calendar.\n2. Add the meeting link.", syntax: 'text' },
    { text: "BOOKING CANCELLED\n=================\nHello Sam, your booking for Friday has been cancelled at your request.", syntax: 'text' },
    { text: "<p>Your subscription for the <strong>{{ strtoupper(str_replace('_', ' ', $subscription->plan_type)) }} PLAN</strong> is ending in 3 days.</p>", syntax: 'html' },
    { text: "<p>Welcome to the {{ team.name | upper }} TEAM, we are glad you are here.</p>", syntax: 'html' },
    { text: "<h2>IMPORTANT</h2>\n<h3>Encountered any issues?</h3>\n<p>Please contact us through the contact form.</p>", syntax: 'html' },
    { text: "const storeConfig = getStoreConfigV2(store ?? context?.store);", syntax: 'text' },
    // Real-copy shapes that stay silent.
    { text: "{\"a\": \"Use the code (WELCOME) at checkout.\"}", syntax: 'catalog' },
    // Real-copy shapes that stay silent.
    "Please click on this link to set the password for the user SYSADMIN.",
    "Log in as ADMIN to continue.",
    // Real-copy shapes that stay silent.
    "const baseUrl = process.env.APP_URL\n  ?? process.env.AUTH_URL\n  ?? \"https://app.example.com\";",
    // Real-copy shapes that stay silent.
    "Powered by PYBOSSA",
    "It has been 2 months since you last logged in to your PERSCOM account.",
    "Thanks for using ZENTRIX today.",
    "TO DECLINE: if you are not interested, please visit the page.",
    "WARNING! If you delete the project, all its groups and posts will be deleted. Are you sure?",
    "CAUTION! Changing this will not convert amounts already entered.",
    // Real-copy shapes that stay silent.
    "const baseUrl =\n  process.env.APP_URL\n  ?? 'https://app.example.com';",
    // Real-copy shapes that stay silent.
    { text: "<p><strong>NORTHWIND TRADERS (AUSTRALIA) PTY LTD</strong><br>Level 2, 10 Smith Street</p>", syntax: 'html' },
    "Sold by BLUE HERON GOODS LLC, Portland.",
    "Thanks for shopping with us. ZELTRA HOLDINGS INC.",
    "Registered office: KAFFEEWERK GMBH, Berlin.",
    // Real-copy shapes that stay silent.
    "Thank you for your order CUSTOMERNAME! Your order ORDERID has been received.",
    // Real-copy shapes that stay silent.
    { text: "<div><span><strong>YOUR\n   ORDER IS READY FOR COLLECTION</strong></span><br><br>Thanks for shopping with us.</div>", syntax: 'html' },
    { text: "<p><strong>YOUR ORDER IS READY FOR COLLECTION</strong></p>", syntax: 'html' },
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nWHAT HAPPENS NEXT?\n\nWe retry in 3 days.",
    "Hi,\n\nWHAT YOU WILL GET:\n- a plan",
    "Hi,\n\n*** NOTE ***\nThis is a reminder.",
    "Hi,\n\n- 🤖 YOUR OWN PERSONAL AI ASSISTANT\n- ✅ UNLIMITED meal plans",
    "[BUTTON: Download your guide]",
    // Real-copy shapes that stay silent.
    "Balance outstanding: <BALANCE>",
    "YOUR LOGIN CODE\n\nUse 123456 to sign in.",
    "- CTA label: ACTIVATE NOW",
    { text: '<p>Your plan was cancelled.</p><Button href="/content">VIEW YOUR CONTENT →</Button>', syntax: 'html' },
    // Real-copy shapes that stay silent.
    "Must have at least one UPPERCASE letter",
    "You do NOT lose any subscription time when you upgrade.",
    "You will NOT be charged twice.",
    // Real-copy shapes that stay silent.
    "Ticket generated!! We will reply within a day.",
    { text: "Hi {name ?? 'there'}, your order is ready.", name: 'the ?? operator of a JSX template' },
    { text: '<p>Your plan is ready. <strong>🎁 WELCOME BACK OFFER</strong> inside.</p>', syntax: 'html', name: 'capitals that fill an element' },
    { text: '<p>Hi Sam, <span class="text-xs uppercase">// BEFORE YOU GO</span> we saved your cart.</p>', syntax: 'html', name: 'an element set in capitals by its class' },
    "This chest is NOT protected. Use a golden shovel.",
    "This action can NOT be undone. Are you sure you want to continue?",
    "Please do NOT send the payment until the seller confirms.",
    "ALL new data will be saved from the selected source.",
    "YES! Add coaching calls for $29",
    "Use the code (BLKFRI) at checkout.",
    "IMPORTANT: Your client ID is 12345. Please keep it safe.",
    {
      text: JSON.stringify({ accept: 'YES! I WANT TO SAVE', stay: 'NO - Please Don’t Cancel My Subscription', availability: 'IN STOCK!' }),
      syntax: 'catalog',
      name: 'buttons and badges named by their keys',
    },
    { text: JSON.stringify({ ban: '&cReason &8» &7%REASON%' }), syntax: 'catalog', name: 'a placeholder right after a colour code' },
    { text: 'const WELCOME = {\n  subject: "Hi"\n};\nexport default WELCOME;', name: 'identifiers on lines of program text' },
    // Acronyms and initialisms.
    'Read the FAQ, download the PDF and ask our CEO anything.',
    'Ships to the USA, UK and EU.',
    'Pay by SMS, API or GDPR-compliant invoice.',
    'Your ID, PIN and CVV are safe. Prices include VAT.',
    'Open 9 AM to 5 PM, Monday to Friday.',
    'We’re based in the US and the UK.',
    'The IT team will call you back.',
    'Get it at M&S, AT&T stores or via HTML and URL links.',
    'P.S. The NHS and HMRC accept our invoices.',
    'Our CEO’s note is below. Read NASA’s report.',
    'OK, we’ll send it ASAP.',
    'Sign up for our FAQs and PDFs.',
    'This key signs outgoing GET requests, and the hook sends a POST request to your URL.',
    // A button or a heading string set wholly in capitals may thank or ask.
    { name: 'a decline button in capitals', text: JSON.stringify({ popup: { decline: 'NO, THANK YOU' } }), syntax: 'catalog' },
    { name: 'a survey heading in capitals', text: JSON.stringify({ exit: { header: 'TELL US WHY?' } }), syntax: 'catalog' },
    // Codes, numerals, single letters, sizes.
    'Use code SAVE20 on A4 prints.',
    'COVID-19 rules still apply in store.',
    'World War II, Henry VIII and Part IV of the guide.',
    'I think a cat is fine. A dog is fine too.',
    'Sizes run from XS to XXL.',
    'Set MAX_RETRIES to 3 in the config.',
    // Labels the reader types or taps, quotes, hashtags.
    'Reply STOP to opt out.',
    'Tap “BUY NOW” to finish your order.',
    'Your booking reference is QWERTY.',
    'Join the #BLACKFRIDAY fun with @ACME.',
    // Names and brands.
    'NEXT has new arrivals every week.',
    'Visit ACME CORP for details.',
    'Welcome to JOHN LEWIS.',
    'Upgrade to PLUS for more storage.',
    { text: 'New styles from ZALANDO arrive today.', options: { allow: ['ZALANDO'] }, name: 'allowed brand' },
    '123 MAIN STREET\nNEW YORK, NY 10001',
    // Calm punctuation and kind copy.
    'What a day! Are you coming?',
    'Well… that was quick.',
    'Hi {{first_name}}, your order is on its way.',
    'We just launched dark mode.',
    'Early-bird pricing ends on 30 April.',
    'Easy Tiger Bakery opens at 8.',
    'If you didn’t request this, you can ignore this email.',
    { text: '## FAQ\n\nRead the `README` first.', syntax: 'markdown' },
    { text: 'Type `DELETE` to confirm, then `RESTART NOW`.', syntax: 'markdown' },
    // Capitals as design: navigation, buttons, field and table labels, headings, scale labels.
    'HOME | SHOP | ABOUT US | CONTACT',
    'MY ACCOUNT',
    'SHOP NOW',
    'CHECKOUT',
    'ORDER NUMBER: {{order_id}}',
    'DELIVERY ADDRESS: see the label on your parcel.',
    'NOT LIKELY\nEXTREMELY LIKELY',
    'PAYMENT FAILED. PLEASE TRY AGAIN.',
    'SAVED. CHANGES APPLY TO {{store_name}}.',
    { text: '# SUMMER SALE\n\nEverything is half price this week.', syntax: 'markdown' },
    { text: '## WHAT YOU NEED TO KNOW\n\nYour plan renews on 3 May.', syntax: 'markdown' },
    { text: '| ITEM | QTY | PRICE |\n| --- | --- | --- |\n| Mug | 1 | £8 |', syntax: 'markdown' },
    // Acronyms outside the list.
    'Use the REST API to fetch your orders.',
    'Your REST API key was rotated on Monday.',
    'Add the SKU and your IBAN to the form.',
    // A single deal word set as a badge inside a sentence is the convention of an offer, like a price tag.
    'FREE shipping on all orders.',
    'Get 50% OFF everything.',
    'Start your FREE 30-day trial of the Team plan.',
    { text: 'Everything is **50% OFF** this week.', syntax: 'markdown' },
    // A template's styled blocks: a button, an eyebrow, a footer line, a label above a value, a value after a label.
    { text: '<p>Hi Sam,</p><p>Your invoice is ready.</p><p><a href="https://example.com/i/1">VIEW YOUR INVOICE</a></p>', syntax: 'html' },
    { text: '<p>Thanks for your order.</p><div>QUESTIONS? WRITE TO OUR TEAM</div><p>COPYRIGHT 2024 NORTHWIND LTD. ALL RIGHTS RESERVED.</p>', syntax: 'html' },
    { text: '<p>DELIVERY ADDRESS<br>12 Mill Lane</p>', syntax: 'html' },
    'Payment method: PAYPAL',
  ],
  invalid: [
    {"text": "Your ban has been CONFIRMED.", "errors": [{"messageId": "word", "line": 1, "column": 19, "endColumn": 28, "suggestions": ["confirmed"]}]},
    {"text": "You have been DENIED access to this page.", "errors": [{"messageId": "word", "line": 1, "column": 15, "endColumn": 21, "suggestions": ["denied"]}]},
    {"text": "You have NO access to this page.", "errors": [{"messageId": "word", "line": 1, "column": 10, "endColumn": 12, "suggestions": ["no"]}]},
    {"text": "Your invoice is overdue.\n\nFINAL NOTICE\nPay by 3 May.", "errors": [{"messageId": "word", "line": 3, "column": 1, "endColumn": 13, "suggestions": ["Final notice"]}]},
    {"text":"Your application has been APPROVED, but you must pay NOW.","errors":[{"messageId":"word","line":1,"column":27,"endColumn":35,"suggestions":["approved"]},{"messageId":"word","line":1,"column":54,"endColumn":57,"suggestions":["now"]}]},
    {"text": "Reply STOP to opt out or we will CHARGE you.", "errors": [{"messageId": "word", "line": 1, "column": 34, "endColumn": 40, "suggestions": ["charge"]}]},
    {"text": "Please confirm you want to DELETE this!", "errors": [{"messageId": "word", "line": 1, "column": 28, "endColumn": 34, "suggestions": ["delete"]}]},
    {"text": "Your order is OVERDUE.", "errors": [{"messageId": "word", "line": 1, "column": 15, "endColumn": 22, "suggestions": ["overdue"]}]},
    {"text": "Account status: EXPIRED PAY IMMEDIATELY OR LOSE EVERYTHING", "errors": [{"messageId": "word", "line": 1, "column": 17, "endColumn": 59, "suggestions": ["expired pay immediately or lose everything"]}]},
    {"text": "Please state CLEARLY and HONESTLY why you want a refund.", "errors": [{"messageId": "word", "line": 1, "column": 14, "endColumn": 21, "suggestions": ["clearly"]}, {"messageId": "word", "line": 1, "column": 26, "endColumn": 34, "suggestions": ["honestly"]}]},
    {"text": "## Pricing {#pricing}\n\nBUY NOW OR REGRET IT FOREVER!!!\n\n{# internal note #}", "syntax": "markdown", "errors": [{"messageId": "sentence", "line": 3, "column": 1, "endColumn": 29, "suggestions": ["Buy now or regret it forever"]}, {"messageId": "stacked", "line": 3, "column": 29, "endColumn": 32, "suggestions": ["!"]}]},
    {"text": "Your status is BANNED.", "errors": [{"messageId": "word", "line": 1, "column": 16, "endColumn": 22, "suggestions": ["banned"]}]},
    {"text": "Set the state to ARCHIVED, then WAIT FOR US!", "errors": [{"messageId": "word", "line": 1, "column": 33, "endColumn": 44, "suggestions": ["wait for us"]}]},
    {"text": "Your account is currently DOWN to its last credit!", "errors": [{"messageId": "word", "line": 1, "column": 27, "endColumn": 31, "suggestions": ["down"]}]},
    {"text": "Everything must go, HURRY #sale", "errors": [{"messageId": "word", "line": 1, "column": 21, "endColumn": 26, "suggestions": ["hurry"]}]},
    {"text": "CAPSLOCK IS ON!", "errors": [{"messageId": "sentence", "line": 1, "column": 1, "endColumn": 15, "suggestions": ["Capslock is on"]}]},
    {"text": "Thanks for choosing EVEREST and the TEMPEST team. Join our SECRET club today", "errors": [{"messageId": "word", "line": 1, "column": 60, "endColumn": 66, "suggestions": ["secret"]}]},
    {"text": "Please make sure to choose a SECURE password.", "errors": [{"messageId": "word", "line": 1, "column": 30, "endColumn": 36, "suggestions": ["secure"]}]},
    {"text": "Join the BIGGEST club in town", "errors": [{"messageId": "word", "line": 1, "column": 10, "endColumn": 17, "suggestions": ["biggest"]}]},
    {"text": "Order now, THE WHOLE team is waiting for YOU", "errors": [{"messageId": "word", "line": 1, "column": 12, "endColumn": 21, "suggestions": ["the whole"]}, {"messageId": "word", "line": 1, "column": 42, "endColumn": 45, "suggestions": ["you"]}]},
    { text: 'Your invoice is overdue.\n\nThanks,\nPAY IMMEDIATELY', errors: [{ messageId: 'word', line: 4, column: 1, endColumn: 16 }] },
    { text: 'Thanks, PLEASE PAY YOUR INVOICE NOW OR WE WILL SUSPEND YOUR ACCOUNT.', errors: [{ messageId: 'word', line: 1, column: 9, endColumn: 68 }] },
    { text: 'Please pay. THANKS, PAY NOW', errors: [{ messageId: 'sentence', line: 1, column: 13, endColumn: 28 }] },
    { text: 'Three warnings in a month result in a BAN.', errors: [{ messageId: 'word', line: 1, column: 39, endColumn: 42 }] },
    { text: '{"errmsg": "Did you post the same thing twice??"}', syntax: 'catalog', errors: [{ messageId: 'stacked', line: 1, column: 46, endColumn: 48 }] },
    { text: 'DO NOT REPLY TO THIS EMAIL!', errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 27, suggestions: ['Do not reply to this email'] }] },
    { name: "a refusal is no negated fact", text: "Late payments will NOT be tolerated.", errors: [{ messageId: "word", line: 1, column: 20, endColumn: 23, suggestions: ["not"] }] },
    { name: "a list marker is no copyright sign", text: "(c) YOU WILL LOSE YOUR ACCOUNT", errors: [{ messageId: "word", line: 1, column: 5, endColumn: 31, suggestions: ["you will lose your account"] }] },
    { name: "a threat before a colon is no label", text: "PAY UP OR WE SUE: the balance is 300 dollars.", errors: [{ messageId: "word", line: 1, column: 1, endColumn: 4, suggestions: ["Pay"] }] },
    { name: "a taunt is no topic heading", text: "Hi Sam,\n\nSERIOUSLY?\nThis is the third reminder we have sent.", syntax: "text", errors: [{ messageId: "word", line: 3, column: 1, endColumn: 10, suggestions: ["Seriously"] }] },
    { name: "an order before a name is still shouting", text: "DO NOT USE Mycelium without a backup.", errors: [{ messageId: "word", line: 1, column: 4, endColumn: 11, suggestions: ["not use"] }] },
    { name: "a word of alarm before a title-case word", text: "This is your FINAL Notice.", errors: [{ messageId: "word", line: 1, column: 14, endColumn: 19, suggestions: ["final"] }] },
    { name: "a pushed control name", text: "Click the STOP NOW button!", errors: [{ messageId: "word", line: 1, column: 11, endColumn: 19, suggestions: ["stop now"] }] },
    { name: "a short question heading that orders", text: "Hi Sam,\n\nPAY NOW?\nClick here.", syntax: "text", errors: [{ messageId: "sentence", line: 3, column: 1, endColumn: 8, suggestions: ["Pay now"] }] },
    { name: "a question heading aimed at the reader", text: "Hi Sam,\n\nWHAT ARE YOU WAITING FOR?\nBuy it.", syntax: "text", errors: [{ messageId: "sentence", line: 3, column: 1, endColumn: 25, suggestions: ["What are you waiting for"] }] },
    { name: "a negation aimed at the reader", text: "You will NOT get a refund for this month.", errors: [{ messageId: "word", line: 1, column: 10, endColumn: 13, suggestions: ["not"] }] },
    { name: "a negated fact, exclaimed", text: "Your order was NOT shipped!", errors: [{ messageId: "word", line: 1, column: 16, endColumn: 19, suggestions: ["not"] }] },
    { name: "never in a claim about a thing", text: "This price will NEVER be seen again.", errors: [{ messageId: "word", line: 1, column: 17, endColumn: 22, suggestions: ["never"] }] },
    { name: 'a status value that is a verdict', text: 'Your status: BANNED, stop emailing.', errors: [{ messageId: 'word', line: 1, column: 14, endColumn: 20, suggestions: ['banned'] }] },
    { name: 'a bracketed verdict is no placeholder', text: 'We checked your file. [ACCOUNT TERMINATED] Goodbye.', errors: [{ messageId: 'word', line: 1, column: 24, endColumn: 42, suggestions: ['account terminated'] }] },
    { name: 'a footnote mark is no code', text: 'Pay NOW[1] to avoid fees.', errors: [{ messageId: 'word', line: 1, column: 5, endColumn: 8, suggestions: ['now'] }] },
    { name: 'a verdict later in a heading', text: '<h1>Your refund was DENIED</h1>\n<p>Sorry.</p>', syntax: 'html', errors: [{ messageId: 'word', line: 1, column: 21, endColumn: 27, suggestions: ['denied'] }] },
    { text: '<h2>LAST CHANCE to save</h2>', syntax: 'html', errors: [{ messageId: 'word', line: 1, column: 5, endColumn: 16, suggestions: ['Last chance'] }] },
    { text: 'Thank you for shopping with CHANCE LAPTOPS! PAY NOW to keep your order.\n\nPAY NOW or your order is cancelled.\n\nCHANCE LAPTOPS Payments Team', syntax: 'markdown', errors: [{ messageId: 'word', line: 1, column: 45, endColumn: 52, suggestions: ['Pay now'] }, { messageId: 'word', line: 3, column: 1, endColumn: 8, suggestions: ['Pay now'] }] },
    { text: 'Your status: OVERDUE.', errors: [{ messageId: 'word', line: 1, column: 14, endColumn: 21, suggestions: ['overdue'] }] },
    { text: "BUY NOW & SAVE BIG TODAY", errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 25, suggestions: ['Buy now & save big today'] }] },
    { text: "<p>Get 15% off your first order.</p>\n<label for=\"x\">URGENT: READ THIS NOW</label>", syntax: 'html', errors: [{ messageId: 'sentence', line: 2, column: 16, endColumn: 37, suggestions: ['Urgent: read this now'] }] },
    { name: 'a disclaimer inside an exclaimed order is still shouting', text: 'YOU BOUGHT IT WITHOUT ANY WARRANTY SO STOP EMAILING US ABOUT REFUNDS!', errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 69 }] },
    { name: 'a threat that names a warranty is no disclaimer', text: 'PAY NOW OR LOSE YOUR WARRANTY!', errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 30, suggestions: ['Pay now or lose your warranty'] }] },
    { name: 'an alarm word written twice is no brand name', text: 'Your account has a PENALTY. Pay the PENALTY today or face SUSPENSION. SUSPENSION is final.', errors: [{ messageId: 'word', line: 1, column: 20, endColumn: 27, suggestions: ['penalty'] }, { messageId: 'word', line: 1, column: 37, endColumn: 44, suggestions: ['penalty'] }, { messageId: 'word', line: 1, column: 59, endColumn: 69, suggestions: ['suspension'] }, { messageId: 'word', line: 1, column: 71, endColumn: 81, suggestions: ['Suspension'] }] },
    { name: 'initials that match a time are no acronym', text: 'PAYMENT MISSED! Pay by 5 PM today.', errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 15, suggestions: ['Payment missed'] }] },
    { name: 'an insult after a preposition is no name', text: 'We are done dealing with IDIOTS.', errors: [{ messageId: 'word', line: 1, column: 26, endColumn: 32, suggestions: ['idiots'] }] },
    { name: 'a state said of the matter, not of a machine', text: 'This is CRITICAL and must be fixed by you today.', errors: [{ messageId: 'word', line: 1, column: 9, endColumn: 17, suggestions: ['critical'] }] },
    { name: 'a threat below a line is no reply marker', text: 'READ EVERYTHING BELOW THIS LINE OR YOUR ACCOUNT WILL BE CLOSED!', errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 63, suggestions: ['Read everything below this line or your account will be closed'] }] },
    { name: 'a state said of the reader\'s account is shouting', text: 'Your account is DOWN to its last credit.', errors: [{ messageId: 'word', line: 1, column: 17, endColumn: 21, suggestions: ['down'] }] },
    { name: 'a demand under an error code is shouting', text: 'ERROR 404 - YOU MUST LOG IN NOW!', errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 32 }] },
    // Real-copy shapes.
    { text: "Your order is ready. Pick it up from us NOW.", errors: [{ messageId: "word", line: 1, column: 41, endColumn: 44, suggestions: ["now"] }] },
    { text: "We are waiting on YOU.", errors: [{ messageId: "word", line: 1, column: 19, endColumn: 22, suggestions: ["you"] }] },
    // Real-copy shapes.
    { text: "Hi Sam,\n\nYou must pay NOW. We will not wait. Pay NOW or lose access.", syntax: 'text', errors: [{ messageId: "word", line: 3, column: 14, endColumn: 17, suggestions: ["now"] }, { messageId: "word", line: 3, column: 41, endColumn: 44, suggestions: ["now"] }] },
    { text: "Hi Sam,\n\nThis is FRAUDULENT activity. Your account is frozen.", syntax: 'text', errors: [{ messageId: "word", line: 3, column: 9, endColumn: 19, suggestions: ["fraudulent"] }] },
    { text: "Click here: [PAY NOW OR LOSE ACCESS IMMEDIATELY TODAY]({{ $url }})", syntax: 'text', errors: [{ messageId: "word", line: 1, column: 14, endColumn: 54, suggestions: ["pay now or lose access immediately today"] }] },
    { text: "// DO NOT IGNORE THIS, PAY NOW", syntax: 'text', errors: [{ messageId: "sentence", line: 1, column: 4, endColumn: 31, suggestions: ["do not ignore this, pay now"] }] },
    // Real-copy shapes.
    { text: "<p>Your {{ plan }} PLAN is ending in 3 days.</p>", syntax: 'html', errors: [{ messageId: "word", line: 1, column: 20, endColumn: 24, suggestions: ["plan"] }] },
    { text: "<p>Your {{ strtoupper($plan) }} PLAN IS EXPIRED NOW.</p>", syntax: 'html', errors: [{ messageId: "word", line: 1, column: 41, endColumn: 52, suggestions: ["expired now"] }] },
    { text: "<h2>IMPORTANT!</h2>\n<p>Keep this code safe.</p>", syntax: 'html', errors: [{ messageId: "word", line: 1, column: 5, endColumn: 14, suggestions: ["Important"] }] },
    { text: "Hi Sam,\n\nYOU MUST PAY TODAY\n\nYour invoice is overdue.", syntax: 'text', errors: [{ messageId: "sentence", line: 3, column: 1, endColumn: 19, suggestions: ["You must pay today"] }] },
    // Real-copy shapes.
    { text: "{\"mail.subject\": \"[URGENT] Card debit failure\"}", syntax: 'catalog', errors: [{ messageId: "word", line: 1, column: 20, endColumn: 26, suggestions: ["urgent"] }] },
    // Real-copy shapes.
    { text: "The user MUST log in again.", errors: [{ messageId: "word", line: 1, column: 10, endColumn: 14, suggestions: ["must"] }] },
    { text: "Your username is NOT valid.", errors: [{ messageId: "word", line: 1, column: 18, endColumn: 21, suggestions: ["not"] }] },
    // Real-copy shapes.
    { text: "Your HORRIBLE account", errors: [{ messageId: "word", line: 1, column: 6, endColumn: 14, suggestions: ["horrible"] }] },
    { text: "Log in to your IMPORTANT account", errors: [{ messageId: "word", line: 1, column: 16, endColumn: 25, suggestions: ["important"] }] },
    { text: "Welcome to the TERRIBLE news", errors: [{ messageId: "word", line: 1, column: 16, endColumn: 24, suggestions: ["terrible"] }] },
    { text: "DO NOT: ignore this", errors: [{ messageId: "word", line: 1, column: 4, endColumn: 7, suggestions: ["not"] }] },
    { text: "IMPORTANT! You must choose a file to upload first.", errors: [{ messageId: "word", line: 1, column: 1, endColumn: 10, suggestions: ["Important"] }] },
    { text: "WARNING! This action will PERMANENTLY delete all data", errors: [{ messageId: "word", line: 1, column: 27, endColumn: 38, suggestions: ["permanently"] }] },
    { text: "WARNING!! You have not set a password.", errors: [{ messageId: "word", line: 1, column: 1, endColumn: 8, suggestions: ["Warning"] }, { messageId: "stacked", line: 1, column: 8, endColumn: 10, suggestions: ["!"] }] },
    // Real-copy shapes.
    { text: "This offer is STRICTLY LIMITED, buy today.", errors: [{ messageId: "word", line: 1, column: 15, endColumn: 31, suggestions: ["strictly limited"] }] },
    { text: "We are SO SORRY LTD", errors: [{ messageId: "word", line: 1, column: 8, endColumn: 16, suggestions: ["so sorry"] }] },
    // Real-copy shapes.
    { text: "Thank you for your order, CUSTOMER! We LOVE having you.", errors: [{ messageId: "word", line: 1, column: 27, endColumn: 35, suggestions: ["customer"] }, { messageId: "word", line: 1, column: 40, endColumn: 44, suggestions: ["love"] }] },
    // Real-copy shapes.
    { text: "<p><strong>YOUR ACCOUNT HAS BEEN SUSPENDED</strong> until you pay.</p>", syntax: 'html', errors: [{ messageId: "word", line: 1, column: 12, endColumn: 43, suggestions: ["Your account has been suspended"] }] },
    { text: "<p><strong>CONFIRM YOUR ORDER WITHIN A DAY</strong> to keep it.</p>", syntax: 'html', errors: [{ messageId: "word", line: 1, column: 12, endColumn: 43, suggestions: ["Confirm your order within a day"] }] },
    // Real-copy shapes.
    { text: "Hi Sam,\n\nWHAT ARE YOU WAITING FOR?\n\nBuy now.", errors: [{ messageId: 'sentence', line: 3, column: 1, endColumn: 25, suggestions: ["What are you waiting for"] }] },
    { text: "PAY NOW OR LOSE ACCESS:\n\nhello", errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 23, suggestions: ["Pay now or lose access"] }] },
    // Real-copy shapes.
    { text: "YOUR ORDER HAS SHIPPED\n\nIt arrives Monday.", errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 23, suggestions: ["Your order has shipped"] }] },
    { text: "YOU MISSED IT\n\nSee the replay.", errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 14, suggestions: ["You missed it"] }] },
    { text: "<p>Pay now.</p><p><strong>YOU MUST PAY TODAY</strong></p>", syntax: 'html', errors: [{ messageId: 'sentence', line: 1, column: 27, endColumn: 45, suggestions: ["You must pay today"] }] },
    // Real-copy shapes.
    { text: "Do NOT ignore this email!", errors: [{ messageId: 'word', line: 1, column: 4, endColumn: 7, suggestions: ["not"] }] },
    { text: "You must NOT forget to reply to us.", errors: [{ messageId: 'word', line: 1, column: 10, endColumn: 13, suggestions: ["not"] }] },
    // Real-copy shapes.
    { text: "Action Invalidated!!", errors: [{ messageId: 'stacked', line: 1, column: 19, endColumn: 21, suggestions: ["!"] }] },
    { text: "<p>Please note: <b>DO NOT SHARE THIS CODE!</b> with anyone.</p>", syntax: 'html', errors: [{ messageId: 'word', line: 1, column: 23, endColumn: 42, suggestions: ["not share this code"] }] },
    {
      name: 'a styled block with an alarm word or “!” is still shouting',
      text: '<p>Hi Sam,</p><p>YOUR ACCOUNT IS OVERDUE. PAY TODAY.</p><p>DO NOT MISS THIS!</p>',
      syntax: 'html',
      errors: [
        { messageId: 'sentence', line: 1, column: 18, endColumn: 41, suggestions: ['Your account is overdue'] },
        { messageId: 'sentence', line: 1, column: 43, endColumn: 52, suggestions: ['Pay today'] },
        { messageId: 'sentence', line: 1, column: 60, endColumn: 76, suggestions: ['Do not miss this'] },
      ],
    },
    {
      name: 'a block in capitals that addresses the reader, not a link, is shouting',
      text: '<p>Hi Sam,</p><p>YOUR ORDER HAS SHIPPED</p>',
      syntax: 'html',
      errors: [{ messageId: 'sentence', line: 1, column: 18, endColumn: 40, suggestions: ['Your order has shipped'] }],
    },
    { name: 'a value that is an alarm word', text: 'Status: OVERDUE', errors: [{ messageId: 'word', line: 1, column: 9, endColumn: 16, suggestions: ['overdue'] }] },
    {
      name: 'a capitalised GET that is not a protocol term',
      text: 'GET yours before they are gone.',
      errors: [{ messageId: 'word', line: 1, column: 1, endColumn: 4, suggestions: ['Get'] }],
    },
    {
      name: 'a string in capitals that exclaims at the reader is still shouting',
      text: JSON.stringify({ popup: { decline: 'NO THANKS, YOU WILL REGRET IT!' } }),
      syntax: 'catalog',
      errors: [{ messageId: 'sentence', line: 1, column: 22, endColumn: 51 }],
    },
    {
      text: 'This is REALLY important.',
      errors: [{ messageId: 'word', line: 1, column: 9, endColumn: 15, suggestions: ['really'], fix: null }],
    },
    {
      text: "DON'T miss our summer sale.",
      errors: [{ messageId: 'word', line: 1, column: 1, endColumn: 6, suggestions: ["Don't"] }],
    },
    {
      name: 'curly apostrophes are kept',
      text: 'DON’T miss it, YOU’RE going to love it.',
      errors: [
        { messageId: 'word', line: 1, column: 1, endColumn: 6, suggestions: ['Don’t'] },
        { messageId: 'word', line: 1, column: 16, endColumn: 22, suggestions: ['you’re'] },
      ],
    },
    {
      name: 'a whole sentence in capitals is one finding',
      text: "ACT NOW BEFORE IT'S GONE!",
      errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 25, suggestions: ["Act now before it's gone"] }],
    },
    {
      text: 'HAPPY NEW YEAR FROM ALL OF US!',
      errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 30, suggestions: ['Happy New Year from all of us'] }],
    },
    {
      name: 'the template tag comes back untouched',
      text: 'HELLO {{first_name}}, YOUR ORDER HAS SHIPPED!',
      errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 45, suggestions: ['Hello {{first_name}}, your order has shipped'] }],
    },
    {
      name: 'a deal word in a run of capitals is no badge',
      text: 'Get 50% OFF EVERYTHING today.',
      errors: [{ messageId: 'word', line: 1, column: 9, endColumn: 23, suggestions: ['off everything'] }],
    },
    {
      text: 'BUY 1 GET 1 FREE today.',
      errors: [{ messageId: 'word', line: 1, column: 1, endColumn: 17, suggestions: ['Buy 1 get 1 free'] }],
    },
    {
      text: 'CONTACT US today.',
      errors: [{ messageId: 'word', line: 1, column: 1, endColumn: 11, suggestions: ['Contact us'] }],
    },
    {
      text: 'Our FLASH SALE starts now.',
      errors: [{ messageId: 'word', line: 1, column: 5, endColumn: 15, suggestions: ['flash sale'] }],
    },
    {
      text: 'It’s a MUST-HAVE for summer.',
      errors: [{ messageId: 'word', line: 1, column: 8, endColumn: 17, suggestions: ['must-have'] }],
    },
    {
      text: 'Save on BLACK FRIDAY deals. Offer ends MONDAY.',
      errors: [
        { messageId: 'word', line: 1, column: 9, endColumn: 21, suggestions: ['Black Friday'] },
        { messageId: 'word', line: 1, column: 40, endColumn: 46, suggestions: ['Monday'] },
      ],
    },
    {
      name: 'a short everyday word opening a line is a brand only when lower case follows',
      text: 'THIS is huge.',
      errors: [{ messageId: 'word', line: 1, column: 1, endColumn: 5, suggestions: ['This'] }],
    },
    {
      text: 'New styles from ZALANDO arrive today.',
      errors: [{ messageId: 'word', line: 1, column: 17, endColumn: 24, suggestions: ['zalando'] }],
    },
    {
      name: 'acronyms stay outside the reported range',
      text: 'Our new app is here.\nDOWNLOAD IT NOW and get FREE SHIPPING to the UK.',
      errors: [
        { messageId: 'word', line: 2, column: 1, endColumn: 16, suggestions: ['Download it now'] },
        { messageId: 'word', line: 2, column: 25, endColumn: 38, suggestions: ['free shipping'] },
      ],
    },
    {
      text: "I'M so happy.",
      errors: [{ messageId: 'word', line: 1, column: 1, endColumn: 4, suggestions: ["I'm"] }],
    },
    {
      text: 'Our summer sale starts today!!!',
      errors: [{ messageId: 'stacked', line: 1, column: 29, endColumn: 32, suggestions: ['!'], fix: '!' }],
    },
    {
      text: 'You won’t believe this?!',
      errors: [{ messageId: 'stacked', line: 1, column: 23, endColumn: 25, suggestions: ['?'], fix: '?' }],
    },
    {
      text: 'Really?? Are you sure!?',
      errors: [
        { messageId: 'stacked', line: 1, column: 7, endColumn: 9, suggestions: ['?'], fix: '?' },
        { messageId: 'stacked', line: 1, column: 22, endColumn: 24, suggestions: ['?'], fix: '?' },
      ],
    },
    {
      text: 'Wow‼ That was fast.',
      errors: [{ messageId: 'stacked', line: 1, column: 4, endColumn: 5, suggestions: ['!'], fix: '!' }],
    },
    {
      name: 'a label is not shouting, the sentence before it is',
      text: 'ORDER NOW. Reply STOP to opt out.',
      errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 10, suggestions: ['Order now'] }],
    },
    {
      text: 'Limited stock.\n\nORDER NOW!!',
      errors: [
        { messageId: 'sentence', line: 3, column: 1, endColumn: 10, suggestions: ['Order now'] },
        { messageId: 'stacked', line: 3, column: 10, endColumn: 12, suggestions: ['!'], fix: '!' },
      ],
    },
    {
      name: 'a heading in capitals is design, a shouted word in the body is not',
      text: '# SUMMER SALE\n\nEverything is **REALLY** cheap this week.',
      syntax: 'markdown',
      errors: [{ messageId: 'word', line: 3, column: 17, endColumn: 23, suggestions: ['really'] }],
    },
    {
      name: 'a demand on the reader in capitals is shouting, even on a line of its own',
      text: 'YOU MUST PAY NOW',
      errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 17, suggestions: ['You must pay now'] }],
    },
    {
      name: 'a rewrite keeps an acronym outside the list in capitals',
      text: 'YOU MUST UPDATE YOUR REST API KEY TODAY!',
      errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 40, suggestions: ['You must update your REST API key today'] }],
    },
    {
      name: 'a message is no UI string: a sentence in capitals beside running text is shouting',
      text: 'Hi Sam,\n\nPAYMENT FAILED. PLEASE TRY AGAIN. The card ending 4242 was declined.',
      errors: [
        { messageId: 'sentence', line: 3, column: 1, endColumn: 15, suggestions: ['Payment failed'] },
        { messageId: 'sentence', line: 3, column: 17, endColumn: 33, suggestions: ['Please try again'] },
      ],
    },
    {
      text: 'Do NOT ignore this reminder.',
      errors: [{ messageId: 'word', line: 1, column: 4, endColumn: 7, suggestions: ['not'] }],
    },
    {
      name: 'an alarm word makes a short line shouting',
      text: 'URGENT: PAY NOW',
      errors: [{ messageId: 'sentence', line: 1, column: 1, endColumn: 16, suggestions: ['Urgent: pay now'] }],
    },
    {
      name: 'capitals in running text are shouting even when short',
      text: 'Your order is ready. PICK IT UP TODAY.',
      errors: [{ messageId: 'sentence', line: 1, column: 22, endColumn: 38, suggestions: ['Pick it up today'] }],
    },
    {
      name: 'a heading that makes a demand is shouting',
      text: '## YOU MUST RENEW TODAY\n\nYour plan ends on 3 May.',
      syntax: 'markdown',
      errors: [{ messageId: 'sentence', line: 1, column: 4, endColumn: 24, suggestions: ['You must renew today'] }],
    },
    {
      name: 'markup inside the range: reported, nothing to apply',
      text: '**FREE** SHIPPING on every order.',
      syntax: 'markdown',
      errors: [{ messageId: 'word', line: 1, column: 3, endColumn: 18, suggestions: [] }],
    },
  ],
});

describe('no-shouting word lists', () => {
  it('never lists a word both as an acronym and as shouting', () => {
    const shouting = new Set([...emphasisWords, ...everydayWords]);
    expect([...acronyms].filter((word) => shouting.has(word))).toEqual([]);
  });

  it('holds lower-case entries with straight apostrophes only', () => {
    for (const word of [...emphasisWords, ...everydayWords, ...minorWords, ...acronyms, ...properNames]) {
      expect(word).toMatch(/^[a-z0-9'&_-]+$/);
    }
  });
});
