import { allOf, anyOf, clauseBefore, exclaimed, followedBy, leadIn, precededBy, sentenceStart } from '../../src/kit/index.js';
import type { Condition, EntryGuard } from '../../src/kit/index.js';

/**
 * Pressure written as text by shop widgets and reminders: countdowns and cart reservations, live "people are
 * viewing this" counters, fake purchase notifications, and urgency demands aimed at the reader ("pay
 * immediately"). The phrases live in phrases.yaml (after no-pressure's own); this module says where their words
 * are pressure, by entry id. Conditions run over normalised text (lower case, straight apostrophes).
 */

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
  /^[^.!?;]*?\b(?:(?:in order )?to (?:get|see|receive|enjoy|start|try|unlock|explore|use|make sure|help|keep (?:it|them|a copy|using|enjoying)|continue (?:using|to use|with|enjoying|receiving))|so (?:that )?(?:we|our|you|they|the|it|someone)\b)/;

/** A push around a demand claim: "Hurry, in high demand", "In high demand, order now". */
const pushBefore = /\b(?:hurry|quick|act (?:now|fast)|don'?t (?:wait|miss))\b[^.?]*$/;
const pushAfter = /^[^.?]*\b(?:hurry|order now|buy now|shop now|get (?:it|yours) (?:now|today|before)|grab|don'?t (?:wait|miss)|before (?:it'?s|they'?re) gone|selling (?:fast|out)|won'?t last)\b/;

/** Verbs a reminder orders the reader to do, at the start of a clause or after "please" / "kindly". */
const demandVerbs =
  '(?:do so|pay|settle|remit|transfer|respond|reply|answer|contact|call|email|e-mail|write|act|update|renew|report|log in|sign in|login|confirm|verify|complete|make|purchase|buy|order|return|submit|send|check|change|fix|do|get|take|come|visit|register|activate|review|correct|clear|resolve|arrange|finish|upgrade|book|claim|use|redeem|grab|shop)';
/** "you must", "you need to", "it is essential that you", "we ask you to": an obligation on the reader. */
const readerObligation =
  /\b(?:you(?:'ll)? (?:must|should|need to|have to|will need to|are (?:required|asked|requested|expected|urged) to)|(?:we|i) (?:ask|urge|request|need|require|expect) (?:you|that you)|it is (?:essential|important|imperative|vital|necessary|urgent|crucial) that(?! (?:we|our|i)\b))\b/;
const demandStart = new RegExp(`^\\s*(?:(?:please|kindly|now),? )?(?:${demandVerbs})\\b`);
/** What comes between an imperative and its urgency word must not start another clause with its own subject. */
const otherSubject = /\b(?:that|which|who|when|once|after|so|we|we'll|we will|it'll|it will|it is|this will|this is|they|he|she|to (?:get|see|receive|enjoy|start|make sure))\b/;

/** Actions that protect the reader's account or money: urging them is a warning in their interest. */
const protective =
  /\b(?:disable|delete|remove|block|revoke|reset|secure|lock|freeze|(?:visit|open|go to|check|review) (?:the |your )?security(?: (?:center|centre|settings|page|tab|dashboard))?|change (?:your |the )?(?:(?:default|temporary|initial|current|generated|admin|root) )?(?:password|pin|passphrase)|contact your bank|cancel (?:your |the )?card|sign out|log out|report (?:any |all )?(?:suspicious|emergenc|security|fraud|unauthori[sz]ed|abuse)\w*|(?:renew|rotate|update|change|reset) (?:all )?(?:of )?(?:your |the )?(?:passwords|credentials|keys|tokens|secrets))\b/;

/**
 * The speed belongs to what the reader gets, said in a purpose after the order: "Update your card to reactivate your
 * account immediately" (it comes back at once), not "Renew immediately".
 */
const immediateBenefit = /\bto (?:reactivate|re-activate|restore|regain|unlock|resume|reopen|re-open|continue|get back|access|start using) [^,.;:!?]*$/;

/**
 * The urgency word is aimed at the reader: its clause is an order ("Pay immediately", "Please reply as soon as
 * possible") or an obligation ("you must update your card immediately"), and not a statement of what we or the
 * product do ("We'll reply as soon as possible", "The change applies immediately").
 */
const aimedAtReader: Condition = ({ sentence, match, before }) => {
  // "If you notice anything odd, contact us immediately" is advice for an emergency, not a demand on the reader's time.
  if (/^\W*(?:if|in case|should you)\b/.test(before)) return false;
  // "If you didn't sign in, please contact support immediately", "Contact your council if you need supplies
  // urgently": the speed belongs to an emergency the condition names, not to a demand on the reader's time.
  if (/\b(?:if|in case|should you)\b[^.!?;]*,\s*(?:please\s+)?[^,.!?;]*$/.test(before) || /\b(?:if|in case|when)\s+you\s+(?:need|require|want|have)\b[^.!?;,]*$/.test(before)) return false;
  const clause = clauseBefore(sentence, match.start);
  // "You should disable the alias immediately": speed that protects the reader is help, not pressure. So is "Your
  // password is now 1234. Please change it as soon as possible".
  // "You should immediately renew all your passwords": the protective verb right after the urgency word.
  const next = (/^\s+[^.!?;,]*/.exec(sentence.normal.slice(match.end))?.[0] ?? '').trimStart();
  const changeIt = /^(?:please |kindly )?change it$/.test(clause.trim()) && /\bpassword\b/.test(sentence.unit.text.toLowerCase().slice(Math.max(0, sentence.start - 200), sentence.start + match.start));
  if (protective.test(clause) || protective.exec(next)?.index === 0 || changeIt) return false;
  if (readerObligation.test(clause)) return true;
  // "…to reactivate your account immediately", unless a threat follows ("…immediately or we will close it").
  if (immediateBenefit.test(clause) && !/^\s*,?\s*(?:or|otherwise)\b/.test(sentence.normal.slice(match.end))) return false;
  const order = demandStart.exec(clause);
  return order !== null && !otherSubject.test(clause.slice(order[0].length));
};

/**
 * A limit or a loss that turns "order now" into pressure: a vague limit, a price rise, a basket not held, stock
 * running out. A true deadline stated beside it ("This is the last day of your trial, upgrade now") is a fact.
 */
const limitOrLoss =
  /\b(?:limited|today only|before (?:it'?s|they'?re) gone|won'?t last|going up|goes up|go up|rising|not (?:held|reserved|saved|guaranteed)|(?:isn'?t|aren'?t) (?:held|reserved|saved)|hurry|(?:hours?|minutes?) only|miss(?:ing)? out|don'?t miss|sell(?:ing)? out|running out)\b/;

/** A window on an event or a service, not an offer: "The course runs for 6 days only". */
const runsBefore = /\b(?:runs?|lasts?|takes?|open|opens|stays?|available to (?:members|staff))\b[^.!?]*$/;

/** Words of a shop, so "while it lasts" is about an offer and not the weather. */
const shopWords = /\b(?:price|prices|offer|offers|deal|deals|sale|discount|yours|grab|buy|order|shop|stock|save|saving|savings|cart|basket|checkout|coupon|code)\b/;

/** After "Wait!": an offer, a discount or a claim that the order is unfinished. */
const waitOffer =
  /^[\s!.…,—–-]*(?:one last|last chance|don't (?:leave|go)|upgrade|add |(?:here's|here is) (?:an? |your |our |one |this )?(?:exclusive|special|offer|deal|discount|bonus|gift|one-time|last|\d)|(?:get|take|save) \d|grab|claim|don't miss|before you (?:go|leave)[,!…]+ *(?=[^.!?]*(?:\d+ ?%|\b(?:off|offer|deal|discount|code|coupon|gift|free|save \d|bonus)\b))|special (?:offer|deal|discount)|exclusive|one more (?:offer|thing|deal)|your (?:order|cart|purchase) is(?:n't| not)|\d+ ?%)/;

/** Where the widget and reminder entries of phrases.yaml are pressure. */
/**
 * The reader's own supply running low, not stock for sale: "Only 4 of 30 left! Consider refilling the medicine soon",
 * "only 2 doses left in your pack".
 */
export const readerSupply: Condition = ({ sentence }) =>
  /\b(?:refill(?:ing)?|re-?order your|your (?:supply|pack|pills?|tablets?|doses?|prescription|medicine|medication)|doses? left)\b/.test(sentence.unit.text.toLowerCase());

export const timerGuards: EntryGuard[] = [
  {
    id: 'ends-in-clock',
    // "The live stream ends in 02:30:00", "Doors close in 2 hrs 30 mins": the time of an event, not of an offer.
    unless: anyOf(precededBy(securityBefore), precededBy(eventBefore)),
  },
  {
    id: 'offer-ends-in-timer',
    when: precededBy(/\b(?:offers?|deals?|sales?|discounts?|coupons?|promo(?:tion)?s?|prices?|savings|bonus|cart)\b[^.!?]*$/),
  },
  {
    id: 'immediately',
    when: aimedAtReader,
    // "Change it immediately after logging in", "Check in immediately upon arrival": when, in a sequence, not a rush.
    unless: anyOf(
      followedBy(benefitAfter),
      followedBy(/^\s+(?:after|upon|on (?:arrival|receipt|delivery|landing)|once|when|following)\b/),
      // "Upgrade to search for more tags at once", "edit several files at once": at the same time, not now.
      ({ match, before }) =>
        /^at once$/i.test(match.text) &&
        /\b(?:search|edit|upload|select|send|add|delete|remove|download|process|view|compare|share|invite|import|export|move|tag|print|open|run|manage|track|scan|sync|convert|watch|play|follow)\w*\b[^.!?]*\b(?:more|multiple|several|many|two|three|four|five|\d+|x{2,}|up to \w+)\b(?:\s+[\p{L}'-]+){0,3}\s*$/iu.test(before),
    ),
  },
  {
    id: 'quickly',
    when: aimedAtReader,
    unless: anyOf(
      followedBy(benefitAfter),
      followedBy(/^\s*(?::|(?:with|from|by|using|via|through|in|on|online|at|and (?:easily|securely|safely|we|we'll|you'll))\b)/),
    ),
  },
  {
    id: 'in-high-demand',
    // A claim that stands alone ("This item is in high demand.") or is pushed; "in high demand at weekends, so book
    // early" is a calm fact about when.
    when: anyOf(exclaimed, precededBy(pushBefore), followedBy(pushAfter), followedBy(/^\s*[.…]?\s*$/)),
    // "Our support team is in high demand": the sender's people are busy, which explains a wait.
    unless: precededBy(/\b(?:team|support|staff|agents?|advisors?|servers?|lines|helpdesk|help desk|customer service|our (?:experts|people))\b[^.!?]*$/),
  },
  {
    id: 'only-count-left',
    when: anyOf(exclaimed, precededBy(/\b(?:hurry|quick|act (?:now|fast)|don'?t wait)\b[^.?]*$/), followedBy(/^[^.?]*\b(?:ends?|expires?|hurry)\b/)),
    // "Only {amount} left for free shipping!": what the reader still has to spend for a perk, not stock running out.
    unless: anyOf(readerSupply, followedBy(/^\s+(?:(?:more )?to spend |away )?(?:for|until|till|before|to (?:get|unlock|qualify for|reach|earn)) (?:a |your |the )?(?:free (?:shipping|delivery|returns|gift|sample)|discount|reward|bonus)\b/)),
  },
  {
    id: 'last-units-available',
    when: anyOf(leadIn, exclaimed),
  },
  {
    id: 'viewing-counter',
    unless: followedBy(/^[^.!?]*\b(?:said|say|says|told|tell|found|rated|loved|liked|agreed|reported|wrote|recommend(?:ed)?)\b/),
  },
  {
    id: 'buy-now-before-loss',
    // "Shop now" alone is a button; beside a limit or a loss ("Limited time offer, order now") it is a push.
    when: ({ sentence, match }) => limitOrLoss.test(sentence.unit.text.toLowerCase().replace(/[’‘]/g, "'").replace(match.text.toLowerCase(), ' ')),
    unless: anyOf(precededBy(securityBefore), followedBy(/^\s+(?:for|and (?:pay|get|save|receive|enjoy|we(?:'ll| will)))\b/)),
  },
  {
    id: 'next-hours-offer',
    // The window of an offer: a sale, a discount, free delivery, a deal or a coupon in the same sentence. A window of a
    // day or more stated as the offer's validity ("This offer is valid for the next 48 hours.") is a calm deadline.
    when: precededBy(/(?:\b(?:sales?|deals?|discounts?|offers?|coupons?|promo(?:tion)?s?|savings|free (?:shipping|delivery|gifts?))\b|\d ?% off\b|\bsave (?:up to )?(?:\d|\$|£|€))[^.!?]*$/),
    unless: anyOf(
      precededBy(securityBefore),
      allOf(precededBy(/\b(?:is|are|remains?|stays?) valid\s*$/), ({ match, after }) => /\b(?:24|48|72|96)\b/.test(match.text) && !/^[^.?!]*!/.test(after)),
    ),
  },
  {
    id: 'hours-only',
    unless: anyOf(precededBy(securityBefore), precededBy(eventBefore), precededBy(runsBefore)),
  },
  {
    id: 'while-you-still-can',
    when: ({ sentence }) => shopWords.test(sentence.normal),
  },
  {
    id: 'stock-running-low',
    // "Low stock threshold", "Email me when stock is low": settings for the shop, not a claim to a shopper.
    unless: anyOf(
      // "Low stock - 4 items left" states the count: a fact the shopper can weigh.
      followedBy(/^\s*[-–—:,(]?\s*(?:only |just )?(?:\d+|x{2,})/),
      // "Limited availability on weekends", "running low on some sizes, so we've ordered more": when, or what we do.
      followedBy(/^\s+(?:on|at|in|during|over|until|from|at weekends)\b/),
      ({ sentence }) => /\b(?:we(?:'ve| have)? (?:ordered|restocked)|restock\w*|more (?:is|are) on (?:the|its|their) way)\b/.test(sentence.normal),
      precededBy(/\b(?:no|not|never|nothing|when|if|once|notify|alert|email|threshold)\b[^.!?]*$/),
      // The reason a request was only partly met: "Quantity has been adjusted to 2 due to limited stock".
      allOf(
        precededBy(/\b(?:due to|because of|owing to|as a result of|on account of)\s+$/),
        ({ sentence }) =>
          /\b(?:quantit(?:y|ies)|amounts?|orders?|carts?|items?|basket)\b[^.!?]*\b(?:adjusted|reduced|lowered|updated|changed|removed|only partly|partially)\b|\b(?:adjusted|reduced|lowered|updated|changed|removed)\b[^.!?]*\b(?:quantit(?:y|ies)|amounts?|orders?|carts?|items?|basket)\b/.test(sentence.normal) &&
          !/\b(?:order now|hurry|before it'?s gone|act fast|don'?t miss)\b/.test(sentence.unit.text.toLowerCase()),
      ),
      // A stock badge alone ("Low stock") states a fact; "Low stock alert!" or "Hurry, low stock" raises an alarm.
      ({ sentence }) => /^\W*low (?:in )?stock\W*$/.test(sentence.unit.text.toLowerCase()) && !/!/.test(sentence.unit.text),
      followedBy(/^\s+(?:threshold|alerts?|notifications?|emails?|amount|level|warning|report|status|products?|items)\b/),
    ),
  },
  {
    id: 'people-bought-this',
    // "12 people bought this last year and left reviews" is a record, not a rush.
    unless: followedBy(/^\s+(?:last|this|in|over|since|during)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:year|month|season|\d{4})\b/),
  },
  {
    id: 'sold-in-the-last-hours',
    unless: ({ sentence }) => /\b(?:we|we've|us|our|you|your|you've)\b/.test(sentence.normal),
  },
  {
    id: 'someone-just-bought',
    unless: ({ sentence }) => /\b(?:you|your|we|our|us)\b/.test(sentence.normal),
  },
  {
    id: 'you-only-have-time',
    // "Your sign-in link is valid for 10 minutes, so you only have 10 minutes to use it": a security window; "you
    // only have 2 hours before the webinar starts" the time to an event.
    unless: anyOf(precededBy(securityBefore), ({ sentence }) => /\b(?:webinar|event|class|meeting|session|lesson|show|starts|begins|kick-?off)\b/.test(sentence.normal)),
  },
  {
    id: 'reserved-for-minutes',
    // A bare label ("Reserved for 5 minutes"), or the shop holding something for the reader ("We have reserved a
    // trial for you for the next 15 minutes"); with another subject ("The meeting room is held for 30 minutes") it
    // is a fact.
    // "Your FREE Bottles Reserved For 09:59 Minutes": the reader's offer held against a clock.
    when: anyOf(
      sentenceStart,
      precededBy(/\b(?:we|we've|we have|we're|we are|we'll|we will)\s+(?:\w+\s+)?$/),
      precededBy(/\byour (?:[\w-]+ ){0,3}(?:offer|discount|price|cart|basket|items?|bottles?|bonus|gifts?|deal|coupon|products?|package|bundle|savings)(?: (?:is|are|has been|have been))? $/),
    ),
    // A booking, a parcel or a table held for a while is a fact; so is a hold that runs "after" or "from" a time.
    unless: anyOf(
      precededBy(securityBefore),
      followedBy(/^\s+(?:after|before|from|past)\b/),
      ({ sentence }) => /\b(?:parcel|depot|table|room|booking|appointment|seat at)\b/.test(sentence.normal),
    ),
  },
  {
    id: 'before-time-runs-out',
    // "Save your answers before time runs out" in a test or a session is the reader's own timer.
    unless: precededBy(/\b(?:exam|quiz|test|session|answers?|draft|work|game|round|turn)\b[^.!?]*$/),
  },
  {
    id: 'quick-interjection',
    when: sentenceStart,
  },
  {
    id: 'expiring-soon-badge',
    // A badge: nothing before it names whose thing expires ("Your card is expiring soon"), and no date follows.
    when: sentenceStart,
    unless: followedBy(/^,?\s+(?:on|at|by|in|this|next|until|tomorrow|tonight|for)\b/),
  },
  {
    id: 'gone-when-you-leave',
    // "Not available after checkout" pushes when it is shouted or said of a special offer; "Gift cards are not
    // available after checkout in the app" is a fact about where to buy them.
    when: anyOf(
      ({ match }) => !/^(?:not|no longer) /.test(match.text.toLowerCase()),
      exclaimed,
      precededBy(/\b(?:limited|offer|deal|discount|special|exclusive|one-time|only|add-on)\b[^.!?]*$/),
    ),
  },
  {
    id: 'ends-in-label',
    // A countdown's label stands alone ("Ends in {time}", "Sale ends in:"); the reader's own trial, plan or code
    // ending is a date to know.
    // Also after a separator that ends another label: "Your Offer Reserved | Expires in".
    when: anyOf(sentenceStart, precededBy(/(?:^|[|•·])\W*(?:(?:attention|hurry|quick|note)\W*)?(?:your )?$/)),
    unless: anyOf(
      precededBy(securityBefore),
      precededBy(eventBefore),
      precededBy(/\b(?:trial|subscription|plan|session|membership|password|account)\b[^.!?]*$/),
      // A store-wide sale's countdown label, said calmly ("Sale ends in:", "This Deal Ends In:"), names a real end;
      // a personal offer's ("Your offer expires in") or a pushed one ("Hurry! Sale ends in") is the fake timer.
      ({ sentence, match }) => /^\W*(?:(?:the|this) )?(?:sale|deal|deals|flash sale|promotion)s?,? (?:ends?|ending|closes?) in\b/.test(match.text.toLowerCase()) && !/[!！]|\b(?:hurry|limited|last|only|quick|act|don'?t miss)\b/.test(sentence.unit.text.toLowerCase()),
    ),
  },
  {
    id: 'do-not-close-page',
    // "Don't close this window while we process your payment": the reason is technical and stated.
    // Shouted ("Do Not Close This Page!") or about the back button; a calm "Do not close this window or refresh
    // the page" during checkout reads as a technical instruction.
    when: anyOf(exclaimed, ({ match }) => /\bback\b/.test(match.text.toLowerCase())),
    unless: ({ sentence }) => /\b(?:while|until|during|processing|being processed|uploads?|uploading|loading|in progress|finish(?:es|ed)?|completes?|completed|saving|saved)\b/.test(sentence.normal),
  },
  {
    id: 'only-chance',
    when: ({ sentence }) => /\b(?:offer|offers|price|prices|deal|deals|discount|saving|savings|purchase|buy|order|upgrade|bundle)\b|\d+ ?%|[$€£]\s?\d|\bfor only\b/.test(sentence.normal),
    // "This is the only time you'll see your recovery codes": a security fact, not a sales push.
    unless: ({ sentence }) => /\b(?:code|codes|key|keys|password|token|secret|recovery|backup|api)\b/.test(sentence.normal),
  },
  {
    id: 'sell-out-claim',
    unless: anyOf(
      // "Supplies are limited to one per customer" states a rule.
      followedBy(/^\s+to\b/),
      followedBy(/^\s*[-–—:,(]?\s*(?:only |just )?(?:\d+|x{2,})/),
      precededBy(/\b(?:never|not|don'?t|won'?t|no|if|when|unless)\b[^.!?]*$/),
      ({ sentence }) => /\b(?:we(?:'ve| have)? (?:ordered|restocked)|restock\w*)\b/.test(sentence.normal),
    ),
  },
  {
    id: 'price-will-go-up',
    when: anyOf(
      exclaimed,
      followedBy(/^[^.!?]*\b(?:soon|so (?:order|buy|book|grab|act|hurry)|(?:order|buy|book|act) (?:now|today|soon)|any (?:day|moment|minute)|hurry)\b/),
      precededBy(/\b(?:once|soon|hurry|before long)\b[^.!?]*$/),
    ),
    unless: followedBy(/^\s+(?:on|from|in|starting|next|after|by) (?:\d|january|february|march|april|may|june|july|august|september|october|november|december|the \d|\w+day)/),
  },
  {
    id: 'wait-offer',
    // What follows the "Wait!" (often its own sentence) is an offer or a claim that the order is unfinished.
    when: allOf(sentenceStart, ({ sentence, match }) => waitOffer.test(sentence.unit.text.slice(sentence.start + match.end).toLowerCase().replace(/[’‘]/g, "'"))),
  },
  {
    id: 'about-to-expire',
    // Shouted, or about the shop's cart or offer; the reader's own code or card expiring is a fact to know.
    when: anyOf(exclaimed, leadIn),
    unless: precededBy(securityBefore),
  },
  {
    id: 'time-left-clock',
    // A countdown on an offer: shop words near it, or days in the clock. An upload, a quiz or a session shows the
    // reader's own time left.
    when: anyOf(({ sentence }) => shopWords.test(sentence.unit.text.toLowerCase()), ({ match }) => /\bd(?:ays?)?\b|x{2,}d/.test(match.text.toLowerCase())),
    unless: anyOf(
      precededBy(securityBefore),
      precededBy(eventBefore),
      ({ sentence }) => /\b(?:upload|download|quiz|exam|test|session|battery|video|playback|install|backup|sync)\w*\b/.test(sentence.unit.text.toLowerCase()),
    ),
  },
  {
    id: 'cart-released-in',
    // The shop's hold on the reader's basket; a parcel, a table or a booking held is a service.
    unless: anyOf(precededBy(securityBefore), ({ sentence }) => /\b(?:parcel|depot|table|room|booking|appointment|locker)\b/.test(sentence.normal)),
  },
  {
    id: 'high-demand-badge',
    // A badge opens its line; "High demand: replies may take longer" explains a delay.
    when: sentenceStart,
    unless: followedBy(/^[^.!?]*\b(?:repl(?:y|ies)|respon\w*|support|delay\w*|wait\w*|slow\w*|longer|queue\w*|processing|shipping|dispatch\w*|server|load|volume|patience)\b/),
  },
  {
    id: 'quota-badge',
    // A badge opens the line ("Only 20 available per day"); "we take only 5 a month" is the maker's capacity.
    // The badge is the whole line: "Only 3 lessons a week are included in your plan" states what a plan holds.
    when: allOf(sentenceStart, followedBy(/^\s*(?:[!.…:|—–-]|$)/)),
  },
  {
    id: 'just-bought-toast',
    // The whole string is the toast: "just bought this!" with nothing before it but a name's placeholder; or one of a
    // toast's list of made-up activities ("just purchased this product, just added this to their cart, is viewing…").
    when: anyOf(
      allOf(exclaimed, ({ sentence, match }) => /^[\s\W]*(?:x{2,}\s*)?$/.test(sentence.unit.text.slice(0, sentence.start + match.start))),
      followedBy(/^\s*,\s*(?:just added|is viewing|are viewing)\b/),
    ),
  },
  {
    id: 'ends-in-hours-badge',
    // A badge: the countdown opens its sentence ("Ends in 24H") or follows an offer's name; the reader's trial or
    // an event ending is a time to know ("Ends in 24 hours: your free trial", "Ends in 24H: our live Q&A").
    when: anyOf(sentenceStart, ({ match }) => /^(?:sale|offer|deal|discount|promotion|promo|price|bonus|flash)/i.test(match.text)),
    unless: anyOf(
      precededBy(securityBefore),
      precededBy(eventBefore),
      precededBy(/\b(?:trial|subscription|plan|session|membership|maintenance|outage|upload|download)\b[^.!?]*$/),
      followedBy(/^[^.!?]*\b(?:trial|subscription|plan|webinar|event|stream|livestream|q&a|class|session|live|maintenance|auction|vote|poll)\b/),
    ),
  },
  {
    id: 'urgent-label',
    // An emergency of the business's own (a closure, the weather) may be urgent news; a reminder is not.
    unless: ({ sentence }) => /\b(?:closed|closure|closing|emergency|weather|storm|flood\w*|fire|burst|power cut|power outage|evacuat\w*)\b/.test(sentence.unit.text.toLowerCase()),
  },
  {
    id: 'dont-want-you-to-miss',
    // The writer's concern is a push only on an offer: "…miss out on this opportunity", a deal, a price.
    when: ({ sentence }) => /\b(?:opportunity|offer|deal|discount|price|sale|savings?|bonus|order|buy|purchase)\b|\d+ ?%|[$€£]\s?\d/.test(sentence.unit.text.toLowerCase()),
    unless: ({ sentence }) => /\bno pressure\b/.test(sentence.unit.text.toLowerCase()),
  },
  {
    id: 'buy-before-tonight',
    // "Order before 2pm for next-day delivery": a cut-off that serves the reader.
    unless: anyOf(
      followedBy(/^[^.!?]*\b(?:for|to (?:get|receive|have)|and (?:get|receive|we'll))\b/),
      ({ sentence }) => /\b(?:deliver\w*|dispatch\w*|ship(?:s|ped|ping)?|arrive\w*|same-day|next-day|collection|pick-?up)\b/.test(sentence.normal),
    ),
  },
  {
    id: 'countdown-text',
    unless: anyOf(precededBy(securityBefore), precededBy(eventBefore), precededBy(runsBefore), precededBy(/\b(?:flight|trip|journey|duration|total|time)\b[^.!?]*$/)),
  },
];
