import { testRule } from '../rule-tester.js';

testRule('no-blunt-verdict', {
  valid: [
    // Real-copy shapes that stay silent.
    {"text": "Direct messages to you are disabled."},
    // Real-copy shapes that stay silent.
    {"text": "If you are disabled, you may qualify for free travel."},
    // Real-copy shapes that stay silent.
    "You have been warned in Cozy Corner.",
    "You have been warned. Reason: spam in the chat",
    "You have been warned from {{guildName}}",
    // Real-copy shapes that stay silent.
    {"text": "Our spring photo contest kicked off today! The judges will pick a winner and the decision is final."},
    {"text": "Thank you for applying for the Disabled Students' Grant. Unfortunately, your application was unsuccessful. This decision is final."},
    {"text": "We've reviewed your appeal and lifted the ban. Welcome back! Our decision is final."},
    {"text": "Make sure to review our shipping policy to avoid issues at customs."},
    {"text": "Sorry you are having trouble, wrong password. Try again or reset it."},
    {"text": "Perhaps you have mistakenly entered the wrong code."},
    // Real-copy shapes that stay silent.
    {"text": "Wrong password"},
    {"text": "Wrong username or password. Try again."},
    // Real-copy shapes that stay silent.
    {"text": "An unknown error occurred. Perhaps you made a mistake entering your code. Please try again."},
    // Real-copy shapes that stay silent.
    {"text": "Make sure you follow our packing guidelines to avoid delays."},
    {"text": "Thank you for applying. After careful review this decision is final. We wish you luck in your search."},
    {"text": "Are you sure you want to delete your account? This action is irreversible."},
    // Real-copy shapes that stay silent.
    'User deleted!',
    'Welcome to the club! Follow our community guidelines and say hi!',
    'Your file is ready. Please read the guidelines below and have fun!',
    // Real-copy shapes that stay silent.
    'Account Suspended',
    // Real-copy shapes that stay silent.
    'Sorry, access to this album is denied! The owner has blocked you.',
    "You have been blocked from using this bot! Come here (https://example.org/help) if you believe it's a mistake.",
    { name: 'a line break escaped in the catalogue, then a way forward', text: '{"blocked": "Your account was blocked. \\\\nContact the administrators to sort it out."}', syntax: 'catalog' },
    // Real-copy shapes that stay silent.
    "&cYou cannot do that because you are currently frozen...",
    // Real-copy shapes that stay silent.
    "This content was reported as spam by other members.",
    // Real-copy shapes that stay silent.
    "You can't change teams that fast!",
    "&cYou can't do that yet! Wait 5 more seconds!",
    "You may not use the command whilst muted!",
    "&bYou are not allowed to chat right now!",
    // Real-copy shapes that stay silent.
    "Your order is ready!",
    // Real-copy shapes that stay silent.
    "If this is an invalid login, you should revoke it immediately and update your credentials!",
    // Real-copy shapes that stay silent.
    "You are trying to access a page that no longer exists.",
    "We blocked a hacking attempt on our servers last night.",
    // Real-copy shapes that stay silent.
    "Watch your savings grow up to 5% a year.",
    "Please mind the gap.",
    // Real-copy shapes that stay silent.
    "The seller is responsible for shipping.",
    // Real-copy shapes that stay silent.
    { text: "{\"a\": \"Your credentials were rejected! Please try again.\"}", syntax: 'catalog' },
    // Real-copy shapes that stay silent.
    "Are you lost? Try searching, or go back to the home page.",
    "How did you even manage all that? Great job!",
    "Slow down! You're going too fast for our puzzle timer — nice work!",
    // Real-copy shapes that stay silent.
    "Are you lost in the city? Our map helps.",
    // Real-copy shapes that stay silent.
    "Saved!",
    "Couldn't upload. Check your connection and try again!",
    "Cannot connect to the server, check your settings or tap to retry!",
    { text: "<h2>Error!</h2><p>The page moved.</p>", syntax: 'html' },
    // Real-copy shapes that stay silent.
    "Please slow down.",
    "Do not be the one who forgets sunscreen.",
    // Real-copy shapes that stay silent.
    "Don't be fooled by fake sellers.",
    "The Fool is the first card of the tarot.",
    // Real-copy shapes that stay silent.
    "Are you sure you want to install it?",
    // Real-copy shapes that stay silent.
    "Slow down and enjoy the view.",
    "Take a breath. Slow down.",
    "How did you find us?",
    "Stop by our shop on Saturday.",
    // Real-copy shapes that stay silent.
    "Your account has been blocked after multiple consecutive login attempts.",
    "The chosen username contains a forbidden word.",
    // Real-copy shapes that stay silent.
    "Your account has been locked out due to too many bad password attempts.",
    // Real-copy shapes that stay silent.
    "It is illegal to resell tickets in some countries.",
    "The file you uploaded is not a valid image. Try a JPEG or PNG.",
    // Real-copy shapes that stay silent.
    "You are barred from posting until the cooldown is over.",
    // Real-copy shapes that stay silent.
    "Hold on there! We're preparing your download.",
    "Your subscription is not valid yet; it starts on Monday.",
    "Password too short! Use at least 8 characters.",
    "Unauthorized access attempt blocked. We've secured your account.",
    "Thanks for your report. The message was deleted because it was abusive.",
    "This code has expired! We've sent you a new one.",
    "Don't worry if you're not fast enough at first; the timer is off in practice mode.",
    "Whoa, that was fast! Your order is already packed.",
    "You can’t miss it!",
    "You cannot perform that action on yourself!",
    "You have been warned by a moderator for spam.",
    "Passwords don't match. Try again.",
    "Are you a robot? Tick the box to continue.",
    "Don't show this again",
    "We noticed an unauthorized access attempt on your account and blocked it.",
    "Your account has been blocked for 24 hours because of repeated failed sign-ins. Reset your password to unlock it now.",
    "We don't tolerate harassment, and we act on every report within a day.",
    "You entered the wrong password too many times. Try again in an hour.",
    // Help, not fault or a slammed door.
    'If you made a mistake, you can edit it until Friday.',
    'We know: pay attention to the dates below.',
    'Pets are forbidden here!',
    'You cannot vote here yet!',
    'You are banned from this forum.',
    'Think this comment is spam? Report it.',
    'Your card was declined. Try another card or contact your bank.',
    'You’re not allowed to view this page.',
    'Payment failed. Please try again.',
    'You can’t do that yet. Ask an admin to give you access.',
    // Plain, helpful errors.
    'That PIN doesn’t match. Try again or reset it.',
    'Enter a phone number like 020 7946 0018.',
    'Incorrect PIN. You have two tries left.',
    'Invalid e-mail address',
    'Your phone number is invalid. Use digits only, like 0612345678.',
    'The data you submitted is invalid.',
    'Something went wrong on our side. Please try again.',
    // The writer owns the mistake, or the words mean something else.
    'We got the wrong address from the courier, sorry.',
    'The date format is wrong in our export. We’re fixing it.',
    'Bad weather delayed your parcel.',
    'Choose the wrong format for your export and we convert it for you.',
    // Questions that help, and real confirmations.
    'Did you know you can pay in three instalments?',
    'Are you sure you want to delete this file?',
    // Calm instructions, and orders that are kindness.
    'Do not reply to this e-mail.',
    'Don’t forget your umbrella!',
    'Don’t worry, your data is safe!',
    'Stop by our shop on Saturday!',
    'Stop receiving these e-mails',
    'You must enter a subject.',
    'Users can politely ask for a refund.',
    // Third person that is not the reader, and a bare page title.
    'The customer service team replies within a day.',
    'Access denied',
    'Warning: you will lose unsaved changes!',
    'Attention: our office is closed on Monday!',
    'Avoid lines like "Wrong password!" in error messages.',
    // Helpful questions: a reset link, a confirm dialog, a review step, a reminder, a survey, a tip.
    'Did you forget your password? Reset it here.',
    'Forgot your PIN? Did you forget it again? No problem: we can send a new one.',
    'Are you sure this is the address you want to use?',
    'Are your details correct? Review them before you pay.',
    'Are the details correct? Check them before we ship.',
    'Have you registered for the meetup yet?',
    'Have you signed up for the webinar? Seats are still free.',
    'Did you really enjoy the course?',
    'Did you even know you can pay by bank transfer?',
    // Third person on purpose: merchant, admin and help copy about someone else.
    'The customer cannot see this note.',
    'The buyer can’t see your internal comments.',
    'The client must sign in with the invite link; as the admin you can resend it.',
    'The user must be an admin to see billing. You can change your users’ roles in Settings.',
    'The cardholder should sign the receipt. As the seller, you keep the top copy.',
    'The member may not see this label until you publish it.',
    // "Stop" as encouragement, not a telling-off.
    'Stop being afraid of spreadsheets: our guide walks you through it.',
    'Stop being so hard on yourself!',
    'Stop wasting time on invoices! Let us do it for you.',
    'stop wasting your weekends on bookkeeping',
    // "You must" as enthusiasm or a kind requirement, and "don't go", which no-guilt-trip reports.
    'You must try the new pasta!',
    'You must check out our autumn menu!',
    'You must visit the lake at sunrise!',
    'You must see the view from the top floor!',
    'You must be logged in to comment! It only takes a second.',
    'Stop! Don’t go! We’re happy to help.',
    'Don’t leave yet!',
    // An exclamation mark elsewhere in the string is not the verdict shouting.
    'Welcome back!\nThis code is invalid because it expired yesterday; we sent a new one.',
    'That answer is not correct, but you were close! Try the hint.',
    'Hi Sam!\n\nInvalid coupon codes are refunded within a day.',
    'Thanks for waiting! Your code is invalid because we sent it twice, sorry.',
    'Incorrect code, but we sent you a fresh one!',
    // Self-service questions with a way forward.
    'Uploaded the wrong file? You can replace it any time.',
    'Picked the wrong date? Change it in your booking.',
    'Chose the wrong size? Swap it for free within 30 days.',
    // A notice with no error in the reader's input.
    'Attention: the store is closed on Monday because the team is not available!',
    'Warning: the lift is not working today!',
    'Notice: the café does not open until noon!',
    // A refusal with a way forward.
    'Access denied! Ask your administrator for an invite.',
    'Access denied! Please sign in with your work account.',
  ],
  invalid: [
    {"text": "You are disabled, please contact the customer service for more information.", "errors": [{"messageId": "switchedOff", "line": 1, "column": 1, "endColumn": 17, "suggestions": []}]},
    {"text": "You have been warned on several occasions. Next time you will be banned.", "errors": [{"messageId": "warned", "line": 1, "column": 1, "endColumn": 21}]},
    {"text": "You have been warned in the past.", "errors": [{"messageId": "warned", "line": 1, "column": 1, "endColumn": 21}]},
    {"text": "You have been banned from the forum. This ban is permanent and cannot be appealed.", "errors": [{"messageId": "denied", "line": 1, "column": 38, "endColumn": 82}]},
    {"text": "Bad password", "errors": [{"messageId": "wrong", "line": 1, "column": 1, "endColumn": 13, "suggestions": ["That doesn't match"]}]},
    {"text": "Your otp is wrong,please enter right otp", "errors": [{"messageId": "wrong", "line": 1, "column": 1, "endColumn": 18}]},
    {"text": "Wrong password!", "errors": [{"messageId": "wrong", "line": 1, "column": 1, "endColumn": 15, "suggestions": ["That doesn't match"]}]},
    {"text": "You entered the wrong password, the session cannot be restored.", "errors": [{"messageId": "wrong", "line": 1, "column": 13, "endColumn": 31}]},
    {"text": "Nobody was kicked. Maybe you've done something wrong.", "errors": [{"messageId": "fault", "line": 1, "column": 26, "endColumn": 53}]},
    {"text": "Your post has been removed. You have also been penalized with 30 points. We advise you to adhere to our community guidelines while making a post to avoid their removal.", "errors": [{"messageId": "stop", "line": 1, "column": 74, "endColumn": 125}]},
    {"text": "Unfortunately, the decision regarding your account remains unchanged. Please make sure to review our platform policies to avoid a suspension.", "errors": [{"messageId": "stop", "line": 1, "column": 78, "endColumn": 119}]},
    {"text": "This account has been permanently banned for violating our content policy. This decision is final.", "errors": [{"messageId": "denied", "line": 1, "column": 76, "endColumn": 98}]},
    { text: 'Your membership is cancelled! Please do not come to the gym.', errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 29 }] },
    { text: 'Your post was removed. Read the rules!', errors: [{ messageId: 'stop', line: 1, column: 24, endColumn: 38 }] },
    { text: 'Your account is banned! Do not come to the event.', errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 23 }] },
    { text: 'Account terminated! Sorry, but your account has been terminated.', errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 19 }] },
    { text: "Please Don't Try To Cheat", errors: [{ messageId: 'stop', line: 1, column: 8, endColumn: 26 }] },
    { text: "CleanTalk Anti-Spam: This registration is spam.", errors: [{ messageId: 'judged', line: 1, column: 22, endColumn: 47 }] },
    { text: "{\"spam_detected\": \"Your post has been identified as a spam message\"}", syntax: 'catalog', errors: [{ messageId: 'judged', line: 1, column: 20, endColumn: 59 }] },
    { text: "You have been caught spamming multiple times!", errors: [{ messageId: 'labelled', line: 1, column: 1, endColumn: 30 }] },
    { text: "Your Prescription has been declined!", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 36, suggestions: [] }] },
    { text: "User is expired!", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 16, suggestions: [] }] },
    { text: "You are attempting to access forbidden resources. Please request assistance on the forum if this is a valid request.", errors: [{ messageId: 'intent', line: 1, column: 1, endColumn: 49, suggestions: [] }] },
    { text: "CSRF protection: Hacking attempt detected", errors: [{ messageId: 'intent', line: 1, column: 18, endColumn: 42, suggestions: [] }] },
    { text: "Oi! Mind your language!", errors: [{ messageId: 'stop', line: 1, column: 5, endColumn: 23, suggestions: [] }] },
    { text: "The buyer is liable for return shipping costs.", errors: [{ messageId: 'thirdPerson', line: 1, column: 1, endColumn: 10, suggestions: [] }] },
    // Real-copy shapes.
    { text: "<?php\n$welcome = esc_html__( 'Unfortunately! Your product ( ', 'shop' ) . $name . esc_html__( ' ) has been rejected by Admin!', 'shop' );\n", syntax: 'text', errors: [{ messageId: "denied", line: 2, column: 40, endColumn: 110, suggestions: [] }] },
    // Real-copy shapes.
    // Real-copy shapes.
    { text: "{\"emails.suspended\": \"Your subscription for {podcastTitle} has been suspended! You can no longer access the premium episodes.\"}", syntax: 'catalog', errors: [{ messageId: "denied", line: 1, column: 23, endColumn: 78, suggestions: [] }] },
    { text: "{\"a\": \"Oops!! Points are expired!\"}", syntax: 'catalog', errors: [{ messageId: "denied", line: 1, column: 15, endColumn: 33, suggestions: [] }] },
    // Real-copy shapes.
    { text: "We can't find what you are looking for. Are you lost?", errors: [{ messageId: "doubt", line: 1, column: 41, endColumn: 53, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Failed to upload!", errors: [{ messageId: "failure", line: 1, column: 1, endColumn: 17, suggestions: [] }] },
    { text: "Game save failed!", errors: [{ messageId: "failure", line: 1, column: 1, endColumn: 17, suggestions: [] }] },
    { text: "Error!", errors: [{ messageId: "failure", line: 1, column: 1, endColumn: 6, suggestions: [] }] },
    { text: "Problem sending coins!", errors: [{ messageId: "failure", line: 1, column: 1, endColumn: 22, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Can't like your own message. Don't be that person.", errors: [{ messageId: "scolding", line: 1, column: 30, endColumn: 50, suggestions: [] }] },
    { text: "Error, too many requests. Please slow down. You must wait 30 seconds before trying again.", errors: [{ messageId: "scolding", line: 1, column: 27, endColumn: 43, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Purchase successful! Thanks, you sucker!", errors: [{ messageId: "labelled", line: 1, column: 30, endColumn: 40, suggestions: [] }] },
    { text: "Nice try, loser!", errors: [{ messageId: "labelled", line: 1, column: 11, endColumn: 16, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Failed to open a wallet application. Are you sure you have one installed?", errors: [{ messageId: "doubt", line: 1, column: 38, endColumn: 74, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Slow down. Click slower.", errors: [{ messageId: "scolding", line: 1, column: 1, endColumn: 10, suggestions: [] }] },
    { text: "This Item has been disabled! How did you even get that?", errors: [{ messageId: "doubt", line: 1, column: 30, endColumn: 56, suggestions: [] }] },
    { text: "Stop making excuses. Start making progress.", errors: [{ messageId: "stop", line: 1, column: 1, endColumn: 20, suggestions: [] }] },
    // Real-copy shapes.
    { text: "You've been identified as spam or another type of automated abuse.", errors: [{ messageId: 'labelled', line: 1, column: 1, endColumn: 31, suggestions: [] }] },
    { text: "The file you have uploaded is not a valid image!", errors: [{ messageId: 'invalid', line: 1, column: 28, endColumn: 48, suggestions: [] }] },
    { text: "You have illegal characters in your username!", errors: [{ messageId: 'invalid', line: 1, column: 10, endColumn: 28, suggestions: [] }] },
    { text: "Your message field is empty. You did want to say something, right?", errors: [{ messageId: 'doubt', line: 1, column: 30, endColumn: 67, suggestions: [] }] },
    { text: "Hold your horses, you're too fast for us! Please wait a moment.", errors: [{ messageId: 'scolding', line: 1, column: 1, endColumn: 17, suggestions: [] }] },
    // Real-copy shapes.
    { text: "You have been forbidden to use this website.", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 31, suggestions: [] }] },
    { text: "You are forbidden from accessing the administration section.", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 33, suggestions: [] }] },
    // Real-copy shapes.
    { text: "You were not skilled enough to keep any enchantments.", errors: [{ messageId: 'fault', line: 1, column: 1, endColumn: 28, suggestions: [] }] },
    { text: "You can't buy here!", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 19, suggestions: [] }] },
    { text: "You do not have permissions to start a new topic!", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 49, suggestions: [] }] },
    { text: "Whoa there! You must log in to your account to continue.", errors: [{ messageId: 'scolding', line: 1, column: 1, endColumn: 11, suggestions: [] }] },
    { text: "This account is currently inactive!", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 35, suggestions: [] }] },
    { text: "You are not logged in and therefore cannot view this page!", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 22, suggestions: [] }] },
    { text: "Invalid Ticket! Please try again.", errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 15, suggestions: [] }] },
    { text: "You are muted! Expires in 5 minutes.", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 14, suggestions: [] }] },
    { text: "You look like a bot.", errors: [{ messageId: 'labelled', line: 1, column: 1, endColumn: 20, suggestions: [] }] },
    { text: "Player not found, are you sure they exist?", errors: [{ messageId: 'doubt', line: 1, column: 19, endColumn: 43, suggestions: [] }] },
    { text: "Your time length is invalid", errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 28, suggestions: [] }] },
    { text: "Threads are for mods only, and you are not one", errors: [{ messageId: 'denied', line: 1, column: 28, endColumn: 47, suggestions: [] }] },
    { text: "Passwords do not match!", errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 23, suggestions: [] }] },
    { text: "Your request was rejected. Do not submit it again.", errors: [{ messageId: 'scolding', line: 1, column: 28, endColumn: 50, suggestions: [] }] },
    { text: "Your comment was removed because it was offensive.", errors: [{ messageId: 'judged', line: 1, column: 1, endColumn: 50, suggestions: [] }] },
    { text: "Unauthorized! You are not allowed to view this page.", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 13, suggestions: [] }] },
    { text: "You have received a warning!", errors: [{ messageId: 'warned', line: 1, column: 1, endColumn: 28, suggestions: [] }] },
    { text: "Your current IP is not allowed", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 31, suggestions: [] }] },
    { text: "Unauthorized access to administration.", errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 38, suggestions: ["You don't have access to this"] }] },
    { text: "We don’t tolerate swearing on our server!", errors: [{ messageId: 'scolding', line: 1, column: 1, endColumn: 18, suggestions: [] }] },
    { text: "Error: Access denied.", errors: [{ messageId: 'denied', line: 1, column: 8, endColumn: 21, suggestions: [] }] },
    { text: 'Sorry: you did something wrong.', errors: [{ messageId: 'fault', line: 1, column: 8, endColumn: 31, suggestions: [] }] },
    { text: 'You’ve made a mistake on the form.', errors: [{ messageId: 'fault', line: 1, column: 1, endColumn: 22, suggestions: [] }] },
    { text: 'Wrong again. Try harder.', errors: [{ messageId: 'scolding', line: 1, column: 14, endColumn: 24, suggestions: [] }] },
    { text: 'Forbidden!', errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 10, suggestions: [] }] },
    { text: 'You cannot vote here!', errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 21, suggestions: [] }] },
    { text: 'This comment is offensive.', errors: [{ messageId: 'judged', line: 1, column: 1, endColumn: 26, suggestions: [] }] },
    { text: 'You are not allowed to do that.', errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 31, suggestions: [] }] },
    {
      text: 'Your membership is suspended!',
      errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 29, suggestions: [] }],
    },
    {
      text: 'Declined payment!',
      errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 17, suggestions: [] }],
    },
    {
      text: 'You cannot do this!',
      errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 19, suggestions: [] }],
    },
    {
      text: 'you can’t do that',
      errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 18, suggestions: [] }],
    },
    {
      text: 'Wrong PIN!',
      errors: [{ messageId: 'wrong', line: 1, column: 1, endColumn: 10, suggestions: ["That doesn't match"] }],
    },
    {
      name: 'in capitals, with two fields',
      text: 'WRONG USERNAME/PASSWORD',
      errors: [{ messageId: 'wrong', line: 1, column: 1, endColumn: 24, suggestions: ["THAT DOESN'T MATCH"] }],
    },
    {
      text: 'The login you provided was bad.',
      errors: [{ messageId: 'wrong', line: 1, column: 1, endColumn: 31, suggestions: [] }],
    },
    {
      text: 'Your answer looks wrong.',
      errors: [{ messageId: 'wrong', line: 1, column: 1, endColumn: 24, suggestions: [] }],
    },
    {
      text: 'Badly formed card number.',
      errors: [{ messageId: 'wrong', line: 1, column: 1, endColumn: 25, suggestions: [] }],
    },
    {
      text: 'Invalid coupon code!',
      errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 20, suggestions: [] }],
    },
    {
      text: 'Incorrect captcha! Try again.',
      errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 18, suggestions: [] }],
    },
    {
      name: 'a verdict on the whole input, with nowhere to go',
      text: 'Your details are incorrect.',
      errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 27, suggestions: [] }],
    },
    {
      text: 'This is not a valid date!',
      errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 25, suggestions: [] }],
    },
    {
      name: 'a placeholder as the subject',
      text: '{{ value }} is not valid!',
      errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 25, suggestions: [] }],
    },
    {
      text: 'Are you sure you typed your username correctly?',
      errors: [{ messageId: 'doubt', line: 1, column: 1, endColumn: 48, suggestions: [] }],
    },
    {
      text: 'Sign-in failed. Did you even read the instructions?',
      errors: [{ messageId: 'doubt', line: 1, column: 17, endColumn: 52, suggestions: [] }],
    },
    {
      text: 'You can politely ask the seller for a refund.',
      errors: [{ messageId: 'politely', line: 1, column: 1, endColumn: 17, suggestions: [] }],
    },
    {
      text: 'Consider yourself warned!',
      errors: [{ messageId: 'warned', line: 1, column: 1, endColumn: 25, suggestions: [] }],
    },
    {
      text: 'Your post was hidden. This is your final warning.',
      errors: [{ messageId: 'warned', line: 1, column: 23, endColumn: 49, suggestions: [] }],
    },
    {
      text: 'Stop trolling, please!',
      errors: [{ messageId: 'stop', line: 1, column: 1, endColumn: 22, suggestions: [] }],
    },
    {
      text: 'Do not upload copyrighted images!',
      errors: [{ messageId: 'scolding', line: 1, column: 1, endColumn: 33, suggestions: [] }],
    },
    {
      text: 'You have to accept the terms!',
      errors: [{ messageId: 'scolding', line: 1, column: 1, endColumn: 29, suggestions: [] }],
    },
    {
      text: 'Your new PIN must not match the old one!',
      errors: [{ messageId: 'scolding', line: 1, column: 1, endColumn: 40, suggestions: [] }],
    },
    {
      text: 'The buyer must collect the parcel within a week.',
      errors: [{ messageId: 'thirdPerson', line: 1, column: 1, endColumn: 10, suggestions: ['You'] }],
    },
    {
      name: 'no rewrite where other words would need to change',
      text: 'The user must confirm their e-mail before logging in.',
      errors: [{ messageId: 'thirdPerson', line: 1, column: 1, endColumn: 9, suggestions: [] }],
    },
    {
      name: 'a "you" later in the same message is still the customer',
      text: 'The customer must pay within 14 days. If you have questions, reply to this e-mail.',
      errors: [{ messageId: 'thirdPerson', line: 1, column: 1, endColumn: 13, suggestions: ['You'] }],
    },
    {
      text: 'Permission denied!',
      errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 18, suggestions: ["You don't have access to this page"] }],
    },
    {
      name: '"can\'t" is no way forward',
      text: 'Your PIN is incorrect and can’t be used.',
      errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 22, suggestions: [] }],
    },
    {
      text: 'Did you make a typo? No account uses that name.',
      errors: [{ messageId: 'doubt', line: 1, column: 1, endColumn: 21, suggestions: [] }],
    },
    {
      text: 'Stop spamming the forum.',
      errors: [{ messageId: 'stop', line: 1, column: 1, endColumn: 24, suggestions: [] }],
    },
    {
      text: 'Access denied! You are not on the list.',
      errors: [{ messageId: 'denied', line: 1, column: 1, endColumn: 14, suggestions: ["You don't have access to this page"] }],
    },
    {
      text: 'You must accept the house rules! Posts without tags are hidden.',
      errors: [{ messageId: 'scolding', line: 1, column: 1, endColumn: 32, suggestions: [] }],
    },
    {
      name: 'the shout is in the verdict\'s own sentence',
      text: 'Hello Kim.\nInvalid promo code!',
      errors: [{ messageId: 'invalid', line: 2, column: 1, endColumn: 19, suggestions: [] }],
    },
    {
      name: 'the label heads the message, and the shout comes later',
      text: 'Alert: invalid link. Please ask for a new one!',
      errors: [{ messageId: 'alarm', line: 1, column: 1, endColumn: 7, suggestions: [] }],
    },
    {
      name: 'a rule about the reader\'s own input, whatever its verb',
      text: 'Your new PIN must not be the same as the old one!',
      errors: [{ messageId: 'scolding', line: 1, column: 1, endColumn: 49, suggestions: [] }],
    },
    {
      text: 'Error: this username is already taken!',
      errors: [{ messageId: 'alarm', line: 1, column: 1, endColumn: 7, suggestions: [] }],
    },
  ],
});
