import { phrase } from '../../src/kit/index.js';

/** What a finding is about; each kind has its own message. */
export type ColdKind =
  | 'greeting'
  | 'valued'
  | 'preamble'
  | 'legalese'
  | 'policy'
  | 'officialese'
  | 'autoReply'
  | 'regret'
  | 'attention'
  | 'unable'
  | 'scripted'
  | 'noReply';

/**
 * How a finding can be rewritten.
 * - `replace`: swap the match for one of `with` (best first). `{name}` stands for the named group `name` as
 *   written, or nothing when the group did not take part. `at: 'line-start'` offers it only when the formula
 *   opens the sentence or line, where the rewrite reads as a new opening.
 * - `drop-opener`: the formula only announces what follows ("Please be advised that your plan renews"), so
 *   it can go. At the start of a line the next word takes the capital ("Your plan renews"); after a comma the
 *   formula and its space are removed. `safe` marks the removal as a fix `--fix` may apply.
 * - `drop-word`: remove a word that adds nothing ("We hereby confirm"), with the space after it.
 */
export type ColdRewrite =
  | { kind: 'replace'; with: string[]; at?: 'line-start' }
  | { kind: 'drop-opener'; safe: boolean }
  | { kind: 'drop-word' };

export interface ColdFormula {
  /** Stable, unique name of the entry (used by tests and when reading the data). */
  id: string;
  kind: ColdKind;
  pattern: RegExp;
  rewrite?: ColdRewrite;
  /** For `legalese`: a concrete before/after shown in the message. */
  example?: string;
  /** The entry is only active when this option is on. */
  option?: 'pleaseNote';
}

/** People a mass mailing addresses instead of naming them. */
const audience =
  'customers?|clients?|users?|members?|subscribers?|guests?|patrons?|shoppers?|card\\s*holders?|account\\s*holders?|policy\\s*holders?|applicants?|candidates?';
/** Adjectives that make an impersonal greeting sound more scripted, not less. */
const flattery = 'valued|esteemed|loyal|respected|dear|treasured|cherished';
/** "Dear customer service team" is a reader writing to a company, not a company writing to a reader. */
const notAGreeting = '(?! (?:service|support|care|team|experience|success|relations|portal|account|number|id|agreement)\\b)';
/** Possessives and articles before "dear" mean it is an adjective ("our dear customers"), not a greeting. */
const notAfterDeterminer = "(?<!\\b(?:our|my|your|the|a|all|to|for|of|and|with) )";

/** Rulebooks that an explanation can hide behind. */
const rulebook =
  'polic(?:y|ies)|terms(?: and conditions| of (?:service|use|sale))?|t&cs?|rules|guidelines|procedures?|(?:company|store|returns?|refund|cancellation|privacy) polic(?:y|ies)';

/** Negative ability, by subject: what follows is the verb ("we are unable to | process"). */
const cannot = (subject: string, be: string) =>
  `(?<subj>${subject})(?:${be})? (?:currently |simply )?(?:unable to|not able to|not in a position to)|(?<subj2>${subject}) (?:currently |simply )?(?:cannot|can not|can't)`;
const weCannot = cannot('we|i', " are|'re| am|'m");
const atThisTime = 'at (?:this|the present) (?:point in )?time(?! of\\b)';

/**
 * The formulas, most specific first: when two overlap, the earlier entry wins.
 * Patterns run over the normalised sentence (lower case, straight apostrophes); see `phrase()`.
 */
export const coldFormulas: ColdFormula[] = [
  // Greetings that name a category instead of a person.
  {
    id: 'dear-category-plural',
    kind: 'greeting',
    pattern: phrase(
      `${notAfterDeterminer}(?:dear|(?:hello|hi|hey|greetings),? (?:${flattery}))(?: (?:${flattery}))* (?:customers|clients|users|members|subscribers|guests|patrons|shoppers|card\\s*holders|account\\s*holders|policy\\s*holders|applicants|candidates|sirs)${notAGreeting}`,
    ),
    rewrite: { kind: 'replace', with: ['Hi everyone', 'Hello'] },
  },
  {
    id: 'dear-category',
    kind: 'greeting',
    pattern: phrase(`${notAfterDeterminer}dear (?:(?:${flattery}) )*(?:${audience}|sir(?:\\s*(?:/|or|and)\\s*madam)?|madam(?:\\s*(?:/|or|and)\\s*sir)?)${notAGreeting}`),
    rewrite: { kind: 'replace', with: ['Hi there', 'Hello'] },
  },
  {
    id: 'hello-valued-category',
    kind: 'greeting',
    pattern: phrase(`(?:hello|hi|hey|greetings),? (?:dear )?(?:${flattery}) (?:(?:${flattery}) )*(?:${audience})${notAGreeting}`),
    rewrite: { kind: 'replace', with: ['Hi there', 'Hello'] },
  },
  {
    id: 'to-whom-it-may-concern',
    kind: 'greeting',
    pattern: phrase('to whom it may concern'),
    rewrite: { kind: 'replace', with: ['Hello'] },
  },
  {
    // "As a valued customer", "our valued members"; "a valued member of the team" is about a colleague.
    id: 'valued-customer',
    kind: 'valued',
    pattern: phrase(`(?:valued|esteemed) (?<who>${audience})(?! of (?:the|our|my|your) (?:team|staff)\\b)`),
    rewrite: { kind: 'replace', with: ['{who}'] },
  },

  // Announcements of what the sentence is about to say.
  {
    id: 'please-be-advised',
    kind: 'preamble',
    pattern: phrase('(?:please|kindly) be (?:advised|informed)(?: that)?(?! (?:to|by)\\b)'),
    rewrite: { kind: 'drop-opener', safe: true },
  },
  {
    // "Be advised that" opening a sentence or line; "customers will be advised when" is ordinary future.
    id: 'be-advised',
    kind: 'preamble',
    pattern: phrase('(?<=(?:^|[\\n:;,"(])\\s*)be (?:advised|informed)(?: that|(?=\\s*[:,]))'),
    rewrite: { kind: 'drop-opener', safe: true },
  },
  {
    id: 'you-are-advised',
    kind: 'preamble',
    pattern: phrase("you(?: are|'re)(?: hereby)? (?:advised|informed|notified) that"),
    rewrite: { kind: 'drop-opener', safe: true },
  },
  {
    id: 'kindly-note',
    kind: 'preamble',
    pattern: phrase('kindly (?:note|notice|take note)(?: that)?'),
    rewrite: { kind: 'drop-opener', safe: true },
  },
  {
    id: 'please-note',
    kind: 'preamble',
    pattern: phrase('please (?:note|take note)(?: that|(?=\\s*[:,]))'),
    rewrite: { kind: 'drop-opener', safe: true },
    option: 'pleaseNote',
  },
  {
    id: 'writing-to-inform-that',
    kind: 'preamble',
    pattern: phrase(
      "(?:(?:we|i)(?: are|'re| am|'m) writing|this (?:email|e-mail|letter|message|notice|note) is|this is) to (?:inform|advise|notify) you that",
    ),
    rewrite: { kind: 'drop-opener', safe: true },
  },
  {
    id: 'wish-to-inform-that',
    kind: 'preamble',
    pattern: phrase("(?:we|i) (?:wish|would like|'d like|want) to (?:inform|advise|notify) you that"),
    rewrite: { kind: 'drop-opener', safe: true },
  },
  {
    id: 'writing-to-inform',
    kind: 'preamble',
    pattern: phrase(
      "(?:(?:we|i)(?: are|'re| am|'m) writing|this (?:email|e-mail|letter|message|notice|note) is|this is) to (?:inform|advise|notify) you(?: of| about)?",
    ),
  },
  {
    id: 'wish-to-inform',
    kind: 'preamble',
    pattern: phrase("(?:we|i) (?:wish|would like|'d like) to (?:inform|advise|notify) you(?: of| about)?"),
  },
  {
    id: 'bring-to-your-attention',
    kind: 'preamble',
    pattern: phrase("(?:we|i) (?:wish|would like|'d like|want) to bring to your attention(?: that)?"),
    rewrite: { kind: 'drop-opener', safe: false },
  },

  // Rejection-letter openings.
  {
    id: 'we-regret-to-inform',
    kind: 'regret',
    pattern: phrase('we (?:must |have to )?regret to (?:inform|tell|advise|notify) you(?: that)?(?! (?:of|about)\\b)'),
    rewrite: { kind: 'replace', with: ["We're sorry, but"], at: 'line-start' },
  },
  {
    id: 'i-regret-to-inform',
    kind: 'regret',
    pattern: phrase('i (?:must |have to )?regret to (?:inform|tell|advise|notify) you(?: that)?(?! (?:of|about)\\b)'),
    rewrite: { kind: 'replace', with: ["I'm sorry, but"], at: 'line-start' },
  },
  {
    id: 'regret-to-inform-of',
    kind: 'regret',
    pattern: phrase('(?:we|i) (?:must |have to )?regret to (?:inform|tell|advise|notify) you'),
  },
  {
    id: 'with-regret',
    kind: 'regret',
    pattern: phrase(
      'it is with (?:great |deep |much |sincere )?regret that (?:we|i) (?:must )?(?:inform|tell|advise|notify) you(?: that)?(?! (?:of|about)\\b)',
    ),
    rewrite: { kind: 'replace', with: ["We're sorry, but"], at: 'line-start' },
  },
  {
    id: 'sorry-to-inform',
    kind: 'regret',
    pattern: phrase("(?<subj>we|i)(?<be> are|'re| am|'m) (?:sorry|sad|unhappy) to (?:inform|advise|notify) you(?<that> that)?"),
    rewrite: { kind: 'replace', with: ['{subj}{be} sorry to tell you{that}'] },
  },

  // The reader as the subject of an investigation.
  {
    id: 'come-to-our-attention',
    kind: 'attention',
    pattern: phrase("it(?:'s| has)? (?:come|came) to our attention(?<that> that)?"),
    rewrite: { kind: 'replace', with: ['We noticed{that}', "We've noticed{that}"] },
  },
  {
    id: 'come-to-my-attention',
    kind: 'attention',
    pattern: phrase("it(?:'s| has)? (?:come|came) to my attention(?<that> that)?"),
    rewrite: { kind: 'replace', with: ['I noticed{that}'] },
  },
  {
    id: 'brought-to-our-attention',
    kind: 'attention',
    pattern: phrase("it(?:'s been| has been| was) brought to our attention(?<that> that)?"),
    rewrite: { kind: 'replace', with: ["We've learned{that}", 'We heard{that}'] },
  },

  // "At this time we are unable to", in either order.
  {
    id: 'at-this-time-unable',
    kind: 'unable',
    pattern: phrase(`(?<time>${atThisTime})(?<sep>,? )(?:${weCannot})`),
    rewrite: { kind: 'replace', with: ["right now{sep}{subj}{subj2} can't"] },
  },
  {
    id: 'unable-at-this-time',
    kind: 'unable',
    pattern: phrase(`(?:${weCannot})(?<gap> [^.;:!?\\n]{1,80}?) ${atThisTime}`),
    rewrite: { kind: 'replace', with: ["{subj}{subj2} can't{gap} right now"] },
  },

  // Scripts the reader has heard a hundred times.
  {
    id: 'call-is-important',
    kind: 'scripted',
    pattern: phrase('your call is (?:very |extremely |really |so )?important to (?:us|me)'),
    rewrite: { kind: 'replace', with: ['Thanks for holding'] },
  },
  {
    id: 'message-is-important',
    kind: 'scripted',
    pattern: phrase('your (?<what>email|e-mail|message|enquiry|inquiry|query) is (?:very |extremely |really |so )?important to (?:us|me)'),
    rewrite: { kind: 'replace', with: ['Thanks for your {what}'] },
  },
  {
    id: 'received-will-be-reviewed',
    kind: 'autoReply',
    pattern: phrase(
      '(?<det>your|the) (?<what>request|application|enquiry|inquiry|query|message|email|e-mail|claim|complaint|ticket|case|submission|form) (?:has|have) been (?:received|logged|registered|recorded)(?:,)? and (?:will be|is being|shall be) (?:reviewed|assessed|considered)(?: in due course| shortly| accordingly)?',
    ),
    rewrite: { kind: 'replace', with: ["We've got {det} {what} and will review it"] },
  },
  {
    id: 'received-will-be-processed',
    kind: 'autoReply',
    pattern: phrase(
      '(?<det>your|the) (?<what>request|application|enquiry|inquiry|query|message|email|e-mail|claim|complaint|ticket|case|submission|form|order|return|refund) (?:has|have) been (?:received|logged|registered|recorded)(?:,)? and (?:will be|is being|shall be) (?:processed|handled|actioned|dealt with|attended to)(?: in due course| shortly| accordingly| in the order (?:it was|they were) received)?',
    ),
    rewrite: { kind: 'replace', with: ["We've got {det} {what} and we're working on it"] },
  },

  // Office-memo phrasing.
  {
    id: 'as-per-our-records-opening',
    kind: 'officialese',
    pattern: phrase('(?:as )?per our records,'),
    rewrite: { kind: 'replace', with: ['Our records show that'], at: 'line-start' },
  },
  {
    id: 'as-per-our-records',
    kind: 'officialese',
    pattern: phrase('(?:as )?per (?:our|my) records'),
    rewrite: { kind: 'replace', with: ['according to our records'] },
  },
  {
    id: 'as-per-your-request',
    kind: 'officialese',
    pattern: phrase('(?:as )?per your (?:request|instructions|wishes)'),
    rewrite: { kind: 'replace', with: ['as you asked'] },
  },
  {
    id: 'as-per-our-conversation',
    kind: 'officialese',
    pattern: phrase('as per (?:our|my) (?:(?:recent|earlier|previous|last) )?(?:conversation|call|phone call|chat|discussion|meeting)'),
    rewrite: { kind: 'replace', with: ['as we discussed'] },
  },
  {
    id: 'as-per-our-agreement',
    kind: 'officialese',
    pattern: phrase('as per (?:our|the) agreement'),
    rewrite: { kind: 'replace', with: ['as we agreed'] },
  },
  {
    id: 'acknowledge-receipt',
    kind: 'officialese',
    pattern: phrase('(?<subj>we|i) (?:hereby )?acknowledge (?:the )?receipt of'),
    rewrite: { kind: 'replace', with: ['{subj} have received'] },
  },

  // The rulebook instead of a reason.
  {
    id: 'per-our-policy',
    kind: 'policy',
    pattern: phrase(`(?:as )?per (?<det>our|the) (?<rule>${rulebook})`),
    rewrite: { kind: 'replace', with: ['under {det} {rule}'] },
  },
  {
    id: 'per-company-policy',
    kind: 'policy',
    pattern: phrase(`(?:as )?per (?:company|store|bank|house) (?<rule>${rulebook})`),
    rewrite: { kind: 'replace', with: ['under our {rule}'] },
  },
  {
    id: 'in-accordance-with-policy',
    kind: 'policy',
    pattern: phrase(`in (?:accordance|compliance|keeping) with (?<det>our|the) (?<rule>${rulebook})`),
    rewrite: { kind: 'replace', with: ['under {det} {rule}'] },
  },
  {
    id: 'according-to-policy',
    kind: 'policy',
    pattern: phrase(`according to (?:our|company|store) (?<rule>polic(?:y|ies)|rules|procedures?|(?:company|store|returns?|refund|cancellation) polic(?:y|ies))`),
    rewrite: { kind: 'replace', with: ['under our {rule}'] },
  },

  // Contract language.
  {
    id: 'pursuant-to',
    kind: 'legalese',
    pattern: phrase('pursuant to'),
    rewrite: { kind: 'replace', with: ['under'] },
    example: '“under our terms” instead of “pursuant to our terms”',
  },
  {
    id: 'hereby',
    kind: 'legalese',
    pattern: phrase('hereby'),
    rewrite: { kind: 'drop-word' },
    example: '“We confirm your booking” instead of “We hereby confirm your booking”',
  },
  {
    id: 'herewith',
    kind: 'legalese',
    pattern: phrase('herewith'),
    rewrite: { kind: 'drop-word' },
    example: '“Your invoice is attached” instead of “Please find herewith your invoice”',
  },
  {
    id: 'contained-herein',
    kind: 'legalese',
    pattern: phrase('(?:contained|set out|set forth|described|stated|included) herein'),
    rewrite: { kind: 'replace', with: ['in this message'] },
    example: '“the details in this email” instead of “the details contained herein”',
  },
  {
    id: 'hereinafter',
    kind: 'legalese',
    pattern: phrase('hereinafter(?: (?:referred to as|called|known as))?'),
    example: '“we” instead of “Acme Ltd (hereinafter referred to as the Company)”',
  },
  {
    id: 'herein',
    kind: 'legalese',
    // "Herein lies the problem" is an idiom, not a contract.
    pattern: phrase('herein(?! lies?\\b)'),
    rewrite: { kind: 'replace', with: ['here'] },
    example: '“the details in this email” instead of “the details herein”',
  },
  {
    id: 'heretofore',
    kind: 'legalese',
    pattern: phrase('heretofore'),
    rewrite: { kind: 'replace', with: ['until now'] },
    example: '“until now” instead of “heretofore”',
  },
  {
    id: 'henceforth',
    kind: 'legalese',
    pattern: phrase('henceforth'),
    rewrite: { kind: 'replace', with: ['from now on'] },
    example: '“from now on” instead of “henceforth”',
  },
  {
    id: 'the-undersigned',
    kind: 'legalese',
    pattern: phrase('the undersigned'),
    example: '“I” or your name instead of “the undersigned”',
  },
  {
    id: 'aforementioned',
    kind: 'legalese',
    pattern: phrase('aforementioned|aforesaid'),
    rewrite: { kind: 'drop-word' },
    example: '“the change” instead of “the aforementioned change”',
  },

  // Dead ends: the reader cannot answer.
  {
    id: 'do-not-reply',
    kind: 'noReply',
    pattern: phrase(
      "(?:please |kindly )?(?:do not|don't|dont) (?:reply|respond)(?: (?:directly )?to (?:this|the) (?:email|e-mail|message|mail|address|email address|e-mail address|mailbox|inbox|notification|text))?(?!\\s+(?:to|with|if|unless|until|before|or)\\b)",
    ),
  },
  {
    id: 'mailbox-not-monitored',
    kind: 'noReply',
    pattern: phrase(
      "(?:this|the) (?:mailbox|inbox|email address|e-mail address|email account|address|email|e-mail) is (?:not monitored|unmonitored|not checked|not read|unattended|not staffed)",
    ),
  },
  {
    id: 'replies-not-read',
    kind: 'noReply',
    pattern: phrase(
      "(?:replies|responses|emails|messages) (?:sent )?to this (?:email|e-mail|message|address|email address|mailbox|inbox) (?:are not|aren't|will not be|won't be|cannot be|can't be) (?:monitored|read|answered|seen|checked|received)",
    ),
  },
  {
    id: 'no-reply-address',
    kind: 'noReply',
    pattern: phrase('(?:from|is) an? (?:unmonitored|no-reply|noreply|do-not-reply|unattended) (?:mailbox|inbox|address|email address|e-mail address|account)'),
  },
];

/**
 * Signs that the copy gives the reader another way to reach a person. When a "do not reply" notice sits next
 * to one ("...; write to help@example.com instead"), it is a routing hint, not a dead end.
 */
export const contactPath =
  /@|https?:\/\/|\bwww\.|\bcontact\b|\bget in touch\b|\breach (?:us|out|our|the)\b|\bwrite to\b|\be-?mail us\b|\bcall us\b|\bphone us\b|\bchat with\b|\blive chat\b|\bhelp ?(?:cent(?:re|er)|desk|page)\b|\bsupport\b|\bcustomer (?:service|care)\b|\bvisit\b|\bmessage us\b|\btext us\b|\b(?:for|need|get) help\b|\bquestions\?/;
