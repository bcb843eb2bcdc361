import { afterObjectHer, agreement, alwaysGeneric, genericMarkers, maybeGeneric, notVerbs } from './data.js';

/** A rewrite of a gendered pronoun: the range it replaces (it may take in the verb) and the texts, best first. */
export interface PronounRewrite {
  end: number;
  suggestions: string[];
}

const masculine = new Set(['he', 'him', 'his', 'himself', "he's", "he'll", "he'd"]);

/** “a man” for he/him/his, “a woman” for she/her/hers. */
export function genderOf(pronoun: string): string {
  return masculine.has(pronoun) ? 'man' : 'woman';
}

/** The word after `end` (normalised) and where it ends, when only white space separates them. */
function nextWord(normal: string, end: number): { word: string; end: number } | undefined {
  const match = /^\s+([\p{L}][\p{L}']*)/u.exec(normal.slice(end));
  if (!match) return undefined;
  return { word: match[1]!, end: end + match[0].length };
}

/** "needs" → "need", "tries" → "try", "watches" → "watch", "goes" → "go". */
function baseForm(verb: string): string | undefined {
  if (verb.length < 4 || notVerbs.has(verb) || !verb.endsWith('s') || verb.endsWith('ss') || verb.endsWith("'s")) {
    return undefined;
  }
  if (/[^aeiou]ies$/.test(verb)) return verb.slice(0, -3) + 'y';
  if (/(?:sses|shes|ches|xes|zzes|oes)$/.test(verb)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/** Write the apostrophes of `text` the way the writer did (curly or straight). */
function withApostrophe(text: string, curly: boolean): string {
  return curly ? text.replace(/'/g, '\u2019') : text;
}

/**
 * “They” for a subject pronoun, with the verb made to agree when it must change (“he is” → “they are”,
 * “she needs” → “they need”), so the suggestion leaves a correct sentence.
 */
function subject(normal: string, end: number, curly: boolean): PronounRewrite {
  const next = nextWord(normal, end);
  if (next) {
    const agreed = agreement[next.word] ?? (next.word.includes("'") ? undefined : baseForm(next.word));
    if (agreed !== undefined) return { end: next.end, suggestions: [withApostrophe(`they ${agreed}`, curly)] };
  }
  return { end, suggestions: ['they'] };
}

/** The rewrite of one pronoun at `start`–`end` of the unit (`normal` is the unit text, normalised). */
export function rewritePronoun(normal: string, text: string, start: number, end: number): PronounRewrite {
  const pronoun = normal.slice(start, end);
  const curly = text.slice(start, end).includes('\u2019');
  switch (pronoun) {
    case 'he':
    case 'she':
      return subject(normal, end, curly);
    case "he's":
    case "she's": {
      const next = nextWord(normal, end)?.word;
      return { end, suggestions: [withApostrophe(next === 'been' || next === 'got' ? "they've" : "they're", curly)] };
    }
    case "he'll":
    case "she'll":
      return { end, suggestions: [withApostrophe("they'll", curly)] };
    case "he'd":
    case "she'd":
      return { end, suggestions: [withApostrophe("they'd", curly)] };
    case 'his':
      return { end, suggestions: nextWord(normal, end) ? ['their'] : ['theirs'] };
    case 'hers':
      return { end, suggestions: ['theirs'] };
    case 'him':
      return { end, suggestions: ['them'] };
    case 'her': {
      const next = nextWord(normal, end)?.word;
      return { end, suggestions: next === undefined || afterObjectHer.has(next) ? ['them', 'their'] : ['their', 'them'] };
    }
    case 'himself':
    case 'herself':
      return { end, suggestions: ['themselves'] };
    default:
      return { end, suggestions: [] };
  }
}

/** The rewrite of a pair such as “he or she”, “his/her” or “s/he”. */
export function rewritePair(
  normal: string,
  first: string | undefined,
  second: string | undefined,
  end: number,
): PronounRewrite {
  const both = [first, second];
  if (first === undefined || both.includes('he') || both.includes('she')) return subject(normal, end, false);
  if (both.includes('himself') || both.includes('herself')) return { end, suggestions: ['themselves'] };
  if (both.includes('hers')) return { end, suggestions: ['theirs'] };
  if (both.includes('his')) return { end, suggestions: nextWord(normal, end) ? ['their'] : ['theirs'] };
  // "him or her", "her or him".
  return { end, suggestions: ['them'] };
}

/**
 * The person a gendered pronoun stands for when nobody knows their gender: “each customer”, “anyone”, or “a
 * user” in a rule or condition (“If a user forgets his password”). Returns the antecedent's range in the unit,
 * or undefined when the pronoun most likely means a known person (“Meet Anna. She bakes our bread.”).
 */
export function genericAntecedent(
  normal: string,
  sentenceStart: number,
  sentenceEnd: number,
  pronounStart: number,
): { start: number; end: number } | undefined {
  const before = normal.slice(sentenceStart, pronounStart);
  let found: RegExpExecArray | undefined;
  for (const match of before.matchAll(alwaysGeneric)) found = match;
  if (!found && genericMarkers.test(normal.slice(sentenceStart, sentenceEnd))) {
    for (const match of before.matchAll(maybeGeneric)) found = match;
  }
  if (!found) return undefined;
  return { start: sentenceStart + found.index, end: sentenceStart + found.index + found[0].length };
}
