import { irregularVerbs } from './irregular-verbs.js';

let irregular: Map<string, string[]> | undefined;

/** Base form -> its irregular forms, and each irregular form -> the same list, built on first use. */
function irregularForms(): Map<string, string[]> {
  if (!irregular) {
    irregular = new Map();
    for (const [base, past, participle] of irregularVerbs) {
      const forms = [base, ...past.split('/'), ...participle.split('/')];
      irregular.set(base, forms);
    }
  }
  return irregular;
}

const vowel = /[aeiou]/;

/**
 * Every form of an English word that a pattern's `{word}` or `word*` matches: the word, its -s, -ed and -ing
 * forms (with the spelling rules for -e, -y and a doubled final consonant), and, for an irregular verb, its
 * past tense and participle. A noun's plural is the -s form. Forms that a word does not have ("payed") are
 * harmless: they never occur in copy, so they never match.
 */
export function inflections(base: string): string[] {
  const word = base.toLowerCase();
  const forms = new Set<string>([word]);
  const add = (stem: string, suffix: string) => forms.add(stem + suffix);
  const last = word.at(-1) ?? '';
  const beforeLast = word.at(-2) ?? '';
  // -s
  if (/(s|x|z|ch|sh|o)$/.test(word)) add(word, 'es');
  else if (last === 'y' && !vowel.test(beforeLast)) add(word.slice(0, -1), 'ies');
  else add(word, 's');
  // -ed and -ing
  if (last === 'e') {
    add(word, 'd');
    if (word.endsWith('ee') || word.endsWith('ye') || word.endsWith('oe')) add(word, 'ing');
    else if (word.endsWith('ie')) add(word.slice(0, -2), 'ying');
    else add(word.slice(0, -1), 'ing');
  } else if (last === 'y' && !vowel.test(beforeLast)) {
    add(word.slice(0, -1), 'ied');
    add(word, 'ing');
  } else {
    add(word, 'ed');
    add(word, 'ing');
    // stop -> stopped, regret -> regretted: a consonant after a single vowel doubles (before w, x, y it never
    // does). Longer words double only when stressed at the end, which spelling cannot tell: both are listed.
    if (/[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(word) && !/[wxy]$/.test(word)) {
      add(word + last, 'ed');
      add(word + last, 'ing');
    }
  }
  for (const form of irregularForms().get(word) ?? []) forms.add(form);
  return [...forms];
}
