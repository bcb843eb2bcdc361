import { testRule } from '../rule-tester.js';

testRule('no-threat', {
  valid: [
    // Real-copy shapes that stay silent.
    "Failure to format the data correctly can cause data corruption. Please make a copy first.",
    // Real-copy shapes that stay silent.
    "If you are found harassing people, we reserve the right to delete your video or comment.",
    "In the event of circumstances beyond our control, Med Cab reserves the right to cancel all services.",
    "We reserve the right to cancel your booking if payment is declined for any reason.",
    // Real-copy shapes that stay silent.
    {"text": "If you feel you have no choice but to take legal action, our guide explains your rights."},
    {"text": "Tenants with no option but to take legal action can get free advice from our team."},
    // Real-copy shapes that stay silent.
    {"text": "We will never take legal action against you."},
    // Real-copy shapes that stay silent.
    {"text": "New records will be stored but locked until payment is received."},
    {"text": "We will retry every 30 minutes until the invoice is paid."},
    // Real-copy shapes that stay silent.
    "If you import the file, all your current data will be destroyed first, so back it up now.",
    // Real-copy shapes that stay silent.
    "If you are disqualified, you can appeal within 14 days.",
    // Real-copy shapes that stay silent.
    "If the problem continues, we will refund your order.",
    "Your card was declined. If it happens again, your subscription will be cancelled.",
    "If this continues, please contact support.",
    "If the outage continues, your site may be unavailable.",
    // Real-copy shapes that stay silent.
    "You can cancel your plan without notice or fees.",
    "Prices may change without notice.",
    // Real-copy shapes that stay silent.
    "If you exceed your storage limit, your account will be suspended until you free up space.",
    // Real-copy shapes that stay silent.
    "We recommend upgrading your monthly quota in order to avoid a service interruption.",
    "Please update your payment method to avoid service interruption.",
    // Real-copy shapes that stay silent.
    "Your temporary files will be deleted soon to free up space.",
    "Your builds will soon be disabled on the old runner; they move automatically to the new one.",
    "Your account is about to be permanently deleted, as you requested on 1 May. You can cancel until 8 May.",
    "Your invitation will be deleted soon if not used; you can always send a new one.",
    "Break a sweat and you'll earn a badge.",
    // Real-copy shapes that stay silent.
    "Your order is about to be shipped.",
    // Real-copy shapes that stay silent.
    "Support for Internet Explorer will be removed soon.",
    "Your refund will be processed soon.",
    "Your account will be closed on 3 May.",
    // Real-copy shapes that stay silent.
    "If you keep posting, your followers will be notified.",
    "Reporting a user won't get you banned.",
    "This will get you started.",
    "Breaking changes may lead to errors.",
    // Real-copy shapes that stay silent.
    "Thanks for your order. Otherwise, you're all set.",
    "Your files are saved. Otherwise nothing changes.",
    // Real-copy shapes that stay silent.
    "Our new reminders help you avoid late fees.",
    "We'll retry the payment to help you avoid any service interruption.",
    "If a charge to your card is not successful within 5 days, we'll email you before anything changes.",
    "To avoid losing your work, save often.",
    "We schedule updates at night to avoid downtime.",
    "If you want to avoid late fees, you can turn on automatic payments.",
    "Your account will be deleted in 30 days unless you choose to delete it now.",
    'Download your files before we move to the new server on Friday.',
    'If you didn’t ask for this, ignore this email and your password will stay the same.',
    'You can check your credit score for free in the app.',
    'Please confirm otherwise the courier will try again tomorrow.',
    'If your bank statement says otherwise, write to us within two months and a second adviser will look again.',
    // Cause and effect: the harm comes from the thing itself, not from us, and does not fall on the account.
    'Save your changes before closing the tab, otherwise they will be lost.',
    'Make sure the cable is plugged in, otherwise the printer may stop mid-page.',
    'Enter the code we sent you within 10 minutes, otherwise it will expire.',
    'Water the seedlings every other day, otherwise the leaves will wilt and drop.',
    'Keep the lid closed while it charges; otherwise the battery could lose its charge faster.',
    'Use the same browser to finish your order, otherwise the link may stop working.',
    // The reader's own choice.
    'You can choose to delete your account at any time in Settings.',
    'You may decide to close your shop whenever you like; your invoices stay available.',
    'If you prefer, you can opt to remove your profile from search results.',
    // Consequence words that are calm facts or help.
    'Confirm your address, otherwise we’ll send a reminder next week.',
    'Keep your receipt, otherwise returns take longer.',
    'Otherwise, you’re good to go.',
    'You can seek legal recourse if the seller refuses.',
    'We will never seek legal recourse over a late payment.',
    'Your files will be permanently deleted within 30 days of closing your account, as you asked.',
    'Will my photos be deleted after my plan ends?',
    'Try the new editor for a week, after which you can switch back in Settings.',
    // Calm facts and real dates.
    'Your subscription ends on 30 April; renew anytime from your account page.',
    'Your account will be closed on 30 April, as you requested.',
    'You will lose access to premium features on 30 April.',
    'Your account will be suspended.',
    'If you cancel, your account will be closed at the end of the billing period.',
    'If you don’t renew, your plan will end on 30 April and you can restart anytime.',
    'If you don’t update your card, we’ll try again on Monday.',
    'Failure to pay? Here’s what happens next.',
    'If you don’t pick it up within 7 days, your parcel will be returned to the sender.',
    'If you do not respond, we will close your case.',
    'Unless you opt out, your plan will renew automatically.',
    'If you don’t like it, you’ll get a full refund.',
    'Non-payment may lead to a late fee.',
    'Your final invoice is attached.',
    'Last warning signs of a failing battery, explained.',
    // Help on offer.
    'We will never share your data.',
    'If you need more time, reply and we’ll pause your account.',
    'Update your card to keep access to your files.',
    'Don’t lose access: update your card today.',
    "We'll close your ticket if we don't hear back within 7 days.",
    // "legal", "action" and "failure" in other senses.
    'Our legal team reviewed the new terms.',
    'Terms and legal notices',
    'Take action today to protect your account.',
    'We will take immediate action to fix this.',
    'No further action is needed.',
    'A power failure delayed orders.',
    'Our failure to deliver on time is on us.',
    'Payment failure may lead to a retry tomorrow.',
    'We took legal action against counterfeit sellers.',
    'You have the right to take legal action.',
    'We will never send your account to collections.',
    'We were forced to close our Leeds store.',
    'We were forced to raise prices this year.',
    // "or" that offers, not threatens.
    'Love it, or your money back.',
    'Try it free, or your first box is on us.',
    'Reply STOP to opt out, otherwise we’ll keep sending tips.',
    'Your last reminder before the sale ends.',
    // Questions and quotes.
    'Will my account be suspended if I don’t pay?',
    '“Final warning” emails are a common scam.',
    { text: 'Old letters opened with `FINAL WARNING` in the subject.', syntax: 'markdown', name: 'inline code is masked' },
  ],
  invalid: [
    {"text": "We reserve the right to terminate your account if we see fit.", "errors": [{"messageId": "reserveRight", "line": 1, "column": 4, "endColumn": 34, "suggestions": ["may terminate"]}]},
    {"text": "If you have questions, call us, but we reserve the right to cancel your order.", "errors": [{"messageId": "reserveRight", "line": 1, "column": 40, "endColumn": 67, "suggestions": ["may cancel"]}]},
    {"text": "Failure to update your card may result in data loss and account closure.", "errors": [{"messageId": "failureTo", "line": 1, "column": 1, "endColumn": 72, "suggestions": ["To keep your account open, please update your card"]}]},
    {"text": "OptinSpin reserves the right to cancel the coupon anytime.", "errors": [{"messageId": "reserveRight", "line": 1, "column": 11, "endColumn": 39, "suggestions": ["may cancel"]}]},
    {"text": "We reserve the right to remove any content for any reason or no reason at all.", "errors": [{"messageId": "reserveRight", "line": 1, "column": 4, "endColumn": 31, "suggestions": ["may remove"]}]},
    {"text": "If you break a rule, we reserve the right to ban you at any time without notice.", "errors": [{"messageId": "reserveRight", "line": 1, "column": 25, "endColumn": 49, "suggestions": ["may ban"]}]},
    {"text": "We've no choice but to start legal proceedings against you.", "errors": [{"messageId": "forced", "line": 1, "column": 1, "endColumn": 23}, {"messageId": "legal", "line": 1, "column": 30, "endColumn": 47}]},
    {"text": "Your account will be suspended until you've paid.", "errors": [{"messageId": "ifNot", "line": 1, "column": 1, "endColumn": 49}]},
    {"text": "Dear Sam,\n\nThe e-mandate was dishonored. Hence, we have no alternative but to initiate legal proceedings against you for recovery of our dues.", "errors": [{"messageId": "forced", "line": 3, "column": 41, "endColumn": 67, "suggestions": ["need to"]}, {"messageId": "legal", "line": 3, "column": 77, "endColumn": 94}]},
    {"text": "Dear Bo,\n\nThis is an invoice for the buying fee. Please click the link below to pay. All activity on your site will be suspended until this is paid", "errors": [{"messageId": "ifNot", "line": 3, "column": 92, "endColumn": 138}]},
    { text: "If you do not renew, your files will be erased.", errors: [{ messageId: 'ifNot', line: 1, column: 1, endColumn: 47 }] },
    { text: "The message was deleted.\nMultiple such violations may lead to a temporary or even a permanent ban.", errors: [{ messageId: 'consequence', line: 2, column: 26, endColumn: 73 }] },
    { text: "Be aware that if you falsify any information on your application you will be disqualified.", errors: [{ messageId: "misconduct", line: 1, column: 15, endColumn: 90, suggestions: [] }] },
    { text: "If you provide false information, your account will be closed.", errors: [{ messageId: "misconduct", line: 1, column: 1, endColumn: 62, suggestions: [] }] },
    { text: "If inactivity continues, you may be automatically unenrolled on day 21.", errors: [{ messageId: "misconduct", line: 1, column: 1, endColumn: 71, suggestions: [] }] },
    { text: "If this behaviour continues, your account will be suspended.", errors: [{ messageId: "misconduct", line: 1, column: 1, endColumn: 60, suggestions: [] }] },
    { text: "Your account will be terminated without further notice.", errors: [{ messageId: 'vagueThreat', line: 1, column: 19, endColumn: 55, suggestions: [] }] },
    { text: "We may suspend your account without prior warning.", errors: [{ messageId: 'vagueThreat', line: 1, column: 1, endColumn: 50, suggestions: [] }] },
    { text: 'If you get 3 strikes, your account will be banned.', errors: [{ messageId: 'misconduct', line: 1, column: 1, endColumn: 50, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Please upgrade your quota now to avoid a service interruption.", errors: [{ messageId: "consequence", line: 1, column: 31, endColumn: 62, suggestions: [] }] },
    { text: "Renew immediately to avoid losing access.", errors: [{ messageId: "consequence", line: 1, column: 19, endColumn: 41, suggestions: [] }] },
    { text: "Please settle the payment to avoid the suspension of your service.", errors: [{ messageId: "consequence", line: 1, column: 27, endColumn: 50, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Break the rules again and your account will be permanently banned.", errors: [{ messageId: "misconduct", line: 1, column: 1, endColumn: 66, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Your trial ended some time ago, and your account is about to be permanently deleted.", errors: [{ messageId: "vagueThreat", line: 1, column: 37, endColumn: 84, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Your builds will soon be disabled and access to your documentation will be removed.", errors: [{ messageId: "vagueThreat", line: 1, column: 1, endColumn: 34, suggestions: [] }] },
    { text: "All coding activity older than 12 months will be deleted soon.", errors: [{ messageId: "vagueThreat", line: 1, column: 1, endColumn: 62, suggestions: [] }] },
    // Real-copy shapes.
    { text: "If you violate the Community Rules again, your account may be permanently banned.", errors: [{ messageId: "misconduct", line: 1, column: 1, endColumn: 81, suggestions: [] }] },
    { text: "If you abuse the return policy, we may close your account.", errors: [{ messageId: "misconduct", line: 1, column: 1, endColumn: 58, suggestions: [] }] },
    { text: "Take note that ban evasion will get you IP banned.", errors: [{ messageId: "misconduct", line: 1, column: 28, endColumn: 50, suggestions: [] }] },
    { text: "Repeated violations may lead to longer or immediate suspensions without prior warning.", errors: [{ messageId: "consequence", line: 1, column: 21, endColumn: 64, suggestions: [] }] },
    { text: "Further violations will result in your account being terminated.", errors: [{ messageId: "consequence", line: 1, column: 20, endColumn: 64, suggestions: [] }] },
    // Real-copy shapes.
    // Real-copy shapes.
    { text: "Please keep your card up to date. Otherwise you will be downgraded to the free plan.", errors: [{ messageId: 'orElse', line: 1, column: 35, endColumn: 84, suggestions: [] }] },
    { text: "Any misuse will lead to an immediate account ban.", errors: [{ messageId: 'consequence', line: 1, column: 12, endColumn: 49, suggestions: [] }] },
    // Real-copy shapes.
    { text: "Your account will be deleted in 30 days unless you choose to keep it.", errors: [{ messageId: 'ifNot', line: 1, column: 1, endColumn: 69, suggestions: [] }] },
    { text: "If the charge is not settled within 5 days, we will close your account.", errors: [{ messageId: 'ifNot', line: 1, column: 1, endColumn: 71, suggestions: [] }] },
    { text: "Please pay this invoice immediately to avoid your account being suspended.", errors: [{ messageId: 'consequence', line: 1, column: 37, endColumn: 74, suggestions: [] }] },
    { text: "Pay by Friday to avoid late fees.", errors: [{ messageId: 'consequence', line: 1, column: 15, endColumn: 33, suggestions: [] }] },
    { text: 'You have 3 days to reply before we disable your account.', errors: [{ messageId: 'consequence', line: 1, column: 26, endColumn: 56, suggestions: [] }] },
    { text: 'Ignore this notice and your service will be cut off.', errors: [{ messageId: 'orElse', line: 1, column: 1, endColumn: 52, suggestions: [] }] },
    { text: 'Missed payments may damage your credit score.', errors: [{ messageId: 'legal', line: 1, column: 17, endColumn: 45, suggestions: [] }] },
    {
      text: 'Remove your listings before closing the shop otherwise all of them will be deleted.',
      errors: [{ messageId: 'orElse', line: 1, column: 46, endColumn: 83, suggestions: [] }],
    },
    {
      text: 'It is essential that the fee is paid, otherwise we will have to consider placing a hold on your membership.',
      errors: [{ messageId: 'orElse', line: 1, column: 39, endColumn: 107, suggestions: [] }],
    },
    {
      text: 'Reply by Monday, failing which the booking will be released.',
      errors: [{ messageId: 'orElse', line: 1, column: 18, endColumn: 60, suggestions: [] }],
    },
    {
      text: 'Renew the domain within 10 days, after which it will be sold at auction.',
      errors: [{ messageId: 'consequence', line: 1, column: 34, endColumn: 72, suggestions: [] }],
    },
    {
      text: 'The landlord may seek legal recourse.',
      errors: [{ messageId: 'legal', line: 1, column: 18, endColumn: 37, suggestions: [] }],
    },
    {
      text: 'At any time the moderators may elect to remove your profile.',
      errors: [{ messageId: 'consequence', line: 1, column: 28, endColumn: 60, suggestions: [] }],
    },
    {
      text: 'Failure to pay will result in suspension of your account.',
      errors: [{ messageId: 'failureTo', line: 1, column: 1, endColumn: 57, suggestions: ['To keep your account active, please pay'] }],
    },
    {
      text: 'Failure to pay by 30 April will result in the suspension of your account.',
      errors: [{ messageId: 'failureTo', line: 1, column: 1, endColumn: 73, suggestions: ['To keep your account active, please pay by 30 April'] }],
    },
    {
      text: 'Failure to respond within 14 days will result in your account being closed.',
      errors: [{ messageId: 'failureTo', line: 1, column: 1, endColumn: 75, suggestions: ['To keep your account open, please respond within 14 days'] }],
    },
    {
      text: 'FAILURE TO PAY WILL RESULT IN TERMINATION.',
      errors: [{ messageId: 'failureTo', line: 1, column: 1, endColumn: 42, suggestions: ['TO KEEP YOUR ACCOUNT ACTIVE, PLEASE PAY'] }],
    },
    {
      text: 'Failure to comply with our policies is not tolerated.',
      errors: [{ messageId: 'failureTo', line: 1, column: 1, endColumn: 23, suggestions: [] }],
    },
    {
      text: 'Please update your card within 7 days or your account will be suspended.',
      errors: [{ messageId: 'orElse', line: 1, column: 39, endColumn: 72, suggestions: ['so your account stays active'] }],
    },
    {
      text: 'Update your details, otherwise your account will be closed.',
      errors: [{ messageId: 'orElse', line: 1, column: 22, endColumn: 59, suggestions: ['so your account stays open'] }],
    },
    {
      text: 'Renew now or lose access to your photos.',
      errors: [{ messageId: 'orElse', line: 1, column: 11, endColumn: 40, suggestions: ['so you keep access to your photos'] }],
    },
    {
      text: 'If you don’t update your card, you will lose access.',
      errors: [{ messageId: 'ifNot', line: 1, column: 1, endColumn: 52, suggestions: ['To keep access, please update your card'] }],
    },
    {
      name: 'contractions and curly apostrophes',
      text: 'If you don’t update your card by Friday, you’ll lose access to your files.',
      errors: [{ messageId: 'ifNot', line: 1, column: 1, endColumn: 74, suggestions: ['To keep access to your files, please update your card by Friday'] }],
    },
    {
      text: "Your account will be suspended if you don't pay by Friday.",
      errors: [{ messageId: 'ifNot', line: 1, column: 1, endColumn: 58, suggestions: ['To keep your account active, please pay by Friday'] }],
    },
    {
      text: 'Unless you pay by Friday, your account will be closed.',
      errors: [{ messageId: 'ifNot', line: 1, column: 1, endColumn: 54, suggestions: ['To keep your account open, please pay by Friday'] }],
    },
    {
      text: "If payment isn't received by 1 May, your account will be suspended.",
      errors: [{ messageId: 'ifNot', line: 1, column: 1, endColumn: 67, suggestions: ['To keep your account active, please pay by 1 May'] }],
    },
    {
      text: 'We have no choice but to suspend your account.',
      errors: [{ messageId: 'forced', line: 1, column: 4, endColumn: 25, suggestions: ['need to'] }],
    },
    {
      name: 'two findings: the frame and the legal threat',
      text: 'We’ll be forced to take legal action.',
      errors: [
        { messageId: 'forced', line: 1, column: 7, endColumn: 19, suggestions: ['need to'] },
        { messageId: 'legal', line: 1, column: 25, endColumn: 37, suggestions: [] },
      ],
    },
    {
      text: 'Your debt will be referred to a debt collection agency.',
      errors: [{ messageId: 'legal', line: 1, column: 19, endColumn: 55, suggestions: [] }],
    },
    {
      text: 'Your account will be sent to collections.',
      errors: [{ messageId: 'legal', line: 1, column: 22, endColumn: 41, suggestions: [] }],
    },
    {
      text: 'Don’t pay, and we’ll send your account to collections.',
      errors: [{ messageId: 'legal', line: 1, column: 22, endColumn: 54, suggestions: [] }],
    },
    {
      text: 'Verify your email, or you won’t be able to log in.',
      errors: [{ messageId: 'orElse', line: 1, column: 20, endColumn: 50, suggestions: ['so you keep access'] }],
    },
    {
      text: 'Please pay now, or else.',
      errors: [{ messageId: 'vagueThreat', line: 1, column: 17, endColumn: 24, suggestions: [] }],
    },
    {
      text: 'Your account will be deactivated unless you confirm your email.',
      errors: [{ messageId: 'ifNot', line: 1, column: 1, endColumn: 63, suggestions: ['To keep your account active, please confirm your email'] }],
    },
    {
      text: 'We reserve the right to terminate your account.',
      errors: [{ messageId: 'reserveRight', line: 1, column: 4, endColumn: 34, suggestions: ['may terminate'] }],
    },
    {
      text: 'Final warning: your invoice is overdue.',
      errors: [{ messageId: 'finalWarning', line: 1, column: 1, endColumn: 14, suggestions: ['Reminder'] }],
    },
    {
      text: 'This is your last warning.',
      errors: [{ messageId: 'finalWarning', line: 1, column: 14, endColumn: 26, suggestions: ['reminder'] }],
    },
    {
      text: 'Late payment will result in account suspension.',
      errors: [{ messageId: 'consequence', line: 1, column: 14, endColumn: 47, suggestions: [] }],
    },
    {
      text: 'Further action will be taken.',
      errors: [{ messageId: 'vagueThreat', line: 1, column: 1, endColumn: 29, suggestions: [] }],
    },
    {
      name: 'multi-line: the threat is on the second line',
      text: 'Your invoice is overdue.\nFailure to pay will result in termination.',
      errors: [{ messageId: 'failureTo', line: 2, column: 1, endColumn: 42, suggestions: ['To keep your account active, please pay'] }],
    },
    {
      name: 'multi-line: the clause spans a line break',
      text: 'Please pay today or your\naccount will be closed.',
      errors: [{ messageId: 'orElse', line: 1, column: 18, endLine: 2, endColumn: 23, suggestions: ['so your account stays open'] }],
    },
    {
      name: 'Markdown: a heading and emphasis',
      syntax: 'markdown',
      text: '# FINAL NOTICE\n\nPay by Friday **or your service will be disconnected**.',
      errors: [
        { messageId: 'finalWarning', line: 1, column: 3, endColumn: 15, suggestions: ['REMINDER'] },
        { messageId: 'orElse', line: 3, column: 17, endColumn: 53, suggestions: ['so your service stays active'] },
      ],
    },
    {
      name: 'Markdown: a list item',
      syntax: 'markdown',
      text: '- Failure to comply with these terms may result in termination.',
      errors: [{ messageId: 'failureTo', line: 1, column: 3, endColumn: 63, suggestions: ['To keep your account active, please follow these terms'] }],
    },
  ],
});
