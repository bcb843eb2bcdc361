import { phrase } from '../../src/linter/phrases.js';

/** Stock apologies, with a plainer replacement for the matched words where one keeps the sentence whole. */
export const formulaicApologies: { pattern: RegExp; replacement?: string }[] = [
  {
    // "for any inconvenience (this may have caused)", "for any inconvenience caused"
    pattern: phrase(
      "(for|about) any (inconvenience|inconveniences|trouble|disruption|frustration)( (this|that|it) (may|might|could) (have|has) caused( you)?| (this|that|it) (has )?caused( you)?| caused( (to )?you)?| (this|that|it) (may|might) cause( you)?)?",
    ),
    replacement: 'for the trouble this caused',
  },
  {
    // "we regret any inconvenience", "we regret the inconvenience"
    pattern: phrase('regret (any|the) (inconvenience|trouble)( (this|that|it) (may|might|could) (have|has) caused( you)?| caused)?'),
    replacement: 'are sorry for the trouble this caused',
  },
];

/** Apologies for the reader's feelings instead of for what happened. */
export const conditionalApologies: RegExp[] = [
  phrase(
    "(sorry|apologi[sz]e|apologies) if (you|anyone|anybody|some of you) (feel|felt|were|are|have been|got|was|may have been|might have been|found)",
  ),
  phrase("(sorry|apologi[sz]e) (that )?you (feel|felt) (that way|this way|like that|upset|frustrated)"),
  phrase('(sorry|apologi[sz]e|apologies) if (this|that|it) (caused|has caused|may have caused|upset|offended|came across)'),
  phrase('mistakes were made'),
];
