import { testRule } from '../rule-tester.js';

testRule('next-step', {
  valid: [
    // Not problem notices.
    'We just launched dark mode.',
    'Thanks for your order. Your receipt is attached.',
    'If your payment fails, we will let you know.',
    'Scheduled maintenance with no downtime this weekend.',
    // Problem notices with an action, a contact or a timeline.
    'Your payment was declined. Update your card.',
    'Your payment was declined. Please update your card in Settings.',
    'Our site was down this morning. We’ll post an update by 3 pm.',
    'Your order is delayed.\nQuestions? Our support team is here to help.',
    'Prices are going up on 1 June. You can switch plans anytime.',
    'Your card has expired. Nothing you need to do: we’ll use your new card automatically.',
    'Your flight has been cancelled. Reply to this email to rebook.',
    'Your parcel is running late. It should arrive on Thursday.',
    'The mug you ordered is out of stock. We’ll email you as soon as it’s back.',
    'Your refund request was declined. To appeal, reply with a photo of the item.',
    'Your account has been suspended. Call us on 0800 123 4567 and we’ll sort it out.',
    'We found unauthorized access to some accounts. Change your password now.',
    'Your balance is past due. You can set up a payment plan in your account.',
    'Your order is delayed. We’ll refund the shipping fee today.',
    'Logins were failing this morning. Everything works again, and you don’t need to do anything.',
    'Our app was unavailable for an hour. Visit our status page for details.',
    'Your order was cancelled. If that looks wrong, call us and we will check.',
  ],
  invalid: [
    {
      text: 'Your payment of $12 was declined. We know that’s a hassle.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34, suggestions: [' To keep your plan active, update your card in your account settings, or reply to this email and we’ll help.'] }],
    },
    {
      text: 'Our site was down this morning. We’re sorry.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 32, suggestions: [' We’ll post the next update on our status page within the hour.'] }],
    },
    {
      text: 'Your account has been suspended.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33, suggestions: [' To restore access, reply to this email and our team will help.'] }],
    },
    {
      name: 'a hyphenated noun is not an instruction',
      text: 'Check-in closes at noon. Your flight was cancelled.',
      errors: [{ messageId: 'missing', line: 1, column: 26, endColumn: 52, suggestions: [' You can rebook from your account, or reply to this email and we’ll help.'] }],
    },
    {
      text: 'Your refund request was denied. We know this is disappointing.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 32, suggestions: [' If you think we got this wrong, reply to this email and we’ll take another look.'] }],
    },
    {
      name: 'points at the subject; suggests the step at the end of the body',
      text: 'Subject: Your order is delayed\n\nHi Sam, your parcel is running late. Sorry about that.',
      errors: [{ messageId: 'missing', line: 1, column: 10, endColumn: 31, suggestions: [' We’ll email you as soon as it ships, and you can track it from your account.'] }],
    },
    {
      text: 'Prices are increasing. Your plan will cost more.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 23, suggestions: [' If you’d like to change or cancel your plan, you can do it in your account settings before then.'] }],
    },
    {
      text: 'We detected a security incident. Some email addresses were exposed.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33, suggestions: [' We recommend changing your password now; reply to this email if you have any questions.'] }],
    },
    {
      name: 'the first kind of problem named wins a tie',
      text: 'Unfortunately the lamp is out of stock, so your order was cancelled.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 69, suggestions: [' We’ll email you when it’s back, or you can choose a similar item from your order page.'] }],
    },
    {
      text: 'Your invoice is overdue.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 25, suggestions: [' If you’d like to set up a payment plan, reply to this email and we’ll work it out together.'] }],
    },
  ],
});
