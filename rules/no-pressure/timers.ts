import { allOf, anyOf, clauseBefore, exclaimed, followedBy, leadIn, phrase, precededBy } from '../../src/kit/index.js';
import type { Condition, PhraseEntry } from '../../src/kit/index.js';
import type { PressureMessageId } from './phrases.js';

/**
 * Pressure written as text by shop widgets and reminders: countdowns and cart reservations, live "people are
 * viewing this" counters, fake purchase notifications, and urgency demands aimed at the reader ("pay
 * immediately"). Patterns run over normalised text (lower case, straight apostrophes); placeholders arrive
 * masked as a run of x ("{count}" -> "xxxxxxx"), and a widget's number is usually one of them.
 */

/** A number, or a placeholder standing for one. */
const count = '(?:\\d[\\d,.]*|x{2,})';
/** A clock as text: "02h 13m 56s", "2 hrs 15 mins", "09:45", or a placeholder for the time left. */
const clock =
  '(?:\\d{1,2} ?h(?:rs?|ours?)?,? \\d{1,2} ?m(?:ins?|inutes?)?(?:,? \\d{1,2} ?s(?:ecs?|econds?)?)?|\\d{1,2}:\\d{2}(?::\\d{2})?|x{2,}h? x{2,}m?(?: x{2,}s?)?)';
/** Things a countdown may be about without being pressure: a sign-in link or code, a session. */
const securityBefore = /\b(?:link|code|token|session|password|otp|pin|verification|invitation|invite|key)\b[^.!?]*$/;

/** Events whose start or end is a time to know, not a countdown on an offer. */
const eventBefore =
  /\b(?:stream|livestream|broadcast|webinar|doors|event|talk|show|class|workshop|meeting|call|match|game|concert|lesson|q&a|keynote)\b[^.!?]*$/;

/**
 * A purpose that serves the reader follows the urgency word: "Update right away to get the new features",
 * "Please reply as soon as possible so we can help". The speed is for the reader's benefit, not a demand.
 */
const benefitAfter =
  /^[^.!?;]*?\b(?:(?:in order )?to (?:get|see|receive|enjoy|start|try|unlock|explore|use|make sure|help|keep (?:it|them|a copy))|so (?:that )?(?:we|our|you|they|the|it|someone)\b)/;

/** A push around a demand claim: "Hurry, in high demand", "In high demand, order now". */
const pushBefore = /\b(?:hurry|quick|act (?:now|fast)|don'?t (?:wait|miss))\b[^.?]*$/;
const pushAfter = /^[^.?]*\b(?:hurry|order now|buy now|shop now|get (?:it|yours) (?:now|today|before)|grab|don'?t (?:wait|miss)|before (?:it'?s|they'?re) gone|selling (?:fast|out)|won'?t last)\b/;

/** Verbs a reminder orders the reader to do, at the start of a clause or after "please" / "kindly". */
const demandVerbs =
  '(?:pay|settle|remit|transfer|respond|reply|answer|contact|call|email|e-mail|write|act|update|renew|report|log in|sign in|login|confirm|verify|complete|make|purchase|buy|order|return|submit|send|check|change|fix|do|get|take|come|visit|register|activate|review|correct|clear|resolve|arrange|finish|upgrade|book|claim|use|redeem|grab|shop)';
/** "you must", "you need to", "it is essential that you", "we ask you to": an obligation on the reader. */
const readerObligation =
  /\b(?:you(?:'ll)? (?:must|should|need to|have to|will need to|are (?:required|asked|requested|expected|urged) to)|(?:we|i) (?:ask|urge|request|need|require|expect) (?:you|that you)|it is (?:essential|important|imperative|vital|necessary|urgent|crucial) that)\b/;
const demandStart = new RegExp(`^\\s*(?:(?:please|kindly|now),? )?(?:${demandVerbs})\\b`);
/** What comes between an imperative and its urgency word must not start another clause with its own subject. */
const otherSubject = /\b(?:that|which|who|when|once|after|so|we|we'll|we will|it'll|it will|it is|this will|this is|they|he|she|to (?:get|see|receive|enjoy|start|make sure))\b/;

/** Actions that protect the reader's account or money: urging them is a warning in their interest. */
const protective =
  /\b(?:disable|delete|remove|block|revoke|reset|secure|lock|freeze|change (?:your |the )?(?:password|pin|passphrase)|contact your bank|cancel (?:your |the )?card|sign out|log out)\b/;

/**
 * The urgency word is aimed at the reader: its clause is an order ("Pay immediately", "Please reply as soon as
 * possible") or an obligation ("you must update your card immediately"), and not a statement of what we or the
 * product do ("We'll reply as soon as possible", "The change applies immediately").
 */
const aimedAtReader: Condition = ({ sentence, match, before }) => {
  // "If you notice anything odd, contact us immediately" is advice for an emergency, not a demand on the reader's time.
  if (/^\W*(?:if|in case|should you)\b/.test(before)) return false;
  const clause = clauseBefore(sentence, match.start);
  // "You should disable the alias immediately": speed that protects the reader is help, not pressure.
  if (protective.test(clause)) return false;
  if (readerObligation.test(clause)) return true;
  const order = demandStart.exec(clause);
  return order !== null && !otherSubject.test(clause.slice(order[0].length));
};

export const timerPhrases: PhraseEntry<PressureMessageId>[] = [
  // Countdowns written as text.
  {
    // "Ends in 02h 13m 56s", "Offer expires in {time}", "will expire within {timer}".
    messageId: 'deadline',
    pattern: phrase(`(?:ends?|ending|expires?|expiring|closes?|closing|will (?:end|expire|close)) (?:in|within) (?:just |only )?${clock}`),
    // "The live stream ends in 02:30:00", "Doors close in 2 hrs 30 mins": the time of an event, not of an offer.
    unless: anyOf(precededBy(securityBefore), precededBy(eventBefore)),
  },
  {
    // "Offer expires in {time left}": a countdown filled in by a timer, on a promotion.
    messageId: 'deadline',
    pattern: phrase('(?:ends?|expires?|closes?|will (?:end|expire|close)) (?:in|within) x{2,}(?! (?:days?|weeks?|months?|years?)\\b)'),
    when: precededBy(/\b(?:offers?|deals?|sales?|discounts?|coupons?|promo(?:tion)?s?|prices?|savings|bonus|cart)\b[^.!?]*$/),
  },
  {
    // "Sale ends once the timer hits zero", "before the countdown runs out".
    messageId: 'deadline',
    pattern: phrase('(?:once|when|before|until|as soon as) the (?:timer|countdown|clock) (?:hits|reaches|gets to|runs out|ends|stops|expires)(?: zero| 0| out)?'),
  },
  {
    // "Your cart is reserved for 09:45 minutes", "Items are held for {minutes}", and the
    // bare widget label "Your cart is reserved for".
    messageId: 'deadline',
    pattern: phrase(
      `(?:cart|basket|bag|order|items?|products?|seats?|spots?|rooms?|tickets?|booking|reservation|discount|price|offer|deal) (?:is|are|will be|has been|have been) (?:reserved|held|saved|locked) for(?: (?:only|just|the next))?(?= (?:${clock}|${count} (?:more )?(?:minutes?|mins?|seconds?|secs?)|x{2,})\\b| *[.!:]? *$)`,
    ),
  },
  // Urgency demands on the reader's time.
  {
    // "Your account requires your immediate attention", "needs urgent action".
    messageId: 'rush',
    pattern: phrase('(?:requires?|needs?|demands?|calls for|deserves|warrants) (?:your )?(?:immediate|urgent|prompt|swift) (?:attention|action|response|reply|payment|settlement)'),
  },
  {
    // "Pay immediately", "Please respond at once", "You must do so without delay", "Send the form back ASAP".
    messageId: 'rush',
    pattern: phrase('immediately|at once|as soon as possible|asap|without (?:any |further )?delay|right away|straight away|urgently|(?:by )?return of post'),
    when: aimedAtReader,
    unless: followedBy(benefitAfter),
    ignoreNegation: true,
  },
  {
    // "Please pay promptly.", "Order quickly, stock is limited": speed demanded of the reader. With a how after
    // it ("Check out quickly with Apple Pay", "Get started quickly: connect your bank") it describes a manner, and
    // with a why that serves the reader ("…and we'll save you a seat") it is a benefit.
    messageId: 'rush',
    pattern: phrase('quickly|promptly'),
    when: aimedAtReader,
    unless: anyOf(
      followedBy(benefitAfter),
      followedBy(/^\s*(?::|(?:with|from|by|using|via|through|in|on|online|at|and (?:easily|securely|safely|we|we'll|you'll))\b)/),
    ),
    ignoreNegation: true,
  },
  {
    // "Don't put this off", "Don't put it off any longer".
    messageId: 'urgency',
    pattern: phrase("(?:don'?t|do not) put (?:this|it|that) off(?: any longer)?"),
  },
  {
    // "Wait! Take a look at this one-time offer", "special one-time offer".
    messageId: 'deadline',
    pattern: phrase('one[- ]time(?: only)? (?:offer|deal|discount|price|upgrade|bonus)s?'),
  },
  // Demand and the crowd as text.
  {
    // "This item is in high demand!", "In high demand, order now"; "Due to high demand, replies may be slow" explains a
    // delay, and "The room is in high demand at weekends, so book early if you can" is a calm fact.
    messageId: 'scarcity',
    pattern: phrase("(?:is|are|it'?s|they'?re|currently|now|item|product) in (?:very |extremely |such )?(?:high|huge|great|hot) demand|high[- ]demand (?:item|product)s?"),
    when: anyOf(exclaimed, precededBy(pushBefore), followedBy(pushAfter)),
  },
  {
    // "Only {stock} left in stock!": the push of "only" on a count filled in by the shop.
    messageId: 'scarcity',
    // "Only {count} left in stock." alone states stock; an exclamation mark or "Hurry" turns it into a push.
    pattern: phrase('(?:only|just) x{2,} (?:\\p{L}+ ){0,2}(?:left|remaining)'),
    when: anyOf(exclaimed, precededBy(/\b(?:hurry|quick|act (?:now|fast)|don'?t wait)\b[^.?]*$/), followedBy(/^[^.?]*\b(?:ends?|expires?|hurry)\b/)),
  },
  {
    // "Last unit available!", "Final few items left".
    messageId: 'scarcity',
    pattern: phrase('(?:last|final) (?:few )?(?:units?|items?|pieces?|pairs?|one|ones|bottles?|boxes?) (?:available|left|remaining|in stock)'),
    when: anyOf(leadIn, exclaimed),
  },
  {
    // "{count} shoppers are looking at this item", "Guests viewing this room", "28 viewing right now".
    messageId: 'crowd',
    pattern: phrase(
      `(?:${count} )?(?:other )?(?:people|others|shoppers|customers|visitors|users|buyers|persons|guests)(?: (?:are|is))?(?: (?:currently|now|right now))? (?:viewing|looking at|watching|browsing|eyeing|active on|checking out) (?:this|these|the same|it)\\b|${count} (?:people |others |shoppers |visitors )?(?:viewing|watching|looking at (?:it|this)|browsing)(?: (?:right now|now|at the moment))`,
    ),
    // "Over 12 people viewing this webinar said it helped": what past viewers said, not a live counter.
    unless: followedBy(/^[^.!?]*\b(?:said|say|says|told|tell|found|rated|loved|liked|agreed|reported|wrote|recommend(?:ed)?)\b/),
  },
  {
    // "{count} items sold in the last 24 hours", "12 bought today".
    messageId: 'crowd',
    pattern: phrase(
      `(?:${count} )?(?:(?:items?|units?|pieces?|orders?|people|customers|shoppers|times) )?(?:sold|bought|purchased|ordered|booked|claimed) (?:in the (?:last|past) (?:${count} |few )?(?:hours?|minutes?|days?|week)|(?:just )?today|this hour)`,
    ),
    // "We sold 2,000 copies in the last week", "Seats sold in the last week helped us plant 300 trees": a sentence
    // about us or the reader, wherever the pronoun sits, reports a fact rather than herding the crowd.
    unless: ({ sentence }) => /\b(?:we|we've|us|our|you|your|you've)\b/.test(sentence.normal),
  },
  {
    // "Someone in {city} just bought…", "James from California purchased…", "{product} was purchased by {name}".
    messageId: 'crowd',
    pattern: phrase(
      "(?:someone|somebody|a (?:customer|shopper|buyer)|x{2,}|\\p{L}+) (?:in|from) (?:x{2,}|\\p{L}+)(?:,? (?:x{2,}|\\p{L}+))? (?:just )?(?:bought|purchased|ordered|grabbed|booked)|(?:was|were|has been|have been) (?:just )?(?:purchased|bought|ordered|booked) by (?:someone|somebody|x{2,})",
    ),
    unless: ({ sentence }) => /\b(?:you|your|we|our|us)\b/.test(sentence.normal),
  },
];
