import { testRule } from '../rule-tester.js';

const declined = ' We know a declined payment is a hassle, especially when you didn’t expect it.';
const outage = ' We’re sorry: we know you rely on us, and this got in your way.';
const delay = ' We’re sorry it’s late; we know you were counting on it.';

testRule('acknowledge-problem', {
  valid: [
    // Not problem notices.
    'We just launched dark mode. Open Settings to try it.',
    'Thanks for your order! It ships on Monday.',
    'Early-bird pricing ends on 30 April. Grab a seat while you can.',
    'Your order has been cancelled as you requested. Your refund is on its way.',
    'Scheduled maintenance on Sunday, with no downtime expected.',
    'If your payment fails, we will retry it three days later.',
    'We miss you! Here is 20% off your next box.',
    'Welcome aboard. Here are three tips to get started.',
    // Problem notices that acknowledge the reader.
    'Your payment of $12 was declined. We know that’s a hassle. Update your card to keep your plan.',
    'Sorry your order is delayed. It now ships on Friday.',
    'Our site was down for two hours this morning. We’re so sorry: we know you rely on us.',
    'Your card has expired. It happens to everyone, and it takes a minute to fix.',
    'Your refund request was declined. We know this isn’t the answer you hoped for.',
    'We made a mistake: your order was cancelled by our system. That’s on us, and we’ve fixed it.',
    'Prices are going up on 1 June. We understand that no one likes a price rise.',
    'You may have had trouble logging in today: our sign-in service was down.',
    'The blue mug is out of stock. Our apologies for the wait, we’ll email you when it’s back.',
    'We were unable to process your payment. This must be frustrating, and we want to help.',
    'Your flight has been cancelled. We apologise for the disruption to your plans.',
    'We found unauthorized access to some accounts. Losing trust is serious, and we understand how worrying this is.',
    { name: 'a type set in front matter to promotion wins over the copy', text: '---\ntype: promotion\n---\n\nOur last sale sold out fast. This one will too.', syntax: 'markdown' },
  ],
  invalid: [
    {
      text: 'Your payment of $12 was declined. Update your card to keep your plan.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34, suggestions: [declined] }],
    },
    {
      name: 'a stock apology is not acknowledgement',
      text: 'Your order is delayed. We apologize for any inconvenience this may have caused.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 23, suggestions: [delay] }],
    },
    {
      name: 'a conditional apology is not acknowledgement',
      text: 'Our app was unavailable this morning. Sorry if you were affected.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 38, suggestions: [outage] }],
    },
    {
      name: 'points at the subject line when it announces the problem',
      text: 'Subject: Payment failed\n\nWe couldn’t process your payment. Update your card today.',
      errors: [{ messageId: 'missing', line: 1, column: 10, endColumn: 24, suggestions: [declined] }],
    },
    {
      text: 'Your account has been suspended. Contact support to restore it.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33, suggestions: [' We know losing access is stressful, and we want to help you get back in quickly.'] }],
    },
    {
      text: 'Prices are going up. From 1 June your plan will cost $14 a month.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 21, suggestions: [' We know a higher price is never welcome news.'] }],
    },
    {
      text: 'Your refund request was denied because the item was used.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 58, suggestions: [' We know this isn’t the answer you hoped for.'] }],
    },
    {
      text: 'We detected a data breach affecting your email address. Change your password.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 56, suggestions: [' We’re sorry. You trusted us with your information, and we take that seriously.'] }],
    },
    {
      text: 'The item you ordered is out of stock.\nWe will refund you.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 38, suggestions: [' We’re sorry: we know you were looking forward to it.'] }],
    },
    {
      text: 'Your booking has been cancelled due to low demand.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 51, suggestions: [' We’re sorry: we know this upsets your plans.'] }],
    },
    {
      text: 'Your account is past due. Pay the balance by Friday.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 26, suggestions: [' We know money can be tight, and we’re here to help find a way forward.'] }],
    },
    {
      name: 'front matter type makes a notice a problem and the copy names the kind',
      text: '---\ntype: outage\n---\n\nLogins failed between 9 and 10 am. Everything works again.',
      syntax: 'markdown',
      errors: [{ messageId: 'missing', line: 5, column: 1, endColumn: 35, suggestions: [outage] }],
    },
  ],
});
