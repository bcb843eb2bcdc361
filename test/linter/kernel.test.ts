/**
 * The kernel is handed what it runs: the rules (no built-in rules unless given) and, optionally, the parsers;
 * the rule set is built once per configuration; one fix loop reports the fixes applied and the findings left.
 */
import { describe, expect, it } from 'vitest';
import { fixLoop, fixTextWith, lintTextWith, type ParserRegistry } from '../../src/linter/lint.js';
import { ConfigLoader } from '../../src/config/load.js';
import { resolveConfig, rulesetOf } from '../../src/config/resolve.js';
import { ConfigError } from '../../src/config/error.js';
import { testPlugin } from './helpers.js';
import type { TextDocument } from '../../src/types.js';

const rules = new Map(Object.entries(testPlugin.rules));

describe('a kernel handed its rules and parsers', () => {
  it('runs only the rules it is given', async () => {
    const result = await lintTextWith('A foo, then we apologize for any inconvenience.', { rules, syntax: 'text' });
    expect(result.messages.map((message) => [message.ruleId, message.column, message.endColumn])).toEqual([['no-foo', 3, 6]]);
    // Rule ids outside what it was handed are unknown to it.
    await expect(lintTextWith('foo', { rules, config: { rules: { 'no-hollow-apology': 'warn' } } })).rejects.toThrow(ConfigError);
  });

  it('reads the text with the parser registry it is given', async () => {
    const asked: string[] = [];
    // A parser that reads only the part after "|": offsets map back into the original text.
    const parsers: ParserRegistry = async (syntax) => {
      asked.push(syntax);
      return (source: string): TextDocument => {
        const start = source.indexOf('|') + 1;
        const text = source.slice(start);
        return { syntax, source, directives: [], units: [{ kind: 'paragraph', text, offsets: Array.from({ length: text.length + 1 }, (_, index) => start + index) }] };
      };
    };
    const result = await lintTextWith('foo | a foo', { rules, syntax: 'markdown', parsers });
    expect(asked).toEqual(['markdown']);
    expect(result.messages.map((message) => [message.column, message.endColumn])).toEqual([[9, 12]]);
  });

  it('builds the rule set once per rules and plugins, and a loaded config carries it', async () => {
    const plugins = { test: testPlugin };
    expect(rulesetOf(rules, plugins)).toBe(rulesetOf(rules, plugins));
    expect(rulesetOf(rules)).toBe(rulesetOf(rules));
    expect([...rulesetOf(rules, plugins).keys()]).toEqual(['no-foo', 'test/no-foo']);
    const loaded = await new ConfigLoader(process.cwd(), rules).load({ searchFrom: '/' });
    expect(loaded.ruleset).toBe(rulesetOf(rules));
    expect(resolveConfig(loaded.config, loaded.ruleset).ruleset).toBe(loaded.ruleset);
  });
});

describe('the fix loop', () => {
  it('reports the messages whose fixes it applied and the findings left, over several passes', async () => {
    const text = 'foo foo and baz.';
    const result = await fixTextWith(text, { rules, syntax: 'text' });
    expect(result.output).toBe('bar bar and baz.');
    expect(result.fixed).toBe(true);
    expect(result.appliedMessages.map((message) => [message.ruleId, message.column, message.endColumn])).toEqual([
      ['no-foo', 1, 4],
      ['no-foo', 5, 8],
    ]);
    expect(result.messages).toEqual([]);
  });

  it('takes the edits a fix policy picks, such as suggestions, and stops when nothing changes', async () => {
    const config = resolveConfig({}, rulesetOf(rules));
    const none = await fixLoop('a foo.', config, { syntax: 'text' }, () => undefined);
    expect(none).toMatchObject({ output: 'a foo.', applied: [] });
    expect(none.outcome.messages).toHaveLength(1);
    const fixed = await fixLoop('a foo.', config, { syntax: 'text' }, (message) => message.suggestions?.[0]?.fix);
    expect(fixed.output).toBe('a bar.');
    expect(fixed.applied).toHaveLength(1);
    expect(fixed.document.source).toBe('a bar.');
  });
});
