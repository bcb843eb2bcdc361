import { phrase } from '../../src/kit/index.js';
import type { ProblemKind } from '../../src/kit/index.js';

/**
 * Sentences that acknowledge how a problem affects the reader: a specific apology, naming the reader's
 * experience, owning the cause, or normalising it without blame. Formulaic apologies are excluded in code.
 */
export const acknowledgements: RegExp[] = [
  phrase('(so |very |truly |really |deeply |genuinely )?sorry'),
  phrase('(we|i) (sincerely |truly |deeply )?apologi[sz]e'),
  phrase('(sincere |deepest |heartfelt )?apologies'),
  phrase('(we|i) (completely |totally |fully |really )?(know|understand|realise|realize|appreciate|recognise|recognize)(?! (of|about))'),
  phrase("(this|that|it|which|waiting|losing access|not knowing) (is|was|must be|must have been|can be|could be|may be|might be|has been|will be) (so |very |really |incredibly |understandably )?(frustrating|annoying|stressful|disappointing|worrying|upsetting|concerning|unsettling|inconvenient|disruptive|a hassle|a pain|a worry|a shock|bad news|not what you)"),
  phrase("(not|isn't|wasn't|is not|was not) (the )?(experience|service|news|answer|outcome) (you|we) (expected|wanted|hoped|deserve|promised|were hoping)"),
  phrase("(we|i) (let you down|got (this|it) wrong|made a mistake|messed up|dropped the ball|should have|could have done better|fell short|didn't get this right|did not get this right)"),
  phrase("(our|my) (mistake|fault|error|bad)"),
  phrase("(that's|that is|this is|this one's|this one is) on us"),
  phrase('(we|i) hate (it when|that|to)'),
  phrase("(we're|we are|we feel|we were|i'm|i am|i feel|the whole team is|everyone here is) (so |really |truly |just as |equally )?(gutted|devastated|heartbroken|disappointed|frustrated|upset|terrible|awful|bad|annoyed|sad)"),
  phrase("(this|that|it|which) (really |truly )?(stings|hurts|is rough|is tough|is hard|is no fun|isn't fun|is not fun|is annoying|is maddening|is a blow|is a real blow)"),
  // Normalising without blame ("it's easy to miss"), not "it's easy to fix", which tells the reader it is trivial.
  phrase("(it's|it is|it can be|it's very|it is very) (easy|common|normal|understandable) to (miss|overlook|forget|lose track|get caught|slip)"),
  phrase('(happens|can happen) (to (everyone|anyone|all of us|the best of us)|more often than (you|we) (might )?think|to lots of)'),
  phrase("(a |an )?(hard|tough|difficult|stressful|busy|expensive|worrying) (month|time|week|year|period|few weeks|season|moment) for|(post|letters|mail|emails|reminders|parcels) (does |do |can |sometimes |often )?(go astray|get lost|go missing|slip through)"),
  phrase("you (may|might) (have )?(noticed|seen|had trouble|been unable|not been able|experienced|found|run into)"),
  phrase('(thank you|thanks) for (your )?(patience|understanding|bearing with us|sticking with us) (while|as|during)'),
  // The benefit of the doubt: "If you've already paid, please ignore this", "If it has already been sent, please
  // disregard this notice". It tells the reader the notice may be the system's lag, not their failing.
  phrase("if (you('ve| have)|you) already (paid|sent|settled|made|renewed|updated|returned|replied|responded|done)|if (it|this|payment|the payment|your payment|they|these) (has|have) already been (sent|paid|made|settled|received|returned)|if (your payment|payment|it|this) (and this (notice|reminder|email|message) )?(has )?crossed"),
  // Regret that owns the failure: "Unfortunately, we weren't able to…", "Sadly, we couldn't…". A bare
  // "Unfortunately, your card was declined" only reports the news, so the clause must have us as its subject.
  phrase("(unfortunately|sadly|regrettably),? (we|i) (were|was|are|am|have been) (not able|unable)|(unfortunately|sadly|regrettably),? (we|i) (couldn't|could not|can't|cannot|didn't manage|did not manage|weren't able|wasn't able|failed)"),
];

/** Apologies that do not count as acknowledgement: formula, or sorry for the reader's feelings. */
export const hollowApology = phrase(
  "(sorry|apologi[sz]e|apologies|regret) (for|about) (any [^ ]+|the (inconvenience|inconveniences))( (this|that|it) (may|might|could) (have )?caused| caused)?|(sorry|apologi[sz]e|apologies) if|(sorry|apologi[sz]e) (that )?you (feel|felt|think|thought|believe|found)",
);

/** One honest sentence of acknowledgement per kind of problem; suggestions never invent facts. */
export const exampleAcknowledgement: Record<ProblemKind | 'other', string> = {
  'failed-payment': 'We know a declined payment is a hassle, especially when you didn’t expect it.',
  'billing-error': 'We’re sorry: being charged the wrong amount is worrying, and it was our mistake to fix.',
  outage: 'We’re sorry: we know you rely on us, and this got in your way.',
  delay: 'We’re sorry it’s late; we know you were counting on it.',
  'price-rise': 'We know a higher price is never welcome news.',
  suspension: 'We know losing access is stressful, and we want to help you get back in quickly.',
  breach: 'We’re sorry. You trusted us with your information, and we take that seriously.',
  'out-of-stock': 'We’re sorry: we know you were looking forward to it.',
  'refund-denied': 'We know this isn’t the answer you hoped for.',
  cancellation: 'We’re sorry: we know this upsets your plans.',
  debt: 'We know money can be tight, and we’re here to help find a way forward.',
  other: 'We’re sorry this happened, and we know it’s frustrating.',
};
