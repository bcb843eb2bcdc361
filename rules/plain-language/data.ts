/**
 * Which of retext-simplify's entries plain-language reports, and how. The plugin knows about 330 words and
 * phrases; most of them are ordinary, friendly English in customer copy ("request", "provide", "purchase",
 * "however", "additional", "delete", "option") and flagging them would bury the few that really slow a
 * reader down. The entries below are therefore quiet unless a user turns them back on with `check`.
 *
 * Entries are written as the plugin spells them (its keys); the plugin's id for an entry is the phrase with
 * spaces turned into hyphens ("in order to" → "in-order-to"). A test checks that every entry here exists in
 * the plugin, so an upgrade that drops one is noticed.
 */

/** Ordinary words in customer and marketing copy: plain enough, and usually the clearest word for the job. */
const everydayWords = [
  'abundance', 'accelerate', 'accentuate', 'accompany', 'accomplish', 'accordingly', 'accurate', 'acquire',
  'additional', 'address', 'adjustment', 'advise', 'aggregate', 'aircraft', 'all of', 'alleviate', 'allocate',
  'along the lines of', 'alternatively', 'anticipate', 'apparent', 'appropriate', 'approximate', 'as to',
  'assist', 'assistance', 'at this time', 'attempt', 'authorise', 'authorize', 'belated', 'benefit',
  'benefit from', 'capability', 'caveat', 'combined', 'component', 'concerning', 'consolidate', 'contains',
  'currently', 'delete', 'demonstrate', 'depart', 'desire', 'determine', 'disclose', 'discontinue', 'e.g.',
  'economical', 'effect', 'elect', 'eliminate', 'employ', 'encounter', 'ensure', 'equitable', 'equivalent',
  'establish', 'evaluate', 'evident', 'exclusively', 'exhibit', 'expertise', 'expiration', 'feasible',
  'finalise', 'finalize', 'formulate', 'forward', 'frequently', 'function', 'furnish', 'has no effect',
  'honest truth', 'however', 'i.e.', 'identical', 'identify', 'immediately', 'implement', 'in addition',
  'in between', 'in many cases', 'in terms of', 'indicate', 'indication', 'initial', 'interface', 'it appears',
  'liaison', 'magnitude', 'maintain', 'maximum', 'methodology', 'minimise', 'minimize', 'minimum', 'modify',
  'monitor', 'multiple', 'nevertheless', 'notify', 'not certain', 'not many', 'not often', 'not unless', 'numerous',
  'objective', 'observe', 'obtain', 'on the contrary', 'on the other hand', 'one particular', 'operate',
  'optimum', 'option', 'overall', 'parameters', 'participate', 'perform', 'permit', 'portion', 'possess',
  'previous', 'previously', 'prioritise', 'prioritize', 'proceed', 'proficiency', 'provide', 'purchase',
  'reflect', 'regarding', 'relative to', 'relocate', 'remain', 'remainder', 'render', 'represents', 'request',
  'require', 'requirement', 'residence', 'retain', 'satisfy', 'selection', 'similar to', 'state-of-the-art',
  'strategise', 'strategize', 'submit', 'substantial', 'sufficient', 'therefore', 'time period', 'timely',
  'transmit', 'type', 'validate', 'viable', 'vice', 'warrant', 'whether or not', 'witnessed', 'your office',
] as const;

/** Sentence openers and fillers that are fine in speech-like copy ("There is a problem with your card"). */
const naturalFillers = [
  'in the process of', 'it is', 'literally', 'there are', 'there is', 'the month of', 'the use of', 'very',
  'take action to', 'is responsible for',
] as const;

/** Entries whose suggestion would be wrong or unkind in customer copy. */
const misleadingSuggestions = [
  // “Passed away” is the gentle wording in bereavement copy; “die” would be cruel.
  'pass away',
  // “Limited number of seats” is not “limits of seats”.
  'limited number',
  // “Took advantage of our offer” does not mean “preyed on”.
  'took advantage of',
  // “Failed to” describes a failed payment or upload; blaming the reader is no-blame's job.
  'failed to',
  // “Females” for people is an inclusive-language matter.
  'females',
  // “Forfeit” is about consequences, which no-threat reads with context.
  'forfeit',
  // “Shall we?” is friendly; legal “shall” is rare in customer copy.
  'shall',
] as const;

/** Entries that other rules report with more context, so one problem is not reported twice. */
const coveredElsewhere = [
  // no-cold-tone: “Please be advised”.
  'be advised',
  // no-condescension: “Put simply”.
  'put simply',
] as const;

/** Every entry that is quiet by default: ordinary words, natural fillers and entries with misleading advice. */
export const quietByDefault: readonly string[] = [
  ...everydayWords,
  ...naturalFillers,
  ...misleadingSuggestions,
  ...coveredElsewhere,
];

/**
 * Replacements to use instead of the plugin's, where its list would not make a sentence a copywriter would
 * accept ("in lieu of" → "instead" loses the "of"; "aforementioned" → "remove" is an instruction, not a word).
 * An empty list means: no word-for-word suggestion, the message says to remove or rephrase it.
 */
export const replacementOverrides: Readonly<Record<string, readonly string[]>> = {
  aforementioned: [],
  'and/or': ['or'],
  'attributable to': ['because of', 'due to'],
  'in lieu of': ['instead of'],
  'in view of': ['because of', 'given'],
  'is authorised to': ['may', 'can'],
  'is authorized to': ['may', 'can'],
  'in order that': ['so that'],
  'in regard to': ['about'],
  'in relation to': ['about'],
  'with respect to': ['about'],
  'comply with': ['follow', 'meet'],
  'adversely impact': ['hurt', 'harm'],
  'adversely impact on': ['hurt', 'harm'],
  'interpose no objection': ['don’t object'],
  'it is essential': ['you must', 'you need to'],
  impacted: ['affected'],
  accorded: ['given'],
  'due to the fact that': ['because', 'since'],
  // “In the event of a delay” → “If there is a delay”; a bare “if” would leave “If a delay”.
  'in the event of': ['if there is', 'in case of'],
  // As an adjective (“subsequent orders”), so “after” and “then” would not fit.
  subsequent: ['later', 'next', 'following'],
  subsequently: ['later', 'then', 'after that'],
};

/**
 * Inflected forms of reported verbs. retext-simplify matches words exactly, so it sees “utilize” but not
 * “utilizing” or “utilized”, which are the forms copy uses most. Each form maps to its plain replacement; the
 * finding carries the base entry's id, so `ignore: ["utilize"]` silences every form.
 */
export const inflections: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  utilize: { utilizes: 'uses', utilized: 'used', utilizing: 'using' },
  utilise: { utilises: 'uses', utilised: 'used', utilising: 'using' },
  commence: { commences: 'starts', commenced: 'started', commencing: 'starting' },
  endeavor: {
    endeavors: 'tries',
    endeavored: 'tried',
    endeavoring: 'trying',
    endeavour: 'try',
    endeavours: 'tries',
    endeavoured: 'tried',
    endeavouring: 'trying',
  },
  facilitate: { facilitates: 'helps', facilitated: 'helped', facilitating: 'helping' },
  terminate: { terminates: 'ends', terminated: 'ended', terminating: 'ending' },
  ascertain: { ascertains: 'finds out', ascertained: 'found out', ascertaining: 'finding out' },
  initiate: { initiates: 'starts', initiated: 'started', initiating: 'starting' },
  necessitate: { necessitates: 'needs', necessitated: 'needed', necessitating: 'needing' },
  cease: { ceases: 'stops', ceased: 'stopped', ceasing: 'stopping' },
  reside: { resides: 'lives', resided: 'lived', residing: 'living' },
  transpire: { transpires: 'happens', transpired: 'happened', transpiring: 'happening' },
  procure: { procures: 'gets', procured: 'got', procuring: 'getting' },
  preclude: { precludes: 'prevents', precluded: 'prevented', precluding: 'preventing' },
  disseminate: { disseminates: 'shares', disseminated: 'shared', disseminating: 'sharing' },
  expedite: { expedites: 'speeds up', expediting: 'speeding up' },
  deem: { deems: 'considers', deemed: 'considered', deeming: 'considering' },
  solicit: { solicits: 'asks for', solicited: 'asked for', soliciting: 'asking for' },
  'comply with': { 'complies with': 'follows', 'complied with': 'followed', 'complying with': 'following' },
};

/** The plugin's id for an entry: the phrase in lower case with runs of white space turned into hyphens. */
export function entryId(entry: string): string {
  return entry.trim().toLowerCase().replace(/\s+/g, '-');
}
