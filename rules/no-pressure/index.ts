import { defineRule, matchEntries, reportEntries } from '../../src/kit/index.js';
import type { CopyInfo } from '../../src/kit/index.js';
import { pressurePhrases } from './phrases.js';
import { phraseData } from './phrases.data.js';

/**
 * A one-time code or link whose validity the copy states ("Your verification code: 482913. Expires in 15 minutes"): a
 * security limit, not a sales clock.
 */
const securityCode =
  /\b(?:verification|one-time|one time|sign-in|sign in|login|log-in|security|confirmation|access|reset|activation|authentication|2fa|two-factor|otp) (?:code|link|pin|token|password)s?\b|\b(?:otp|passcode|magic link)\b/;
/** Words of a sale, which keep a countdown a sales clock whatever else the copy holds. */
const saleWords = /\b(?:offer|offers|sale|deal|deals|discount|price|prices|promo|promotion|coupon|voucher|bonus|save|off)\b/;

export default defineRule({
  meta: {
    id: 'no-pressure',
    description: 'False urgency, invented scarcity and fear of missing out that rush the reader into a decision.',
    level: 'warn',
    fix: 'suggest',
    phrases: phraseData,
    messages: {
      urgency:
        '“{actual}” pushes the reader to decide before they have had time to think, and pressure like this reads as a sales trick. Give them the facts and let them choose, for example “Take a look when you’re ready.”',
      deadline:
        '“{actual}” rushes the reader with a ticking or vague deadline instead of telling them when it is. If the deadline is real, state it calmly with a date and time, for example “The offer ends on Sunday at midnight.”',
      scarcity:
        '“{actual}” claims that stock is about to run out, which rushes the reader and teaches them to distrust your next offer. If supply really is limited, say so as a plain fact, for example “We have 20 seats in this workshop.”',
      fomo:
        '“{actual}” plays on the fear of missing out instead of giving the reader a reason to care. Say what they get, for example “Take a look at this month’s offers.”',
      ultimatum:
        '“{actual}” frames the choice as now or never, which leaves the reader feeling cornered. Let them decide in their own time and state any real deadline plainly, for example “The offer ends on 30 April.”',
      rush:
        '“{actual}” demands that the reader drop everything and act on your schedule, which reads as pressure, and in a reminder as a threat. Give the date and the help on offer, for example “Please pay by 30 April. If that’s hard, reply and we’ll find a way.”',
      crowd:
        '“{actual}” pressures the reader with what everyone else is supposedly doing, not with what the product does for them. Share a real, specific fact instead, for example “Over 2,000 teams use it to plan their week.”',
    },
  },
  create(context) {
    const aboutCodes = new WeakMap<CopyInfo, boolean>();
    /** Whether the copy the sentence belongs to (a message, or one catalogue entry) is about a one-time code or link. */
    const aboutCode = (copy: CopyInfo): boolean => {
      let found = aboutCodes.get(copy);
      if (found === undefined) {
        found = context.sentences().some((other) => context.copyOf(other) === copy && securityCode.test(other.normal));
        aboutCodes.set(copy, found);
      }
      return found;
    };
    return {
      sentence(sentence) {
        const findings = matchEntries(sentence, pressurePhrases).filter(
          (finding) => finding.messageId !== 'deadline' || saleWords.test(sentence.normal) || !aboutCode(context.copyOf(sentence)),
        );
        reportEntries(context, sentence, findings);
      },
    };
  },
});
