import { allOf, anyOf, exclaimed, followedBy, leadIn, nameLike, phrase, precededBy } from '../../src/kit/index.js';
import type { PhraseEntry } from '../../src/kit/index.js';

export type PressureMessageId = 'urgency' | 'deadline' | 'scarcity' | 'fomo' | 'ultimatum' | 'crowd';

// Building blocks. Patterns run over normalised text: lower case, straight apostrophes.
const dont = "(?:don'?t|do not)";
const itIs = "(?:it'?s|it is)";
const theyAre = "(?:they'?re|they are)";
const youAre = "(?:you'?re|you are)";
/** A short span of time counted down: "2 hours", "a few minutes", "an hour". */
const countdown =
  '(?:\\d+|a few|a couple(?: of)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight|an|a) (?:more )?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)';
const timeUnit = '(?:more )?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?)\\b';
/** Things a promotion can end on; a countdown on a password link or a 2FA code is a fact, not pressure. */
const offer =
  '(?:offers?|deals?|sales?|discounts?|savings|promo(?:tion)?s?|coupons?|vouchers?|prices?|pricing|bonus(?:es)?|gifts?|freebies?)';
const endVerb =
  '(?:ends|expires|closes|disappears|vanishes|goes away|is over|runs out|ending|expiring|closing|will (?:end|expire|close|disappear|vanish|go away|be over|be gone)|is (?:ending|expiring|closing|disappearing)|are (?:ending|expiring|disappearing)|end|expire|disappear)';
/** How a banner or an ultimatum continues after "Last chance", "Final hours" and the like. */
const bannerEnd = /^\s*(?:to\b|for\b|on\b|left\b|[!:—–]|-\s|,|\.|…|$|of (?:the |our )?(?:sale|offer|deal|discount)s?\b)/;
/** "… to register is Friday": the phrase is the subject of a calm statement, not a banner. */
const statementAfter = /^\s+to\s+[\p{L}' ]+?\s+(?:is|was|will be|falls on|closes|ends)\b/u;
/** A weekday, a month or a numeric date later in the same clause. */
const datedClause =
  /^[^.!?;]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|\d{1,2}[/.-]\d{1,2})\b/;
/** Small numbers of items: "3", "a few", "a handful of". */
const fewItems = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful(?: of)?|a couple(?: of)?|a limited number of)';

/**
 * What no-pressure looks for, strongest first: an earlier entry wins when two cover the same words. Each entry
 * says where the words are pressure (an imperative, a banner, a countdown on an offer) so that the same words in
 * a statement ("no hurry", "the last chapter", "your link expires in 30 minutes") stay silent.
 */
export const pressurePhrases: PhraseEntry<PressureMessageId>[] = [
  // Ultimatums: "now or never", "Buy now or regret it", "if you don't act now".
  {
    messageId: 'ultimatum',
    pattern: phrase(
      "now,? or (?:never|(?:you'?ll |you will )?(?:regret it|be sorry|miss out|lose out)|lose (?:it|out|your (?:chance|spot|place|seat|discount|deal))|pay (?:more|full price|later)|forever hold your peace|it'?s gone(?: forever| for good)?)",
    ),
    unless: nameLike,
  },
  {
    messageId: 'ultimatum',
    pattern: phrase(`(?:if|unless) you ${dont} (?:act|buy|order|book|sign up|join|hurry) (?:now|fast|quickly|today|right now|immediately)`),
  },
  // Deadlines turned into countdowns or banners.
  {
    // "Offer expires in 2 hours", "The deal ends soon": only for promotions, so "This link expires in 30 minutes" passes.
    messageId: 'deadline',
    pattern: phrase(
      `${offer}(?: \\p{L}+)?? (?<report>(?<verb>${endVerb}) (?:in (?:just |only |under |less than )?${countdown}|soon|shortly|any (?:minute|moment)(?: now)?))`,
    ),
    suggestions: [
      { text: '{verb} at [time]', when: ({ match }) => /\bin\b/.test(match.groups['report']?.text.toLowerCase() ?? '') },
      { text: '{verb} on [date]', when: ({ match }) => !/\bin\b/.test(match.groups['report']?.text.toLowerCase() ?? '') },
    ],
  },
  {
    // "Ends tonight!", "Offer expires at midnight!!!": an imminent deadline shouted at the reader.
    messageId: 'deadline',
    pattern: phrase(`(?<verb>${endVerb}) (?:tonight|at midnight|today|soon|in (?:just |only |under |less than )?${countdown})`),
    when: allOf(exclaimed, anyOf(leadIn, precededBy(new RegExp(`\\b${offer}(?: \\p{L}+)?\\s+$`, 'u')))),
  },
  {
    // "Only 2 hours left", "just 30 minutes to go", "less than an hour left".
    messageId: 'deadline',
    pattern: phrase(`(?:only|just|less than|under) ${countdown} (?:left|remaining|to go)`),
  },
  {
    // "24 hours left to save"
    messageId: 'deadline',
    pattern: phrase(`${countdown} (?:left|remaining) to (?:save|shop|buy|order|get|grab|claim|book|enjoy|redeem)`),
  },
  {
    // "Last chance!", "It's your last chance to save"; "the last chance we had" and "Last chance to enter is Friday" pass.
    messageId: 'deadline',
    pattern: phrase('(?:your )?(?:last|final) (?:chance|opportunity)'),
    when: anyOf(allOf(leadIn, followedBy(bannerEnd)), ({ match }) => match.text.toLowerCase().startsWith('your')),
    unless: followedBy(statementAfter),
    suggestions: [{ text: "there's still time", when: allOf(leadIn, followedBy(/^\s+to\b/)) }],
  },
  {
    // "Final hours", "Last day to save!"; "Last day to apply: Friday 3 May." states a real deadline and passes.
    messageId: 'deadline',
    pattern: phrase('(?:last|final) (?:call|hours?|few hours|minutes|day|days|few days|weekend|24 hours|48 hours)'),
    when: allOf(leadIn, followedBy(bannerEnd)),
    unless: anyOf(followedBy(statementAfter), allOf(followedBy(datedClause), (context) => !exclaimed(context))),
    suggestions: [{ text: "there's still time", when: followedBy(/^\s+to\b/) }],
  },
  {
    // "Today only: 20% off", "for one day only!"; "The pop-up is open today only, 10 am to 4 pm." passes.
    messageId: 'deadline',
    pattern: phrase('(?:for )?(?:today|tonight|(?:one|1|24|48|72)[-\\s]hours?|(?:one|1)[-\\s]day|this weekend) only|only (?:today|tonight)'),
    when: anyOf(leadIn, exclaimed),
  },
  {
    messageId: 'deadline',
    pattern: phrase('(?:for (?:a )?)?limited[-\\s]time only'),
    suggestions: [{ text: 'until [date]', when: ({ match }) => match.text.toLowerCase().startsWith('for') }],
  },
  {
    messageId: 'deadline',
    pattern: phrase('limited[-\\s]time (?:offer|deal|sale)s?'),
    when: exclaimed,
  },
  // Urgency: "Act now", "Hurry", "Don't wait", "before it's too late", "Time is running out".
  {
    messageId: 'urgency',
    pattern: phrase('act (?:now|fast|quickly|today|immediately|right away|right now)'),
    when: leadIn,
    unless: nameLike,
    suggestions: [{ text: "take a look when you're ready", when: followedBy(/^\s*(?:[.!…]|$)/) }],
  },
  {
    messageId: 'urgency',
    // "You'd better hurry", "you'll need to act fast", "if you act now"; "We must act now" is not about the reader.
    pattern: phrase(
      "(?:you(?:'d|'ll| had| will| would)? (?:better|need to|must|have to|should|want to|gotta)|better|if you) (?:act (?:now|fast|quickly|today|immediately)|hurry)",
    ),
    when: anyOf(({ match }) => /^(?:you|if)\b/.test(match.text.toLowerCase()), leadIn),
  },
  {
    messageId: 'urgency',
    // "Hurry back!" is a warm goodbye, and "hurry-free checkout" a promise, so neither counts.
    pattern: phrase('hurry(?: up| in| over| down)?'),
    when: allOf(
      leadIn,
      followedBy(/^\s*(?:$|[!,.:;—–…?]|-\s|(?:up|in|over|down|and|before|while|to|now|only|just|this|these|last|quick|fast)\b)/),
    ),
    unless: nameLike,
    suggestions: [{ text: "take a look when you're ready", when: followedBy(/^\s*(?:[.!…]|$)/) }],
  },
  {
    // "Don't wait!", "Don't delay, order today"; "Don't wait for a technician", "Don't wait until your card expires"
    // and "Don't hesitate to contact us" pass.
    messageId: 'urgency',
    pattern: phrase(`${dont} (?:wait|delay|hesitate)`),
    when: allOf(leadIn, followedBy(/^\s*(?:$|[!,—–…]|-\s|another\b|any longer\b|too long\b)/)),
  },
  {
    messageId: 'urgency',
    pattern: phrase(
      'what are you waiting for|stop (?:thinking|hesitating|overthinking|scrolling)(?: about it)?,? and (?:buy|order|book|act|shop|grab|get|sign up|subscribe|join|check out)',
    ),
  },
  {
    messageId: 'urgency',
    // Reported even after "Don't wait": "Don't wait until it's too late."
    pattern: phrase(`(?:before|until) (?:${itIs}|its) too late`),
    ignoreNegation: true,
    suggestions: [{ text: 'before [date]', when: ({ match }) => match.text.toLowerCase().startsWith('before') }],
  },
  {
    messageId: 'urgency',
    pattern: phrase(
      `(?:time(?: is|'s) (?:running out|(?:almost |nearly )?up|ticking)|times running out|${youAre} running out of time|the clock is ticking|tick,? tock)`,
    ),
    suggestions: [
      {
        text: "there's still time",
        when: allOf(followedBy(/^\s+to\b/), ({ match }) => match.text.toLowerCase().startsWith('time')),
      },
    ],
  },
  // Fear of missing out.
  {
    messageId: 'fomo',
    pattern: phrase(`${dont} miss out(?: on)?`),
    when: leadIn,
    suggestions: [
      { text: 'take a look at', when: ({ match }) => / on$/.test(match.text.toLowerCase()) },
      { text: 'take a look', when: ({ match, after }) => !/ on$/.test(match.text.toLowerCase()) && /^\s*(?:[.!…]|$)/.test(after) },
    ],
  },
  {
    // "Don't miss this deal"; "Don't miss our new recipes" is an ordinary invitation and passes.
    messageId: 'fomo',
    pattern: phrase(
      `${dont} miss (?<object>(?:this|these|the|our|your|this (?:amazing|incredible|great|special|exclusive)) (?:deals?|offers?|sale|savings|discounts?|opportunity|chance|boat))`,
    ),
    when: leadIn,
    suggestions: [
      { text: 'take a look at {object}', when: ({ match }) => !/(?:chance|opportunity|boat)$/.test(match.text.toLowerCase()) },
    ],
  },
  {
    messageId: 'fomo',
    pattern: phrase(`${dont} (?:get|be) left (?:behind|out)|${dont} be the (?:only one|last(?: one)? to (?:know|find out|get it))|why miss out`),
    when: leadIn,
  },
  {
    messageId: 'fomo',
    pattern: phrase(
      '(?<report>once(?:-|\\s+)in(?:-|\\s+)a(?:-|\\s+)lifetime) (?:offer|deal|opportunity|chance|sale|price|discount|savings|bargain)s?',
    ),
    suggestions: [{ text: 'special' }],
  },
  {
    messageId: 'fomo',
    pattern: phrase(
      `${offer}(?: like (?:this|these|that))? (?:will never|won'?t ever|won'?t|will not|may never|might never) (?:be repeated|come (?:around |back )?again|be this (?:low|good) again)|never again at this price`,
    ),
  },
  // Invented scarcity.
  {
    // "Only 3 left!", "Just 2 rooms left at this price"; "We have only 3 seats left in Tuesday's workshop." passes.
    messageId: 'scarcity',
    pattern: phrase(`(?:only|just) (?<rest>${fewItems} (?!${timeUnit})(?:\\p{L}+ ){0,2}(?:left|remaining|remain))`),
    when: anyOf(leadIn, exclaimed, followedBy(/^\s+(?:in stock|at this price)\b/)),
    suggestions: [{ text: '{rest}' }],
  },
  {
    messageId: 'scarcity',
    pattern: phrase('selling (?:out )?(?:fast|quickly)|flying off the shelves|selling like (?:hot ?cakes|hot-cakes)|(?:almost|nearly|practically) sold out|about to sell out|(?:will|could|may|might|(?:is|are) going to) sell out (?:soon|fast|quickly)'),
  },
  {
    messageId: 'scarcity',
    pattern: phrase('(?:almost|nearly|practically) gone|going fast'),
    when: anyOf(
      leadIn,
      exclaimed,
      precededBy(/\b(?:tickets|seats|spots|places|rooms|stock|items|sizes|supplies|they|these|deals?|offers?)(?:\s+(?:are|is))?\s+$|\b(?:they'?re|it'?s)\s+$/),
    ),
  },
  {
    messageId: 'scarcity',
    pattern: phrase(
      `before (?:${itIs}|its|${theyAre}|theyre) (?:all )?gone(?: forever| for good)?|before (?:it|they) (?:sells?|runs?) out|before (?:stock|stocks|supplies|seats|tickets|spots) (?:run|runs|sell|sells) out`,
    ),
  },
  {
    messageId: 'scarcity',
    pattern: phrase(
      `(?:(?:deals?|offers?|prices?|sales?|savings|discounts?)(?: like (?:this|these|that))?|stock|supplies|seats|spots|tickets|they|these) (?:won'?t|will not) last(?: long| forever)?`,
    ),
  },
  {
    messageId: 'scarcity',
    pattern: phrase('going,? going,? gone'),
  },
  // Pressure from the crowd.
  {
    messageId: 'crowd',
    pattern: phrase(
      "(?:everyone|everybody)(?: else)?(?:(?:'s| is| are) (?:buying|grabbing|ordering|snapping (?:it |them )?up|switching|rushing|upgrading|stocking up)|(?:'s| has| have)(?: already)? (?:upgraded|switched|bought|ordered|grabbed|signed up|snapped (?:it |them )?up))",
    ),
  },
  {
    messageId: 'crowd',
    pattern: phrase(
      '\\d+ (?:other )?(?:people|others|shoppers|customers|travell?ers|guests|users|visitors|buyers) (?:are |have been )?(?:viewing|looking at|watching|eyeing|considering) (?:this|it|these)(?: right now| now)?|\\d+ (?:other )?(?:people|others|shoppers|customers) have (?:this|it|these) in their (?:carts?|baskets?|bags?)|in \\d+ (?:other )?(?:people\'s )?(?:carts|baskets|bags)',
    ),
  },
];
