import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/api.js';
import { schemaOf } from '../../src/config/resolve.js';

const root = path.resolve(import.meta.dirname, '../..');
const folders = fs
  .readdirSync(path.join(root, 'rules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The fenced `text` blocks under a readme heading. */
function examples(readme: string, heading: 'Incorrect' | 'Correct'): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith(heading));
  if (!section) return [];
  return [...section.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

function only(ruleId: string) {
  const rules: Record<string, string> = {};
  for (const id of builtinRules.keys()) rules[id] = 'off';
  rules[ruleId] = 'error';
  return { rules } as never;
}

describe('rule registry', () => {
  it('registers every rule folder, sorted, under its folder name', () => {
    expect([...builtinRules.keys()]).toEqual(folders);
    for (const [id, rule] of builtinRules) expect(rule.meta.id).toBe(id);
  });

  for (const id of folders) {
    describe(id, () => {
      const rule = builtinRules.get(id)!;
      const readmePath = path.join(root, 'rules', id, 'readme.md');

      it('gives complete defaults that its own option schema accepts unchanged', () => {
        const schema = schemaOf(rule);
        if (!schema) return expect(rule.meta.defaults).toBeUndefined();
        expect(rule.meta.defaults).toBeDefined();
        expect(schema.parse(rule.meta.defaults)).toEqual(rule.meta.defaults);
      });

      it('has a description, messages, a readme and a test table', () => {
        expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        expect(fs.existsSync(readmePath)).toBe(true);
        expect(fs.existsSync(path.join(root, 'test', 'rules', `${id}.test.ts`))).toBe(true);
        expect(rule.meta.url).toContain(`rules/${id}/readme.md`);
      });

      it('has message templates that read as sentences', () => {
        for (const template of Object.values(rule.meta.messages)) {
          expect(template).toMatch(/^[“"A-Z{]/);
          expect(template).toMatch(/[.”)]$/);
          expect(template).not.toMatch(/\bUnexpected\b/);
          expect(template).not.toMatch(/ {2}/);
        }
      });

      it('readme examples: every Incorrect block is flagged, every Correct block is not', async () => {
        const readme = fs.readFileSync(readmePath, 'utf8');
        expect(readme.startsWith(`# ${id}`)).toBe(true);
        const incorrect = examples(readme, 'Incorrect');
        const correct = examples(readme, 'Correct');
        expect(incorrect.length).toBeGreaterThan(0);
        expect(correct.length).toBeGreaterThan(0);
        for (const text of incorrect) {
          const result = await lintText(text, { syntax: 'text', config: only(id) });
          expect(result.messages.length, `expected a finding in:\n${text}`).toBeGreaterThan(0);
        }
        for (const text of correct) {
          const result = await lintText(text, { syntax: 'text', config: only(id) });
          expect(result.messages.map((message) => message.message), `expected no finding in:\n${text}`).toEqual([]);
        }
      });
    });
  }
});
