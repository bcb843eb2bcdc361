import { defineRule } from '../../src/linter/define.js';

// Placeholder until the rule is written.
export default defineRule({
  meta: { id: 'no-pressure', description: 'TODO', level: 'warn', messages: {} },
  create() {
    return {};
  },
});
