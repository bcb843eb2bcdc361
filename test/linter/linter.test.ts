import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../src/linter/lint.js';
import { onlyTestRule, plugins } from './helpers.js';

const lint = (text: string, syntax: 'markdown' | 'text' = 'markdown', config = onlyTestRule()) =>
  lintText(text, { syntax, config, plugins }).then((result) => result.messages.map((message) => `${message.line}:${message.column}-${message.endColumn} ${message.ruleId ?? 'null'}`));

describe('inline control comments', () => {
  it('disable and enable regions, for all rules or named ones', async () => {
    const text = 'foo one.\n\n<!-- empathy-disable -->\n\nfoo two.\n\n<!-- empathy-enable -->\n\nfoo three.\n\n<!-- empathy-disable test/no-foo -->\n\nfoo four.\n\n<!-- empathy-enable test/no-foo -->\n\nfoo five.\n';
    expect(await lint(text)).toEqual(['1:1-4 test/no-foo', '9:1-4 test/no-foo', '17:1-4 test/no-foo']);
  });

  it('disable-next-line skips to the next line with copy and covers only that line', async () => {
    const text = 'foo.\n<!-- empathy-disable-next-line -->\n\nfoo foo.\nfoo.\n';
    expect(await lint(text, 'text')).toEqual(['1:1-4 test/no-foo', '5:1-4 test/no-foo']);
  });

  it('a disable comment for another rule leaves this one on', async () => {
    const text = '<!-- empathy-disable no-pressure -->\n\nfoo.\n';
    expect(await lint(text)).toEqual(['3:1-4 test/no-foo']);
  });

  it('an unknown rule id in a comment is a warning without a rule id', async () => {
    const result = await lintText('<!-- empathy-disable no-such-rule -->\n\nfoo.\n', { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(result.messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 1, column: 1 });
    expect(result.messages[0]!.message).toContain('“no-such-rule”');
  });
});

describe('allow phrases', () => {
  it('drop findings that overlap an allowed phrase, case-insensitively', async () => {
    const config = onlyTestRule({ rules: { 'test/no-foo': ['error', { allow: ['Foo Fighters'] }] } as never });
    expect(await lint('I like the foo fighters. But foo is still a test word.', 'text', config)).toEqual(['1:30-33 test/no-foo']);
  });
});

describe('fixText', () => {
  it('applies safe fixes, is idempotent, and leaves everything else byte for byte', async () => {
    const text = '---\nsubject: foo\n---\n\nA **foo** and foo.\n\n`foo` in code.\n';
    const first = await fixText(text, { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(first.output).toBe('---\nsubject: bar\n---\n\nA **bar** and bar.\n\n`foo` in code.\n');
    expect(first.fixed).toBe(true);
    expect(first.messages).toEqual([]);
    const second = await fixText(first.output, { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(second.fixed).toBe(false);
    expect(second.output).toBe(first.output);
  });

  it('never fixes across markup or masked template tags', async () => {
    const text = 'Say f{{x}}oo and fo*o*.\n';
    const result = await fixText(text, { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(result.output).toBe(text);
  });
});

describe('positions', () => {
  it('point into the original file, front matter and CRLF included', async () => {
    const text = '---\r\nsubject: Hello foo\r\n---\r\n\r\nSome *foo* here.\r\n';
    const result = await lintText(text, { syntax: 'markdown', config: onlyTestRule(), plugins });
    expect(result.messages.map((message) => [message.line, message.column, text.slice(...message.suggestions![0]!.fix.range)])).toEqual([
      [2, 16, 'foo'],
      [5, 7, 'foo'],
    ]);
  });
});
