import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { testRule } from '../rule-tester.js';

const declined = ' We know a declined payment is a hassle, especially when you didn’t expect it.';
/** The strict reading: every problem notice owes an acknowledgement, a failed payment with its fix included. */
const strict = { wayForwardIsEnough: [] };
const outage = ' We’re sorry: we know you rely on us, and this got in your way.';
const delay = ' We’re sorry it’s late; we know you were counting on it.';

testRule('acknowledge-problem', {
  valid: [
    // Real-copy shapes that stay silent.
    {"text": "Hi Sam,\n\nYour booking has been cancelled. Your cancellation is confirmed.\n\nReason provided: {{ reason }}"},
    // Real-copy shapes that stay silent.
    {"text": "Hi Sam,\n\nYour booking for the river tour has been cancelled. Your cancellation is confirmed and the details are below."},
    {"text": "Dear Sam,\n\nYour subscription has now been cancelled, and you will not be charged again."},
    {"text": "Dear {{ name }},\n\nUnfortunately, the service request has been cancelled by the {{ provider }}. Please find the details below."},
    // Real-copy shapes that stay silent.
    {"name": "a reason given after 'with reason:'", "text": "Hi Sam,\n\nYou have been banned from Cozy until 3 May with reason: spam."},
    {"name": "a trial plan that ran its course, like a trial", "text": "Hi Sam,\n\nYour trial plan has expired."},
    // A decision that allows it may be a mistake and says whom to tell: blind editors called 108 of 123 such messages fine.
    {"text": "<h1>Banned!</h1><p>You have been banned from posting on this imageboard.</p><p>If you believe this was a mistake please contact the site administration.</p>", "syntax": "html" },
    { text: "Hi Sam,\n\nYour subscription has been cancelled.\n\nReason: payment not received\n\nIf you believe this was a mistake or would like to reactivate your subscription, please contact our support team." },
    { text: "Dear Sam,\n\nYour subscription has been cancelled. The associated assistant has been deactivated. If you believe this was a mistake or would like to reactivate your subscription, please contact our support team." },
    // Real-copy shapes that stay silent.
    {"name": "a monitoring tool's alert about the reader's own site", "text": "Hi Sam,\n\nYour monitor Shop API went down at 10:02 and the site is unavailable.\n\nDowntime so far: 12 minutes."},
    {"name": "an uptime monitor's alert", "text": "Hi Sam,\n\nUptime monitor https://example.com is down.\n\nWe checked it at 10:02."},
    {"name": "future shipments discontinued with a cancellation the reader asked for", "text": "Hi Sam,\n\nWe've successfully canceled your subscription and discontinued future shipments. We will miss you!"},
    {"name": "a trial that ran its course", "text": "Hi Sam,\n\nThis is the last time we'll remind you that your trial has expired and it's time to start your subscription."},
    {"name": "a cancellation that follows the reader's own upgrade", "text": "Hi Sam,\n\nYour Pro subscription has been cancelled since you upgraded to our Team plan."},
    {"name": "a deactivation that allows it may be a mistake, with whom to tell", "text": "Dear Sam,\n\nYour account has been deactivated by an administrator. If you believe this was done in error, please contact support."},
    {"name": "a cancellation that allows it may be a mistake, with whom to tell", "text": "Hello Sam,\n\nYour sponsorship of Star has been cancelled by our team. If you believe this was a mistake, please contact us."},
    // Real-copy shapes that stay silent.
    {"name": "a kick with its reason: the reader can come straight back", "text": "Hi Sam,\n\nYou've been kicked from the server.\n\nKicked by: Mod Jo\nReason: spamming the chat."},
    {"name": "a lock that names too many failed attempts as its reason, with the way back", "text": "Too Many Failed Attempts\n\nYou have been temporarily blocked.\nTry again in 30 seconds."},
    {"name": "a ban with its reason and a support server to appeal in", "text": "You are banned from using Menhera since 3 May!\n\nReason: spam\n\nUnjustly banned? Join my support server https://example.com"},
    {"name": "a stock alert to the shop's owner", "text": "Low Stock Alert\n\nHi Becky, the following product is running low on stock and may need restocking soon:\n\nProduct: Walnut desk\n\nStatus: Out of Stock\n\nLog in to your admin panel to update the stock count."},
    {"name": "a deletion the reader may have asked for, said through Blade's raw echo", "text": "<p>{{ __('Your account has been deactivated.') }}</p>\n<p>{!! __(\"If you didn't request this, please contact us right away.\") !!}</p>", "syntax": "html"},
    // Real-copy shapes that stay silent.
    {"text": "<h1>Banned!</h1><p>You have been banned from posting on this imageboard for: spam.</p><p>Your ban expires 03/05/26 12:00.</p><p>If you believe this was a mistake please contact the site administration.</p>", "syntax": "html"},
    {"text": "<h2>Banned</h2><p>You are banned on /b/. Reason: {{ban.reason}}</p><p>Unban date: {{ban.date}}</p>", "syntax": "html"},
    // Real-copy shapes that stay silent.
    {"text": "Hi Sam,\n\nReplying directly to helpdesk emails is no longer available. Please connect to the VPN and click the button above."},
    {"text": "Important Notice: Firefox Affiliates is being discontinued\n\nThe good news is that we're moving our Affiliates program to Firefox Friends, and we'd love for you to join us there."},
    // Real-copy shapes that stay silent.
    {"text": "Order Cancelled\n\nHello, your order #12 has been cancelled successfully.\n\nRegards, Shoes"},
    // Real-copy shapes that stay silent.
    {"text": "Hi Sam,\n\nThe appointment below has been cancelled. If a payment was taken, your refund is being arranged and will return to the same card.\n\nBook a new time: https://example.com/book"},
    {"text": "Booking Cancelled\n\nYour booking request has expired because payment was not completed in time. If you would like to proceed with this tour, please create a new booking using the link below."},
    {"text": "Hi Sam,\n\nYour session with Ms Lee has been cancelled. ₹500 will be refunded to your payment method."},
    // Real-copy shapes that stay silent.
    'Dear Sam,\n\nWe regret to inform you that your account has been deactivated. If you have any questions, please contact support.',
    // Real-copy shapes that stay silent.
    { name: 'a cancellation whose reason is left to a template tag, with the way on', text: 'Order cancelled\n\nHi {{ name }},\n\nYour order {{ order_id }} has been cancelled.\n\nReason: {{ cancel_reason }}\n\nYou can place a new order from your account.', syntax: 'markdown' },
    { name: 'a cancellation with possible reasons only guessed at, with the way on', text: 'Hi Sam,\n\nYour order 4410 has been cancelled. This could be due to a payment issue or an item running out. You can place a new order at any time.' },
    // Real-copy shapes that stay silent.
    "Dear Sam,\n\nOur records show that you are no longer an active member. This means your mail account has been suspended.\n\nPlease notify the board if you think this is a mistake.",
    "Hello Sam,\n\nAfter a review by our team, we have detected offensive content associated with your account. Your account has been permanently banned.\n\nIf you believe this action was taken in error, you may contact our support team.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYou have been banned until 3 May.\n\nReason: spam in the forum.",
    // A plain cancellation with a way forward reads as a confirmation: two blind editors called every such notice fine.
    "Hi Sam,\n\nYour booking for 12 May has been cancelled.\n\nIf you have questions, contact us at help@example.com.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYour order has been cancelled. If you have any questions, please contact us.",
    "Hi Sam,\n\nYour class on Friday was cancelled. You can rebook any other class from your account.",
    // Real-copy shapes that stay silent.
    'Hi Sam,\n\nThis is to inform you that the following booking has been cancelled by the renter: Fiat 500, 3 to 5 May.',
    // Real-copy shapes that stay silent.
    'Subject: Your lesson was cancelled\n\nYour lesson on Monday has been cancelled. We have issued a partial refund of 20 GBP to your original payment method.',
    { text: '<h1>404</h1><p>The page you are looking for might have been removed, had its name changed or is temporarily unavailable.</p>', syntax: 'html' },
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYour cancellation request for order 12 has been recorded.",
    "Hi Sam,\n\nYour membership has been cancelled.\n\nIf you were not expecting your membership to be cancelled, please contact the committee.",
    "Hi Sam,\n\nYour token is expired!\n\nPlease log in again.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nThe team page has been updated with your new photo.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nIf you are banned, you can appeal from your account page.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYou have cancelled your massage on 3 May.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nThis is confirmation that your order #12 has been cancelled.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYou have been removed from the waiting list because your order is ready.",
    "Hi Sam,\n\nYou removed Jo from the team.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYour order #4521 has been cancelled. If you did not request this cancellation, please contact our support team.",
    "Hi Sam,\n\nYour recurring donation has been cancelled. No further payments will be made. If you didn't intend to do this, you can set it up again from the donation page.",
    "Order canceled\n\nYour order #123 was canceled.\n\nIf this was a mistake, you can return to your cart and try again.",
    "Hi Sam,\n\nYour account has been deactivated. If this wasn't you, contact us right away.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYour post was removed because it breaks rule 3 (no advertising). If you think this was a mistake, you can appeal from your dashboard.",
    "Hello Sam,\n\nThe report you filed on the post \"Hi\" was deleted by a moderator.",
    // Real-copy shapes that stay silent.
    "Account deletion complete\n\nAs requested, your account and personal data have been deleted. Your Google Drive access has been revoked.\n\nThank you for being part of our community.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nAn event you are subscribed to has been cancelled: Board games night, 12 May.\n\nCancelled by the organiser.",
    "Hello Sam,\n\nWe detected multiple failed login attempts to your account, and as a security measure, your account has been temporarily locked.\n\nYou can unlock your account by resetting your password from the link below.",
    "Hi Sam,\n\nYour account on Baserow was pending deletion, but you have logged in so this operation has been cancelled.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nFor the course Data Basics, the order has been refunded.\nWe have refunded the following installments on the credit card used for the payment.\nThe remaining installments have been cancelled.",
    // Real-copy shapes that stay silent.
    "Dear Sam,\n\nYour refund has been successfully processed for your appointment on 3 May.\n\nYour appointment has been cancelled and the time slot is now available for other patients.\n\nIf you have any questions about this refund, please contact our support team.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nOne of your reservations was cancelled, because your membership period has ended.\n\nYou can renew your membership at the front desk and place the reservation again.",
    "Hi Sam,\n\nYour reservation was cancelled because you did not pick up the book within 14 days.\n\nYou can reserve it again from your account.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nThis is to confirm that your Formwell account has been permanently deleted. All personal data has been removed from our systems.\n\nIf you believe this was done in error, contact us at help@formwell.example.",
    // Real-copy shapes that stay silent.
    "Hello,\n\nYour Facebook inbox access has expired.\n\nPlease reconnect your Facebook page to keep receiving messages.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\nYour free trial has been expired. Please subscribe to continue.",
    "Greetings Sam:\nYour membership with Riverside Club has expired. To renew your membership, go to the link below.",
    "This site is currently suspended. If you are the owner of this site, please contact support.",
    // Real-copy shapes that stay silent.
    "Subject: Back in stock\n\nHi there,\n\nThe Linen Apron is now back in stock.\n\nYou received this email because you registered interest in an out-of-stock product.",
    "Subject: Usage notice\n\nHi there,\n\nYour organisation has reached 100% of its API usage for this period. Feature flags will be disabled after a 7-day grace period. To keep the service running, you can upgrade your plan from the billing page.",
    // Real-copy shapes that stay silent.
    "Subject: Account suspended\n\nHello,\n\nYour account on Formwell has been suspended.\n\nReason: repeated spam reports.\n\nTo resolve this, please contact our support team.",
    "Subject: Account suspended\n\nHi Sam,\n\nYour trial has expired and your workspace has been suspended. Upgrade to a paid plan to restore access.",
    "Subject: API access disabled\n\nHi Sam,\n\nYou have exceeded your monthly API quota, so API access has been disabled until 1 June. You can upgrade your plan at any time from the billing page.",
    // An outage or a refusal with a step the reader can take reads as kept by careful editors (wayForwardIsEnough).
    "Hello,\n\nYou have been disconnected from the service. Please sign in again.",
    // Real-copy shapes that stay silent.
    "Hello,\n\nYour subscription to Acme VPN has been cancelled and you will no longer be billed. You can click the following link to restart your subscription.\n\nThanks, Team Acme",
    "Hi Sam,\n\nYour order #123 has been cancelled. If payment was made online, the refund will be processed shortly. If you have any questions, contact our support team.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYou cancelled your account a while ago, and your account will be deactivated on 3 May.",
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nYour subscription was paused and will not receive any further charges. You can resume your subscription at any time.",
    "Hi Sam,\n\nYour booking request has been rejected. Although very rare, refusals do happen.",
    "Hi Sam,\n\nThe login has been blocked. If this was you, you can ignore this notice.",
    "Your data is stored securely. We have measures in place to protect against unauthorised access.",
    // By default a failed payment or money owed, told calmly with the way to put it right, is enough.
    'Hi Sam,\n\nYour payment of $12 was declined. Update your card to keep your plan.',
    'Subject: Payment failed\n\nWe couldn’t process your payment. Update your card today.',
    'Hi Sam,\n\nYour invoice is now overdue. You can pay it from the billing page.',
    // Real-copy shapes that stay silent.
    "Hi Sam,\n\nWe tried to charge your card for your plan, but the payment didn’t go through. Don’t worry, your service is still active.\n\nUpdate your card to keep it that way.",
    "Hi Sam,\n\nYour payment failed. Your access is still active until the next retry on Friday.",
    "Hi Sam,\n\nYour account is now suspended, but your data is safe and you can still export it.",
    "Thanks for giving us a try, even if it didn’t work out. Your subscription has been canceled.",
    "Hello,\n\nYour email inbox has been disconnected due to configuration errors. Please update it to continue receiving messages.",
    "Hello,\n\nWe cannot connect to your server. Please check your server and make sure it is running.",
    "Resource is gone. The requested page is no longer available. Please check the address and try again.",
    "Hi Sam,\n\nYour webhook was paused. To restore it:\n\n- Investigate potential network issues.\n- Check the endpoint logs.",
    // A problem read from structure alone, with no named kind, is an operational alert: not judged as a notice.
    'Hello,\n\nWe were unable to fetch the commit log for your release 2.4.1.\n\nThe Sentry team',
    'Hi Sam,\n\nRepository mirroring has been paused after too many failed attempts.\n\nThe GitLab team',
    // Not problem notices.
    'We just launched dark mode. Open Settings to try it.',
    'Thanks for your order! It ships on Monday.',
    'Early-bird pricing ends on 30 April. Grab a seat while you can.',
    'Your order has been cancelled as you requested. Your refund is on its way.',
    'Hi Sam,\n\nYour membership has been cancelled. You keep full access until 3 May.\n\nIf you change your mind, you can rejoin anytime before then.',
    'Scheduled maintenance on Sunday, with no downtime expected.',
    'If your payment fails, we will retry it three days later.',
    'We miss you! Here is 20% off your next box.',
    'Welcome aboard. Here are three tips to get started.',
    // Problem notices that acknowledge the reader.
    'Hi Sam,\n\nYour payment of $12 was declined. We know that’s a hassle. Update your card to keep your plan.',
    'Hi Sam,\n\nSorry your order is delayed. It now ships on Friday.',
    'Hi Sam,\n\nOur site was down for two hours this morning. We’re so sorry: we know you rely on us.',
    'Hi Sam,\n\nYour card has expired. It happens to everyone, and it takes a minute to fix.',
    'Hi Sam,\n\nYour refund request was declined. We know this isn’t the answer you hoped for.',
    'Hi Sam,\n\nWe made a mistake: your order was cancelled by our system. That’s on us, and we’ve fixed it.',
    'Hi Sam,\n\nPrices are going up on 1 June. We understand that no one likes a price rise.',
    'Hi Sam,\n\nYou may have had trouble logging in today: our sign-in service was down.',
    'Hi Sam,\n\nThe blue mug is out of stock. Our apologies for the wait, we’ll email you when it’s back.',
    'Hi Sam,\n\nWe were unable to process your payment. This must be frustrating, and we want to help.',
    'Hi Sam,\n\nYour flight has been cancelled. We apologise for the disruption to your plans.',
    'Hi Sam,\n\nWe found unauthorized access to some accounts. Losing trust is serious, and we understand how worrying this is.',
    'Hi Sam,\n\nWe haven’t received payment for invoice 1042 yet. If you’ve already paid, please ignore this reminder. Otherwise you can pay online in two minutes.',
    'Hi Sam,\n\nOur records show invoice 88 is still open. If the payment has already been sent, please disregard this notice.',
    'Hi Sam,\n\nUnfortunately, we weren’t able to renew your domain because the card on file expired. You can renew it from your dashboard.',
    'Hi Sam,\n\nWe couldn’t charge your card for this month. This is usually an expired card or a temporary hold from your bank. We’ll try again on Friday.',
    'Hi Sam,\n\nSadly we couldn’t deliver your parcel today. We’ll try again tomorrow between 9 and 12.',
    // A lock or a declined card explained plainly, with the way back, says what happened without blame.
    'Hello Ana,\n\nYour account was locked after several failed sign-in attempts.\n\nUse the link below to unlock it.',
    'Hi Sam,\n\nYour card was declined, most likely because it has expired. Please update it in your billing settings.',
    'Hello Ana,\n\nYour profile has been deactivated due to a change of e-mail address. You will receive another e-mail once an administrator reactivates it.',
    'Hi Sam,\n\nWe could not take your payment. Possible reasons are an expired card or a low balance.\n\nPlease try again with another card.',
    // UI strings (a sentence or two, no subject, one paragraph) owe no acknowledgement: a label is not a message.
    'Your payment of $12 was declined. Update your card to keep your plan.',
    'This account has been closed.',
    'Payment failed. Please try again.',
    'BACKUP FAILED: the snapshot of db-02 could not be written.',
    { name: 'a heading over one line is still a UI string', text: '# Export failed\n\nThe CSV export could not be completed.', syntax: 'markdown' },
    { name: 'front matter says the copy is a UI string', text: '---\ncopyKind: ui-string\n---\n\nHello Ana,\n\nYour card was declined.', syntax: 'markdown' },
    {
      name: 'a catalogue of error strings is judged entry by entry',
      text: JSON.stringify({ errors: { declined: 'Your card was declined.', expired: 'This card has expired. Try another card.', locked: 'Your account is locked.', overdue: 'Invoice overdue' } }, null, 2),
      syntax: 'catalog',
    },
    { name: 'a type set in front matter to promotion wins over the copy', text: '---\ntype: promotion\n---\n\nOur last sale sold out fast. This one will too.', syntax: 'markdown' },
  ],
  invalid: [
    {"text": "Hi Sam,\n\nWe have cancelled your order because the item was damaged in our warehouse. You have not been charged.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 76, "suggestions": [" We’re sorry: we know this upsets your plans."]}]},
    {"text": "Hi {{ name }},\n\nYour booking has been cancelled by the {{ site_name }} team.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 61, "suggestions": [" We’re sorry: we know this upsets your plans."]}]},
    {"text": "Hi Sam,\n\nWe have cancelled your order because the item was damaged in our warehouse.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 76, "suggestions": [" We’re sorry: we know this upsets your plans."]}]},
    {"name": "the business's own reason still owes an apology, mistake allowed or not", "text": "Hi Sam,\n\nYour class on Friday has been cancelled because the trainer is ill. If you believe this was a mistake, please contact us.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 68, "suggestions": [" We’re sorry: we know this upsets your plans."]}]},
    {"name": "a mistake allowed, then the door closed", "text": "Hi Sam,\n\nYour account has been permanently banned. If you think this was a mistake, there is nothing we can do.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 42, "suggestions": [" We know losing access is stressful, and we want to help you get back in quickly."]}]},
    {"name": "a billing error is the sender's own", "text": "Hi Sam,\n\nYou were charged twice for your order. If you think this is wrong, contact us.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 39, "suggestions": [" We’re sorry: being charged the wrong amount is worrying, and it was our mistake to fix."]}]},
    {"name": "a kick that led to a termination", "text": "Hi Sam,\n\nYour account has been terminated after you were kicked from the tournament. Reason: cheating.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 76, "suggestions": [" We know losing access is stressful, and we want to help you get back in quickly."]}]},
    {"name": "since you joined is a time, not the reader's choice", "text": "Hi Sam,\n\nYour membership has been cancelled by our team. Thank you for everything since you joined in 2019.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 48, "suggestions": [" We’re sorry: we know this upsets your plans."]}]},
    {"name": "a stock alert the customer can sign up for", "text": "Hi Sam,\n\nThe Blue Mug you ordered is sold out and has been removed from your order. Sign up for a stock alert to hear when it's back.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 75, "suggestions": [" We’re sorry: we know you were looking forward to it."]}]},
    {"name": "a monitoring tool's own outage", "text": "Hi Sam,\n\nDue to an outage on our side, your monitors did not run between 10:00 and 10:40.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 81, "suggestions": [" We’re sorry: we know you rely on us, and this got in your way."]}]},
    {"name": "a booking refused with nothing more", "text": "Dear Sam,\n\nYour requested booking for 2 spaces at Jazz Night on 3 May has been rejected.\n\nYours faithfully, Jo", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 78, "suggestions": [" We know this isn\u2019t the answer you hoped for."]}]},
    {"name": "a reason the reader must ask for is no reason given", "text": "Dear Sam,\n\nYour account has been blocked. Please contact the admin to know the reason.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 31, "suggestions": [" We know losing access is stressful, and we want to help you get back in quickly."]}]},
    {"name": "our own outage, which we will go on monitoring", "text": "Hi Sam,\n\nWe are experiencing an outage and the dashboard is down. We will continue to monitor the situation.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 57, "suggestions": [" We\u2019re sorry: we know you rely on us, and this got in your way."]}]},
    {"name": "a kick beside a ban still owes an acknowledgement", "text": "Hi Sam,\n\nYou have been banned from the server and kicked.\n\nReason: spam in the chat.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 49, "suggestions": [" We know losing access is stressful, and we want to help you get back in quickly."]}]},
    {"name": "a kick with no reason", "text": "Hi Sam,\n\nYou've been kicked from the server.\n\nKicked by: Mod Jo", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 36, "suggestions": [" We know losing access is stressful, and we want to help you get back in quickly."]}]},
    {"text": "Hi Sam,\n\nYour session with Ms Lee has been cancelled. No part of the fee will be refunded.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 45, "suggestions": [" We’re sorry: we know this upsets your plans."]}]},
    {"text": "Hi Sam,\n\nYour booking for Friday has been cancelled because the venue closed.\n\nThe hold on your card was cancelled successfully.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 69, "suggestions": [" We’re sorry: we know this upsets your plans."]}]},
    {"text": "Hi Sam,\n\nYour session with Ms Lee has been cancelled. The fee will not be refunded.", "errors": [{"messageId": "missing", "line": 3, "column": 1, "endColumn": 45, "suggestions": [" We’re sorry: we know this upsets your plans."]}]},
    { name: "no refund is no settlement, and a note is no step", text: "Hi Sam,\n\nYour membership has been cancelled. Please note that no refund will be issued.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 36, suggestions: [" We’re sorry: we know this upsets your plans."] }] },
    { name: "a cancellation whose only \"could\" is negated", text: "Hi Sam,\n\nYour booking was canceled. Deposit could not be authorized.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 27, suggestions: [" We’re sorry: we know this upsets your plans."] }] },
    { name: "a cancellation that only asks for no reply", text: "Hi Sam,\n\nYour order has been cancelled. This is an automatic e-mail, please do not reply.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 31, suggestions: [" We’re sorry: we know this upsets your plans."] }] },
    { text: "Hello,\n\nYour PI group, Lab A, has been disabled on the platform.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 57, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    { text: "Hi Sam,\n\nYou have been banned by an administrator from using Acme.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 58, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    { text: "Hi Sam,\n\nJo Park has cancelled your massage scheduled for 3 May.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 56, suggestions: [" We’re sorry: we know this upsets your plans."] }] },
    { text: "Hi Sam,\n\nWe failed to charge your card ending with 4242.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 48, suggestions: [" We know a declined payment is a hassle, especially when you didn’t expect it."] }] },
    { text: "Hello,\n\nYou have been denied from joining the lab group.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 49, suggestions: [" We know this isn’t the answer you hoped for."] }] },
    { text: "Hi Sam,\n\nYour account has been made inactive by the administrator.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 58, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    { text: "Hello Sam,\n\nYou have been removed from a shift: Bar, Friday 18:00.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 55, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    { text: "Hi Sam,\n\nYou lost editing permissions! Members no longer trust your edits.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 30, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    { text: "Hi Sam,\n\nYour video Cats has been blocked by the Example moderators.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 60, suggestions: [" We know it’s disappointing to see something you shared taken down."] }] },
    // Real-copy shapes.
    { text: "Hi Sam,\n\nYour class on Friday has been cancelled because the trainer is ill.\n\nYou can book another class in the app.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 68, suggestions: [" We’re sorry: we know this upsets your plans."] }] },
    // Real-copy shapes.
    { text: "Hi Sam,\n\nIt has been 6 months since you last logged in to your Campus account. We have since removed your account and it can no longer be accessed.\n\nIf you would like to start using Campus again, please register and sign up for a new account.", errors: [{ messageId: "missing", line: 3, column: 71, endColumn: 139, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    // Real-copy shapes.
    { text: "Hi Sam,\n\nYour application for the summer programme has been disapproved.\n\nThe Admissions team", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 64, suggestions: [" We know this isn’t the answer you hoped for."] }] },
    // Real-copy shapes.
    // Real-copy shapes.
    { text: "Hi Sam,\nYour request for teacher rights was not granted.", errors: [{ messageId: "missing", line: 1, column: 1, endLine: 2, endColumn: 49, suggestions: [" We know this isn’t the answer you hoped for."] }] },
    { text: "Hi Sam,\nYour account was invalidated. You will not be able to book any more sessions.", errors: [{ messageId: "missing", line: 1, column: 1, endLine: 2, endColumn: 30, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    // Real-copy shapes.
    { text: "Hi Sam,\n\nYour user account has expired.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 31, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    { text: "Hi Sam,\n\nJo Park has rejected your leave request for the following days: 3 May, 4 May.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 78, suggestions: [" We know this isn’t the answer you hoped for."] }] },
    { text: "Hi Sam,\n\nYour request to be enrolled in the course Data Basics on Campus Online has been rejected.", errors: [{ messageId: "missing", line: 3, column: 1, endColumn: 90, suggestions: [" We know this isn’t the answer you hoped for."] }] },
    // Real-copy shapes.
    { text: "Hello Sam,\nWe have rejected your server request. Have a great day.", errors: [{ messageId: "missing", line: 1, column: 1, endLine: 2, endColumn: 38, suggestions: [" We know this isn’t the answer you hoped for."] }] },
    { text: "Hi Sam,\nYour subscription for Pro Monthly has expired.", errors: [{ messageId: "missing", line: 1, column: 1, endLine: 2, endColumn: 47, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    { text: "Hi Sam,\nYour extension for the essay has been revoked. Your deadline is now 3 May.", errors: [{ messageId: "missing", line: 1, column: 1, endLine: 2, endColumn: 47, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    // Real-copy shapes.
    { text: "Subject: Account suspended\n\nHi there,\n\nYour account has been suspended and will be deleted in 7 days. You can upgrade your plan from the billing page.", errors: [{ messageId: "missing", line: 1, column: 10, endColumn: 27, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    // Real-copy shapes.
    { text: "Subject: Account suspended\n\nHello,\n\nYour account on Formwell has been suspended.\n\nPlease contact our support team.", errors: [{ messageId: "missing", line: 1, column: 10, endColumn: 27, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    // Real-copy shapes.
    // Real-copy shapes.
    { text: "Hi Sam,\n\nYour subscription was paused. Contact us with questions.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 30, suggestions: [" We know losing access is stressful, and we want to help you get back in quickly."] }] },
    // Real-copy shapes.
    { text: "Hi Sam,\n\nYour payment of $12 was declined. Your account is active. Update your card today.", options: strict, errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 34, suggestions: [" We know a declined payment is a hassle, especially when you didn’t expect it."] }] },
    { text: "Hi Sam,\n\nThe jacket you ordered is no longer available, so we have refunded you.", errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 72, suggestions: [" We’re sorry: we know you were looking forward to it."] }] },
    {
      name: '“unfortunately” that only reports the news is not acknowledgement',
      text: 'Hi Sam,\n\nUnfortunately, your payment of $12 was declined. Update your card to keep your plan.',
      options: strict,
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 49, suggestions: [declined] }],
    },
    {
      name: '“already” without the benefit of the doubt is not acknowledgement',
      text: 'Hi Sam,\n\nYour payment of $12 was declined. You have already been reminded twice. Update your card to keep your plan.',
      options: strict,
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 34, suggestions: [declined] }],
    },
    {
      text: 'Hi Sam,\n\nYour payment of $12 was declined. Update your card to keep your plan.',
      options: strict,
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 34, suggestions: [declined] }],
    },
    {
      name: 'a stock apology is not acknowledgement',
      text: 'Hi Sam,\n\nYour order is delayed. We apologize for any inconvenience this may have caused.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 23, suggestions: [delay] }],
    },
    {
      name: 'a conditional apology is not acknowledgement',
      text: 'Hi Sam,\n\nOur app was unavailable this morning. Sorry if you were affected.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 38, suggestions: [outage] }],
    },
    {
      name: 'points at the subject line when it announces the problem',
      text: 'Subject: Payment failed\n\nWe couldn’t process your payment. Update your card today.',
      options: strict,
      errors: [{ messageId: 'missing', line: 1, column: 10, endColumn: 24, suggestions: [declined] }],
    },
    {
      text: 'Hi Sam,\n\nYour account has been suspended. Contact support to restore it.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 33, suggestions: [' We know losing access is stressful, and we want to help you get back in quickly.'] }],
    },
    {
      text: 'Hi Sam,\n\nPrices are going up. From 1 June your plan will cost $14 a month.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 21, suggestions: [' We know a higher price is never welcome news.'] }],
    },
    {
      text: 'Hi Sam,\n\nYour refund request was denied because the item was used.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 58, suggestions: [' We know this isn’t the answer you hoped for.'] }],
    },
    {
      text: 'Hi Sam,\n\nWe detected a data breach affecting your email address. Change your password.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 56, suggestions: [' We’re sorry. You trusted us with your information, and we take that seriously.'] }],
    },
    {
      text: 'Hi Sam,\n\nThe item you ordered is out of stock.\nWe will refund you.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 38, suggestions: [' We’re sorry: we know you were looking forward to it.'] }],
    },
    {
      name: 'a reason without a way back is not enough',
      text: 'Hi Sam,\n\nYour account has been suspended due to unusual activity.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 57, suggestions: [' We know losing access is stressful, and we want to help you get back in quickly.'] }],
    },
    {
      name: 'a way back without a reason is not enough',
      text: 'Hi Sam,\n\nYour account has been disabled. You can contact support to restore it.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 32, suggestions: [' We know losing access is stressful, and we want to help you get back in quickly.'] }],
    },
    {
      name: 'the business’s own decision owes an apology whatever the reason',
      text: 'Hi Sam,\n\nYour class was cancelled because the trainer is ill. You can book another one in the app.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 53, suggestions: [' We’re sorry: we know this upsets your plans.'] }],
    },
    {
      text: 'Hi Sam,\n\nYour booking has been cancelled due to low demand.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 51, suggestions: [' We’re sorry: we know this upsets your plans.'] }],
    },
    {
      text: 'Hi Sam,\n\nYour account is past due. Pay the balance by Friday.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 26, suggestions: [' We know money can be tight, and we’re here to help find a way forward.'] }],
    },
    {
      name: 'no apology is inserted into a bullet list item',
      text: 'Hi Sam,\n\nHere is where things stand:\n\n- Your renewal payment of £9 failed\n- Your next invoice is due on 3 June',
      syntax: 'markdown',
      errors: [{ messageId: 'missing', line: 5, column: 3, endColumn: 36, suggestions: [] }],
    },
    {
      name: 'a masked template tag is shown as written, never as its mask',
      text: 'Hi {{name}},\n\nYour order {{order_id}} was cancelled by our system. We will refund you within 3 days.',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 53, suggestions: [' We’re sorry: we know this upsets your plans.'] }],
    },
    {
      name: 'front matter says a one-line notice is a message',
      text: '---\ncopyKind: message\n---\n\nYour card was declined.',
      syntax: 'markdown',
      errors: [{ messageId: 'missing', line: 5, column: 1, endColumn: 24, suggestions: [declined] }],
    },
    {
      name: 'catalogue entries under one parent with a subject form one message',
      text: JSON.stringify({ emails: { declined: { subject: 'Your payment did not go through', body: 'We could not take the payment for your plan. Update your card from the billing page.' } }, errors: { declined: 'Your card was declined.' } }, null, 2),
      options: strict,
      syntax: 'catalog',
      errors: [{ messageId: 'missing', line: 4, column: 19, endColumn: 50, suggestions: [declined] }],
    },
    {
      name: 'front matter type makes a notice a problem and the copy names the kind',
      text: '---\ntype: outage\n---\n\nLogins failed between 9 and 10 am. Everything works again.',
      syntax: 'markdown',
      errors: [{ messageId: 'missing', line: 5, column: 1, endColumn: 35, suggestions: [outage] }],
    },
  ],
});

describe('acknowledge-problem messages', () => {
  it('names a refused application as a refused request, not a refund', async () => {
    const result = await lintText('Hi Sam,\n\nYour registration request has been rejected.\n\nThe Team', { syntax: 'text', config: { rules: { 'acknowledge-problem': 'warn' } } });
    const messages = result.messages.filter((message) => message.ruleId === 'acknowledge-problem').map((message) => message.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^This message tells the reader about a refused request but never acknowledges/);
  });
});
