import { defineRule } from '../../src/kit/index.js';
import type { Sentence, TextDocument, TextUnit } from '../../src/kit/index.js';
import { acronyms, ambiguousAcronyms, emphasisWords, everydayWords, goodNewsWords, keywordCue, minorWords, offerBadges, properNames, properNouns } from './words.js';
import { phraseData } from './phrases.data.js';

/**
 * What a word written in capitals is taken to be.
 * - `shout`: an ordinary word ("FREE", "DON'T", "IMPORTANT"): shouting.
 * - `name`: part of a name made of ordinary words ("NEW YORK"): shouting, with capitals in sentence case.
 * - `long`: an unlisted five-letter word with a vowel ("FLASH"): probably a word, lowered with its neighbours.
 * - `short`: an unlisted word of four letters or fewer ("ACME", "XYZ"): maybe a name, left alone.
 * - `minor`: a short function word that doubles as a code ("IN", "OR"): lowered with its neighbours.
 * - `pronoun`: "US", "IT" or "WHO" read as a word ("CONTACT US"), not as the acronym ("the US").
 * - `acronym`: a known acronym, initialism, roman numeral or allowed word: never shouting, kept as written.
 * - `single`: one letter ("I", "A"). `code`: has digits ("SAVE20", "COVID-19"). `lower`: not in capitals.
 * - `mask`: a masked template tag or inline code (a run of x).
 */
type WordKind = 'shout' | 'name' | 'long' | 'short' | 'minor' | 'pronoun' | 'acronym' | 'single' | 'code' | 'lower' | 'mask';

interface Word {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  value: string;
  /** Lower case with straight apostrophes. */
  normal: string;
  kind: WordKind;
  /** A label the reader types or taps ("Reply STOP"), or quoted: never reported, kept as written. */
  exempt: boolean;
}

/** A word with its inner apostrophes, hyphens, slashes, dots and ampersands: "DON'T", "MUST-HAVE", "AT&T". */
const wordPattern = /[\p{L}\p{N}_]+(?:['’\-/.&][\p{L}\p{N}_]+)*/gu;
const romanNumeral = /^(?=[mdclxvi]{2,}$)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
/** Departments that make "IT" the acronym. */
const itDepartment = /^(?:support|team|department|dept|services?|manager|admin|helpdesk|desk|security|staff)$/;
/** Text allowed between two words of one run of capitals. */
/** The suffix of a company's legal name: "LTD", "L.L.C.", "GMBH", "PTY". */
const legalSuffix = /^(?:LTD|LIMITED|LLC|LLP|INC|PLC|GMBH|PTY|CORP|CORPORATION|S\.?A\.?S?|B\.?V|N\.?V|SARL|SRL|SPA|S\.?L|AG|KG|AB|OY|OYJ|ASA)\.?$/;
/** States a monitor reports in capitals: "is DOWN", "went OFFLINE", "Status: OK". */
const machineStates = /^(?:down|up|online|offline|ok|healthy|unhealthy|degraded|running|resolved|recovered|unreachable|reachable)$/;
/** The state said of the reader or of what is theirs, other than a machine ("your account is", not "your server is"). */
const readerState = /\b(?:you|you're|your(?! (?:monitor|monitors|server|servers|site|website|service|services|host|api|endpoint|instance|container|node|database|backup|job|build|check|device|app|url)\b))\b[^.!?\n]*$/i;
/** What a monitor watches: the subject a machine state is said of. */
const machineSubject = /\b(?:server|servers|service|services|site|website|host|monitor|check|job|build|pipeline|node|database|api|endpoint|instance|container|worker|device|port|cluster|backup|cron|queue|agent|probe|app|url)\b|['"‘“][^'"’”\n]{1,60}['"’”][ \t]+(?:is|was|went|has gone)\b|\bx{3,}\W*[ \t]+(?:is|was|went|has gone)\b/i;
/** The words of an HTTP error's title ("ERROR 404 - PAGE NOT FOUND", "500 INTERNAL SERVER ERROR"). */
const httpStatusWords = new Set(
  'error http status code page not found forbidden access denied unauthorized unauthorised bad request gateway time timeout out internal server service unavailable too many requests gone method allowed oops sorry the this was is'.split(' '),
);
const runSeparator = /^[ \t]*(?:[&+/–—-][ \t]*)?$/;
/** Two punctuation marks or more, or a character that is itself a stack (‼ ⁇ ⁈ ⁉). */
const stackedMarks = /[!?！？‼⁇⁈⁉]{2,}|[‼⁇⁈⁉]/g;
/** Quoted stretches, where capitals are a label being quoted ("the “BUY NOW” button"). */
const quoted = [/[“"«]([^“”"«»\n]{1,80})[”"»]/g, /(?<![\p{L}\p{N}])‘([^‘\n]{1,80}?)’(?![\p{L}])/gu];

function classifyWord(word: string): WordKind {
  if (word.length === 1) return 'single';
  if (acronyms.has(word)) return 'acronym';
  if (emphasisWords.has(word) || everydayWords.has(word)) return 'shout';
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) {
    // "NASA'S" is an acronym's possessive; any other contraction is an ordinary word.
    return word.slice(apostrophe + 1) === 's' ? classifyWord(word.slice(0, apostrophe)) : 'shout';
  }
  if (minorWords.has(word)) return 'minor';
  if (romanNumeral.test(word)) return 'acronym';
  const letters = word.replace(/[^\p{L}]/gu, '').length;
  if (letters >= 6) return 'shout';
  if (letters === 5 && /[aeiouy]/.test(word)) return 'long';
  return 'short';
}

/** A placeholder name run together in capitals: CUSTOMERNAME, FIRSTNAME, ORDERID, SITEURL, SHOPNAME. */
const mergeField =
  /^(?:CUSTOMER|FIRST|LAST|FULL|USER|SHOP|STORE|SITE|COMPANY|ORDER|PRODUCT|ITEM|ACCOUNT|BILLING|SHIPPING|TRACKING|INVOICE|RECIPIENT|SENDER|MEMBER|CONTACT)(?:NAME|EMAIL|ID|URL|LINK|NUMBER|NO|CODE|DATE|TOTAL|AMOUNT|ADDRESS|PHONE|TITLE|STATUS|INFO|DETAILS)$/;

function classify(value: string, normal: string, allowed: ReadonlySet<string>): WordKind {
  if (/^x{2,}(?:'s)?$/.test(normal) && /^x/.test(value)) return 'mask';
  // Digits or underscores: a code, a SKU or an identifier ("SAVE20", "COVID-19", "MAX_RETRIES").
  if (/[\p{N}_]/u.test(value)) return 'code';
  // A merge field written as one word in capitals ("Dear CUSTOMERNAME", "Order ORDERID"): a placeholder.
  if (mergeField.test(value)) return 'code';
  // No capital letter at all: lower case, or a script without case (Japanese, Chinese, Arabic, Hebrew, Thai…), which
  // has no capitals to shout in.
  if (/\p{Ll}/u.test(value) || !/\p{Lu}/u.test(value)) return 'lower';
  const letters = value.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'code';
  if (allowed.has(normal)) return 'acronym';
  if (letters.length === 1) return 'single';
  // "U.S.", "AT&T", "M&S".
  if (/[.&]/.test(value)) return 'acronym';
  const parts = normal.split(/[-/]/);
  if (parts.length === 1) return classifyWord(normal);
  const kinds = parts.map(classifyWord);
  if (kinds.includes('shout')) return 'shout';
  if (kinds.every((kind) => kind === 'acronym' || kind === 'single' || kind === 'minor')) return 'acronym';
  return kinds.includes('long') ? 'long' : 'short';
}

const isCaps = (kind: WordKind) => kind !== 'lower' && kind !== 'mask';
const isCapsWord = (kind: WordKind) => kind !== 'lower' && kind !== 'mask' && kind !== 'single' && kind !== 'code';

/** True when `offset` opens the sentence or a line of it, after an optional list marker. */
function opensLine(text: string, offset: number): boolean {
  // An emoji may lead the line as its bullet ("- 🤖 YOUR OWN ASSISTANT", "✅ UNLIMITED PLANS").
  return /(?:^|\n)[ \t]*(?:(?:[-*•>]|\d+[.)])[ \t]+)?(?:[\p{Extended_Pictographic}\u200d\ufe0f]+[ \t]*)?[“"‘(]?$/u.test(text.slice(0, offset));
}

/** A template tag that prints its value in capitals, right before: `{{ strtoupper($plan) }} `, `{{ name | upper }} `. */
const upperCasedTag = /(?:strtoupper|mb_strtoupper|upper|upcase|toUpperCase|toLocaleUpperCase|uppercase)\b[^{}\n]{0,120}(?:\}\}|\}|%\}|%>|\?>)[ \t]*$/i;

/**
 * Words in capitals written twice or more in the copy that are no everyday, emphatic or alarm word, no adjective and
 * no noun of an English shape ("PENALTY", "SUSPENSION"), and that read as a name at least once: with an apostrophe
 * ("BOX'NGO"), or where only a name fits ("Thanks for joining PLATEPOINTS, our loyalty programme", "sent from SORMAS:").
 * A word that is not repeated in the same case and place is left to the other checks.
 */
function repeatedNames(units: readonly TextUnit[]): { words: string[]; runs: string[][] } {
  const counts = new Map<string, number>();
  const named = new Set<string>();
  for (const unit of units) {
    for (const match of unit.text.matchAll(/(?<![\p{L}\p{N}'’])\p{Lu}[\p{Lu}'’]*\p{Lu}(?![\p{L}\p{N}])/gu)) {
      const normal = match[0].toLowerCase().replace(/’/g, "'");
      if (normal.length < 4 || /^x+$/.test(normal)) continue;
      counts.set(normal, (counts.get(normal) ?? 0) + 1);
      const before = unit.text.slice(Math.max(0, match.index - 40), match.index);
      const after = unit.text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      // Part of a longer run of capitals ("PAY THE PENALTY NOW") is the voice, not a name.
      if (/\p{Lu}{2,}[ \t]+$/u.test(before) || /^[ \t]+\p{Lu}{2,}/u.test(after)) continue;
      if (
        normal.includes("'") ||
        (/\b(?:joining|join|using|use|with|from|via|at|on|to|by|of|called|named|about|into|welcome to|thanks for choosing|powered by:?)[ \t]+$/i.test(before) && /^(?:[ \t]*[,:;.!?)]|[ \t]+(?:(?:is|are|was|has|will|lets|helps|makes|gives|offers)\b|[\p{Ll}]))/u.test(after) && !/\b(?:a|an|the|your|my|any|no|this|that)[ \t]+$/i.test(before)) ||
        /^,[ \t]+(?:our|the|a|an|your)\b/.test(after) ||
        // "PLATEPOINTS Program", "the user SYSADMIN", "My PLATEPOINTS:": a name before a title-case word, an
        // identifier, a label's name.
        /^[ \t]+\p{Lu}\p{Ll}/u.test(after) ||
        /\b(?:user|username|user name|login|log in as|sign in as)[ \t]+$/i.test(before) ||
        (/\b(?:my|your|our)[ \t]+$/i.test(before) && /^[ \t]*:/.test(after))
      ) {
        named.add(normal);
      }
    }
  }
  // A name of two to four words set in capitals, printed more than once and at least once where only a name fits: in
  // a sign-off ("CHANCE LAPTOPS Payments Team") or after "shopping with", "choosing", "welcome to" ("Thank you for
  // shopping with CHANCE LAPTOPS!"). The run is then a name wherever it stands whole.
  const runCounts = new Map<string, number>();
  const namedRuns = new Set<string>();
  for (const unit of units) {
    for (const match of unit.text.matchAll(/(?<![\p{L}\p{N}'’])\p{Lu}[\p{Lu}'’]*\p{Lu}(?:[ \t]+\p{Lu}[\p{Lu}'’]*\p{Lu}){1,3}(?![\p{L}\p{N}])/gu)) {
      const normal = match[0].toLowerCase().replace(/’/g, "'").replace(/[ \t]+/g, ' ');
      runCounts.set(normal, (runCounts.get(normal) ?? 0) + 1);
      const before = unit.text.slice(Math.max(0, match.index - 40), match.index);
      const after = unit.text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      if (
        /^[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){0,2}(?:Team|Support|Staff|Crew|Family|Store|Shop|Customer|Inc|Ltd|LLC)\b/u.test(after) ||
        (/\b(?:shopping with|shop with|choosing|for choosing|giving|joining|welcome to|powered by:?)[ \t]+$/i.test(before) && /^[ \t]*(?:[,.!?:;)]|$|[ \t]+\p{Ll})/u.test(after) && !/\b(?:a|an|the|your|my|any|no|this|that)[ \t]+$/i.test(before))
      ) {
        namedRuns.add(normal);
      }
    }
  }
  const runNames: string[][] = [];
  for (const [normal, count] of runCounts) {
    const parts = normal.split(' ');
    if (count < 2 || !namedRuns.has(normal) || parts.some((part) => emphasisWords.has(part) || alarmWords.has(part))) continue;
    runNames.push(parts);
  }
  const words = [...counts]
    .filter(
      ([normal, count]) =>
        count >= 2 &&
        named.has(normal) &&
        !everydayWords.has(normal) &&
        !emphasisWords.has(normal) &&
        !alarmWords.has(normal) &&
        !/(?:ible|able|ful|ous|ive|less|ing|ed|ly|al|ent|ant|ire|ary|est|er|tion|sion|ment|ness|ity|ty|ance|ence|ure|ism|ship|hood|line|ice)$/.test(normal),
    )
    .map(([normal]) => normal);
  return { words, runs: runNames };
}

/**
 * Mark as exempt each run of one to three words in capitals, joined by spaces and none of them `stops`, that `ends`
 * after one of its words (at the word that ends it).
 */
function exemptNameGroups(words: readonly Word[], text: string, stops: (word: Word) => boolean, ends: (word: Word, following: Word | undefined) => boolean): void {
  for (let index = 0; index < words.length; index++) {
    const group: Word[] = [];
    for (let next = index; next < Math.min(words.length, index + 3); next++) {
      const word = words[next]!;
      if (!isCapsWord(word.kind) || stops(word)) break;
      if (next > index && !/^[ \t]+$/.test(text.slice(words[next - 1]!.end, word.start))) break;
      group.push(word);
      if (ends(word, words[next + 1])) {
        for (const member of group) member.exempt = true;
        break;
      }
    }
  }
}

/** A sign-off right before a name on the next line: "Regards,", "Kind regards,", "Thanks,", "Sincerely,". */
const signOffBefore = /(?:^|[\n.!?])[ \t]*(?:(?:best|kind|warm|warmest|many)[ \t]+)?(?:regards|thanks(?:[ \t]+again)?|thank you|sincerely|cheers|best|all the best|best wishes|warm wishes|take care|yours(?:[ \t]+(?:truly|sincerely|faithfully))?|with thanks|respectfully)[ \t]*,?[ \t]*\n?[ \t]*$/i;

/** A unit a named currency is counted in: "BIT tokens", "GEM coins", "STAR points". */
const currencyUnit = /^(?:tokens?|coins?|points|credits|gems|crystals|bucks)$/;

/** The words of a sentence, classified, with labels and quoted words marked as exempt. */
function wordsOf(sentence: Sentence, allowed: ReadonlySet<string>, source: string, names: readonly (readonly string[])[] = []): Word[] {
  const text = sentence.text;
  const words: Word[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const normal = sentence.normal.slice(start, start + match[0].length);
    words.push({ start, end: start + match[0].length, value: match[0], normal, kind: classify(match[0], normal, allowed), exempt: false });
  }

  words.forEach((word, index) => {
    const previous = words[index - 1];
    const next = words[index + 1];
    if (word.kind === 'acronym' && ambiguousAcronyms.has(word.normal)) {
      if (word.normal === 'am' || word.normal === 'pm') {
        if (previous?.kind !== 'code') word.kind = 'minor';
      } else if (word.normal === 'it' ? !(next && itDepartment.test(next.normal)) : previous?.normal !== 'the') {
        word.kind = 'pronoun';
      }
    }
    // "NEXT has new arrivals", "BOOTS is hiring": a short everyday word opening a line, followed by lower case,
    // is more likely a brand written in capitals than a raised voice.
    if (
      word.kind === 'shout' &&
      word.normal.length <= 4 &&
      everydayWords.has(word.normal) &&
      !emphasisWords.has(word.normal) &&
      next?.kind === 'lower' &&
      /^[ \t]+$/.test(text.slice(word.end, next.start)) &&
      opensLine(text, word.start)
    ) {
      word.kind = 'acronym';
    }
    // "Regards,<br>GOMEDICAL EMR", "Thanks,\nACME SUPPORT": the sender's name under a sign-off, to the end of its line.
    if (word.kind !== 'lower') {
      const before = sentence.unit.text.slice(Math.max(0, sentence.start + word.start - 80), sentence.start + word.start);
      // The sign-off itself in sentence case ("Regards,"), not part of the capitals ("THANKS, PAY NOW").
      const signOff = signOffBefore.exec(before.replace(/[\p{Lu}&.'’-]+(?:[ \t]+[\p{Lu}&.'’-]+)*[ \t]*$/u, ''));
      // On a line of its own, and short: a name, not a sentence in capitals ("Thanks, PLEASE PAY YOUR INVOICE NOW").
      const at = sentence.start + word.start;
      const line = sentence.unit.text.slice(sentence.unit.text.lastIndexOf('\n', at - 1) + 1).split('\n')[0] ?? '';
      const lineWords = line.trim().toLowerCase().split(/\s+/);
      // A name, not an order or a word of alarm set under the sign-off ("Thanks,\nPAY IMMEDIATELY").
      const named = lineWords.length <= 4 && !lineWords.some((part) => emphasisWords.has(part) || alarmWords.has(part) || pressWords.has(part) || orderWords.has(part));
      if (signOff && /\p{Ll}/u.test(signOff[0]) && /\n[ \t]*$/.test(signOff[0]) && named) word.kind = 'acronym';
    }
    // "You have 40 BIT tokens", "earn GEM coins": a currency's name before its unit, not a raised voice.
    if (word.kind !== 'lower' && !emphasisWords.has(word.normal) && next?.kind === 'lower' && /^[ \t]+$/.test(text.slice(word.end, next.start)) && currencyUnit.test(next.normal)) {
      word.kind = 'acronym';
    }
  });

  // A short everyday word right before an acronym names it: "REST API", "CASH ISA". The word after it is an
  // ordinary noun ("API KEY" is an API's key), lowered as usual.
  words.forEach((word, index) => {
    const next = words[index + 1];
    if (word.kind !== 'shout' || word.normal.length > 5 || emphasisWords.has(word.normal) || !next) return;
    if (next.kind === 'acronym' && !ambiguousAcronyms.has(next.normal) && /^[ \t]+$/.test(text.slice(word.end, next.start))) word.kind = 'acronym';
  });

  // Names made of ordinary words: "NEW YORK", "BLACK FRIDAY", "MOTHER'S DAY".
  for (let index = 0; index < words.length; index++) {
    for (let length = 4; length >= 2; length--) {
      const group = words.slice(index, index + length);
      if (group.length < length || !group.every((word) => isCapsWord(word.kind))) continue;
      if (!group.every((word, at) => at === 0 || /^[ \t]+$/.test(text.slice(group[at - 1]!.end, word.start)))) continue;
      if (!properNames.has(group.map((word) => word.normal).join('_'))) continue;
      for (const word of group) word.kind = 'name';
      index += length - 1;
      break;
    }
  }

  // A product's name set in capitals, where only a name fits: "Powered by PYBOSSA", "Welcome to ZENTRIX", "your PERSCOM
  // account", "the KOHLBERG team". Only a word that is not an everyday English word.
  words.forEach((word, index) => {
    if (word.kind !== 'shout' || everydayWords.has(word.normal) || emphasisWords.has(word.normal) || alarmWords.has(word.normal) || word.normal.includes("'")) return;
    const before = text.slice(Math.max(0, word.start - 40), word.start);
    // "Your membership status has been changed to RESTRICTED": the value of a status, as the system names it.
    if (/\b(?:status|state|role|level|tier|mode)(?: (?:is|was|has been|is now))?(?: (?:changed|set|updated|moved))? (?:to|:)[ \t]+$/i.test(before)) {
      word.exempt = true;
      return;
    }
    // An adjective or a participle ("HORRIBLE account", "ENTIRE team", "EXPIRED account") is a raised voice.
    if (/(?:ible|able|ful|ous|ive|less|ing|ed|ly|al|ent|ant|ire|ary)$/.test(word.normal)) return;
    const after = text.slice(word.end, word.end + 40);
    const next = words[index + 1];
    if (next && isCapsWord(next.kind) && /^[ \t]+$/.test(text.slice(word.end, next.start))) return;
    if (/\b(?:powered by|welcome to|brought to you by|(?:thanks|thank you) for (?:using|choosing|joining|trying)|(?:sign|log) (?:in|into|on)(?: to)?)[ \t]+$/i.test(before) ||
      // "sent to you via email from SORMAS: %s": a name that ends the phrase after a preposition.
      (/\b(?:from|via)[ \t]+$/i.test(before) && /^[ \t]*(?:[:.,;!?)]|$)/.test(after)) || (/\b(?:your|the|our)[ \t]+$/i.test(before) && /^[ \t]+(?:account|team|platform|app|community|website|site|dashboard|portal|server|store|shop|newsletter|workspace|instance|profile|subscription|membership|network|cloud|password|login|wallet|licen[cs]e|card)\b/i.test(after))) word.exempt = true;
  });

  // Capitals that open a name whose next word is in title case ("BIT Tokens", "IAGREEK Support Team", "CHANCE LAPTOPS
  // Payment Support Team", "SELLER Notifications"): the name of a programme, a team or a section, as the brand writes it.
  // Not an order or a word of alarm, emphasis or sales ("DO NOT USE Mycelium", "FINAL Notice", "FREE Shipping").
  exemptNameGroups(
    words,
    text,
    (word) => word.kind === 'acronym' || alarmWords.has(word.normal) || pressWords.has(word.normal) || emphasisWords.has(word.normal) || readerWords.has(word.normal) || orderWords.has(word.normal),
    (word, following) => following !== undefined && /^[ \t]+$/.test(text.slice(word.end, following.start)) && /^\p{Lu}\p{Ll}+$/u.test(following.value) && !functionWords.has(following.normal),
  );

  // What a footer, a template or a guide sets in capitals by convention: the holder after a copyright sign ("© {{ year }}
  // B-KELANA INTERNATIONAL Leave Management System"), the formula "ALL RIGHTS RESERVED", a constant in program text
  // ("ConfigurationVariables::NAME", "$this->SUPPORT"), a placeholder left to fill in ("INSERT CORRESPONDENCE NAME
  // HERE"), and the name of a control in running text ("a prominent UNSUBSCRIBE link", "tap the SAVE button").
  // The holder comes right after the sign and the year (a template tag may stand for the year).
  const copyright = /(?:©|&copy;|\bcopyright\b(?:[ \t]*©)?)[ \t]*(?:(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?|\{\{[^}]*\}\}|\{[^}]*\}|x{2,})[ \t]*)?/i.exec(text);
  if (copyright) {
    const from = copyright.index + copyright[0].length;
    let named = 0;
    for (const word of words) {
      if (word.start < from || (named === 0 && (word.kind === 'mask' || word.kind === 'code'))) continue;
      if (named === 0 && word.start > from + 2 && !/^[\s\dx{}()'"$-]*$/i.test(text.slice(from, word.start))) break;
      if (!isCapsWord(word.kind) || alarmWords.has(word.normal) || pressWords.has(word.normal) || readerWords.has(word.normal) || orderWords.has(word.normal) || named >= 5) break;
      word.exempt = true;
      named++;
    }
  }
  words.forEach((word, index) => {
    if (!isCapsWord(word.kind)) return;
    const next = words[index + 1];
    const last = words[index + 2];
    if (word.normal === 'all' && next?.normal === 'rights' && last?.normal === 'reserved' && isCapsWord(next.kind) && isCapsWord(last.kind)) {
      word.exempt = next.exempt = last.exempt = true;
    }
    if (/(?:::|->|[\p{L}\p{N}_)\]]\.)$/u.test(text.slice(Math.max(0, word.start - 2), word.start))) word.exempt = true;
    // "CAPSLOCK" names the key: the capitals show what they mean. "Your ORDER # 1042": a field's label before its number.
    const previous = words[index - 1];
    const alone = !(next && isCapsWord(next.kind) && /^[ \t]+$/.test(text.slice(word.end, next.start))) && !(previous && isCapsWord(previous.kind) && /^[ \t]+$/.test(text.slice(previous.end, word.start)));
    if (/^caps(?:lock)?$/.test(word.normal) && (alone || (previous?.normal === 'all' && !(next && isCapsWord(next.kind))))) {
      word.exempt = true;
      if (previous?.normal === 'all') previous.exempt = true;
    }
    if (/^[ \t]*(?:#[ \t]*[\dx{]|no\.(?:[ \t]*[\dx{]|\s*$)|nr\.)/i.test(text.slice(word.end)) && !alarmWords.has(word.normal) && !pressWords.has(word.normal)) word.exempt = true;
  });
  // "The LINK UP team", "our WOW COFFEE crew": a name of two or three words that everyday words make up, told by the
  // team it names.
  for (const match of text.matchAll(/\b(?:the|our)[ \t]+((?:[\p{Lu}\p{N}&'’-]+[ \t]+){2,3})(?:team|crew|staff|family)\b/giu)) {
    const from = match.index + match[0].indexOf(match[1]!);
    const to = from + match[1]!.length;
    const group = words.filter((word) => word.start >= from && word.end <= to);
    if (group.some((word) => !isCapsWord(word.kind) || alarmWords.has(word.normal) || pressWords.has(word.normal) || emphasisWords.has(word.normal) || orderWords.has(word.normal))) continue;
    for (const word of group) word.exempt = true;
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(?:INSERT|ADD|PUT|ENTER|TYPE)(?:[ \t]+[\p{Lu}\p{N}'’&-]+){1,5}[ \t]+HERE(?![\p{L}\p{N}])/gu)) {
    for (const word of words) if (word.start >= match.index && word.end <= match.index + match[0].length) word.exempt = true;
  }
  exemptNameGroups(words, text, (word) => alarmWords.has(word.normal) || pressWords.has(word.normal), (word) =>
    /^[ \t]+(?:link|button|tab|menu|option|icon|key|checkbox|toggle|switch)s?\b/.test(text.slice(word.end)),
  );

  // The rest of a name that the template prints in capitals: "the {{ strtoupper($plan) }} PLAN", "{{ name | upper }}
  // TEAM". The words follow the case of the value before them.
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const at = sentence.unit.offsets[sentence.start + word.start];
    if (word.kind !== 'mask' && at !== undefined && isCapsWord(word.kind) && upperCasedTag.test(source.slice(Math.max(0, at - 200), at))) {
      for (let next = index; next < Math.min(words.length, index + 2); next++) {
        const name = words[next]!;
        if (!isCapsWord(name.kind) || emphasisWords.has(name.normal) || alarmWords.has(name.normal)) break;
        if (next > index && !/^[ \t]+$/.test(text.slice(words[next - 1]!.end, name.start))) break;
        name.exempt = true;
      }
    }
  }

  // Names the copy marks as names: capitals joined by "&" ("FIT & MATCH"), a name after a greeting ("Hi TEST USER,"),
  // and a site's name after the separator of a title ("Service currently unavailable | NICE").
  const titleLike = sentence.unit.kind === 'title' || sentence.unit.kind === 'heading' || sentence.unit.kind === 'subject';
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!isCapsWord(word.kind) || alarmWords.has(word.normal) || emphasisWords.has(word.normal)) continue;
    const next = words[index + 1];
    if (next && isCapsWord(next.kind) && !alarmWords.has(next.normal) && /^[ \t]*&[ \t]*$/.test(text.slice(word.end, next.start))) {
      word.exempt = true;
      next.exempt = true;
      continue;
    }
    const run = [word];
    while (run.length < 3) {
      const following = words[index + run.length];
      if (!following || !isCapsWord(following.kind) || !/^[ \t]+$/.test(text.slice(run[run.length - 1]!.end, following.start))) break;
      run.push(following);
    }
    const last = run[run.length - 1]!;
    const before = text.slice(Math.max(0, word.start - 30), word.start);
    const after = text.slice(last.end, last.end + 3);
    const greeted = /\b(?:hi|hello|hey|dear)[ \t]+$/i.test(before) && /^[ \t]*[,!:]/.test(after);
    const titled = titleLike && /[ \t][|–—-][ \t]+$/.test(before) && /^[ \t]*$/.test(text.slice(last.end));
    if ((greeted || titled) && !run.some((item) => alarmWords.has(item.normal) || emphasisWords.has(item.normal))) {
      for (const item of run) item.exempt = true;
      index += run.length - 1;
    }
  }

  // A company's legal name, as footers and invoices print it: "DECATHLON (AUSTRALIA) PTY LTD", "ACME WIDGETS LLC".
  // The capitals before a legal suffix that ends the run are the registered name, not a raised voice.
  for (let index = 0; index < words.length; index++) {
    const suffix = words[index]!;
    if (!legalSuffix.test(suffix.value) || !isCapsWord(suffix.kind) || index === 0) continue;
    const next = words[index + 1];
    if (next && isCapsWord(next.kind) && !legalSuffix.test(next.value) && /^[ \t]+$/.test(text.slice(suffix.end, next.start))) continue;
    const name: Word[] = [];
    for (let at = index - 1; at >= 0 && name.length < 6; at--) {
      const word = words[at]!;
      if (!isCapsWord(word.kind) || !/^[ \t(),.&]+$/.test(text.slice(word.end, words[at + 1]!.start))) break;
      name.unshift(word);
    }
    if (name.length === 0 || name.some((word) => emphasisWords.has(word.normal) || /ly$/.test(word.normal))) continue;
    // "STRICTLY LIMITED", "SA" and "AG" are words and codes too: these suffixes need a name of no everyday words.
    if (!/^(?:LTD|LLC|LLP|INC|PLC|GMBH|PTY|CORP)\.?$/.test(suffix.value) && name.some((word) => everydayWords.has(word.normal))) continue;
    for (const word of [...name, suffix]) word.exempt = true;
  }

  // HTTP methods named as such ("signs outgoing GET requests", "a POST endpoint") are protocol terms.
  for (const word of words) {
    if (/^(?:get|post|put|patch|delete|head|options)$/.test(word.normal) && /^[ \t]+(?:requests?|methods?|endpoints?|calls?|routes?|verbs?)\b/i.test(text.slice(word.end))) word.exempt = true;
  }

  // Hashtags, handles and tickers: "#BLACKFRIDAY", "@ACME", "$AAPL"; a chat or IRC command: "before you can use /LIST".
  for (const word of words) if (/[#@$]$|(?:^|[\s(])\/$/.test(text.slice(0, word.start))) word.exempt = true;

  // A machine's state as a monitor reports it: "Server 'web-1' is DOWN", "The job went OFFLINE", "Status: OK". Not a
  // state said of the reader or their account ("Your account is SUSPENDED" raises the voice at them).
  for (const word of words) {
    if (!machineStates.test(word.normal) || !isCapsWord(word.kind)) continue;
    const before = text.slice(Math.max(0, word.start - 60), word.start);
    const copula = /\b(?:is|are|was|were|went|goes|go|has gone|is now|is back|came back|back)(?:[ \t]+(?:currently|now|still|again|back))?[ \t]+$/i.test(before);
    if (((copula && machineSubject.test(before)) || /\b(?:status|state|health)[ \t]*[:=-][ \t]*$/i.test(before)) && !readerState.test(before)) word.exempt = true;
  }

  // An organisation or a product written in capitals, in the place of a name: "the VATSIM UK Division", "with COMESA
  // E-Procurement System". A word of no list and no English ending, after an article or a preposition (or opening a
  // line), and before a name or an acronym.
  const capsNames = new Set<string>();
  for (const word of words) {
    if (word.kind !== 'shout' || listed(word.normal) || englishEnding.test(word.normal)) continue;
    // The word before: an article or a preposition, or none on its line (not a word in capitals: "HERE IS THE CONTENT
    // OF YOUR CART" is a run); the word after: a name or an acronym.
    const lead = /([\p{L}'’]+)[ \t]+$/u.exec(text.slice(Math.max(0, word.start - 40), word.start))?.[1];
    const afterArticle = lead === undefined ? /(?:^|\n)[ \t]*$/.test(text.slice(0, word.start)) : /\p{Ll}/u.test(lead) && nameLead.test(lead.toLowerCase());
    const gap = /^[ \t]+/.exec(text.slice(word.end))?.[0];
    const next = gap === undefined ? undefined : words.find((other) => other.start === word.end + gap.length);
    const follower = gap === undefined ? undefined : /^[\p{L}'’.-]+/u.exec(text.slice(word.end + gap.length))?.[0];
    const beforeName = follower !== undefined && (/^\p{Lu}(?:\p{Ll}|-\p{Lu}\p{Ll})/u.test(follower) || next?.kind === 'acronym');
    if (afterArticle && beforeName) capsNames.add(word.normal);
  }
  // The same word elsewhere in the sentence is that name too.
  for (const word of words) if (capsNames.has(word.normal)) word.exempt = true;

  // A status named as the system names it: "Only tickets with status REPAIRED or COMPLETED can be returned", "set the
  // state to ARCHIVED". The capitals quote a value, like a code.
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!isCapsWord(word.kind) || alarmWords.has(word.normal) || emphasisWords.has(word.normal)) continue;
    const before = text.slice(Math.max(0, word.start - 40), word.start);
    // "status" as a noun; "state" only as one ("the state to", "State:"), not the verb ("Please state CLEARLY why").
    if (!/(?:\bstatus(?:es)?|\b(?:the|its|their|current|new|with|in|order|account|ticket|task) states?|^\s*states?(?=[ \t]*[:=]))(?: (?:is|was|of|to|as|set to|changed to))?[ \t]*[:=]?[ \t]*["'“‘]?$/i.test(before) || readerState.test(before)) continue;
    // A run of capitals after it is a shout, not a value: "Account status: EXPIRED PAY IMMEDIATELY".
    const follower = words[index + 1];
    if (follower && isCapsWord(follower.kind) && /^[ \t]+$/.test(text.slice(word.end, follower.start))) continue;
    word.exempt = true;
    // The values listed after it: "REPAIRED or COMPLETED", "OPEN, PENDING and CLOSED".
    let previous = word;
    for (let next = index + 1; next < words.length; next++) {
      const item = words[next]!;
      if (!/^[\s,/"'“”‘’]*$/.test(text.slice(previous.end, item.start))) break;
      if (/^(?:or|and)$/.test(item.normal)) {
        previous = item;
        continue;
      }
      if (!isCapsWord(item.kind) || alarmWords.has(item.normal) || emphasisWords.has(item.normal)) break;
      const following = words[next + 1];
      if (following && isCapsWord(following.kind) && /^[ \t]+$/.test(text.slice(item.end, following.start))) break;
      item.exempt = true;
      previous = item;
    }
  }

  // A legal disclaimer, which the law asks to be conspicuous and licences set in capitals: "WITHOUT ANY WARRANTY;
  // without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE".
  // Not when the sentence also exclaims or turns to the reader ("…WITHOUT ANY WARRANTY SO STOP EMAILING US!").
  if (
    /\b(?:MERCHANTABILITY|FITNESS FOR A PARTICULAR PURPOSE|WITHOUT (?:ANY )?WARRANT(?:Y|IES)|NON-?INFRINGEMENT|IN NO EVENT SHALL|LIMITATION OF LIABILITY|DISCLAIMS? (?:ALL|ANY)|PROVIDED ["“]?AS IS)\b/.test(text) &&
    !/[!！]/.test(text) &&
    !/\b(?:YOU|YOUR|YOU'RE|STOP|MUST|PAY|NOW|NEVER|REFUNDS?)\b/.test(text)
  ) {
    for (const word of words) word.exempt = true;
  }

  // A line that marks where the program reading replies cuts ("-- DO NOT DELETE ANYTHING BELOW THIS LINE --", "## REPLY
  // ABOVE THIS LINE ##") is capitals by convention.
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (!/\b(?:reply|replying|respond|write|writing|type|typing|delete|remove|edit|cut|add|keep|leave)\b[^\n]{0,40}\b(?:above|below) (?:this|the) line\b/i.test(line[0]) || (line[0].match(/[\p{L}']+/gu)?.length ?? 0) > 12) continue;
    if (words.some((word) => word.start >= line.index && word.end <= line.index + line[0].length && alarmWords.has(word.normal))) continue;
    for (const word of words) if (word.start >= line.index && word.end <= line.index + line[0].length) word.exempt = true;
  }
  // "DO NOT REPLY TO THIS EMAIL" in the footer of an automatic message is capitals by convention, unless exclaimed.
  for (const match of text.matchAll(/\bDO NOT REPLY(?: (?:DIRECTLY )?TO (?:THIS|THE) (?:E-?MAIL|MESSAGE|ADDRESS|NOTIFICATION))?\b(?![^.\n]*!)/g)) {
    for (const word of words) if (word.start >= match.index && word.end <= match.index + match[0].length) word.exempt = true;
  }

  // A term in capitals spelled out beside its acronym: "This is a CERTIFICATE AUTHORITY! … issued by this CA."
  for (let index = 0; index < words.length; index++) {
    const run: Word[] = [];
    for (let at = index; at < words.length && isCapsWord(words[at]!.kind); at++) {
      if (at > index && !/^[ \t]+$/.test(text.slice(words[at - 1]!.end, words[at]!.start))) break;
      run.push(words[at]!);
    }
    index += Math.max(0, run.length - 1);
    if (run.length < 2 || run.length > 5 || run.some((word) => emphasisWords.has(word.normal) || alarmWords.has(word.normal))) continue;
    const initials = run.map((word) => word.value[0]).join('');
    // The acronym is used as a noun ("issued by this CA", "the CA's key") or given in brackets after the term
    // ("CERTIFICATE AUTHORITY (CA)"). A common short token that happens to share the initials ("5 PM", "your PO
    // number") is no such acronym.
    const asNoun = new RegExp(`\\b(?:this|that|the|a|an|your|our|its|each|every)[ \\t]+${initials}(?![\\p{L}])(?![ \\t]+\\p{Ll})`, 'u');
    const bracketed = new RegExp(`^[ \\t]*\\(${initials}\\)`);
    if (asNoun.test(sentence.unit.text) || bracketed.test(text.slice(run.at(-1)!.end))) for (const word of run) word.exempt = true;
  }

  // Labels: "Reply STOP", "Use code WELCOME", "tap BUY NOW". The label runs until the capitals stop.
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!isCaps(word.kind) || !keywordCue.test(sentence.normal.slice(0, word.start))) continue;
    // The cue is written in capitals too ("PLEASE REPLY TO THIS EMAIL"): the whole line is the voice, not a label after a cue.
    const cue = words[index - 1];
    if (cue && isCaps(cue.kind) && cue.kind !== 'acronym') continue;
    // A name given after "the user" or "log in as" is an identifier ("the user SYSADMIN"); a function word or a word
    // of emphasis there is the voice again ("The user MUST log in", "Your username is NOT valid").
    if (/\b(?:user|username|user name|login|log in as|sign in as)\s*(?:is|:|called|named)?\s*$/.test(sentence.normal.slice(0, word.start)) && (emphasisWords.has(word.normal) || alarmWords.has(word.normal))) continue;
    for (let label = index; label < words.length; label++) {
      const current = words[label]!;
      if (!isCaps(current.kind)) break;
      if (label > index && !/^[ \t]+$/.test(text.slice(words[label - 1]!.end, current.start))) break;
      current.exempt = true;
      index = label;
    }
  }
  // More keywords in the same message: "Reply MENU to browse or ORDER to repeat your last order", "reply STOP, for help,
  // HELP". Once the sentence offers one keyword, a lone word in capitals that is offered the same way ("or ORDER to",
  // "for help, HELP") is another.
  if (words.some((word) => word.exempt && isCaps(word.kind) && /\b(?:reply|respond|text|txt|send|type)(?: with)?\s*$/.test(sentence.normal.slice(0, word.start)))) {
    for (const word of words) {
      if (word.exempt || !isCapsWord(word.kind) || word.normal.length > 10) continue;
      const before = sentence.normal.slice(0, word.start);
      const after = sentence.normal.slice(word.end);
      if (/\b(?:or|and)\s*$|\bfor [a-z]+,\s*$/.test(before) && (/^\s*(?:to\b|[.,;!]|$)/.test(after))) word.exempt = true;
    }
  }
  for (const pattern of quoted) {
    for (const match of text.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      for (const word of words) if (word.start >= from && word.end <= to) word.exempt = true;
    }
  }

  // A name of several words that the copy prints more than once (see repeatedNames), where it stands whole.
  for (const name of names) {
    for (let index = 0; index + name.length <= words.length; index++) {
      const group = words.slice(index, index + name.length);
      if (!group.every((word, at) => word.normal === name[at] && isCaps(word.kind) && (at === 0 || /^[ \t]+$/.test(text.slice(group[at - 1]!.end, word.start))))) continue;
      for (const word of group) word.exempt = true;
      index += name.length - 1;
    }
  }

  // A placeholder left for the sender to fill in, in square brackets: "[VENUE ADDRESS]", "[PHONE NUMBER]".
  // Not a link's text ("[PAY NOW](…)"), nor words of emphasis or alarm ("[ACT NOW OR LOSE ACCESS]").
  for (const match of text.matchAll(/\[[ \t]*(\p{Lu}[\p{Lu}\p{N} _/&'’.-]{0,60}?)[ \t]*\](?![(\[])/gu)) {
    const from = match.index;
    const to = from + match[0].length;
    const inside = words.filter((word) => word.start >= from && word.end <= to);
    if (inside.some((word) => alarmWords.has(word.normal) || emphasisWords.has(word.normal))) continue;
    // It names what goes there ("[ACCOUNT TERMINATED]" is a verdict, not a placeholder).
    if (!inside.some((word) => placeholderNouns.test(word.normal))) continue;
    for (const word of inside) word.exempt = true;
  }

  // Code and markup that a template carries as text: "<!DOCTYPE html>", "...DEFAULTS[type]", "MAX_AGE(", and the
  // words of an HTML comment ("<!-- END enable_profil_cp -->").
  for (const word of words) {
    if (alarmWords.has(word.normal) || emphasisWords.has(word.normal)) continue;
    if (/(?:<!|\.\.\.)$/.test(text.slice(Math.max(0, word.start - 3), word.start)) || /^(?:\[[A-Za-z_$][\w$.]*\]|\((?:[A-Za-z_$][\w$.]*)?[,)]|\(["'`])/.test(text.slice(word.end, word.end + 40))) word.exempt = true;
  }
  for (const word of words) {
    const at = sentence.unit.offsets[sentence.start + word.start];
    if (at === undefined || !isCapsWord(word.kind)) continue;
    const behind = source.slice(Math.max(0, at - 200), at);
    const open = behind.lastIndexOf('<!--');
    // Inside a comment that closes: an unclosed "<!--" in plain text is no comment.
    if (open !== -1 && !behind.slice(open).includes('-->') && source.slice(at, at + 300).includes('-->')) word.exempt = true;
  }

  // A heading or a title that sets its first words in capitals as design ("MONTHLY PLAN for ₱399 a month"), calmly:
  // no exclamation, no word of alarm, emphasis or verdict ("DENIED").
  if ((sentence.unit.kind === 'heading' || sentence.unit.kind === 'title') && !/[!！‼⁈⁉]/.test(text) && words.length > 0 && isCaps(words[0]!.kind)) {
    const run: Word[] = [];
    for (let at = 0; at < words.length && isCaps(words[at]!.kind); at++) {
      if (at > 0 && !/^[ \t]+$/.test(text.slice(words[at - 1]!.end, words[at]!.start))) break;
      run.push(words[at]!);
    }
    // Lower case must follow: a heading all in capitals is judged as a whole elsewhere.
    if (run.length < words.length && !run.some((word) => alarmWords.has(word.normal) || emphasisWords.has(word.normal) || verdictWords.test(word.normal))) {
      for (const word of run) word.exempt = true;
    }
  }

  // The value of a status field as the system names it: "Payment Status: CONFIRMED", "Order status: SHIPPED". Only a
  // neutral value: "Your status: BANNED" is a verdict.
  for (const word of words) {
    if (!isCapsWord(word.kind) || !neutralStatus.test(word.normal)) continue;
    if (/\bstatus[ \t]*[:=][ \t]*(?:\*\*|__)?$/i.test(text.slice(Math.max(0, word.start - 30), word.start)) && /^(?:\*\*|__)?[ \t]*(?:$|[\n.,;|)✅❌⏳]|[ \t]+[^\p{Lu}\s])/u.test(text.slice(word.end, word.end + 4))) word.exempt = true;
  }
  return words;
}

/** What a placeholder in square brackets names: "[VENUE ADDRESS]", "[PHONE NUMBER]", "[CUSTOMER PHOTO GRID]". */
const placeholderNouns = /^(?:names?|address(?:es)?|numbers?|dates?|times?|phone|e-?mail|links?|urls?|codes?|amounts?|prices?|company|venue|location|role|titles?|instructions|details|photos?|images?|logo|button|text|city|state|zip|postcode|resource|grid|product|sku|insert|placeholder|here|signature|event|description)$/;
/** A status value that states a step, not a verdict on the reader. */
const neutralStatus = /^(?:confirmed|pending|paid|shipped|delivered|completed?|processing|active|approved|open|closed|resolved|scheduled|received|sent|new|done|ready|live|draft|published|accepted|unassigned|assigned|queued|running|success|successful)$/;
/** Words that state a verdict, which capitals turn into a raised voice even at the head of a heading. */
const verdictWords = /^(?:denied|banned|rejected|refused|declined|suspended|terminated|blocked|failed|forbidden|invalid|wrong|idiots?|fraud|fraudulent|illegal)$/;

/** Kinds of unit whose capitals frame the copy: headings, titles, table cells. */
const framingKinds = new Set(['heading', 'title', 'table-cell']);
/** An article, a possessive of the sender or a preposition: what stands before a name. */
const nameLead = /^(?:the|a|an|our|on|at|with|from|of|in|to|for|by|via|join|visit|welcome|thanks|thank)$/;
/** Endings of English words: "CANCELLED", "PERMANENTLY", "CREATION", "AMAZING" are words, not names. */
const englishEnding = /(?:ed|ing|ly|tion|sion|ment|ness|able|ible|ful|less|ous|ive|ity|ies|est|ers?|al|ance|ence|ise|ize|age)$/;
/** A word of the rule's own lists, which capitals always make a shout. */
const listed = (normal: string) => emphasisWords.has(normal) || everydayWords.has(normal) || alarmWords.has(normal) || pressWords.has(normal) || orderWords.has(normal);

/** Words that turn a short line in capitals into an alarm ("URGENT: PAY NOW", "YOU MUST RENEW"). */
const alarmWords = new Set(['urgent', 'important', 'warning', 'attention', 'immediately', 'final', 'overdue', 'must', "don't", 'never', 'asap']);
/** Verbs that make a line of capitals a sentence rather than a heading ("YOUR ORDER IS READY"). */
const finiteWords = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'can', 'must', 'do', 'does', 'did', 'need', 'needs', 'get', 'got', 'missed', 'expires', 'ends', 'left', 'now']);
/** Words that aim a line at the reader ("YOU MISSED IT"): in body copy, no longer a label. */
const readerWords = new Set(['you', 'your', 'yours', "you're", "you'll", "you've", "you'd", 'yourself']);
/** Between the items of a navigation bar or a row of buttons. */
const itemSeparator = /\n|[|•·]| {2,}|\t/;

/**
 * Capitals as design: a line of its own that reads as a label, a button, a navigation bar, a heading or a
 * table cell ("MY ACCOUNT", "HOME | SHOP | ABOUT US", "ORDER NUMBER: 12", "NOT LIKELY"). Each item is short,
 * has no "!" or "?" and no alarm word; in body copy it does not address the reader either. A sentence that
 * shares its line with running text ("Your order is ready. PICK IT UP TODAY.") is not design, unless the whole
 * UI string is in capitals.
 */
function isDesign(sentence: Sentence, words: readonly Word[], uiString: boolean, source: string): boolean {
  const unitText = sentence.unit.text;
  if (isStyledBlock(sentence.unit, source) || isCalmBanner(sentence, words, source)) return true;
  const framing = framingKinds.has(sentence.unit.kind);
  // A UI string set wholly in capitals ("PAYMENT FAILED. TRY AGAIN.") is styled that way, sentence by sentence.
  const styled = uiString && !/\p{Ll}/u.test(unitText.replace(/x{2,}/g, ''));
  const lineBefore = unitText.slice(unitText.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start);
  const nextBreak = unitText.indexOf('\n', sentence.end);
  const lineAfter = unitText.slice(sentence.end, nextBreak === -1 ? unitText.length : nextBreak);
  if (!framing && !styled && (!/^[\s\-*•>]*$/.test(lineBefore) || lineAfter.trim() !== '')) return false;
  let offset = 0;
  for (const item of sentence.text.split(itemSeparator)) {
    const from = sentence.text.indexOf(item, offset);
    offset = from + item.length;
    const inItem = words.filter((word) => word.start >= from && word.end <= offset && word.kind !== 'mask' && word.kind !== 'code');
    // A heading may name the reader's thing ("YOUR LOGIN CODE"); a sentence to the reader ("YOU MISSED IT") may not.
    const heading = !inItem.some((word) => finiteWords.has(word.normal) || /(?:ed|n't)$/.test(word.normal));
    // A section heading of a plain-text e-mail: a lead-in that a list or a paragraph completes ("WHAT YOU'LL GET:",
    // "SOME HIGHLIGHTS FROM YOUR TRIAL:"), or a question that names the topic without aiming at the reader ("WHAT
    // HAPPENS NEXT?", "WHAT IS ALLY?"; not "WHAT ARE YOU WAITING FOR?").
    const leadIn = heading && /:\s*$/.test(item) && !/[!！‼⁈⁉]/.test(item);
    // So is a short question that names a topic ("NEED ASSISTANCE?", "QUESTIONS?") and the usual one on why the e-mail
    // came ("WHY DID YOU RECEIVE THIS EMAIL?").
    const question = /\?\s*$/.test(item);
    const topic =
      question &&
      ((/^\W*(?:what|how|why|when|where|who|which)\b/i.test(item) && !inItem.some((word) => /^(?:you|you're|you've|you'll|you'd)$/.test(word.normal))) ||
        /^\W*(?:need (?:help|assistance|support|more (?:help|info|information))|(?:any |got |have )?questions|still (?:stuck|have questions)|problems|having trouble)\W*$/i.test(item) ||
        /^\W*why (?:did|do|am|are|have) (?:you|i) (?:been )?(?:receiv|get|gett)\w* (?:this|these)\b/i.test(item) ||
        // The question a security e-mail asks before its way out: "WASN'T YOU?", "NOT YOU?", "DIDN'T REQUEST THIS?".
        /^\W*(?:(?:wasn't|was not|not|this wasn't) (?:you|me)|(?:didn't|did not) (?:request|ask for|make|sign up|sign in|log in|try)(?: (?:this|that|for this|it|these changes?|this change))?|not your account|don't recogni[sz]e (?:this|it))\W*$/i.test(item));
    const maxWords = framing || leadIn || topic ? 8 : heading ? 6 : 4;
    // A button or a heading set in capitals may ask ("TELL US WHY?") or thank ("NO, THANK YOU"); it may not exclaim.
    if (inItem.length > maxWords || (styled || topic ? /[!！‼⁈⁉]/ : /[!?！？‼⁇⁈⁉]/).test(item)) return false;
    if (inItem.some((word) => alarmWords.has(word.normal) || (!framing && !styled && !heading && !leadIn && !topic && readerWords.has(word.normal)))) return false;
  }
  return true;
}

/** A warning not to hand over a secret: "do not share this phrase with anyone", "never give your PIN to anyone". */
const guardsSecret =
  /\b(?:do not|don't|never|not to)\s+(?:share|reveal|disclose|give(?: out)?|send|show|tell|forward)\b[^.!?]*\b(?:phrase|passphrase|password|passcode|code|codes|key|keys|pin|seed|words|credentials|recovery|mnemonic|link|url|token|secret)s?\b/;

/** Words that make a line in capitals press or alarm the reader, whatever its markup. */
const pressWords = new Set(
  ('now today tonight hurry quick quickly off free sale limited last only soon win won prize deal deals discount offer offers ' +
    "minutes hours expires expire expiring ends ending cannot can't won't not never no court legal deleted suspended " +
    'closed blocked banned locked lose lost error failed warning stop').split(' '),
);
/** Words that open an order: "DO NOT LEAVE", "CLICK 'OK'", "CONFIRM YOUR ORDER". */
const orderWords = new Set(
  ('do don\'t please click tap confirm buy order shop get grab claim act call take win join sign subscribe save try check enter ' +
    'hold wait go come make see read look stop pay update verify reply contact book add use start keep remember note').split(' '),
);

/**
 * A calm statement set in capitals and wrapped whole in bold or a heading of an HTML message, as a template sets
 * its banner ("<strong>YOUR ORDER IS READY FOR COLLECTION</strong>"): typography, not a raised voice. Not an
 * order, not a question or an exclamation, and no word that presses or alarms ("<strong>YOU MUST PAY
 * TODAY</strong>" is shouting).
 */
function isCalmBanner(sentence: Sentence, words: readonly Word[], source: string): boolean {
  if (/[!?！？‼⁇⁈⁉]/.test(sentence.text)) return false;
  const visible = words.filter((word) => word.kind !== 'mask' && word.kind !== 'code');
  const element = visible.length > 0 ? enclosingElement(sentence, visible, source) : undefined;
  return element !== undefined && isBanner(element, visible);
}

/** A bold or heading element closed right after the run, with nothing exclaimed, around a calm statement. */
function isBanner(element: EnclosingElement, run: readonly Word[]): boolean {
  return /^(?:strong|b|h[1-6])$/i.test(element.name) && /^[\s.:]*<\//.test(element.after) && !/^[^<]*[!?！？]/.test(element.after) && isCalmStatement(run);
}

/** Three to twelve words that neither open with an order nor press or alarm the reader. */
function isCalmStatement(words: readonly Word[]): boolean {
  if (words.length < 3 || words.length > 12 || orderWords.has(words[0]!.normal)) return false;
  return !words.some((word) => alarmWords.has(word.normal) || pressWords.has(word.normal));
}

/** The unit is the text of a link: a button or a call to action in an HTML e-mail or page ("VIEW YOUR ORDER"). */
function isLinkText(unit: TextUnit, source: string): boolean {
  const first = unit.offsets[0];
  const last = unit.offsets[unit.text.length];
  if (first === undefined || last === undefined) return false;
  return /<a\b[^>]*>\s*(?:<(?!\/)[^>]*>\s*)*$/i.test(source.slice(Math.max(0, first - 400), first)) && /^\s*(?:<\/[^>]+>\s*)*<\/a\s*>/i.test(source.slice(last, last + 200));
}

/**
 * A whole block of an HTML message set in capitals, as a template styles its buttons, eyebrows, labels and
 * footers ("VIEW INVOICE", "QUESTIONS? CONTACT OUR SUPPORT TEAM", "ALL RIGHTS RESERVED."): typography, not a
 * raised voice. Short (twelve words at most), with no "!" and no alarm word; one that addresses the reader ("YOUR
 * ORDER HAS SHIPPED") counts only as the text of a link.
 */
function isStyledBlock(unit: TextUnit, source: string): boolean {
  if (unit.kind !== 'paragraph' && unit.kind !== 'table-cell') return false;
  if (/\p{Ll}/u.test(unit.text.replace(/x{2,}/g, '')) || /[!！‼⁈⁉]/.test(unit.text)) return false;
  const first = unit.offsets[0];
  // Only where markup sets the block apart: an HTML or MJML source.
  if (first === undefined || !/<\/?[a-z][\w-]*[\s>]/i.test(source.slice(Math.max(0, first - 400), first))) return false;
  const words = unit.text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0 || words.length > 12 || words.some((word) => alarmWords.has(word))) return false;
  return !words.some((word) => readerWords.has(word)) || isLinkText(unit, source);
}

/**
 * A short run of capitals that is a label or a value on a line of its own, or a value after a label's colon
 * ("SHIPPING ADDRESS" above the address, "Payment method: PAYPAL"). Not when it holds a word of emphasis, an
 * alarm word or "you", or when "!" follows on its line.
 */
function isLineLabel(sentence: Sentence, run: readonly Word[]): boolean {
  const text = sentence.text;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  // "YOUR LOGIN CODE" on a line of its own is a heading: a noun phrase with no verb. "YOUR ORDER HAS SHIPPED" or
  // "YOU MISSED IT" says something to the reader.
  // Capitals the run does not hold may open the line ("TOUR DETAILS" when "TOUR" reads as a name): the line opens
  // with the heading all the same.
  const lineHead = text.slice(text.lastIndexOf('\n', first.start - 1) + 1, first.start);
  const leadWords = (lineHead.match(/[\p{L}\p{N}'’]+/gu) ?? []).map((word) => word.toLowerCase().replace(/’/g, "'"));
  const verbless = (words: readonly string[]) => !words.some((word) => finiteWords.has(word) || /(?:ed|n't)$/.test(word));
  const heading = run.length + leadWords.length <= 6 && verbless(run.map((word) => word.normal));
  // Only a heading that names something, with no alarm and no "you", may open with capitals the run does not hold.
  const leadOpens =
    heading &&
    leadWords.length > 0 &&
    !/\p{Ll}/u.test(lineHead) &&
    verbless(leadWords) &&
    ![...leadWords, ...run.map((word) => word.normal)].some((word) => alarmWords.has(word) || readerWords.has(word) || pressWords.has(word)) &&
    opensLine(text, first.start - lineHead.trimStart().length);
  const opens = opensLine(text, first.start) || leadOpens;
  if (run.length > (heading && opens ? 6 : 4) || run.some((word) => alarmWords.has(word.normal) || (!(heading && opens) && readerWords.has(word.normal)))) return false;
  const lineEnd = text.indexOf('\n', last.end);
  const after = text.slice(last.end, lineEnd === -1 ? text.length : lineEnd);
  if (!/^[\s.:]*$/.test(after) || (lineEnd === -1 && !/^\s*$/.test(sentence.unit.text.slice(sentence.start + text.length).split('\n')[0] ?? ''))) return false;
  if (opens) return true;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const label = text.slice(lineStart, first.start);
  // The value of a button's label in a copy document ("CTA label: ACTIVATE NOW") is the button, set in capitals.
  if (/\b(?:cta|button|btn|link)(?: (?:label|text|copy))?\s*:\s*$/i.test(label)) return true;
  return /:\s*$/.test(label) && !run.some((word) => emphasisWords.has(word.normal));
}

/** Words that make "!!" an alarm or a push: a demand, a problem, a deadline, an offer. */
const alarmAround =
  /\b(?:not|no|never|don't|do not|can't|cannot|invalid|error|wrong|fail(?:ed|ure)?|denied|invalidated|urgent|immediately|now|hurry|last|only|limited|offer|deal|sale|off|expires?|ends?|left|warning|attention|stop|must|required|yet)\b/i;

/** News that no capitals can make good: a ban, a suspension, a closure, a refusal, a debt. */
const badNews = /\b(?:ban(?:ned|s)?|suspen\w*|block\w*|cancell?\w*|terminat\w*|clos(?:e|ed|ure)|delet\w*|remov\w*|reject\w*|declin\w*|revok\w*|overdue|debt|owe|owed|excuses?|broke|broken)\b/i;

/** Words of negation or scope that a calm warning may set in capitals for clarity. */
const scopeWords = new Set(['all', 'any', 'none', 'only']);
const negationWords = new Set(['not', 'cannot', 'never', "can't"]);
/**
 * What a safety warning tells the reader not to do, or what cannot be taken back: "can NOT be undone", "do NOT send
 * the payment", "do NOT translate that text", "NEVER share your code"; or what a reassurance rules out: "you do NOT
 * lose any time", "you will NOT be charged", "you do NOT need to do anything".
 */
const safetyAfter =
  /^\s+(?:be (?:undone|reversed|recovered|restored|retrieved|changed|charged|billed|affected|lost|deleted)|(?:lose|need|have to|affect|expire)\b|(?:protected|safe|secure|encrypted|backed up|saved|recoverable|refundable|reversible|supported|included|covered)\b|(?:send|share|give|disclose|reveal|translate|broadcast|transfer|pay|enter|type|paste|click|open|close|unplug|disconnect|turn off|switch off|interrupt|refresh|spend|use|edit|modify|delete|remove|reply to|forward)\b)/i;

/** Words that start a clause or a phrase, not the rest of a name: "SHAME ON Everyone", "DEADBEATS Like you". */
const functionWords = new Set(
  ('the a an and or but if so as like who that this these those it its is are was were be been has have had do does did will would can could ' +
    'should must may might you your yours we our us they their them he she his her i me my everyone everybody anyone anybody someone nobody ' +
    'all any each every some no not now then than when where why how what which here there on in at to for of from with by').split(' '),
);

/**
 * A negation set in capitals inside a statement of what did or does not happen to a thing, not to the reader ("Sample
 * data has NOT been imported", "File upload is NOT allowed on this system", "subscriber info was NOT updated"): the
 * capitals keep the reader from missing the "not". With the reader as the subject ("You will NOT get", "You're NOT a
 * member") it is a voice raised at them.
 */
const factAuxiliary = /(?:^|[^\p{L}'’])(?<subject>[\p{L}'’]+)[ \t]+(?<auxiliary>has|have|had|is|are|was|were|will|would|can|could|should|does|did)[ \t]+$/iu;
/** What a refusal or a threat says will not be done ("will NOT be tolerated", "will NOT be refunded"): a voice raised. */
const judgedPredicate = /^[ \t]+(?:be[ \t]+)?(?:tolerated|accepted|issued|refunded|returned|reimbursed|honou?red|excused|forgiven|granted|approved|considered|reviewed|reinstated|restored|unbanned|given)\b/i;
const factPredicate = /^[ \t]+(?:(?:yet|automatically|currently|always|necessarily)[ \t]+)?(?:been|be|[\p{Ll}]+ed|allowed|available|supported|included|required|needed|known|done|made|found|given|taken|seen|sent|shown|paid|built|set|kept)\b/u;
function isNegatedFact(before: string, after: string): boolean {
  const groups = factAuxiliary.exec(before)?.groups;
  const subject = groups?.['subject']?.toLowerCase().replace(/’/g, "'");
  if (subject === undefined || readerWords.has(subject) || subject === 'we' || subject === 'i' || !factPredicate.test(after)) return false;
  // What the sender will not do is a refusal, not a fact: "Late payments will NOT be tolerated", "Your refund has NOT
  // been approved".
  return !judgedPredicate.test(after.replace(/^[ \t]+been\b/, ''));
}

/**
 * A catalogue entry whose key names a button, a badge or a status ("accept", "decline", "stay", "cta",
 * "availability"): set in capitals by the design, whatever its marks ("YES! I WANT TO SAVE", "IN STOCK!").
 */
const designKey = /(?:^|[._\-\]"'\s#])(?:button|btn|cta|accept|decline|yes|no|stay|availability|badge|tab|nav|menu|submit|ok|confirm|cancel)(?:[_-]?(?:text|label|title|button|btn|link))?s?\W*$/i;
/** A camel-case key that ends in a button: "rouletteButton", "submitBtn". */
const designKeyCamel = /[a-z](?:Button|Btn|Cta|CTA)s?\W*$/;
function isDesignEntry(unit: TextUnit): boolean {
  if (unit.label === undefined || !(designKey.test(unit.label) || designKeyCamel.test(unit.label))) return false;
  // "NO THANKS, YOU WILL REGRET IT!" speaks to the reader: that is a raised voice, whatever the key.
  if (/\b(?:you|your|you're|you'll|yours)\b/i.test(unit.text.replace(/’/g, "'"))) return false;
  const words = unit.text.match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= 8;
}

/**
 * A word of capitals that opens a sentence as its label, before a colon ("IMPORTANT: keep this code safe", "[BUTTON:
 * Download]"), or stands framed by marks on its own line ("*** NOTE ***").
 */
function isLeadLabel(sentence: Sentence, run: readonly Word[]): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.length <= 2 && /^[\s*_>#`"'“‘-]*[[(]?$/.test(sentence.text.slice(0, first.start)) && /^[*_]*\s*:/.test(sentence.text.slice(last.end))) return true;
  // The one-word label of a warning of risk or a note, exclaimed, before a sentence in sentence case ("WARNING! If you
  // delete the project, its posts are deleted too.", "NOTE! If you turn down the berth, …"): the convention of a
  // warning, not a raised voice.
  if (run.length === 1 && /^(?:warning|caution|danger|note)$/.test(first.normal) && /^[\s*_>#-]*[[(]?$/.test(sentence.text.slice(0, first.start)) && /^[*_]*!\s+\p{Lu}\p{Ll}/u.test(sentence.unit.text.slice(sentence.start + last.end))) return true;
  // A preposition in capitals before it belongs to the label ("TO DECLINE: visit the link", "FOR SUPPORT: write to us").
  if (run.length === 1 && !emphasisWords.has(first.normal) && /^[\s*_>#-]*[[(]?(?:TO|FOR|IN|ON|BY|AT)[ \t]+$/.test(sentence.text.slice(0, first.start)) && /^[*_]*\s*:/.test(sentence.text.slice(last.end))) return true;
  // "*** NOTE ***", "=== IMPORTANT ===": a word framed by marks on its own line.
  return run.length <= 2 && /(?:^|\n)[ \t]*[*=#~-]{2,}[ \t]*$/.test(sentence.text.slice(0, first.start)) && /^[ \t]*[*=#~-]{2,}[ \t]*(?:\n|$)/.test(sentence.text.slice(last.end));
}

/**
 * A run of capitals that is code, not voice: one word in brackets or quotes ("Discount (BLKFRI)", a coupon code,
 * a placeholder such as "<BALANCE>"),
 * or a word on a line of program text ("const WELCOME = {", "export default WELCOME;") in a template or snippet.
 */
function isCodeToken(sentence: Sentence, run: readonly Word[], source = ''): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  // The name of a tag or of an attribute in markup or a template language ("<CFMAIL TO=…>", "<CFQUERY NAME=bids>",
  // "SUBJECT=\"Your bid\""), and a name given a value in program text ("SUPPORT = 'info@…'").
  // The fallback of the "??" operator in program text ("$headerSubtitle ?? NEWSLETTER").
  if (run.length === 1 && /\?\?[ \t]*$/.test(sentence.unit.text.slice(0, sentence.start + first.start))) return true;
  // Inside a tag of a template language ("<CFIF NOT IsDefined(…)>", "<CFIF x EQ 0>AND …</CFIF>").
  if (/<\/?[A-Za-z][^<>\n]*$/.test(sentence.text.slice(0, first.start)) && /^[^<>\n]*>/.test(sentence.text.slice(last.end))) return true;
  if (run.length <= 3 && (/<\/?$/.test(sentence.text.slice(0, first.start)) || /^=|^[ \t]+=[ \t]*["'#<{[$\w-]/.test(sentence.text.slice(last.end)))) return true;
  // "[URGENT]" in a subject line is an alarm tag, not a code.
  // "</FULL-SUPPORT>": a closing tag of a section marker, too.
  if (run.length === 1 && !alarmWords.has(first.normal) && /(?:[(\["'‘“<{]|<\/)\s*$/.test(sentence.text.slice(0, first.start)) && /^\s*[)\]"'’”>}]/.test(sentence.text.slice(last.end))) return true;
  const text = sentence.unit.text;
  const at = sentence.start + first.start;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  // The markers of a heredoc in program text: the one that opens it ("text = <<~TEXT", "<<-EOS", "<<'EOF'") and the
  // line that closes it with the same word.
  if (run.length === 1 && /<<[~-]?['"]?$/.test(sentence.text.slice(0, first.start))) return true;
  const at0 = sentence.unit.offsets[at];
  const sourceLine = at0 === undefined ? line : source.slice(source.lastIndexOf('\n', at0 - 1) + 1, source.indexOf('\n', at0) === -1 ? source.length : source.indexOf('\n', at0));
  if (run.length === 1 && (line.trim() === first.value || sourceLine.trim() === first.value) && (text + source).includes(`<<`) && new RegExp(`<<[~-]?['"]?${first.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text + source)) return true;
  // A line of an SQL query that a template runs ("SELECT Bid.price, Member.email", "FROM Bid, Member").
  // An operator of that query inside the template's own tags ("<CFIF …>AND Member.events LIKE '%loser%'</CFIF>"):
  // beside a dotted name or a quoted value.
  const query = /\bSELECT\b[\s\S]{0,400}?\bFROM\b/.test(`${text}\n${source}`);
  if (query && (sqlClause.test(line) || (run.length === 1 && sqlOperator.test(first.value) && /^[ \t]+(?:[\w#]+\.[\w#]+|['"\d(])/.test(sentence.text.slice(last.end))))) return true;
  // A constant given as a property's value in program text ("from: FROM,", "subject: SUBJECT_LINE }").
  if (run.length === 1 && !alarmWords.has(first.normal) && !pressWords.has(first.normal) && !/^(?:yes|no|ok)$/.test(first.normal) && /\b(?:const|let|var|function|import|export|return)\b|=>/.test(source || text) && /^\s*[a-z_$][\w$]*\s*:\s*$/.test(line.slice(0, at - lineStart)) && /^\s*[,;})\]]?\s*$/.test(line.slice(at - lineStart + first.value.length))) return true;
  return /^\s*(?:export|const|let|var|import|function|return|class|interface|type|enum|public|private|static|def)\b[^\n]*(?:[=;{(]|\bdefault\b)/.test(line);
}

/** An operator of an SQL query. */
const sqlOperator = /^(?:AND|OR|NOT|LIKE|IN|IS|ON|AS|EQ|NEQ|GT|LT|GTE|LTE|BETWEEN)$/;
/** A line that opens with a clause of an SQL query. */
const sqlClause = /^\s*(?:SELECT|FROM|WHERE|AND|OR|ORDER BY|GROUP BY|HAVING|(?:INNER |LEFT |RIGHT |OUTER )?JOIN|INSERT INTO|VALUES|UPDATE|SET|DELETE FROM|LIMIT)\b/;

/** The whole text of a Markdown link, as a button is written in a text e-mail: `[BOOKING LINK]({{ $url }})`. */
function isMarkdownLinkText(sentence: Sentence, run: readonly Word[]): boolean {
  return run.length <= 6 && !run.some((word) => alarmWords.has(word.normal)) && /\[\s*$/.test(sentence.text.slice(0, run[0]!.start)) && /^\s*\]\(/.test(sentence.text.slice(run[run.length - 1]!.end));
}

/** The run is the whole text of a button, a link or a form control's label or option, and raises no alarm. */
function isControlText(sentence: Sentence, run: readonly Word[], source: string): boolean {
  const element = enclosingElement(sentence, run, source);
  return element !== undefined && closesAfterRun(element) && isQuietControl(element, run);
}

/** The element closes right after the run (past a colon or an arrow): the run is its whole text. */
function closesAfterRun(element: EnclosingElement): boolean {
  return /^[\s:]*(?:[→›»]\s*)?<\//.test(element.after);
}

/**
 * A button or a link may speak to the reader ("<Button>VIEW YOUR ORDER</Button>"): it names an action; so does a form
 * control's label or option, whose "DON'T" or "NEVER" is a setting. Short, and with no alarm word.
 */
function isQuietControl(element: EnclosingElement, run: readonly Word[]): boolean {
  const control = controlElement.test(element.name);
  if (!control && !actionElement.test(element.name)) return false;
  return run.length <= 6 && !run.some((word) => alarmWords.has(word.normal) && !(control && settingWords.has(word.normal)));
}

/** A form control's label or option ("DON'T SHOW THIS AGAIN", "NEVER ASK AGAIN"), and a button or a link. */
const controlElement = /^(?:label|option|legend|summary|[\w.]*(?:Label|Checkbox|Option))$/;
const actionElement = /^(?:a|button|link|[\w.]*(?:Button|Btn|Link|Cta|CTA))$/;
const settingWords = new Set(["don't", 'never']);

/**
 * A run of capitals that is the whole text of an element, as templates set buttons, badges and eyebrows: `<strong>🎁
 * WELCOME BACK OFFER</strong>`, `<Button>UPDATE PAYMENT METHOD →</Button>`, `<span class="uppercase">`. Short, with
 * no "!" and no alarm word; an element whose class sets it in capitals anyway is design whatever its length.
 */
function isElementText(sentence: Sentence, run: readonly Word[], source: string): boolean {
  const element = enclosingElement(sentence, run, source);
  if (!element) return false;
  // `<abbr>NICE</abbr>`: marked up as an abbreviation.
  if (/^(?:abbr|acronym)$/i.test(element.name)) return true;
  if (/\b(?:uppercase|text-uppercase|caps|all-caps)\b/i.test(element.tag)) return true;
  if (!closesAfterRun(element)) return false;
  // A heading of one word, not exclaimed, is a section's name, even an alarm word: `<h2>IMPORTANT</h2>` over a calm
  // paragraph.
  if (/^h[1-6]$/i.test(element.name) && run.length === 1 && /^\s*<\//.test(element.after)) return true;
  // A banner in bold or a heading may tell the reader something calmly ("<strong>YOUR ORDER IS READY FOR
  // COLLECTION</strong>"), as long as nothing exclaims after it.
  if (isBanner(element, run)) return true;
  if (controlElement.test(element.name) || actionElement.test(element.name)) return isQuietControl(element, run);
  return run.length <= 6 && !run.some((word) => alarmWords.has(word.normal) || readerWords.has(word.normal));
}

interface EnclosingElement {
  /** The opening tag and its name. */
  tag: string;
  name: string;
  /** The source just after the run's last character. */
  after: string;
}

/** The element whose text the run opens (after white space or an emoji), and the source after the run. */
function enclosingElement(sentence: Sentence, run: readonly Word[], source: string): EnclosingElement | undefined {
  const unit = sentence.unit;
  const start = unit.offsets[sentence.start + run[0]!.start];
  const lastEnd = unit.offsets[sentence.start + run[run.length - 1]!.end - 1];
  if (start === undefined || lastEnd === undefined) return undefined;
  // Template tags may sit inside the opening tag: `<a href="<?php echo $domain; ?>">BOX'NGO</a>`.
  const opening = /<([A-Za-z][\w.-]*)(?:\s(?:[^<>]|<\?[^?]*\?>|<%[^%]*%>)*)?>(?:\s|\/\/|[\p{Extended_Pictographic}\u200d\ufe0f])*$/u.exec(source.slice(Math.max(0, start - 300), start));
  if (!opening) return undefined;
  return { tag: opening[0], name: opening[1]!, after: source.slice(lastEnd + 1, lastEnd + 200) };
}

/** A run of capitals that names a field ("DELIVERY ADDRESS: 12 Mill Lane") at the start of a line. */
function isFieldLabel(sentence: Sentence, run: readonly Word[]): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  // Short words in capitals may close the label ("REQUESTED BY:", "REQUEST RECEIVED ON:").
  return /^(?:[ \t]+(?:BY|ON|TO|AT|NO|ID|OF|FOR|IN|#))*[ \t]*:/u.test(sentence.text.slice(last.end)) && opensLine(sentence.text, first.start) && run.length <= 4 && !run.some((word) => alarmWords.has(word.normal));
}

/** Sentence case for one word of a shouted span. */
function lowerWord(word: Word, first: boolean): string {
  let out = word.value;
  if (!word.exempt) {
    switch (word.kind) {
      case 'shout':
      case 'long':
      case 'minor':
      case 'pronoun':
        out = /^i'/.test(word.normal) ? 'I' + word.value.slice(1).toLowerCase() : word.value.toLowerCase();
        if (properNouns.has(word.normal)) out = out.charAt(0).toUpperCase() + out.slice(1);
        break;
      case 'name':
        out = word.value.charAt(0) + word.value.slice(1).toLowerCase();
        break;
      case 'single':
        out = word.value === 'I' ? 'I' : word.value.toLowerCase();
        break;
      default:
        break;
    }
  }
  if (first) out = out.replace(/\p{L}/u, (letter) => letter.toUpperCase());
  return out.length === word.value.length ? out : word.value;
}

/** Shorten a quotation for a message, at a word boundary. */
function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '') + '…';
}

interface Span {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  words: Word[];
}

/**
 * The span as written in the source and its sentence-case rewrite. The rewrite is built on the source text so
 * that masked template tags inside it ({{first_name}}) come back untouched; when markup sits inside the span
 * (`**FREE** SHIPPING`), there is no rewrite to offer.
 */
function rewrite(document: TextDocument, sentence: Sentence, span: Span): { actual: string; expected: string; suggestion?: string } {
  const unit: TextUnit = sentence.unit;
  const written = sentence.text.slice(span.start, span.end);
  const firstLetterWord = span.words.find((word) => /\p{L}/u.test(word.value));
  const capitalise = opensLine(sentence.text, span.start);
  const replace = (base: string) => {
    let out = base;
    for (const word of span.words) {
      if (word.kind === 'mask') continue;
      const from = word.start - span.start;
      out = out.slice(0, from) + lowerWord(word, capitalise && word === firstLetterWord) + out.slice(from + word.value.length);
    }
    return out;
  };
  // Messages quote the copy with template tags shown as “…”: a tag's name is not the reader's copy.
  const unmask = (text: string) =>
    span.words.reduceRight(
      (out, word) => (word.kind === 'mask' ? out.slice(0, word.start - span.start) + '…' + out.slice(word.end - span.start) : out),
      text,
    );
  const message = { actual: shorten(unmask(written)), expected: shorten(unmask(replace(written))) };
  const from = unit.offsets[sentence.start + span.start];
  const to = unit.offsets[sentence.start + span.end - 1];
  const source = from === undefined || to === undefined ? '' : document.source.slice(from, to + 1);
  const sameShape =
    source.length === written.length &&
    span.words.every((word) => word.kind === 'mask' || source.slice(word.start - span.start, word.end - span.start) === word.value);
  return sameShape ? { ...message, suggestion: replace(source) } : message;
}

export default defineRule({
  meta: {
    id: 'no-shouting',
    description: 'Words or sentences written in capitals (not acronyms), and stacked punctuation such as “!!!” or “?!”.',
    level: 'warn',
    fix: 'safe',
    phrases: phraseData,
    messages: {
      word: '“{actual}” is in capitals, which reads as shouting and is harder to read than normal text. Let the words carry the emphasis in sentence case, for example “{expected}”.',
      sentence:
        '“{actual}” is written all in capitals, which reads as shouting and is slower to read than sentence case. Write it in sentence case, for example “{expected}”.',
      stacked:
        '“{actual}” stacks punctuation marks, which reads as shouting or alarm and makes the message feel like spam. One mark is enough, for example “{example}”.',
    },
  },
  create(context) {
    const allowed = new Set<string>();
    const allow = context.options['allow'];
    if (Array.isArray(allow)) {
      for (const entry of allow) {
        if (typeof entry === 'string' && /^\S+$/.test(entry.trim())) allowed.add(entry.trim().toLowerCase().replace(/’/g, "'"));
      }
    }
    // A word of capitals that the copy uses again and again, and that is no everyday word ("BOX'NGO", "PLATEPOINTS"),
    // is the name of the brand or the programme, as it is written: not a raised voice.
    const repeated = repeatedNames(context.document.units);
    for (const name of repeated.words) allowed.add(name);

    const report = (sentence: Sentence, span: Span, messageId: 'word' | 'sentence') => {
      const { actual, expected, suggestion } = rewrite(context.document, sentence, span);
      context.report({
        sentence,
        start: span.start,
        end: span.end,
        messageId,
        data: { actual, expected },
        suggestions: suggestion === undefined ? [] : [{ text: suggestion }],
      });
    };

    return {
      unit(unit: TextUnit) {
        // A button's "SPIN IT!!!" is its design, like its capitals.
        if (isDesignEntry(unit)) return;
        for (const match of unit.text.matchAll(stackedMarks)) {
          const marks = match[0];
          const mark = /[?？⁇⁈⁉]/.test(marks) ? '?' : '!';
          const before = unit.text.slice(Math.max(0, match.index - 40), match.index);
          const after = unit.text.slice(match.index + marks.length, match.index + marks.length + 40);
          // A mark inside a markup tag, as chat formats draw icons ("<sprite_or:⁉:gui:icon/chat>"): an argument, not voice.
          if (/<[\w-]+:[^<>\n]*$/.test(before) && /^[^<>\n]*>/.test(after)) continue;
          // Template code, not voice: FreeMarker's "user.billingName??", "x!!" in an expression.
          if (/[\w$]\.[\w$]*[a-z][A-Z]\w*$|[a-z][A-Z]\w*$/.test(before) && /^[\s>)}\]]/.test(after.slice(0, 1) || ' ')) continue;
          // The "??" operator of JavaScript, PHP and Blade: "{name ?? 'there'}", "@if($reason ?? false)", "(store ??
          // context?.store)", and opening a continued line of code ("\n    ?? process.env.APP_URL").
          if (marks === '??' && /[\w$)\]]\s?$|\n[ \t]*$/.test(before) && (/^\s+(?:['"`({[$@]|false\b|true\b|null\b|undefined\b|\d|[A-Za-z_$][\w$.]*(?:\?\.[\w$.]+)*\s*(?:[)}\],;(\n]|$))/.test(after) || (/\s$/.test(before) && /^\s*$/.test(after)))) continue;
          // An emoji lost to a wrong encoding opens a heading or a line ("?? Low Stock Alert", "Offer ends soon ??"):
          // question marks that stand for a picture, not a raised voice.
          if (/^[?？]+$/.test(marks) && ((/(?:^|\n)[ \t]*$/.test(before) && /^[ \t]+\p{L}/u.test(after)) || (/[\p{L}\p{N}][ \t]+$/u.test(before) && /^[ \t]*(?:\n|$)/.test(after)))) continue;
          // Two marks of joy ("Thank you for joining!!", "Ticket generated!!") are warmth; two on a demand or a
          // problem, and three or more anywhere, are alarm.
          if (marks === '!!' && !alarmAround.test(unit.text.slice(Math.max(0, match.index - 120), match.index))) continue;
          const lead = /(?:[\p{L}\p{N}'’]+[ \t]+)?[\p{L}\p{N}'’]+$/u.exec(before)?.[0] ?? '';
          context.report({
            unit,
            start: match.index,
            end: match.index + marks.length,
            messageId: 'stacked',
            data: { actual: lead ? `${lead}${marks}` : marks, example: `${lead}${mark}` },
            suggestions: [{ text: mark }],
            safeFix: true,
          });
        }
      },
      sentence(sentence) {
        if (isDesignEntry(sentence.unit)) return;
        const words = wordsOf(sentence, allowed, context.document.source, repeated.runs);
        const visible = words.filter((word) => word.kind !== 'mask');
        if (visible.length === 0) return;
        // An HTTP error's title ("ERROR 404 - PAGE NOT FOUND") is capitals by convention.
        if (/(?<![\p{N}.,])[45]\d\d(?![\p{N}.,])/u.test(sentence.text) && visible.every((word) => word.kind === 'code' || httpStatusWords.has(word.normal))) return;

        // "DO NOT share this phrase with anyone", "NEVER give your code to ANYONE": emphasis that guards the reader's
        // secrets is a safety warning, as a bold "Warning" is, not a voice raised at them.
        // Exclaimed ("DO NOT SHARE THIS CODE!") it is a raised voice again.
        if (guardsSecret.test(sentence.normal) && visible.length <= 14 && !/[!！‼]/.test(sentence.text)) return;

        // A sentence with no lower case at all: one finding for the whole sentence, not one per word.
        if (!visible.some((word) => word.kind === 'lower')) {
          if (isDesign(sentence, words, context.copyOf(sentence).kind === 'ui-string', context.document.source)) return;
          // The whole text of a button, a link or a form control ("<label>DON'T SHOW THIS POPUP AGAIN</label>").
          if (isControlText(sentence, visible, context.document.source)) return;
          // An address or label line ("123 MAIN STREET", "NEW YORK, NY 10001") is written in capitals by
          // convention; one with sales words in it ("BUY 1 GET 1 FREE") is not.
          const hasDigits = visible.some((word) => word.kind === 'code');
          if (hasDigits && !visible.some((word) => word.kind === 'shout' && emphasisWords.has(word.normal))) return;
          const capsWords = visible.filter((word) => isCapsWord(word.kind));
          const shouting = capsWords.filter((word) => (word.kind === 'shout' || word.kind === 'name') && !word.exempt);
          if (capsWords.length >= 2 && shouting.length > 0) {
            const first = visible[0]!;
            const last = visible[visible.length - 1]!;
            report(sentence, { start: first.start, end: last.end, words: words.filter((word) => word.start >= first.start && word.end <= last.end) }, 'sentence');
            return;
          }
        }

        // Otherwise every run of capitals that holds an ordinary word.
        let run: Word[] = [];
        const flush = () => {
          const keep = (word: Word) => word.kind === 'shout' || word.kind === 'name' || word.kind === 'long' || word.kind === 'pronoun';
          while (run.length > 0 && !keep(run[0]!)) run.shift();
          while (run.length > 0 && !keep(run[run.length - 1]!)) run.pop();
          // A single deal word in a sentence of lower case ("20% OFF your first year") is a badge.
          const badge = run.length === 1 && offerBadges.has(run[0]!.normal);
          // One word of negation or scope in a calm warning ("This can NOT be undone.", "Do NOT send the payment.",
          // "ALL new data will be saved") marks what must not be missed; editors labelling real copy blind read it
          // as clarity, not a raised voice. With an exclamation mark it is shouted.
          const only = run.length === 1 ? run[0]! : undefined;
          const clarity =
            only !== undefined &&
            !/[!！‼⁈⁉]/.test(sentence.text) &&
            (scopeWords.has(only.normal) ||
              (negationWords.has(only.normal) && (safetyAfter.test(sentence.text.slice(only.end)) || (only.normal === 'not' && isNegatedFact(sentence.text.slice(0, only.start), sentence.text.slice(only.end))))));
          // "Must have one UPPERCASE letter": the word shows the case it names.
          const named = only !== undefined && /^(?:uppercase|upper-case|lowercase|caps|capitals?|capitalised|capitalized)$/.test(only.normal);
          // "YES! Add coaching", "NO - take me back": the answer word of a button, opening its line, its element
          // ("<button>YES, I'll donate monthly</button>") or its quoted label ("link_to 'YES, I will be there!'").
          const answer = run.length === 1 && /^(?:yes|no|ok|okay)$/.test(run[0]!.normal) && /(?:^|\n|['"‘“(])[\s*_>#-]*(?:<[a-z][^<>\n]*>\s*)*$/i.test(sentence.text.slice(0, run[0]!.start)) && /^\s*[!,.\-–—]/.test(sentence.text.slice(run[0]!.end));
          // "THANK YOU for volunteering!", "Your booking has been CONFIRMED": capitals that celebrate with the reader.
          const goodNews = run.every((word) => goodNewsWords.has(word.normal)) && run.some((word) => !/^(?:you|your)$/.test(word.normal)) && !alarmAround.test(sentence.text) && !badNews.test(sentence.text);
          // The name of a permission, a file or a control, as the product spells it ("at least READ access", "remove **BAN
          // USERS** rights", "see the NOTICE file", "press the SEND button"): a name, not a raised voice. Not a word of
          // scope or negation ("NO access", "FULL rights").
          const permission = run.length > 0 && /^[*_]*[ \t]+(?:access|permissions?|rights|privileges?|role|roles|scopes?|file|files|folder|directory|button|tab|menu|field|column|key|option|setting)\b/i.test(sentence.text.slice(run[run.length - 1]!.end)) && !/[!！‼]/.test(sentence.text) && !run.some((word) => alarmWords.has(word.normal) || pressWords.has(word.normal) || /^(?:denied|unauthori[sz]ed|insufficient|restricted|revoked|forbidden|illegal|invalid|limited|blocked|banned|suspended|no|full|every|total)$/.test(word.normal) || scopeWords.has(word.normal) || negationWords.has(word.normal));
          if (!badge && !clarity && !named && !answer && !goodNews && !permission && run.some((word) => word.kind === 'shout' || word.kind === 'name') && !isFieldLabel(sentence, run) && !isLineLabel(sentence, run) && !isCodeToken(sentence, run, context.document.source) && !isMarkdownLinkText(sentence, run) && !isLeadLabel(sentence, run) && !isElementText(sentence, run, context.document.source)) {
            report(sentence, { start: run[0]!.start, end: run[run.length - 1]!.end, words: run }, 'word');
          }
          run = [];
        };
        for (const word of words) {
          const joins = isCaps(word.kind) && !word.exempt;
          if (!joins) {
            flush();
            continue;
          }
          const previous = run[run.length - 1];
          if (previous && !runSeparator.test(sentence.text.slice(previous.end, word.start))) flush();
          run.push(word);
        }
        flush();
      },
    };
  },
});
