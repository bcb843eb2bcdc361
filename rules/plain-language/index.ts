import type { z } from 'zod';
import { covers, defineRule, indexPhrases, lazyZod, loadPlugin, matchCase, normalize, phrase, pluginData, quoteList, runPlugin } from '../../src/kit/index.js';
import type { PhraseIndex, RuleContext, TextUnit, Transformer } from '../../src/kit/index.js';
import { entryId, inflections, quietByDefault, replacementOverrides } from './data.js';
import { phraseData } from './phrases.data.js';

const quietIds: ReadonlySet<string> = new Set(quietByDefault.map(entryId));

/** Built on first use: zod loads only when a config gives this rule options. */
const schema = () => {
  const z = lazyZod();
  return z.strictObject({
    /** Entries to skip on top of the quiet list, by id ("in-order-to") or as written ("in order to"). */
    ignore: z.array(z.string().trim().min(1)),
    /** Entries of the quiet list to report anyway, such as "however" or "purchase". */
    check: z.array(
      z
        .string()
        .trim()
        .refine((entry) => quietIds.has(entryId(entry)), {
          error: 'must name an entry that is quiet by default (see the rule’s readme), such as "however"',
        }),
    ),
  });
};

type Options = z.infer<ReturnType<typeof schema>>;

type Plugin = (options?: { ignore?: readonly string[] }) => Transformer;

/** Loaded by `prepare`, so the plugin costs nothing when the rule is off. */
let retextSimplify: Plugin | undefined;
/** The plugin's entries (its phrase list), when they could be loaded; used to skip units that cannot match. */
let entries: readonly string[] | undefined;

interface Settings {
  transformer: Transformer;
  /** Ids the user asked to skip. */
  ignored: ReadonlySet<string>;
  /** The entries that can be reported, or undefined to run the plugin on every paragraph. */
  phrases: PhraseIndex | undefined;
}

/** Settings by option set: building them filters the plugin's whole phrase list, so it is done once. */
const settingsCache = new Map<string, Settings>();

function settingsFor(options: Options): Settings {
  if (!retextSimplify) throw new Error('plain-language was used before its prepare() hook finished');
  const key = JSON.stringify([options.check, options.ignore]);
  let settings = settingsCache.get(key);
  if (!settings) {
    const checked = new Set(options.check.map(entryId));
    const quiet = quietByDefault.filter((entry) => !checked.has(entryId(entry)));
    const ignored = new Set(options.ignore.map(entryId));
    const silent = new Set([...quiet.map(entryId), ...ignored]);
    settings = {
      transformer: retextSimplify({ ignore: quiet }),
      ignored,
      phrases: entries && indexPhrases(entries.filter((entry) => !silent.has(entryId(entry)))),
    };
    settingsCache.set(key, settings);
  }
  return settings;
}

/** Each inflected form with its base entry and replacement, and one pattern for all of them, built once. */
const inflectedForms = new Map(
  Object.entries(inflections).flatMap(([base, forms]) =>
    Object.entries(forms).map(([form, replacement]) => [form, { id: entryId(base), replacement }] as const),
  ),
);
const inflectionPattern = phrase(`(?:${[...inflectedForms.keys()].join('|')})`);

function expectedFor(entry: string, expected: readonly string[]): readonly string[] {
  return replacementOverrides[entry] ?? expected;
}

/** A finding of the plugin or of the inflection table, in offsets of the unit. */
interface Finding {
  start: number;
  end: number;
  /** The plugin's id of the entry (the base entry for an inflected form). */
  id: string;
  expected: readonly string[];
}

function report(context: RuleContext<Options>, unit: TextUnit, finding: Finding): void {
  const actual = unit.text.slice(finding.start, finding.end);
  const wordy = /\s/.test(actual.trim());
  const messageId = finding.expected.length === 0 ? 'remove' : wordy ? 'wordy' : 'complex';
  const suggestions = finding.expected.map((text) => matchCase(actual, text));
  context.report({
    unit,
    start: finding.start,
    end: finding.end,
    messageId,
    data: { actual, expected: quoteList(suggestions), entry: finding.id },
    suggestions: suggestions.map((text) => ({ text })),
  });
}

export default defineRule<Options>({
  meta: {
    id: 'plain-language',
    description: 'Formal or wordy phrases, such as “utilize” or “in order to”, where a plain word says the same thing.',
    // A readability aid rather than a matter of tone: "in order to" does not hurt the reader, and on real copy
    // it was most of what careful editors would have left alone. On in the strict preset, or by name.
    level: 'off',
    strictLevel: 'warn',
    fix: 'suggest',
    phrases: phraseData,
    schema,
    defaults: { ignore: [], check: [] },
    messages: {
      complex:
        '“{actual}” is a formal word where a plain one says the same thing, and it makes readers work harder, most of all when they are stressed or reading in a second language. Write {expected} instead.',
      wordy:
        '“{actual}” spends several words where fewer will do, so readers take longer to reach the point. Write {expected} instead.',
      remove:
        '“{actual}” adds words without adding meaning, so readers take longer to reach the point. Remove it, or rephrase the sentence around what you mean.',
    },
  },
  async prepare() {
    const { plugin, data } = await loadPlugin<Plugin, { patterns: Record<string, unknown> }>(
      () => import('retext-simplify') as Promise<{ default: Plugin }>,
      pluginData.simplify,
    );
    retextSimplify = plugin;
    entries = data && Object.keys(data.patterns);
  },
  create(context) {
    const { transformer, ignored, phrases } = settingsFor(context.options);
    return {
      unit(unit, _unitIndex, tree) {
        const findings: Finding[] = [];
        for (const found of runPlugin(transformer, unit.text, tree, phrases)) {
          if (ignored.has(found.id)) continue;
          findings.push({ start: found.start, end: found.end, id: found.id, expected: expectedFor(found.phrase, found.expected) });
        }

        for (const match of normalize(unit.text).matchAll(inflectionPattern)) {
          const form = match[0].replace(/\s+/g, ' ');
          const inflected = inflectedForms.get(form);
          if (!inflected || ignored.has(inflected.id) || ignored.has(entryId(form))) continue;
          const end = match.index + match[0].length;
          findings.push({ start: match.index, end, id: inflected.id, expected: [inflected.replacement] });
        }

        // "adversely impact on" also contains "adversely impact": report only the longer phrase.
        for (const finding of findings) {
          if (!findings.some((other) => covers(other, finding))) report(context, unit, finding);
        }
      },
    };
  },
});
