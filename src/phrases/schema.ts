import type { z as Z } from 'zod';
import { lazyZod } from '../lazy.js';
import { namedConditions } from './compile.js';

/** The zod schemas of phrase data, built on first use (zod loads only for runs that read phrase data). */
export function phraseSchemas() {
  const z = lazyZod();
  const text = z.string().trim().min(1);
  const regexText = text.refine(
    (source) => {
      try {
        new RegExp(source, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'is not a valid regular expression' },
  );
  const condition = z.union([
    z.enum(namedConditions),
    z.strictObject({ 'followed-by': regexText }),
    z.strictObject({ 'not-followed-by': regexText }),
    z.strictObject({ 'preceded-by': regexText }),
    z.strictObject({ 'not-preceded-by': regexText }),
  ]);
  const examples = z.strictObject({
    invalid: z.array(text).min(1, 'give at least one invalid example: copy this entry must report'),
    valid: z.array(text).optional(),
    ruleOptions: z.record(z.string(), z.unknown()).optional(),
  });
  const entry = z
    .strictObject({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is kebab-case: lower-case words and digits joined by "-"'),
      pattern: text.optional(),
      // Checked when compiled, after its {{fragments}} are expanded.
      regex: text.optional(),
      message: text.optional(),
      conditions: z.array(condition).optional(),
      reportNegated: z.boolean().optional(),
      what: text.optional(),
      why: text.optional(),
      instead: text.optional(),
      rewrite: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
      options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
      examples,
    })
    .refine((value) => (value.pattern === undefined) !== (value.regex === undefined), {
      message: 'give exactly one of "pattern" (words) and "regex" (the advanced form)',
    });
  const file = z.strictObject({
    $schema: z.string().optional(),
    // A file of word lists alone (`tables`) has no entries.
    entries: z.array(entry).min(1).optional(),
    fragments: z.record(z.string().regex(/^[A-Za-z][\w-]*$/), z.string()).optional(),
    providedFragments: z.array(z.string().regex(/^[A-Za-z][\w-]*$/)).optional(),
    tables: z.record(z.string(), z.unknown()).optional(),
    signalContext: text.optional(),
  });
  return { condition, examples, entry, file };
}

export type PhraseEntrySchema = Z.infer<ReturnType<typeof phraseSchemas>['entry']>;

/** The JSON Schema of a phrase data file, for editors (docs/phrases.schema.json). */
export function phraseFileJsonSchema(): unknown {
  const z = lazyZod();
  return {
    ...z.toJSONSchema(phraseSchemas().file, { io: 'input' }),
    title: 'empathy-lint phrase entries',
    description: 'Phrase entries of an empathy-lint rule: see docs/phrases.md.',
  };
}
