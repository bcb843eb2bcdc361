import { describe, expect, it } from 'vitest';
import { parsePhraseData, PhraseDataError } from '../../src/phrases/load.js';
import { compilePhraseEntries, expandFragments } from '../../src/phrases/compile.js';

const file = 'rules/house/phrases.yaml';

function errorOf(text: string): string {
  try {
    parsePhraseData(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(PhraseDataError);
    return (error as Error).message;
  }
  return 'parsed';
}

const entry = (id: string, pattern: string, line = '') => `  - id: ${id}
    pattern: ${pattern}${line}
    examples:
      invalid: ["x"]
`;

describe('parsePhraseData', () => {
  it('gives every entry its line, and keeps tables', () => {
    const data = parsePhraseData(`tables:\n  nouns: [a, b]\nentries:\n${entry('per-our-policy', 'per our policy')}${entry('as-per', 'as per')}`, file);
    expect(data.file).toBe(file);
    expect(data.entries.map((item) => [item.id, item.line])).toEqual([
      ['per-our-policy', 4],
      ['as-per', 8],
    ]);
    expect(data.tables).toEqual({ nouns: ['a', 'b'] });
  });

  it('reads a file of tables alone as no entries, but a file with neither is an error', () => {
    expect(parsePhraseData('tables:\n  words: [a, b]\n', file)).toEqual({ file, entries: [], tables: { words: ['a', 'b'] } });
    expect(errorOf('fragments:\n  verb: pay\n')).toBe(`${file}:1: entries must be a list of entries`);
  });

  it('keeps a signalContext, and rejects an empty one', () => {
    expect(parsePhraseData(`signalContext: Your order is late.\nentries:\n${entry('sorry', 'sorry')}`, file).signalContext).toBe('Your order is late.');
    expect(errorOf(`signalContext: ""\nentries:\n${entry('sorry', 'sorry')}`)).toMatch(new RegExp(`^${file}:1: `));
  });

  it('rejects a duplicate id, naming the file and the line of the second', () => {
    expect(errorOf(`entries:\n${entry('as-per', 'per our policy')}${entry('as-per', 'as per')}`)).toBe(
      `${file}:6: the id "as-per" is used twice (first by entries[0])`,
    );
  });

  it('rejects two entries with the same pattern, whatever the case and spacing', () => {
    expect(errorOf(`entries:\n${entry('one', 'per our policy')}${entry('two', 'Per  our policy')}`)).toBe(
      `${file}:7: entry "two" has the same pattern as entry "one" (entries[0])`,
    );
  });

  it('names the line of a pattern that does not compile, with the column', () => {
    expect(errorOf(`entries:\n${entry('one', '"act (now|fast"')}`)).toBe(`${file}:3: entry "one": ( has no closing ) (column 5)`);
  });

  it('rejects unknown settings, a missing invalid example, and both or neither of pattern and regex', () => {
    expect(errorOf(`entries:\n${entry('one', 'hi', '\n    colour: red')}`)).toBe(
      `${file}:4: entries[0].colour (entry "one"): unknown setting "colour"; valid settings: id, pattern, regex, message, conditions, reportNegated, what, why, instead, rewrite, options, examples`,
    );
    expect(errorOf('entries:\n  - id: one\n    pattern: hi\n    examples:\n      invalid: []\n')).toBe(
      `${file}:5: entries[0].examples.invalid (entry "one"): give at least one invalid example: copy this entry must report`,
    );
    expect(errorOf('entries:\n  - id: one\n    pattern: hi\n    regex: hi\n    examples:\n      invalid: [x]\n')).toMatch(/:2: entries\[0\] \(entry "one"\): give exactly one of "pattern"/);
    expect(errorOf('entries:\n  - id: One Two\n    pattern: hi\n    examples:\n      invalid: [x]\n')).toMatch(/:2: entries\[0\]\.id .*kebab-case/);
  });

  it('rejects a YAML syntax error and an unknown top-level key with their lines', () => {
    expect(errorOf('entries:\n  - id: [one\n')).toMatch(new RegExp(`^${file}:\\d: cannot parse: `));
    expect(errorOf(`rules: {}\nentries:\n${entry('one', 'hi')}`)).toBe(`${file}:1: unknown setting "rules"; valid settings: entries, fragments, providedFragments, tables, signalContext`);
  });

  it('expands {{fragments}} in regex entries, and names an unknown or looping fragment', () => {
    const data = parsePhraseData(
      `fragments:\n  verb: '(?:pay|settle)'\n  clause: 'you must {{verb}}'\nentries:\n  - id: must-pay\n    regex: '{{clause}} now'\n    examples:\n      invalid: [x]\n`,
      file,
    );
    expect(data.fragments).toEqual({ verb: '(?:pay|settle)', clause: 'you must {{verb}}' });
    expect(expandFragments(data.entries[0]!.regex!, data.fragments)).toBe('you must (?:pay|settle) now');
    expect(errorOf(`fragments:\n  verb: pay\nentries:\n  - id: one\n    regex: '{{verbs}}'\n    examples:\n      invalid: [x]\n`)).toBe(
      `${file}:5: entry "one": {{verbs}} names no fragment (fragments: verb)`,
    );
    expect(errorOf(`fragments:\n  a: '{{b}}'\n  b: '{{a}}'\nentries:\n  - id: one\n    regex: '{{a}}'\n    examples:\n      invalid: [x]\n`)).toBe(
      `${file}:6: entry "one": the fragment {{a}} includes itself (a -> b -> a)`,
    );
  });

  it('checks entries that include fragments the rule provides, and compiling without them names them', () => {
    const data = parsePhraseData(`providedFragments: [verbs]\nentries:\n  - id: you-did-not\n    regex: 'you did not (?:{{verbs}})'\n    examples:\n      invalid: [x]\n`, file);
    expect(data.providedFragments).toEqual(['verbs']);
    expect(() => compilePhraseEntries(data, 'm')).toThrow(`${file}: the rule's code must provide the fragments {{verbs}}`);
    const [entry] = compilePhraseEntries(data, 'm', undefined, { verbs: 'pay|reply' });
    expect(entry!.pattern.test("you did not reply")).toBe(true);
  });
});
