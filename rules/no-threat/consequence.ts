import { clauseBefore, findPhrases, isQuoted, phrase } from '../../src/kit/index.js';
import type { Sentence } from '../../src/kit/index.js';

/**
 * Threats carried by a consequence clause that the phrase lists of no-threat do not name: "…, otherwise we may
 * need to freeze your membership", "remove your domains first otherwise all of them will be deleted", "pay within
 * 14 days, after which your files will be permanently deleted", "we may seek legal recourse", "the administration may elect to delete your account".
 * Patterns run over normalised text (lower case, straight apostrophes).
 */

/** Word stems of harm done to the reader's account, service, data or money. */
const harm =
  /\b(?:stop|block|clos|suspend|cancel|terminat|delet|remov|restrict|limit|disabl|deactivat|lock|ban|charg|fine|penalt|fees?\b|report|refer|pass(?:ed)? (?:on|to)|hand|collect|legal|court|withdraw|no longer|los[et]|losing|forfeit|releas|destroy|eras|purg|expel|evict|reposs|withh[eo]ld|interrupt|cut off|disconnect|revok|freez|sell|sold|dispos|discard|expir|void|invalidat)/;
/** "have to", "be forced to": the writer presents the harm as the reader's doing. */
const coercion = /\b(?:have to|had to|need to|be forced to|be obliged to|be compelled to|be required to|no choice but to)\b/;
/** Calm consequences that are not harm: "otherwise, you're all set", "otherwise we'll send a reminder". */
const harmless = /\b(?:all set|good to go|remind|reminder|refund|return (?:it|the|your) (?:parcel|package|item)|renew|keep|stay|remain|continue)\b/;

type Found = { messageId: 'orElse' | 'consequence' | 'legal'; start: number; end: number };

/** "…, otherwise we will…", "…, failing which your account will…", "or we'll have to…". */
const otherwisePattern = phrase(
  "(?:otherwise|or else|failing which|failing that|failing this|if not)[,]? (?:we|we'll|we'd|you|you'll|your|our|the|this|that|these|those|all|any|some|each|every|it|it'll|they|they'll)\\b[^,.;:!?]*",
);
/**
 * The clause after "otherwise" has a subject (checked by the pattern) and speaks of what will happen: "we will…",
 * "your files will be…", "all domains may…". "If the label says otherwise, write to us" has neither.
 */
const future = /\b(?:will|'ll|may|might|shall|would|could|can|be|is going to|are going to)\b/;

/** "… within 14 days, after which your files will be deleted". */
const afterWhichPattern = phrase("(?:after which|after that|at which point|beyond which|or from then on),? (?:we|we'll|your|you|you'll|the|this|all|any|it)[^,.;:!?]*");
/** "we may seek legal recourse", "we will pursue all legal remedies". */
const recoursePattern = phrase(
  '(?:seek|pursue|take|consider|exercise|initiate|begin|start|commence|explore)(?: all| any| every)?(?: available| necessary| appropriate| further)? (?:legal (?:recourse|remedies|options|routes?)|(?:judicial|court|legal) (?:proceedings|measures)|recourse)',
);
/** "the administration may elect to delete your account": a discretionary penalty held over the reader. */
const electPattern = phrase(
  '(?:may|might|can|could|will|shall) (?:at any time )?(?:elect|decide|choose|opt|proceed) to (?:delete|remove|close|suspend|terminate|ban|disable|deactivate|block|restrict|purge|erase|destroy) (?:your|the user|the member|this user)',
);
/**
 * Who does the harm after "otherwise". A threat comes from the writer: "we" as the subject ("otherwise we will
 * close…"), or a deliberate act in the passive ("…will be deleted", "the booking will be released"), or a harm to
 * the reader's account, service or money ("otherwise you'll lose access"). "Otherwise they will be lost", "the
 * printer may stop", "it will expire" are cause and effect: the thing itself fails, nobody acts on the reader.
 */
const writerSubject = /^(?:otherwise|or else|failing which|failing that|failing this|if not)[,]? (?:we|we'll|we'd|our)\b/;
const deliberatePassive =
  /\b(?:be|been|get|gets) (?:\p{L}+ )?(?:stopped|blocked|closed|suspended|cancell?ed|terminated|deleted|removed|restricted|limited|disabled|deactivated|locked|banned|charged|fined|penali[sz]ed|reported|referred|passed (?:on|to)|handed (?:over|to)|collected|withdrawn|released|destroyed|erased|purged|expelled|evicted|repossessed|withheld|interrupted|cut off|disconnected|revoked|frozen|sold|disposed of|discarded|invalidated|voided|forfeited)\b/u;
const readerStake =
  /\b(?:your|the) (?:account|subscription|membership|service|access|order|booking|reservation|deposit|money|funds|domains?|listings?|profile|licen[cs]e|contract|tenancy|plan)\b|\b(?:lose|losing) access\b/;
/** "You can choose to delete your account": the reader is the one who decides. */
const readerDecides = /\byou(?:rself)?\b[^,;:]*$/;

const negation = /(?:n't|\bnot|\bnever|\bno|\bwithout)\b/;

/** The consequence-clause threats of one sentence, in sentence offsets; the caller resolves overlaps. */
export function findConsequences(sentence: Sentence): Found[] {
  // A question ("Will my files be deleted if I don't pay?") is the reader's, not a threat.
  if (/\?\s*$/.test(sentence.text)) return [];
  const found: Found[] = [];
  const usable = (start: number, end: number) => !isQuoted(sentence, start, end);

  for (const match of findPhrases(sentence, otherwisePattern)) {
    const text = match.text.toLowerCase();
    // "Otherwise" must follow something the reader is asked to do, in the same sentence.
    if (!usable(match.start, match.end) || sentence.normal.slice(0, match.start).trim() === '') continue;
    if (!future.test(text) || harmless.test(text) || !(harm.test(text) || coercion.test(text))) continue;
    if (!writerSubject.test(text) && !deliberatePassive.test(text) && !(readerStake.test(text) && harm.test(text))) continue;
    found.push({ messageId: 'orElse', start: match.start, end: match.end });
  }
  for (const match of findPhrases(sentence, afterWhichPattern)) {
    const text = match.text.toLowerCase();
    if (!usable(match.start, match.end) || harmless.test(text) || !harm.test(text)) continue;
    // Only after a deadline on the reader: "pay within 14 days, after which…".
    if (!/\b(?:within|by|before|until|in) (?:the next )?(?:\d+|x{2,}|one|two|three|five|seven|ten|fourteen|thirty|a|an)\b/.test(sentence.normal.slice(0, match.start))) continue;
    found.push({ messageId: 'consequence', start: match.start, end: match.end });
  }
  for (const match of findPhrases(sentence, recoursePattern)) {
    if (!usable(match.start, match.end) || negation.test(clauseBefore(sentence, match.start))) continue;
    // "You can seek legal recourse": the reader's own right.
    if (/\byou\b[^,;:]*\b(?:can|may|could|might|right to|entitled to)\b[^,;:]*$/.test(clauseBefore(sentence, match.start))) continue;
    found.push({ messageId: 'legal', start: match.start, end: match.end });
  }
  for (const match of findPhrases(sentence, electPattern)) {
    const clause = clauseBefore(sentence, match.start);
    if (!usable(match.start, match.end) || negation.test(clause) || readerDecides.test(clause)) continue;
    const end = /^[^,.;:!?]*/.exec(sentence.normal.slice(match.end))?.[0].trimEnd().length ?? 0;
    found.push({ messageId: 'consequence', start: match.start, end: match.end + end });
  }
  return found;
}
