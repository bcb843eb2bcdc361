import type { Root } from 'nlcst';
import type { z } from 'zod';
import { covers, defineRule, indexPhrases, lazyZod, loadPlugin, matchCase, normalize, pluginData, quoteList, runPlugin } from '../../src/kit/index.js';
import type { PhraseIndex, PluginFinding, RuleContext, TextUnit, Transformer } from '../../src/kit/index.js';
import {
  groupOf,
  notesThatReadWell,
  objectSenses,
  pronounIds,
  pronounPair,
  quietByDefault,
  reasons,
  replacementOverrides,
  type QuietEntry,
} from './data.js';
import { phraseData } from './phrases.data.js';
import { genderOf, genericAntecedent, rewritePair, rewritePronoun } from './pronouns.js';

/** Ids and phrases of the quiet list, for validating `check`. */
const quietNames: ReadonlySet<string> = new Set(quietByDefault.flatMap((entry) => [entry.id, ...(entry.phrases ?? [])]));

/** Built on first use: zod loads only when a config gives this rule options. */
const schema = () => {
  const z = lazyZod();
  return z.strictObject({
    /** Allow “he or she”, “his/her” and other pairs that name both binary genders (the plugin's `binary`). */
    binary: z.boolean(),
    /** Entries to skip: the plugin's ids (“he-she”, “gals-man”) or the flagged words themselves (“guys”). */
    ignore: z.array(z.string().trim().min(1)),
    /** Entries or words of the quiet list to report anyway, such as “master” or “special”. */
    check: z.array(
      z
        .string()
        .trim()
        .refine((entry) => quietNames.has(entry.toLowerCase()), {
          error: 'must name an entry or word that is quiet by default (see the rule’s readme), such as "master"',
        }),
    ),
  });
};

type Options = z.infer<ReturnType<typeof schema>>;

type Plugin = (options?: { binary?: boolean }) => Transformer;

/** Loaded by `prepare`, so the plugin's large phrase list costs nothing when the rule is off. */
let retextEquality: Plugin | undefined;
/** The plugin's phrases by entry id, when they could be loaded; used to skip units that cannot match. */
let phrasesById: ReadonlyMap<string, readonly string[]> | undefined;

/** Answers whether a finding of the plugin is silenced by the quiet list or the user's `ignore`. */
class Filter {
  private readonly quietIds = new Set<string>();
  private readonly quietPhrases = new Set<string>();
  private readonly ignored: ReadonlySet<string>;

  constructor(options: Options) {
    const checked = new Set(options.check.map((entry) => entry.toLowerCase()));
    this.ignored = new Set(options.ignore.map((entry) => normalize(entry).replace(/\s+/g, ' ')));
    const add = (entry: QuietEntry) => {
      if (checked.has(entry.id)) return;
      if (!entry.phrases) this.quietIds.add(entry.id);
      for (const phrase of entry.phrases ?? []) {
        if (!checked.has(phrase)) this.quietPhrases.add(`${entry.id}:${phrase}`);
      }
    };
    quietByDefault.forEach(add);
  }

  silences(id: string, phrase: string): boolean {
    return (
      this.ignored.has(id) || this.ignored.has(phrase) || this.quietIds.has(id) || this.quietPhrases.has(`${id}:${phrase}`)
    );
  }
}

interface Settings {
  transformer: Transformer;
  filter: Filter;
  /** The phrases that can be reported, or undefined to run the plugin on every paragraph. */
  phrases: PhraseIndex | undefined;
}

/** Settings by option set: building them walks the plugin's whole phrase list, so it is done once. */
const settingsCache = new Map<string, Settings>();

function settingsFor(options: Options): Settings {
  if (!retextEquality) throw new Error('inclusive-language was used before its prepare() hook finished');
  const key = JSON.stringify([options.binary, options.ignore, options.check]);
  let settings = settingsCache.get(key);
  if (!settings) {
    const filter = new Filter(options);
    const reportable =
      phrasesById && [...phrasesById].flatMap(([id, list]) => list.filter((phrase) => !filter.silences(id, phrase)));
    settings = {
      transformer: retextEquality({ binary: options.binary }),
      filter,
      phrases: reportable && indexPhrases(reportable),
    };
    settingsCache.set(key, settings);
  }
  return settings;
}

/** A web or e-mail address: its words are a path, not copy ("lists.example.org/cgi-bin/mailman/listinfo"). */
const address = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)+\/[^\s<>"')\]]*/g;

/** True when `offset` lies inside a web or e-mail address in `text`. */
function inAddress(text: string, offset: number): boolean {
  for (const match of text.matchAll(address)) if (match.index <= offset && offset < match.index + match[0].length) return true;
  return false;
}

/** True when the finding is a word used of a thing, not a person: “dummy text”, lorem ipsum filler. */
function isObjectSense(normal: string, sentence: [number, number] | undefined, finding: PluginFinding): boolean {
  const sense = objectSenses[finding.id];
  if (!sense) return false;
  const [from, to] = sentence ?? [0, normal.length];
  return Boolean(
    sense.after?.test(normal.slice(finding.end, to)) ||
      sense.before?.test(normal.slice(from, finding.start)) ||
      sense.sentence?.test(normal.slice(from, to)) ||
      sense.unit?.test(normal),
  );
}

/** The plugin's note without its source link, with quotes instead of backticks, as one sentence. */
function cleanNote(note: string): string {
  const text = note
    .replace(/\s*\(source:[^)]*\)\s*$/i, '')
    .replace(/`([^`]*)`/g, '“$1”')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || /^source:/i.test(text)) return '';
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Start and end offsets of every sentence in the unit's tree. */
function sentenceRanges(tree: Root): [number, number][] {
  const ranges: [number, number][] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (sentence.type === 'SentenceNode' && start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  return ranges;
}

/**
 * True when the finding is a capitalised word next to another capitalised word, or a lone capital after a preposition
 * or before a product's noun, in a sentence that is not in Title Case: part of a name, such as “Crazy Horse Saloon”,
 * “Lame Duck Records”, “View in Foreman” or “your Foreman account”.
 */
function isNameAt(text: string, sentence: [number, number] | undefined, start: number): boolean {
  if (!sentence || !/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2))) return false;
  const words = [...text.slice(sentence[0], sentence[1]).matchAll(/\p{L}[\p{L}'\u2019-]*/gu)];
  const index = words.findIndex((word) => sentence[0] + word.index === start);
  if (index < 0) return false;
  if (words.every((word) => word[0].length <= 3 || /^\p{Lu}/u.test(word[0]))) return false;
  const capitalised = (word: RegExpMatchArray | undefined) => word !== undefined && /^\p{Lu}/u.test(word[0]);
  // Opening the sentence, a name needs the next word capitalised, the one after it not, and the pair written again in
  // the copy ("Tribe Commerce is a light implementation… Tribe Commerce supports…"): a title-case opener ("Crazy Deals
  // are back") is said once.
  if (index === 0) {
    if (!capitalised(words[1]) || words[1]![0] === 'I' || words[2] === undefined || capitalised(words[2])) return false;
    const pair = text.slice(start, sentence[0] + words[1]!.index! + words[1]![0].length);
    return text.indexOf(pair, start + pair.length) !== -1 || (start > 0 && text.lastIndexOf(pair, start - 1) !== -1);
  }
  if ((index > 1 && capitalised(words[index - 1])) || capitalised(words[index + 1])) return true;
  // A lone capital after a preposition names a product or a place ("View in Foreman:", "lists hosted on Mailman"), and so
  // does one after a possessive before a product's noun ("Your Foreman user account"). After an article, "Dear" or a
  // possessive alone it reads as the title or the word ("contact the Chairman", "your Chairman has approved", "Join our
  // Tribe") and is still reported.
  const before = index > 0 ? words[index - 1]![0].toLowerCase() : '';
  const after = words[index + 1]?.[0].toLowerCase() ?? '';
  if (/^(?:in|on|via|with|from|to|by|using|at|into)$/.test(before)) return true;
  return /^(?:your|our|my|their|its)$/.test(before) && /^(?:user|users|account|accounts|dashboard|server|servers|list|lists|instance|app|settings|login|profile|admin|installation|site|workspace|project)$/.test(after);
}

function reportWord(context: RuleContext<Options>, unit: TextUnit, finding: PluginFinding): void {
  const actual = unit.text.slice(finding.start, finding.end);
  const expected =
    replacementOverrides[`${finding.id}:${finding.phrase}`] ?? replacementOverrides[finding.id] ?? finding.expected;
  const suggestions = expected.map((text) => matchCase(actual, text));
  const group = groupOf.get(finding.id);
  const note = finding.note && notesThatReadWell.has(finding.id) ? cleanNote(finding.note) : '';
  const messageId = group
    ? suggestions.length > 0
      ? 'insensitive'
      : 'insensitiveRephrase'
    : suggestions.length > 0
      ? 'gendered'
      : 'genderedRephrase';
  context.report({
    unit,
    start: finding.start,
    end: finding.end,
    messageId,
    data: {
      actual,
      expected: quoteList(suggestions),
      reason: group ? reasons[group] + (note ? ` ${note}` : '') : '',
      entry: finding.id,
    },
    suggestions: suggestions.map((text) => ({ text })),
  });
}

/**
 * Gendered pronouns are findings only when they stand for someone whose gender nobody knows: “If a customer
 * forgets his password” or “he or she”, not “Meet Anna. She bakes our bread.”
 */
function reportPronouns(context: RuleContext<Options>, unit: TextUnit, tree: Root, findings: PluginFinding[]): void {
  const normal = normalize(unit.text);
  const done = new Set<PluginFinding>();

  for (const pair of normal.matchAll(pronounPair)) {
    const start = pair.index;
    const end = start + pair[0].length;
    const inside = findings.filter((finding) => finding.start >= start && finding.end <= end);
    if (inside.length === 0) continue;
    inside.forEach((finding) => done.add(finding));
    const rewrite = rewritePair(normal, pair.groups?.['first'], pair.groups?.['second'], end);
    const range = unit.text.slice(start, rewrite.end);
    const suggestions = rewrite.suggestions.map((text) => matchCase(range, text));
    context.report({
      unit,
      start,
      end: rewrite.end,
      messageId: 'pronounPair',
      data: { actual: unit.text.slice(start, end), expected: quoteList(suggestions), entry: inside[0]!.id },
      suggestions: suggestions.map((text) => ({ text })),
    });
  }

  const sentences = sentenceRanges(tree);
  for (const finding of findings) {
    if (done.has(finding)) continue;
    const sentence = sentences.find(([start, end]) => start <= finding.start && finding.start < end);
    if (!sentence) continue;
    const antecedent = genericAntecedent(normal, sentence[0], sentence[1], finding.start);
    if (!antecedent) continue;
    const rewrite = rewritePronoun(normal, unit.text, finding.start, finding.end);
    const range = unit.text.slice(finding.start, rewrite.end);
    const suggestions = rewrite.suggestions.map((text) => matchCase(range, text));
    context.report({
      unit,
      start: finding.start,
      end: rewrite.end,
      messageId: 'genericPronoun',
      data: {
        actual: unit.text.slice(finding.start, finding.end),
        antecedent: `“${unit.text.slice(antecedent.start, antecedent.end)}”`,
        gender: genderOf(finding.phrase),
        expected: quoteList(suggestions),
        entry: finding.id,
      },
      suggestions: suggestions.map((text) => ({ text })),
    });
  }
}

export default defineRule<Options>({
  meta: {
    id: 'inclusive-language',
    description: 'Words that exclude or hurt some readers, such as “guys”, “crazy deals” or “chairman” (via retext-equality).',
    level: 'warn',
    fix: 'suggest',
    phrases: phraseData,
    schema,
    defaults: { binary: false, ignore: [], check: [] },
    messages: {
      gendered:
        '“{actual}” names a gender where gender doesn’t matter, so readers of other genders can feel the message isn’t for them. Use a neutral word such as {expected}.',
      genderedRephrase:
        '“{actual}” names a gender where gender doesn’t matter, so readers of other genders can feel the message isn’t for them. Rephrase it with a neutral word, for example “staff” instead of “manpower”.',
      insensitive: '“{actual}” {reason} Use {expected} instead.',
      insensitiveRephrase:
        '“{actual}” {reason} Say what you mean directly instead, for example “This deal is hard to beat” instead of “This deal is crazy”.',
      genericPronoun:
        '“{actual}” assumes that {antecedent} is a {gender}, which leaves out every reader who isn’t. Use {expected} for someone you don’t know, for example “If a customer needs help, they can reply to this email.”',
      pronounPair:
        '“{actual}” allows for only two genders, which leaves out readers who are neither, and it reads awkwardly. Use {expected} instead, for example “Each member can update their details.”',
    },
  },
  async prepare() {
    const { plugin, data } = await loadPlugin<Plugin, { patterns: readonly { id: string; inconsiderate: Record<string, string> }[] }>(
      () => import('retext-equality') as Promise<{ default: Plugin }>,
      pluginData.equality,
    );
    retextEquality = plugin;
    phrasesById = data && new Map(data.patterns.map((pattern) => [pattern.id, Object.keys(pattern.inconsiderate)]));
  },
  create(context) {
    const { transformer, filter, phrases } = settingsFor(context.options);
    return {
      unit(unit, _unitIndex, tree) {
        const pronouns: PluginFinding[] = [];
        const words: PluginFinding[] = [];
        for (const finding of runPlugin(transformer, unit.text, tree, phrases)) {
          if (filter.silences(finding.id, finding.phrase)) continue;
          if (pronounIds.has(finding.id)) pronouns.push(finding);
          else words.push(finding);
        }
        if (words.length > 0) {
          const sentences = sentenceRanges(tree);
          for (const finding of words) {
            // "maiden" inside "maiden name", "master" inside "master of ceremonies": report the longer phrase.
            if (words.some((other) => covers(other, finding))) continue;
            const sentence = sentences.find(([start, end]) => start <= finding.start && finding.start < end);
            if (isObjectSense(normalize(unit.text), sentence, finding) || inAddress(unit.text, finding.start)) continue;
            if (!isNameAt(unit.text, sentence, finding.start)) reportWord(context, unit, finding);
          }
        }
        if (pronouns.length > 0) reportPronouns(context, unit, tree, pronouns);
      },
    };
  },
});
