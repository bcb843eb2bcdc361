import { describe, expect, it } from 'vitest';
import { ConfigError, buildRuleset, resolveConfig, validateConfig } from '../../src/config/resolve.js';
import { builtinRules } from '../../rules/index.js';
import { plugins } from '../linter/helpers.js';

const ruleset = buildRuleset(builtinRules, plugins);

function problem(raw: unknown): { message: string; keyPath: (string | number)[] } {
  try {
    validateConfig(raw, ruleset);
  } catch (error) {
    if (error instanceof ConfigError) return { message: error.message, keyPath: error.keyPath };
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('validateConfig', () => {
  it('accepts every documented key', () => {
    const config = {
      extends: ['empathy-lint:strict'],
      rules: { 'no-blame': 'warn', 'no-pressure': ['error', { allow: ['Last chance saloon'] }], 'test/no-foo': 2 },
      overrides: [{ files: ['legal/**'], excludedFiles: 'legal/keep.md', rules: { 'no-cold-tone': 'off' } }],
      plugins: ['./plugin.js'],
      ignorePatterns: ['drafts/'],
    };
    expect(validateConfig(config, ruleset)).toBe(config);
  });

  it('names an unknown key with the closest valid one and the choices', () => {
    expect(problem({ rule: {} })).toEqual({
      message: 'unknown setting "rule" (did you mean "rules"?); valid settings: $schema, extends, rules, overrides, plugins, ignorePatterns, messageType, copyKind, catalogs, llm, customRules',
      keyPath: ['rule'],
    });
  });

  it('names an unknown rule id, a bad level and a bad option', () => {
    expect(problem({ rules: { 'no-blam': 'warn' } }).message).toMatch(/^unknown rule "no-blam" \(did you mean "no-blame"\?\); valid rule ids: acknowledge-problem, inclusive-language, /);
    expect(problem({ rules: { 'no-blame': 'loud' } })).toEqual({ message: '"loud" is not a level; use "off", "warn" or "error"', keyPath: ['rules', 'no-blame'] });
    expect(problem({ rules: { 'no-blame': ['warn', { allow: 'x' }] } })).toEqual({ message: '"allow" must be a list of phrases', keyPath: ['rules', 'no-blame', 1, 'allow'] });
    expect(problem({ rules: { 'test/no-foo': ['warn', { loud: true }] } }).message).toBe('rule "no-foo" has no option "loud"; its only options are "allow" and "fix"');
    expect(problem({ extends: 'eslint:recommended' }).message).toBe('"extends" names "eslint:recommended", which is not a preset; use one of: empathy-lint:recommended, empathy-lint:strict');
    expect(problem({ overrides: [{ rules: {} }] }).message).toBe('an override needs "files", a glob or a list of globs');
  });

  it('checks copyKind at the top level and per override', () => {
    expect(problem({ copyKind: 'label' })).toEqual({ message: '"copyKind" is "label"; use one of: message, ui-string, auto', keyPath: ['copyKind'] });
    expect(problem({ overrides: [{ files: '*.json', copyKind: 3 }] })).toEqual({ message: '"copyKind" is 3; use one of: message, ui-string, auto', keyPath: ['overrides', 0, 'copyKind'] });
    const config = { copyKind: 'ui-string', overrides: [{ files: 'emails/**', copyKind: 'message' }] };
    expect(validateConfig(config, ruleset)).toBe(config);
  });
});

describe('resolveConfig', () => {
  it('applies presets, rules, matching overrides in order, then final rules', () => {
    const config = {
      rules: { 'no-blame': 'error' as const },
      overrides: [
        { files: 'legal/**/*.md', rules: { 'no-blame': 'off' as const } },
        { files: '*.txt', rules: { 'no-pressure': 'error' as const } },
      ],
    };
    const legal = resolveConfig(config, ruleset, { filePath: '/repo/legal/terms.md', baseDirectory: '/repo' });
    expect(legal.rules['no-blame']!.level).toBe('off');
    const notes = resolveConfig(config, ruleset, { filePath: '/repo/a/notes.txt', baseDirectory: '/repo', finalRules: { 'no-pressure': 'off' } });
    expect(notes.rules['no-blame']!.level).toBe('error');
    expect(notes.rules['no-pressure']!.level).toBe('off');
    const kinds = { copyKind: 'message', overrides: [{ files: 'locales/**', copyKind: 'auto' }, { files: 'locales/errors/**', copyKind: 'ui-string' }] };
    expect(resolveConfig(kinds, ruleset, { filePath: '/repo/emails/a.txt', baseDirectory: '/repo' }).copyKind).toBe('message');
    expect(resolveConfig(kinds, ruleset, { filePath: '/repo/locales/en.json', baseDirectory: '/repo' }).copyKind).toBeUndefined();
    expect(resolveConfig(kinds, ruleset, { filePath: '/repo/locales/errors/en.json', baseDirectory: '/repo' }).copyKind).toBe('ui-string');
    const strict = resolveConfig({ extends: 'empathy-lint:strict' }, ruleset);
    for (const [id, setting] of Object.entries(strict.rules)) {
      const meta = ruleset.get(id)!.meta;
      expect(setting.level).toBe(meta.strictLevel ?? (meta.level === 'off' ? 'off' : 'error'));
    }
  });
});
