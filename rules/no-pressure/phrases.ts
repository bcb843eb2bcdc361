import { allOf, anyOf, compilePhraseEntries, guardedEntries, exclaimed, followedBy, leadIn, nameLike, precededBy } from '../../src/kit/index.js';
import type { EntryGuard, PhraseEntry } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';
import { readerSupply, timerGuards } from './timers.js';

// The phrases and rewrites live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`). Where the
// words are pressure (an imperative, a banner, a countdown on an offer) is code: the guards below, by entry id.

export type PressureMessageId = 'urgency' | 'deadline' | 'scarcity' | 'fomo' | 'ultimatum' | 'crowd' | 'rush';

/** Things a promotion can end on; a countdown on a password link or a 2FA code is a fact, not pressure. */
const offer =
  '(?:offers?|deals?|sales?|discounts?|savings|promo(?:tion)?s?|coupons?|vouchers?|prices?|pricing|bonus(?:es)?|gifts?|freebies?)';
/** How a banner or an ultimatum continues after "Last chance", "Final hours" and the like. */
const bannerEnd = /^\s*(?:to\b|for\b|on\b|left\b|[!:—–]|-\s|,|\.|…|$|of (?:the |our )?(?:sale|offer|deal|discount)s?\b|(?:savings?|sale|deals?|offers?|discounts?|pricing|prices?|bundles?)\b(?!\s+(?:account|bank|bond|plan|scheme|accounts)\b))/;
/** "… to register is Friday": the phrase is the subject of a calm statement, not a banner. */
const statementAfter = /^\s+to\s+[\p{L}' ]+?\s+(?:is|was|will be|falls on|closes|ends)\b/u;
/** A weekday, a month or a numeric date later in the same clause. */
/** Words of a sale or a price: a dated "last chance" on these is still a push. */
const saleWords = /\b(?:save|saving|savings|sale|offer|deal|discount|price|prices|off|coupon|code|order|buy|shop)\b|\d+ ?%|[$€£]\s?\d/;
const datedClause =
  /^[^.!?;]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|\d{1,2}[/.-]\d{1,2})\b/;

/** Where an entry's words are pressure, and when each of its rewrites is offered (by position). */
type Guard = EntryGuard;

/** After "last chance": a step that keeps what is the reader's ("to cancel the deletion", "to download your files"). */
const lastChanceToProtect =
  /^\s+to (?:cancel|undo|stop|reverse|restore|recover|retrieve|export|download|back up|save) (?:the |your |this |these |all (?:of )?(?:your |the )?|my )?(?:(?:\p{L}+ ){0,2}(?:data|files?|photos?|videos?|documents?|content|work|account|messages|history|backups?|notes|projects?|deletion|removal|closure|cancellation)|it|them)\b(?![^.!?]*\b(?:free|discount|offer|deal|sale|% off|coupon)\b)/u;

const guards: Guard[] = [
  // Ultimatums: "now or never", "Buy now or regret it", "if you don't act now".
  {
    id: 'now-or-never',
    unless: nameLike,
  },
  {
    id: 'if-you-dont-act-now',
  },
  // Deadlines turned into countdowns or banners.
  {
    id: 'offer-ends-soon',
    // "Offer expires in 2 hours", "The deal ends soon": only for promotions, so "This link expires in 30 minutes" passes.
    suggestionWhen: [({ match }) => /\bin\b/.test(match.groups['report']?.text.toLowerCase() ?? ''), ({ match }) => !/\bin\b/.test(match.groups['report']?.text.toLowerCase() ?? '')],
  },
  {
    id: 'ends-tonight',
    // "Ends tonight!", "Offer expires at midnight!!!": an imminent deadline shouted at the reader.
    when: allOf(exclaimed, anyOf(leadIn, precededBy(new RegExp(`\\b${offer}(?: \\p{L}+)?\\s+$`, 'u')))),
  },
  {
    id: 'only-hours-left',
    // "Only 2 hours left", "just 30 minutes to go", "less than an hour left".
  },
  {
    id: 'hours-left-to-save',
    // "24 hours left to save"
  },
  {
    id: 'last-chance',
    // "Last chance!", "It's your last chance to save"; "the last chance we had" and "Last chance to enter is Friday" pass.
    when: anyOf(allOf(leadIn, followedBy(bannerEnd)), ({ match }) => match.text.toLowerCase().startsWith('your')),
    // "Last chance to see the exhibition — it closes Sunday": a real date on something that is not for sale.
    unless: anyOf(
      followedBy(statementAfter),
      allOf(followedBy(datedClause), (context) => !exclaimed(context), ({ sentence }) => !saleWords.test(sentence.unit.text.toLowerCase())),
      // "This is your last chance to cancel the deletion": the last moment to protect what is the reader's, not a sale.
      followedBy(lastChanceToProtect),
    ),
    suggestionWhen: [allOf(leadIn, followedBy(/^\s+to\b/))],
  },
  {
    id: 'final-hours',
    // "Final hours", "Last day to save!"; "Last day to apply: Friday 3 May." states a real deadline and passes.
    when: allOf(leadIn, followedBy(bannerEnd)),
    unless: anyOf(followedBy(statementAfter), allOf(followedBy(datedClause), (context) => !exclaimed(context))),
    suggestionWhen: [followedBy(/^\s+to\b/)],
  },
  {
    id: 'today-only',
    // "Today only: 20% off", "for one day only!"; "The pop-up is open today only, 10 am to 4 pm." passes.
    when: anyOf(leadIn, exclaimed),
  },
  {
    id: 'limited-time-only',
    suggestionWhen: [({ match }) => match.text.toLowerCase().startsWith('for')],
  },
  {
    id: 'limited-time-offer',
    // Shouted, or a banner's lead-in ("Time-limited welcome offer: 20% off").
    when: anyOf(exclaimed, leadIn),
  },
  // Urgency: "Act now", "Hurry", "Don't wait", "before it's too late", "Time is running out".
  {
    id: 'act-now',
    when: leadIn,
    unless: nameLike,
    suggestionWhen: [followedBy(/^\s*(?:[.!…]|$)/)],
  },
  {
    id: 'you-better-act-fast',
    // "You'd better hurry", "you'll need to act fast", "if you act now"; "We must act now" is not about the reader.
    when: anyOf(({ match }) => /^(?:you|if)\b/.test(match.text.toLowerCase()), leadIn),
  },
  {
    id: 'hurry',
    // "Hurry back!" is a warm goodbye, and "hurry-free checkout" a promise, so neither counts.
    when: allOf(
      leadIn,
      followedBy(/^\s*(?:$|[!,.:;—–…?]|-\s|(?:up|in|over|down|and|before|while|to|now|only|just|this|these|last|quick|fast)\b)/),
    ),
    unless: nameLike,
    suggestionWhen: [followedBy(/^\s*(?:[.!…]|$)/)],
  },
  {
    id: 'dont-wait',
    // "Don't wait!", "Don't delay, order today"; "Don't wait for a technician", "Don't wait until your card expires"
    // and "Don't hesitate to contact us" pass.
    when: allOf(leadIn, followedBy(/^\s*(?:$|[!,—–…]|-\s|another\b|any longer\b|too long\b)/)),
  },
  {
    id: 'what-are-you-waiting-for',
  },
  {
    id: 'before-its-too-late',
    // Reported even after "Don't wait": "Don't wait until it's too late."
    suggestionWhen: [({ match }) => match.text.toLowerCase().startsWith('before')],
  },
  {
    id: 'time-is-running-out',
    // "Rest time is up, let's get back to it", "Your break time's up", "Game time is up": a timer of the reader's own
    // activity running out, not an offer's.
    unless: precededBy(/\b(?:rest|break|pause|recovery|cool-?down|game|play|quiz|test|exam|round|turn|study|focus|meditation|workout|exercise|session|screen|nap|timer)\s+$/),
    suggestionWhen: [allOf(followedBy(/^\s+to\b/), ({ match }) => match.text.toLowerCase().startsWith('time'))],
  },
  // Fear of missing out.
  {
    id: 'dont-miss-out',
    when: leadIn,
    suggestionWhen: [({ match }) => / on$/.test(match.text.toLowerCase()), ({ match, after }) => !/ on$/.test(match.text.toLowerCase()) && /^\s*(?:[.!…]|$)/.test(after)],
  },
  {
    id: 'dont-miss-this-deal',
    // "Don't miss this deal"; "Don't miss our new recipes" is an ordinary invitation and passes.
    when: leadIn,
    suggestionWhen: [({ match }) => !/(?:chance|opportunity|boat)$/.test(match.text.toLowerCase())],
  },
  {
    id: 'dont-miss-it-offer',
    // An offer named before it in the same string: a price cut, a deal, a sale.
    when: ({ sentence, match }) => /\b(?:offers?|deals?|sale|discount(?:s|ed)?|savings|vouchers?|coupons?|promo(?:tion)?s?)\b|\d+ ?% off\b|% off\b/i.test(sentence.unit.text.slice(0, sentence.start + match.start)),
  },
  {
    id: 'dont-be-left-behind',
    when: leadIn,
  },
  {
    id: 'once-in-a-lifetime',
    suggestionWhen: [undefined],
  },
  {
    id: 'offer-wont-last',
  },
  // Invented scarcity.
  {
    id: 'only-few-left',
    // "Only 3 left!", "Just 2 rooms left at this price"; "We have only 3 seats left in Tuesday's workshop." passes.
    when: anyOf(leadIn, exclaimed, followedBy(/^\s+(?:in stock|at this price)\b/)),
    // Progress, not stock: "Only 2 steps left to finish setting up", "Only 5 left to unlock your badge", "Only 2
    // items left in your list to review".
    unless: anyOf(
      ({ match }) => /\b(?:steps?|tasks?|questions?|lessons?|levels?|chapters?|pages?|exercises?|modules?)\b/.test(match.text.toLowerCase()),
      followedBy(/^\s+(?:to (?:unlock|finish|complete|go|earn|reach|review|set up|level up)|in your (?:list|queue|inbox|course|plan|checklist))\b/),
      readerSupply,
    ),
    suggestionWhen: [undefined],
  },
  {
    id: 'selling-fast',
  },
  {
    id: 'almost-gone',
    when: anyOf(
      leadIn,
      exclaimed,
      precededBy(/\b(?:tickets|seats|spots|places|rooms|stock|items|sizes|supplies|they|these|deals?|offers?)(?:\s+(?:are|is))?\s+$|\b(?:they'?re|it'?s)\s+$/),
    ),
  },
  {
    id: 'before-its-gone',
  },
  {
    id: 'limited-stock',
  },
  {
    id: 'going-going-gone',
  },
  // Pressure from the crowd.
  {
    id: 'everyone-is-buying',
  },
  {
    id: 'people-are-viewing',
  },
];

/**
 * What no-pressure looks for, strongest first: an earlier entry wins when two cover the same words. Each entry
 * says where the words are pressure (an imperative, a banner, a countdown on an offer) so that the same words in
 * a statement ("no hurry", "the last chapter", "your link expires in 30 minutes") stay silent.
 */
export const pressurePhrases: PhraseEntry<PressureMessageId>[] = guardedEntries<PressureMessageId>(
  compilePhraseEntries<PressureMessageId>(phraseData, 'urgency'),
  [...guards, ...timerGuards],
  'rules/no-pressure',
);
