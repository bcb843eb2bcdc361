import { defineRule } from '../../src/linter/define.js';

// Placeholder until the rule is written.
export default defineRule({
  meta: { id: 'inclusive-language', description: 'TODO', level: 'warn', messages: {} },
  create() {
    return {};
  },
});
