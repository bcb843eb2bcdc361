import { defineRule } from '../../src/linter/define.js';
import { findPhrases, phrase } from '../../src/linter/phrases.js';
import { builtinRules } from '../../rules/index.js';
import type { ConfigObject, Plugin } from '../../src/config/resolve.js';

const foo = phrase('foo');

/** A test rule: reports "foo" with a safe fix to "bar", and "baz" with a suggestion only. */
export const testPlugin: Plugin = {
  rules: {
    'no-foo': defineRule({
      meta: {
        id: 'no-foo',
        description: 'Reports foo.',
        level: 'warn',
        fix: 'safe',
        messages: { foo: '“{actual}” is a test word. Write “bar” instead.' },
      },
      create(context) {
        return {
          sentence(sentence) {
            for (const match of findPhrases(sentence, foo)) {
              context.report({ sentence, start: match.start, end: match.end, messageId: 'foo', data: { actual: match.text }, suggestions: [{ text: 'bar' }], safeFix: true });
            }
          },
        };
      },
    }),
  },
};

/** A config with every built-in rule off and the test rule on. */
export function onlyTestRule(extra: Partial<ConfigObject> = {}): ConfigObject {
  const rules: Record<string, 'off' | 'warn' | 'error'> = {};
  for (const id of builtinRules.keys()) rules[id] = 'off';
  rules['test/no-foo'] = 'error';
  return { ...extra, rules: { ...rules, ...(extra.rules as Record<string, 'off'>) } };
}

export const plugins = { test: testPlugin };
