import { after, before, defineRule, findPhrases, isProperNounAt, isQuoted, isVerbatim, matchCase, overlaps } from '../../src/kit/index.js';
import type { PhraseMatch, Sentence } from '../../src/kit/index.js';
import {
  denial,
  fixContext,
  massNouns,
  minimizingPhrases,
  ourMistake,
  problemNouns,
  reasonGiven,
  releaseNoteNouns,
  sharedBlameNouns,
  type Condition,
  type Rewrite,
} from './phrases.js';
import { phraseData } from './phrases.data.js';

/** A rewrite of part of a sentence. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

export default defineRule({
  meta: {
    id: 'no-minimizing',
    description: 'Wording that shrinks the reader’s problem or cost: “minor inconvenience”, “just a small fee”, “no big deal”.',
    level: 'warn',
    fix: 'suggest',
    phrases: phraseData,
    messages: {
      problem:
        '“{actual}” makes the reader’s problem sound small, but only they know what it cost them. Name it plainly and take it as seriously as they do, for example “We’re sorry about the delay to your order.”',
      cost:
        '“{actual}” plays down money the reader has to pay, which reads as brushing off their concern. State the amount plainly and let them judge it, for example “a fee of $2”.',
      dismissive:
        '“{actual}” tells the reader how to feel about their problem, which can sound dismissive. Say what happened and what it means for them, for example “Your data was not affected, and there’s nothing you need to do.”',
      effort:
        '“{actual}” makes what the reader has to do sound trivial, so a reader who finds it hard feels slow. Describe the steps and let them judge the effort, for example “Update your card in Settings.”',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        const taken: [number, number][] = [];
        for (const entry of minimizingPhrases) {
          for (const match of findPhrases(sentence, entry.pattern)) {
            if (overlaps(taken, match.start, match.end)) continue;
            if (!passes(sentence, match, entry.conditions ?? [])) continue;
            const found = rewrite(sentence, match, entry.rewrite);
            // The report covers the edit's range only when the edit can be offered; over markup, the phrase itself.
            const edit = found && isVerbatim(context.document, sentence, found.start, found.end) ? found : undefined;
            const start = edit?.start ?? match.start;
            const end = edit?.end ?? match.end;
            taken.push([match.start, match.end]);
            context.report({
              sentence,
              start,
              end,
              messageId: entry.messageId,
              data: { actual: sentence.text.slice(match.start, match.end).replace(/\s+/g, ' ') },
              suggestions: edit ? [{ text: edit.text }] : [],
            });
          }
        }
      },
    };
  },
});

function passes(sentence: Sentence, match: PhraseMatch, conditions: Condition[]): boolean {
  const lead = match.groups['lead']?.text.toLowerCase();
  const preceding = before(sentence, match.start);
  if (denial.test(preceding)) return false;
  // "The only minor issue": "only" is an adjective there, not a minimiser.
  if (lead === 'only' && /\b(?:the|our|your|my|their|its)\s+$/.test(preceding)) return false;
  // "The only minor issue we found", "Only minor delays are expected": "only" limits the scope of a report.
  if (!lead && /\bonly\s+$/.test(preceding)) return false;
  if (isQuoted(sentence, match.start, match.end) || isProperNounAt(sentence, match.start)) return false;
  const noun = match.groups['noun']?.text.toLowerCase() ?? '';
  for (const condition of conditions) {
    switch (condition) {
      case 'ours':
        if (sharedBlameNouns.has(noun) && !ourMistake.test(preceding) && !ourMistake.test(after(sentence, match.end))) return false;
        break;
      case 'not-fix-context':
        if (releaseNoteNouns.has(noun) && fixContext.test(preceding)) return false;
        break;
      case 'no-reason':
        if (reasonGiven.test(preceding)) return false;
        break;
      case 'not-for-us':
        // "It's no big deal for us to resend it" is about our effort, which is kind.
        if (/^\s+(?:for|to) (?:us|me|our team)\b/.test(after(sentence, match.end))) return false;
        break;
    }
  }
  return true;
}

function rewrite(sentence: Sentence, match: PhraseMatch, kind: Rewrite): Edit | undefined {
  const text = sentence.text;
  switch (kind) {
    case 'rebuild': {
      const noun = match.groups['noun']!;
      const article = match.groups['article'];
      const modifier = match.groups['modifier'];
      const lead = match.groups['lead'];
      const lower = noun.text.toLowerCase();
      const base = problemNouns[lower] ?? lower.replace(/\s+/g, ' ');
      let replacement = base;
      let start = Math.min(...[lead, article, modifier].filter((group) => group !== undefined && group.text !== '').map((group) => group!.start), noun.start);
      if (article) {
        const wanted = massNouns.has(lower) ? 'some' : /^[aeiou]/.test(base) ? 'an' : 'a';
        if (!lead && article.start < (modifier?.start ?? noun.start) && wanted === article.text.toLowerCase()) {
          // "a minor glitch" -> keep "a", replace "minor glitch" with "glitch".
          start = modifier && modifier.text !== '' ? modifier.start : noun.start;
        } else {
          replacement = `${wanted} ${base}`;
        }
      }
      const original = text.slice(start, noun.end);
      if (original.toLowerCase() === replacement) return undefined;
      return { start, end: noun.end, text: matchCase(original, replacement) };
    }
    case 'drop-lead': {
      const lead = match.groups['lead']!;
      const rest = text.slice(lead.end, match.end).replace(/^\s+/, '');
      return { start: match.start, end: match.end, text: matchCase(text.slice(match.start, match.end), rest) };
    }
    case 'drop-word': {
      const word = /^\s+(\S+?)(?=[\s,!?;:]|\.(?:\s|$)|$)/u.exec(text.slice(match.end));
      if (!word) return undefined;
      return { start: match.start, end: match.end + word[0].length, text: word[1]! };
    }
    case 'none':
      return undefined;
  }
}
