import { testRule } from '../rule-tester.js';

testRule('no-hollow-apology', {
  valid: [
    'We’re sorry your order is late. It ships today, and we refunded the delivery fee.',
    'We apologize for the delay: the warehouse flooded on Monday.',
    'Sorry we charged you twice. The extra charge is refunded.',
    'Any inconvenience? Tell us and we will fix it.',
    'If you were charged twice, reply to this email and we will refund you.',
  ],
  invalid: [
    {
      text: 'We apologize for any inconvenience this may have caused.',
      errors: [{ messageId: 'formulaic', line: 1, column: 14, endColumn: 56, suggestions: ['for the trouble this caused'] }],
    },
    {
      text: 'Sorry if you felt misled by our last email.',
      errors: [{ messageId: 'conditional', line: 1, column: 1, endColumn: 18, suggestions: [] }],
    },
  ],
});
