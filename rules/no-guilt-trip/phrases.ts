import { followedBy, phrase, precededBy, sentenceStart } from '../../src/kit/index.js';
import type { Condition, PhraseEntry } from '../../src/kit/index.js';

export type GuiltMessageId = 'confirmshaming' | 'regret' | 'guilt' | 'leaving' | 'secondGuess';

// Patterns run over normalised text: lower case, straight apostrophes. Curly ’ arrives as '.
const dont = "(?:don'?t|do not)";
const youAre = "(?:you'?re|you are)";
const im = "(?:i'?m|i am)";

/** Nothing but the end of the clause follows: the words are the whole line ("You'll regret it!"). */
const standalone = followedBy(/^\s*(?:[.!?…]|$)/);
/** The words are the whole sentence, as in a button or a one-line reply. */
const startsAndEnds: Condition = (context) => sentenceStart(context) && standalone(context);
const reportEndsWithQuestion: Condition = ({ match }) => (match.groups['report'] ?? match).text.endsWith('?');

// --- Confirmshaming -------------------------------------------------------------------------------------------
// A decline link that makes the reader run themselves down: "No thanks, I don't like saving money". The shape is
// an optional decline ("No thanks,") and a first-person clause that rejects something everyone wants or accepts
// something nobody wants. A plain "No thanks, I don't want these emails" rejects nothing anyone needs, so it passes.

/** Things nobody sensible turns down: saying no to them is self-mockery. */
const strongBenefit = [
  '(?:to )?sav(?:e|ing) (?:money|time|cash)',
  'savings?',
  'money',
  'free money',
  'success',
  'winning',
  'growth',
  '(?:my |good )?health',
  'nice things',
  'good things',
  'fun',
  'learning',
  '(?:more |new )?(?:customers|clients|sales|leads)',
  '(?:being |feeling |looking |staying )(?:healthy|happy|successful|productive|informed|smart|fit|safe|secure|organi[sz]ed|rich|better|good|great|in shape|in the know|ahead|up to date)',
  '(?:to )?(?:save|learn|grow|improve|succeed|win|get better|make money|earn more|have fun|feel better|look better|get fit|grow my business|(?:be|stay|feel) (?:healthy|happy|successful|productive|informed|smart|fit|safe|rich|better|in shape|in the loop|up to date|ahead))',
].join('|');

/** Perks a reader may reasonably not want, but "I hate free stuff" still mocks the reader. */
const weakBenefit = [
  'free (?:stuff|things|gifts?|shipping|delivery|food|coffee|samples|upgrades?|content|advice|tips|books|trials?)',
  'freebies',
  '(?:great |good |big |huge |better |exclusive |amazing )?(?:deals|discounts|bargains)',
  'a (?:bargain|discount|good deal|great deal)',
  'rewards',
  'perks',
  'gifts',
].join('|');

/** States nobody chooses. */
const badState = [
  'uninformed',
  'ignorant',
  'in the dark',
  '(?:left )?behind(?: the times)?',
  'broke',
  'poor',
  'unhealthy',
  'unfit',
  'out of shape',
  'bored',
  'boring',
  'average',
  'mediocre',
  'stuck',
  'clueless',
  'out of (?:the loop|touch)',
  'unproductive',
  'disorgani[sz]ed',
  'overwhelmed',
  'stressed(?: out)?',
  'confused',
  'unsafe',
  'vulnerable',
  'lonely',
  'miserable',
  'unhappy',
  'lazy',
  'ugly',
  'outdated',
  'a (?:beginner|dinosaur|loser)',
  'an amateur',
].join('|');

/** Choices nobody makes, in base and -ing forms. */
const badChoice = [
  '(?:pay|paying) (?:full price|full retail|retail|more|extra|the full price|double|too much)',
  'overpay(?:ing)?',
  'miss(?:ing)? out',
  '(?:lose|losing) (?:money|out|customers|sales)',
  '(?:waste|wasting) (?:my )?(?:money|time)',
  'struggl(?:e|ing)',
  'fail(?:ing)?',
  '(?:do|doing|learn|learning) (?:it |things )?the hard way',
  `(?:stay|staying|remain|remaining|be|being|keep being|go on being) (?:${badState})`,
].join('|');

/** The self-mocking clause, with "I" as its subject. */
const shamingClause = [
  // "I don't like saving money", "I hate free stuff", "I really don't want to save"
  `i (?:really |just |honestly |simply |actually )?(?:${dont} (?:like|love|want|enjoy|care about|care for|believe in|deserve)(?: to)?|hate|dislike|despise|can'?t stand) (?:${strongBenefit}|${weakBenefit})`,
  // "I don't need to save money", "I'm not interested in saving money"; "I'm not interested in deals" passes.
  `(?:i ${dont} (?:need|value)(?: to)?|${im} (?:not interested in|not into|too good for|above)) (?:${strongBenefit})`,
  // "I prefer to pay full price", "I'd rather stay uninformed", "I'll stay uninformed", "I like paying more"
  `(?:i'?d|i would|i|i'?ll|i will|${im} going to) (?:(?:rather|prefer(?: to)?|like(?: to)?|love(?: to)?|enjoy|want to|choose to|plan to|just|happily|gladly) )?(?:keep |continue |go on |just )?(?:${badChoice})`,
  // "I'd rather not save", "I'd prefer not to learn"
  `(?:i'?d|i would) (?:rather|prefer) not (?:to )?(?:${strongBenefit})`,
  // "I'm fine overpaying", "I'm happy being uninformed", "I'm OK with missing out"
  `${im} (?:perfectly |totally |quite )?(?:fine|happy|ok|okay|content|good|comfortable)(?: with)? (?:${badChoice})`,
  // "I already know everything", "I'm already perfect"
  `i (?:already )?know (?:it all|everything)(?: already)?|${im} (?:already )?perfect`,
].join('|');

/** "No thanks", "No, thank you", "Nope", "Nah". */
const decline = '(?:no|nope|nah|no way)(?:,?\\s+(?:thanks|thank you|thx|ty))?';

export const confirmshaming = {
  /** A decline followed by a shaming clause, or the clause alone at the start of the sentence. */
  pattern: phrase(`(?:(?<decline>${decline})\\s*[,.!:;—–-]*\\s*)?(?<clause>${shamingClause})`),
  /** A clause in its own sentence that answers the decline just before it: "No thanks. I hate free stuff." */
  previousDecline: new RegExp(`^["'*_\\s]*${decline}\\s*[.!]?\\s*$`, 'u'),
  /** Other ways to decline by scorning the offer, only after an explicit decline: "No thanks, saving money isn't for me." */
  afterDecline: phrase(
    `(?<decline>${decline})\\s*[,.!:;—–-]*\\s*(?<clause>(?:${strongBenefit}|${weakBenefit}) (?:isn'?t|is not|aren'?t|are not) (?:for me|my thing)|who needs (?:${strongBenefit}|${weakBenefit}))`,
  ),
};

// --- Guilt, regret and leaving ---------------------------------------------------------------------------------

/** People the reader would hate to disappoint. */
const dependants =
  '(?:team|family|kids|children|colleagues|coworkers|co-workers|customers|clients|friends|students|patients|pets?|dogs?|cats?|parents|partner|loved ones|community|followers|fans|readers|employees|staff|future self|body)';
const disappointed = `(?:us|them|him|her|me|yourself|everyone|anyone|your (?:\\p{L}+ ){0,2}?${dependants})`;

export const guiltPhrases: PhraseEntry<GuiltMessageId>[] = [
  {
    // "Are you sure you want to miss out?"; "Are you sure you want to delete this file?" is a real confirmation.
    messageId: 'secondGuess',
    pattern: phrase(
      "(?:are you (?:really |absolutely |totally )?sure(?: that)?(?: you (?:want|wanna|'d like|would like) to)?|do you (?:really |honestly )?want to|you really want to) (?:miss (?:out|this|it|all (?:this|of this)|these (?:deals|savings|offers))|pass (?:this |it )?up|pass on (?:this|these|savings|free \\p{L}+)|say no to (?:this|savings|free \\p{L}+)|turn (?:this|it) down|turn down (?:this|these|savings|free \\p{L}+)|walk away from (?:this|these|your \\p{L}+)|throw (?:it|this|that) away|give up (?:on (?:us|yourself|your \\p{L}+)|your (?:savings|discount|rewards|perks|benefits))|pay (?:more|full price|extra|the full price)|lose out|leave (?:all )?(?:this|these|your (?:savings|rewards|perks|benefits)) behind)",
    ),
    when: followedBy(/^[^.!;:]*\?/),
    extendToClauseEnd: true,
    suggestions: [{ text: 'want to take another look?', when: startsAndEnds }],
  },
  {
    // "You'll regret it", "Buy now or regret it", "You'll be sorry"; "You won't regret it" and "I don't think you'll regret it" pass.
    messageId: 'regret',
    pattern: phrase(
      "(?:you'?ll|you will|you'?d|you would|you'?re going to|you are going to|you'?re gonna|you might|you may|you could|or you'?ll|or you will|or|and)(?: totally| really| definitely| surely| so| forever| always| seriously| only)? (?:regret (?:it|this|that|missing(?: out)?|not|passing|saying no|skipping|waiting|leaving|your decision)(?: later| forever)?|be sorry|kick yourself|hate yourself)",
    ),
    // "You'll be sorry to hear that our founder is retiring" is sympathy.
    unless: ({ match, after }) => match.text.toLowerCase().endsWith('sorry') && /^\s+(?:to (?:hear|see|learn|know|read|say)|for|about|if)\b/.test(after),
    suggestions: [{ text: "we think you'll love it", when: (context) => startsAndEnds(context) && /^you/.test(context.match.text.toLowerCase()) }],
  },
  {
    messageId: 'leaving',
    pattern: phrase(
      `(?:so |wait,? |oh no,? )?(?:${youAre}|are you) (?:really |actually |seriously |just |already )?(?:leaving|abandoning|ditching|dumping|deserting|breaking up with|giving up on|walking (?:away from|out on)|turning your back on) us\\??`,
    ),
    unless: precededBy(/\b(?:if|when|whether|because|since|as|before|while|once|now that|that|after)\s+$/),
    suggestions: [
      { text: "we're sorry to see you go.", when: (context) => reportEndsWithQuestion(context) && sentenceStart(context) },
      { text: "we're sorry to see you go", when: (context) => !reportEndsWithQuestion(context) && startsAndEnds(context) },
    ],
  },
  {
    // "You're leaving?", "Leaving so soon?"; "Are you leaving the country?" passes.
    messageId: 'leaving',
    pattern: phrase(
      `(?:(?:so |wait,? |oh no,? )?(?:${youAre}|are you) (?:really |actually |seriously )?(?:leaving|going)(?: already| so soon)?|(?:leaving|going)(?: us)? (?:so soon|already))\\?`,
    ),
    // "How are you going?" is a greeting; "Where are you going?" and "When are you leaving?" are plain questions.
    unless: precededBy(/\b(?:if|when|whether|where|how|why|what|who|because|since|as|before|while|once|now that|that)\s+$/),
    suggestions: [{ text: "we're sorry to see you go.", when: sentenceStart }],
  },
  {
    // "Please don't go", "Don't leave us!"; "Please don't leave the page during the upload" passes.
    messageId: 'leaving',
    pattern: phrase(`(?:please )?${dont} (?:leave|go|abandon)(?: us| me)?`),
    when: followedBy(/^\s*(?:$|[!?.…,]|yet\b|so soon\b|:\()/),
    unless: ({ match, after }) => !/^please|\b(?:us|me)$/.test(match.text.toLowerCase()) && !/^\s*(?:!|yet\b|so soon\b)/.test(after),
  },
  {
    messageId: 'guilt',
    pattern: phrase(`${youAre} breaking (?:our|my) hearts?|you broke (?:our|my) hearts?|shame on you|you should be ashamed(?: of yourself)?`),
  },
  {
    // "Don't you care about your health?", "Don't you want to save money?", "I guess you don't care about savings."
    messageId: 'guilt',
    pattern: phrase(
      `${dont} you (?:even )?(?:care|value|want to (?:${strongBenefit}))|do you (?:even|not|really not) care|(?:did|have) you stop(?:ped)? caring|(?:i|we) guess you ${dont} (?:care|want|like|need)|you (?:clearly|obviously|must not|must) (?:even )?care`,
    ),
    ignoreNegation: true,
    extendToClauseEnd: true,
  },
  {
    // "We thought you cared"; "We thought you'd like to know" passes.
    messageId: 'guilt',
    pattern: phrase(
      '(?:we|i) (?:really |honestly |truly )?thought you (?:cared(?: about (?:us|this))?|were (?:different|better|smarter|one of us|serious|loyal|our friend|with us)|liked us|loved us)',
    ),
    suggestions: [{ text: "we'd love to hear how we can do better", when: startsAndEnds }],
  },
  {
    messageId: 'guilt',
    pattern: phrase("after (?:all|everything) (?:(?:we'?ve|we have|i'?ve|i have) (?:done(?: for you)?|been through(?: together)?|given you)|we did for you)"),
  },
  {
    // "Your team is counting on you", "We're all counting on you!"; "You can count on us" passes.
    messageId: 'guilt',
    pattern: phrase(
      `(?:(?:your|the) (?:\\p{L}+ ){0,2}?${dependants}|they|we|everyone|everybody|so many people|(?:\\d+|thousands of|millions of) (?:people|children|kids|animals|families))(?: (?:is|are)|'s|'re)(?: all| really)? (?:counting|depending|relying) on you`,
    ),
    // A request for feedback is not guilt: "We're counting on you to tell us what to build next."
    unless: ({ match, after }) => /^we\b/.test(match.text.toLowerCase()) && /^\s+to (?:tell|let|share|send|give)\b/.test(after),
  },
  {
    // "Don't let us down", "You're letting your team down"; "We won't let you down" passes.
    messageId: 'guilt',
    pattern: phrase(
      `${dont} (?:let ${disappointed} down|disappoint ${disappointed})|(?:${youAre}|you'?d be|you would be|you'?ll be|you will be|you'?ve|you have|you) (?:letting|let) ${disappointed} down`,
    ),
    suggestions: [{ text: "we'd love your support", when: (context) => startsAndEnds(context) && /\bus\b/.test(context.match.text.toLowerCase()) }],
  },
];
