/**
 * Phrase data for `no-threat`, as regular-expression sources for `phrase()` (lower case, straight
 * apostrophes; a space matches any white space). Kept here so the rule's code only wires them together.
 */

/** Modal verbs that announce a consequence. */
export const modals = 'will|shall|may|might|could|can|would';

/** Adverbs allowed between the modal and its verb ("will automatically be closed"). */
export const modalAdverbs = 'also|likely|immediately|automatically|permanently|temporarily|then|unfortunately';

/** What a penalty does to the reader's account, as a past participle after "be". */
export const punitiveParticiples =
  'suspended|terminated|closed|deleted|permanently deleted|cancelled|canceled|deactivated|disabled|removed|blocked|banned|frozen|locked out|locked|restricted|revoked|shut down|cut off|disconnected|blacklisted|reported|referred to (?:[a-z-]+ )*?(?:collections?|recovery|solicitors?|lawyers?|attorneys?|court)(?: agency| agencies)?|sent to collections|passed to (?:[a-z-]+ )*?(?:collections?|recovery)(?: agency| agencies)?';

/** What we threaten to do, as a base form after "we will" / "we'll have to". */
export const punitiveVerbs =
  'suspend|terminate|close|delete|cancel|deactivate|disable|remove|block|ban|freeze|lock|restrict|revoke|cut off|disconnect|refer|pass|send|charge|report|withhold|take legal action|start legal|begin legal|take (?:further|formal) action';

/** The objects that make "we'll have to close" a threat to the reader, not a shop announcement. */
export const readerObjects = "your|you|this (?:matter|debt|account|balance)|the (?:matter|debt|account|balance|outstanding)|it";

/** Verbs after "be forced to" that make it a threat (with a reader object after them, see `readerObjects`). */
export const forcedVerbs =
  'suspend|terminate|close|delete|cancel|deactivate|disable|remove|block|ban|freeze|lock|restrict|refer|pass|send|charge|report|withhold|recover|pursue';

/** Frames that disown a penalty: "we will be forced to", "we have no choice but to". */
export const forcedFrames =
  "be forced to|are forced to|were forced to|feel forced to|have no (?:other )?(?:choice|option|alternative) but to|had no (?:other )?(?:choice|option|alternative) but to|be left with no (?:other )?(?:choice|option|alternative) but to|leaves? us (?:with )?no (?:other )?(?:choice|option|alternative) but to|be obliged to|be compelled to";

/** Penalties named as nouns, after "will result in" / "may lead to". Fees alone are a calm fact, so they are not here. */
export const punitiveNouns =
  '(?:account |service |immediate |permanent |temporary )?(?:suspension|termination|closure|cancellation|deactivation|deletion|removal|restriction|disconnection)|(?:a |an )?(?:permanent |temporary )?(?:ban|blacklisting)|legal action|legal proceedings|court action|prosecution|eviction|(?:debt )?collections?(?: action| proceedings| activity)?|loss of (?:access|service|your [a-z]+)|penalties|a penalty|fines|a fine';

/** Links between a failure and its penalty: "will result in", "may lead to", "is grounds for". */
export const consequenceLinks = `(?:${modals})(?: (?:${modalAdverbs}))? (?:result in|lead to|cause|mean|trigger|incur|be met with)|(?:is|are|will be|may be|constitutes|constitute) grounds for`;

/** Legal and debt-collection threats. */
export const legalThreats =
  '(?:sent|send|passed|pass|referred|refer|handed over|hand over|transferred|transfer|forwarded|assigned|sold)(?: (?:your|this|the) (?:account|debt|balance|case|matter|invoice)| it| this)? (?:on )?to (?:(?:a |an |our |the )?(?:external |third-party |third party )?(?:debt )?(?:collections?|recovery) (?:agency|agencies|agent|agents|team|partner|partners|company|firm)|collections|(?:a )?debt collectors?)|legal (?:action|proceedings|steps|measures)|court (?:action|proceedings)|(?:take|taking) (?:you|this|the matter|this matter|it) to court|small claims court|(?:sue|suing) you|bailiffs?|debt collect(?:or|ors|ion agency|ion agencies)|(?:collection|collections|recovery) agenc(?:y|ies)|(?:our |my )?(?:solicitors|lawyers|attorneys) (?:will|may|shall) (?:contact|be in touch)';

/** Vague menace: "further action will be taken". */
export const vagueThreats =
  "or else(?=[.!]|$)|(?:further|formal|enforcement|recovery|disciplinary|appropriate) action (?:will|may|shall|might|could) be taken|we(?:'ll| will| may| shall| might)? take (?:further|formal|enforcement|recovery|disciplinary) action|there will be consequences|face (?:the )?consequences";

/** Headers of debt letters. */
export const warningLabels = '(?:final|last) (?:warning|demand)|final notice';

/** "Reserves the right to" + a penalty. */
export const reservedPenalties =
  'terminate|suspend|close|cancel|deactivate|delete|remove|ban|block|disable|refuse|take legal action|pursue|recover|refer|charge|withhold|restrict';

/** Words in a condition that make it about the reader not doing something. */
export const negativeCondition =
  /(?:^unless\b)|\b(?:don't|dont|do not|doesn't|does not|didn't|did not|haven't|have not|hasn't|has not|isn't|is not|aren't|are not|wasn't|was not|weren't|were not|can't|cannot|can not|won't|will not|fail|fails|failed|neglect|neglects|not|no|never|nothing)\b/;

/**
 * How to say what an action keeps for the reader, from the penalty it avoids. `{object}` is the thing
 * named in the penalty ("account", "booking"). The first entry whose pattern matches wins.
 */
export const keepStates: readonly { pattern: RegExp; state: 'open' | 'active' | 'kept' | 'access' }[] = [
  { pattern: /\b(?:lose|losing|loss of|no longer have) access\b|\bbe able to (?:access|use|log in|sign in|log on)\b|\baccess (?:will|may|could) be (?:restricted|revoked|removed|blocked|suspended|cut off)/, state: 'access' },
  { pattern: /\bclos(?:e|ed|ure|ing)\b|\bshut down\b/, state: 'open' },
  { pattern: /\b(?:suspen|terminat|deactivat|disabl|block|ban\b|banned|freez|frozen|lock|restrict|revok|cut off|disconnect)/, state: 'active' },
  { pattern: /\b(?:cancel|delet|remov|lose|losing|loss)/, state: 'kept' },
];

/** Things a penalty may fall on: "your <adjective>? <object>" in the penalty names what the action keeps. */
export const penaltyObjects =
  /\byour ((?:[a-z-]+ )?(?:account|subscription|membership|plan|service|booking|reservation|order|card|profile|listing|store|website|site|domain|page|data|files|photos|content))\b/;

/** What a penalty may fall on that is routine housekeeping, not a punishment: "we'll close your ticket". */
export const routineObjects = /\b(?:ticket|tickets|case|request|conversation|chat|thread|query|enquiry|inquiry|cart|basket|draft|session)\b/;

/** Actions in a "failure to ..." clause that read better as another verb after "please". */
export const actionRewrites: readonly [RegExp, string][] = [
  [/^(?:comply|adhere|conform) (?:with|to)\b/i, 'follow'],
  [/^abide by\b/i, 'follow'],
  [/^remit (?:payment|the payment)\b/i, 'pay'],
  [/^make (?:payment|the payment|a payment)\b/i, 'pay'],
];
