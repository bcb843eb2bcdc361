import { stripVTControlCharacters } from 'node:util';

/**
 * Text from outside empathy-lint (a model's explanation, a plugin's message, a cache file, a file name) made
 * safe to print on one line of a terminal: escape sequences and control characters, which could clear the
 * screen, set the window title or hide the lines around them, are removed, and line breaks become spaces
 * (with `keepLineBreaks`, where the output escapes them itself, they stay as `\n`).
 */
export function terminalText(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  const withoutSequences = stripVTControlCharacters(text);
  return (
    (options.keepLineBreaks ? withoutSequences.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/[\t\v\f]/g, ' ') : withoutSequences.replace(/\r\n|[\n\r\t\v\f\u2028\u2029]/g, ' '))
      // What stripVTControlCharacters leaves of a malformed sequence: a lone ESC, BEL, C1 controls (0x9b is CSI).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')
  );
}
