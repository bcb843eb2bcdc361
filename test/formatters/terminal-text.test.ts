import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/formatters/stylish.js';
import { github } from '../../src/formatters/github.js';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { terminalText } from '../../src/formatters/terminal-text.js';
import type { LintResult } from '../../src/types.js';

const context = { cwd: '/work', color: false, rulesMeta: {} };

// Clear the screen, set the window title, ring the bell, an 8-bit CSI, a line that pretends to be ours.
const hostile = 'Too cold.\u001b[2J\u001b]0;pwned\u0007 Really\u009b31m cold.\nempathy-lint: all clear';

function resultWith(text: string): LintResult {
  return {
    filePath: '/work/notice\u001b[31m.md',
    messages: [
      {
        ruleId: 'llm-tone',
        severity: 1,
        message: text,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 5,
        location: `part\u001b[8m 1`,
        suggestions: [{ desc: `Rewrite as “${text}”.`, fix: { range: [0, 4], text: 'Hi' } }],
      },
    ],
    errorCount: 0,
    warningCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  } as unknown as LintResult;
}

// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('text from outside reaches the terminal without escape sequences', () => {
  it('terminalText removes sequences and control characters and keeps one line', () => {
    expect(terminalText(hostile)).toBe('Too cold. Really cold. empathy-lint: all clear');
    expect(terminalText('Plain “copy” — fine.')).toBe('Plain “copy” — fine.');
  });

  it('in stylish, github and checkstyle output', () => {
    for (const format of [stylish, github, checkstyle]) {
      const output = format([resultWith(hostile)], context);
      expect(output, format.name).not.toMatch(control);
      expect(output).toContain('Too cold.');
      expect(output).not.toMatch(/^empathy-lint: all clear/m);
    }
  });
});
