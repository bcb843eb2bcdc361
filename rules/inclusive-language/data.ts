/**
 * How inclusive-language reads retext-equality's findings. The plugin flags about 1,300 phrases under 420
 * entry ids ("gals-man", "he-she", "nuts"...). Many of them are ordinary words in marketing and customer copy
 * ("special offer", "master class", "our host", "contains nuts", "your card is invalid", "Mother's Day"),
 * where a finding would be noise and would teach writers to ignore the rule. Those are quiet by default,
 * listed below with the reason; a user can turn any of them back on with `check`.
 *
 * A test checks every id and phrase here against the plugin's own data, so an upgrade that renames one is
 * noticed.
 */

/** An entry, or some of its phrases, that stays quiet unless the user checks it. */
export interface QuietEntry {
  /** The plugin's entry id. */
  id: string;
  /** Only these phrases (lower case, as the plugin lists them); the whole entry when absent. */
  phrases?: readonly string[];
}

/** Words that say what someone is to a family, where the gender is the point ("gifts for Dad", "bride"). */
const family: QuietEntry[] = [
  'aunt-uncle', 'aunts-uncles', 'boyfriend-girlfriend', 'boyfriends-girlfriends', 'bride-groom', 'brother-sister',
  'brothers-sisters', 'dad-mom', 'dads-moms', 'daughter-son', 'daughters-sons', 'godfather-godmother',
  'granddaughter-grandson', 'granddaughters-grandsons', 'grandfathers-grandmothers', 'gramps-granny',
  'husband-wife', 'husbands-wives', 'nephew-niece', 'nephews-nieces', 'stepbrother-stepsister',
  'stepbrothers-stepsisters', 'stepdad-stepmom', 'stepfathers-stepmothers', 'widow-widower',
  'father-tongue-mother-tongue', 'maternal-paternal', 'maternity-paternity', 'working-wife',
  'brotherhood-sisterhood', 'boy-girl', 'boyhood-girlhood',
].map((id) => ({ id }));

/**
 * Neutral or everyday words the plugin flags only because they have a gendered twin or an old second
 * meaning: "our host", "actor", "hero image", "women's boots", "a special offer", "king-size bed",
 * "Financial Ombudsman", "fellow travellers". The marked forms ("hostess", "waitress") are still reported.
 */
const everyday: QuietEntry[] = [
  { id: 'actor-actress', phrases: ['actor'] },
  { id: 'actors-actresses', phrases: ['actors'] },
  { id: 'alumna-alumnus', phrases: ['alumnus'] },
  { id: 'alumnae-alumni', phrases: ['alumni'] },
  { id: 'host-hostess', phrases: ['host'] },
  { id: 'hostesses-hosts', phrases: ['hosts'] },
  { id: 'waiter-waitress', phrases: ['waiter'] },
  { id: 'waiters-waitresses', phrases: ['waiters'] },
  { id: 'steward-stewardess', phrases: ['steward'] },
  { id: 'stewardesses-stewards', phrases: ['stewards'] },
  { id: 'janitor-janitress', phrases: ['janitor'] },
  { id: 'janitors-janitresses', phrases: ['janitors'] },
  { id: 'landlady-landlord', phrases: ['landlord'] },
  { id: 'landladies-landlords', phrases: ['landlords'] },
  { id: 'cowboy-cowgirl', phrases: ['cowboy'] },
  { id: 'cowboys-cowgirls', phrases: ['cowboys'] },
  { id: 'gal-guy', phrases: ['woman', 'lady', 'fellow'] },
  { id: 'gals-man', phrases: ['women', 'girls', 'boys', 'man', 'men'] },
  { id: 'hero-heroine' },
  { id: 'heroes-heroines' },
  { id: 'king-queen' },
  { id: 'kings-queens' },
  { id: 'kingsize-queensize' },
  { id: 'prince-princess' },
  { id: 'princes-princesses' },
  { id: 'dame-lord' },
  { id: 'dames-lords' },
  { id: 'ombudsman-ombudswoman' },
  { id: 'ombudsmen-ombudswomen' },
  { id: 'fellowship' },
  { id: 'midwife' },
  { id: 'mrs-' },
  { id: 'maiden' },
  { id: 'latino' },
  // "Master class", "master bedroom", "master password", "a masterpiece of design".
  { id: 'master' },
  { id: 'masters' },
  { id: 'masterful' },
  { id: 'mastermind' },
  { id: 'masterpiece' },
  { id: 'masterplan' },
  { id: 'master-plan' },
  { id: 'masterstroke' },
  { id: 'master-the-art' },
  { id: 'master-key' },
];

/** Product and service words that share a spelling with a flagged one. */
const homographs: QuietEntry[] = [
  // "Contains nuts" is allergy information; "mental health" is what it says.
  { id: 'nuts', phrases: ['nuts', 'mental'] },
  // "Your card is invalid", "notifications are disabled"; "disabled people" is not a slur either.
  { id: 'invalid' },
  // "Special offer", "we were challenged by demand".
  { id: 'special', phrases: ['special', 'challenged'] },
  // "Alcoholic drinks".
  { id: 'alcoholic', phrases: ['alcoholic'] },
  // "After 3 failed attempts, your account is locked."
  { id: 'failed-suicide', phrases: ['failed attempt'] },
  // "Hang tight", "hang out with us".
  { id: 'hang' },
  // "Digital detox", "rehab exercises".
  { id: 'rehab' },
  // "Asylum seekers welcome."
  { id: 'asylum' },
  // "Dwarf apple trees."
  { id: 'dwarf', phrases: ['dwarf'] },
  // "Binge-worthy series."
  { id: 'binge' },
  // "Our sophisticated technology."
  { id: 'sophisticated-technology' },
  // A garden spade.
  { id: 'spade' },
  // "ADD TO CART" in a button; "ADHD" names a condition.
  { id: 'add' },
];

/** Names of conditions used as names: support copy for people who live with them must be able to say them. */
const conditions: QuietEntry[] = [{ id: 'depressed' }, { id: 'insomnia' }, { id: 'panic-attack' }];

/** Words no-condescension reports with context ("simply click", but not "simple pricing"). */
const condescension: QuietEntry[] = [
  'basically', 'clearly', 'easy', 'everyone-knows', 'just', 'obvious', 'of-course', 'simple', 'straightforward',
].map((id) => ({ id }));

/** Everything quiet by default. */
export const quietByDefault: readonly QuietEntry[] = [...family, ...everyday, ...homographs, ...conditions, ...condescension];

/** Entries about gendered pronouns: reported only when the pronoun stands for someone unknown. */
export const pronounIds: ReadonlySet<string> = new Set(['he-she', 'her-him', 'herself-himself']);

/**
 * Why a word hurts, by group, as the rest of a sentence that starts with the quoted word. Entries in no group
 * are gendered words ("chairman", "manpower", "guys", "hostess") and use the `gendered` message instead; a
 * test checks that every ungrouped entry of the plugin is one.
 */
export const reasons = {
  mentalHealth: 'turns a mental illness into a put-down or a joke, which stings for the many readers who live with one.',
  disabilityInsult: 'uses a disability as a put-down, which hurts readers who live with one.',
  disabilityLabel: 'defines people by a disability or casts it as suffering, which readers with that disability often find belittling.',
  colour: 'pairs “black” with bad and “white” with good, a habit many readers notice and dislike.',
  colonial: 'comes from a history of racism or colonialism, and readers it concerns will notice.',
  lgbtq: 'is outdated or hurtful wording for LGBTQ+ people, who are among your readers.',
  suicide: 'talks about suicide in a way that adds stigma, which can hurt readers who are struggling or have lost someone.',
  addiction: 'defines people by an illness, which adds to its stigma.',
  slavery: 'refers to slavery, a painful history for many readers.',
  condescension: 'tells readers something is easy or obvious, which makes anyone who finds it hard feel slow.',
  violence: 'borrows an image of violence, which can jar with readers who have lived through it.',
  fallback: 'can hurt or exclude some of your readers.',
} as const;

export type ReasonGroup = keyof typeof reasons;

const groups: Record<ReasonGroup, readonly string[]> = {
  mentalHealth: [
    'nuts', 'insanely', 'maniac', 'madman', 'madmen', 'psychotic', 'schizo', 'bedlam', 'ocd', 'bipolar', 'sane',
    'sanity-check', 'sociopath', 'sociopaths', 'manic', 'senile', 'depressed', 'panic-attack', 'asylum',
  ],
  disabilityInsult: [
    'lame', 'dumb', 'dummy', 'idiot', 'wacko', 'cretin', 'daft', 'retard', 'retards', 'spaz', 'spastic', 'gimp',
    'deaf-to', 'libtard', 'deafmute',
  ],
  disabilityLabel: [
    'handicapped', 'handicapped-parking', 'wheelchair-bound', 'suffers-from-disabilities', 'suffers-from-md',
    'stroke-victim', 'aids-victim', 'multiple-sclerosis-victim', 'victim-of-an-injury', 'victim-of-injuries',
    'victim-of-polio', 'birth-defect', 'special', 'invalid', 'intellectually-disabled',
    'intellectually-disabled-people', 'learning-disabled', 'amputee', 'epileptic', 'dyslexic', 'paraplegic',
    'quadriplegic', 'dwarf', 'hearing-impaired', 'stutterer', 'stammering', 'buckteeth', 'harelip', 'harelipped',
    'ablebodied', 'downs-syndrome', 'mongoloid', 'special-olympians', 'family-burden', 'insomniac', 'insomniacs',
    'tourettes-syndrome', 'barren', 'bony', 'add', 'insomnia',
  ],
  colour: ['blacklist', 'blacklisted', 'blacklisting', 'whitelist', 'whitelisted', 'whitelisting', 'blackhat', 'whitehat'],
  colonial: [
    'grandfather-clause', 'grandfathered', 'grandfathering', 'gyp', 'ghetto', 'oriental', 'orientals', 'eskimo',
    'eskimos', 'powwow', 'totem', 'tribe', 'long-time-no-see', 'off-reserve', 'on-the-warpath', 'too-many-chiefs',
    'indian-country', 'indian-give', 'natives-are-restless', 'redskin', 'redskins', 'savage', 'japs', 'pinoys',
    'towel-heads', 'spade', 'hymie', 'goy', 'man-the-fort', 'sophisticated-culture', 'sophisticated-technology',
    'nonwhite', 'islamist', 'islamists', 'bugreport',
  ],
  lgbtq: [
    'fag', 'gay-agenda', 'gay-lifestyle', 'gay-rights', 'homosexual', 'homosexual-couple', 'homosexual-marriage',
    'homosexual-relations', 'sexual-preference', 'tranny', 'transgendered', 'transgenderism', 'transgenders',
    'transvestite', 'heshe', 'hermaphrodite', 'hermaphroditic', 'sex-change-operation', 'sexchange', 'born-a-man',
    'born-a-woman', 'bathroom-bill', 'gender-pronoun', 'bi',
  ],
  suicide: ['commit-suicide', 'committed-suicide', 'failed-suicide', 'suicide-note', 'suicide-pact'],
  addiction: ['addict', 'addicts', 'alcoholic', 'rehab', 'rehab-center', 'binge'],
  slavery: ['slave', 'slaves'],
  violence: ['pull-the-trigger', 'wifebeater', 'hang'],
  condescension: [
    'basically', 'clearly', 'easy', 'everyone-knows', 'just', 'obvious', 'of-course', 'simple', 'straightforward',
  ],
  fallback: ['moan', 'moaning', 'make-*-great-again'],
};

/** The reason group of each entry id that has one. */
export const groupOf: ReadonlyMap<string, ReasonGroup> = new Map(
  Object.entries(groups).flatMap(([group, ids]) => ids.map((id) => [id, group as ReasonGroup] as const)),
);

/**
 * Entries whose plugin note adds something the group reason does not, after dropping its "(source: …)".
 * Notes not listed here are not shown: several read as terse instructions or carry typos.
 */
export const notesThatReadWell: ReadonlySet<string> = new Set([
  'addict', 'addicts', 'alcoholic', 'grandfathered', 'grandfathering', 'grandfather-clause', 'long-time-no-see',
  'gender-pronoun', 'transgendered', 'totem', 'binge', 'bugreport', 'gyp', 'hang', 'sexual-preference',
  'gay-lifestyle', 'indian-country', 'too-many-chiefs',
]);

/**
 * Replacements to offer instead of the plugin's where its list would not give a sentence a copywriter would
 * accept: "insane deals" must not become "person with mental illness deals", "blind to" loses its "to", and
 * "alrightlist" is not a word. Keys are `id` or `id:phrase`; an empty list means no word-for-word suggestion.
 */
/**
 * Senses of a flagged word that are not about people, by entry id: “dummy text”, “a crash test dummy”, a
 * baby's dummy. A finding is dropped when the words right after it (`after`) or right before it (`before`), or
 * anything in its sentence (`sentence`) or unit (`unit`, such as lorem ipsum filler), match. All lower case.
 */
export const objectSenses: Readonly<Record<string, { after?: RegExp; before?: RegExp; sentence?: RegExp; unit?: RegExp }>> = {
  dummy: {
    after:
      /^[\s-]*(?:text|texts|content|copy|data|value|values|variable|variables|object|objects|image|images|photo|photos|picture|page|pages|paragraph|paragraphs|account|accounts|card|cards|number|numbers|entry|entries|product|products|order|orders|payment|payments|transaction|transactions|run|runs|file|files|address|addresses|e-?mail|e-?mails|site|link|links|title|titles|item|items|record|records|name|names|load|header|headline|block|blocks|section|sections|user|users|row|rows|field|fields)\b/,
    before: /\b(?:crash[- ]test|tailor's|dressmaker's|ventriloquist's|baby's|display|shop-window|window)\s+$/,
    sentence: /\b(?:bab(?:y|ies|y's)|newborns?|toddlers?|teething|soothers?)\b|\bplaceholders?\b/,
    unit: /\blorem ipsum\b/,
  },
};

export const replacementOverrides: Readonly<Record<string, readonly string[]>> = {
  'nuts:crazy': ['incredible', 'wild', 'unbelievable'],
  'nuts:insane': ['incredible', 'wild', 'unbelievable'],
  'nuts:loony': ['wild', 'unbelievable'],
  'nuts:batshit': ['wild', 'unbelievable'],
  'nuts:delirious': ['thrilled', 'overjoyed'],
  'nuts:moronic': ['foolish', 'silly'],
  nuts: [],
  insanely: ['incredibly', 'unbelievably'],
  lame: ['boring', 'dull', 'weak'],
  dumb: ['foolish', 'silly'],
  // Said of a person, it is a put-down with no placeholder-like rewrite (“test double”, “stub”).
  dummy: [],
  'deaf-to:blind to': ['unaware of', 'indifferent to'],
  'deaf-to:deaf to': ['unmoved by', 'indifferent to'],
  'deaf-to:blinded by': ['dazzled by'],
  'deaf-to:deafened by': ['overwhelmed by'],
  'deaf-to': [],
  'gals-man': ['everyone', 'folks', 'people'],
  'gal-guy': ['person', 'friend'],
  'gal-guy:guy': ['person'],
  'gal-guy:dude': ['friend'],
  'gal-guy:bro': ['friend'],
  blacklist: ['blocklist', 'deny list'],
  blacklisted: ['blocklisted', 'deny-listed'],
  blacklisting: ['blocklisting', 'deny-listing'],
  whitelist: ['allowlist', 'allow list', 'safelist'],
  whitelisted: ['allowlisted', 'allow-listed', 'safelisted'],
  whitelisting: ['allowlisting', 'allow-listing', 'safelisting'],
  tribe: ['community'],
  grandfathered: ['legacy'],
  'long-time-no-see': ['it’s been a while', 'it’s been a long time'],
  bipolar: [],
  ocd: [],
  'wacko:stupid': ['foolish', 'silly'],
  idiot: ['fool'],
  'idiot:feebleminded': ['foolish'],
  'idiot:feeble minded': ['foolish'],
  spaz: [],
  spastic: [],
  retard: [],
  retards: [],
  gimp: [],
  psychotic: [],
  schizo: [],
  senile: [],
  manic: [],
  handicapped: ['accessible', 'disabled'],
  'special:special needs': ['access needs', 'disabilities'],
  madman: [],
  madmen: [],
  maniac: ['fanatic', 'enthusiast'],
  manpower: ['staff', 'workforce', 'people'],
  'handyman-handywoman:craftsman': ['craftsperson', 'artisan'],
  'handymen-handywomen:craftsmen': ['craftspeople', 'artisans'],
  'saleslady-salesman': ['salesperson', 'sales rep', 'seller'],
  'salesmen-saleswomen': ['salespeople', 'sales reps', 'sellers'],
  'salaryman-salarywoman': ['businessperson', 'professional', 'entrepreneur'],
  'salarymen-salarywomen': ['businesspeople', 'professionals', 'entrepreneurs'],
  'dads-moms:fathers': ['founders', 'pioneers'],
  'founding-father': ['founder', 'pioneer'],
};

/**
 * People a gendered pronoun may stand for without anyone knowing their gender: "each user", "a customer",
 * "anyone". Role nouns are matched after a determiner, with one optional word between ("every new member").
 */
const roleNouns = [
  'user', 'customer', 'client', 'member', 'person', 'buyer', 'shopper', 'subscriber', 'reader', 'visitor',
  'guest', 'employee', 'applicant', 'owner', 'holder', 'cardholder', 'student', 'patient', 'participant',
  'player', 'driver', 'traveller', 'traveler', 'passenger', 'recipient', 'sender', 'seller', 'vendor', 'admin',
  'administrator', 'developer', 'manager', 'reviewer', 'winner', 'author', 'caller', 'tenant', 'borrower',
  'consumer', 'viewer', 'listener', 'attendee', 'candidate', 'teacher', 'doctor', 'nurse', 'engineer', 'worker',
  'colleague', 'teammate', 'friend', 'child', 'kid', 'parent', 'individual', 'human', 'homeowner', 'landlord',
  'contractor', 'freelancer', 'founder', 'creator', 'artist', 'writer', 'designer', 'coach', 'agent',
];

/** A generic antecedent that is generic whatever the sentence says: "each customer", "anyone". */
export const alwaysGeneric = new RegExp(
  String.raw`\b(?:(?:each|every|any|no|another|whichever)\s+(?:[\p{L}-]+\s+)?(?:${roleNouns.join('|')})|everyone|everybody|someone|somebody|anyone|anybody|no one|nobody|whoever)\b`,
  'gu',
);

/** "a customer", "the user": generic only in a rule or a condition, not in a story ("A customer told us she…"). */
export const maybeGeneric = new RegExp(
  String.raw`\b(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:${roleNouns.join('|')})\b`,
  'gu',
);

/**
 * Words that make a sentence a rule, a condition or an invitation, so "a customer" or "a friend" in it is
 * anyone. "Will" is left out: "A customer told us she will be back" is a story about one person.
 */
export const genericMarkers =
  /\b(?:if|when|whenever|unless|once|until|before|after|can|can't|cannot|could|should|must|may|might|needs?|has to|have to|wants?|let|lets)\b|^\W*(?:invite|tell|ask|send|give|share|refer|gift|treat|bring|introduce|help|show)\b/;

/**
 * "he or she", "his/her", "s/he": a pronoun for anyone, spelled as two genders. "For him and her" is left
 * alone: with "and" it usually means both, as in a gift guide.
 */
export const pronounPair =
  /(?<![\p{L}'])(?:s\/he|\(s\)he|(?<first>he|she|him|her|his|hers|himself|herself)\s*(?:\/|\s+or\s+)\s*(?<second>he|she|him|her|his|hers|himself|herself))(?![\p{L}'])/gu;

/** Verbs that agree with "he" and "she" and change after "they". */
export const agreement: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
};

/** Words ending in -s after "he" that are not verbs, so "he always" is not turned into "they alway". */
export const notVerbs: ReadonlySet<string> = new Set([
  'always', 'sometimes', 'perhaps', 'thus', 'afterwards', 'towards', 'besides', 'nonetheless', 'regardless',
  'unless', 'plus', 'as', 'us', 'his', 'hers', 'its', 'this', 'yes', 'less', 'across', 'various', 'nevertheless',
]);

/** After "her", words that show it is an object ("tell her about"), not a possessive ("her order"). */
export const afterObjectHer: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'about', 'to', 'for', 'with', 'at', 'in', 'on', 'by', 'from', 'and', 'or', 'that', 'if',
  'when', 'up', 'back', 'out', 'this', 'these', 'those', 'some', 'any', 'our', 'your', 'know', 'again', 'too',
  'as', 'how', 'what', 'why', 'where', 'whether', 'so', 'but', 'now', 'today', 'tomorrow', 'soon', 'first',
]);
