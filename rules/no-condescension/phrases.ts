import { phrase } from '../../src/kit/index.js';

/**
 * Verbs that give the reader a task when used as an imperative ("click the link", "update your card"). A
 * minimiser ("simply", "just") is only read as talking down when it sits before one of these at the start of
 * a clause, so "We just launched dark mode", "just in time" and "just $5" stay silent. Verbs of contacting us
 * ("just reply", "just let us know") are left out on purpose: they are offers of help, not tasks.
 */
export const taskVerbs: ReadonlySet<string> = new Set([
  'accept', 'activate', 'add', 'adjust', 'apply', 'approve', 'attach', 'authorise', 'authorize', 'book',
  'bring', 'browse', 'cancel', 'change', 'charge', 'check', 'choose', 'claim', 'clear', 'click', 'close',
  'complete', 'configure', 'confirm', 'connect', 'copy', 'create', 'customise', 'customize', 'delete',
  'disable', 'disconnect', 'double-check', 'double-click', 'download', 'downgrade', 'drag', 'drop', 'edit',
  'enable', 'enter', 'export', 'fill', 'find', 'finish', 'fix', 'follow', 'forward', 'get', 'go', 'grab',
  'grant', 'head', 'hit', 'hold', 'import', 'insert', 'install', 'join', 'link', 'log', 'login', 'make',
  'mark', 'move', 'navigate', 'open', 'opt', 'order', 'pack', 'pair', 'paste', 'pay', 'pick', 'place', 'plug',
  'pop', 'post', 'press', 'print', 'provide', 'put', 're-enter', 'read', 'reboot', 'redeem', 'refresh',
  'register', 'reinstall', 'reload', 'remove', 'rename', 'renew', 'reorder', 'replace', 'reschedule',
  'resend', 'reset', 'restart', 'restore', 'resubmit', 'retry', 'return', 'scan', 'schedule', 'scroll',
  'search', 'select', 'send', 'set', 'share', 'show', 'sign', 'snap', 'start', 'stick', 'submit', 'subscribe',
  'swap', 'swipe', 'switch', 'sync', 'take', 'tap', 'tick', 'toggle', 'top', 'try', 'turn', 'type', 'uncheck',
  'uninstall', 'unplug', 'unsubscribe', 'untick', 'update', 'upgrade', 'upload', 'use', 'verify', 'visit',
]);

/** Words that open a clause, so that "simply" or "just" after them starts an instruction. */
export const clauseOpeners = /(?:^|[:;,(\u2014\u2013"*\u2022-]|^\s*\d+[.)]|\b(?:and|then|please|or|so|now|first|next|finally|also|do is))\s*$/;

/** Invitations to contact us ("just reply and we'll sort it") and "just hold tight" are not tasks played down. */
export const invitation = new RegExp(
  String.raw`^(?:let (?:us|me) know|ask|reply|respond|write back|reach out|get in touch|get back to us|contact us|call us|email us|e-mail us|message us|text us|chat with us|tell us|give us a|drop us|say the word|hold (?:on|tight))\b`.replace(/ /g, '\\s+'),
);

/** A rule we hold the reader to: "we can't", "we don't", "we're unable to", "you have to". */
export const ourLimit = /\b(?:can't|cannot|can not|won't|will not|don't|do not|aren't able|are not able|unable|have to|need to|must|only)\b/;

/** Orders that are kind after "of course" ("Of course, take your time"). */
export const gentleOrders: ReadonlySet<string> = new Set(['take', 'get', 'try', 'start', 'join', 'use', 'pick', 'choose', 'keep', 'pop', 'grab', 'swap', 'switch', 'cancel', 'return']);

/** After "it's easy:" or "it's easy,", an instruction follows ("It's easy: print the label"). */
export const instructionStart = /^(?:just|simply|you|first|step)\b/;

/** Matches a minimiser and the word after it; the word must be a task verb for a finding. */
export const minimizerBeforeWord = phrase("(?<minimizer>(?:just|simply)(?: (?:just|simply))?) (?<verb>[\\p{L}][\\p{L}'-]*)");

/** Uses of "of course" that read as "you should know this"; found only next to an obligation or an order. */
export const ofCourse = phrase('of course');

/** "You need to", "you'll have to", "you must": an obligation laid on the reader. */
export const readerObligation =
  /(?<!\b(?:if|when|whenever|case|unless|should|whether)\s+)\byou(?:'ll|'d| will| would)?(?:\s+(?:also|still|first|probably|definitely|obviously))?\s+(?:need|must|have to|'ve got to|have got to|should|are required|'re required|are expected|'re expected|will need|will have to|can't|cannot|can not|won't be able)\b/;

/** "Obviously", anywhere it is used as a comment on the reader's knowledge. */
export const obviously = phrase('obviously');

/**
 * "Clearly" as a sentence adverb about the reader or the matter at hand; "clearly labelled boxes", "speak clearly"
 * and "Clearly, we got this wrong" (about ourselves) are left alone.
 */
export const clearly = {
  /** "Clearly, ..." or "Clearly you ..." at the start of a clause. */
  opener: phrase("clearly(?=,? (?:you|you've|you're|you'd|your|they|it|it's|this|that|there|the|someone|something|nobody|no one|not)\\b)"),
  /** "as clearly stated in our terms". */
  asStated: phrase('as (?:was |has been |is |we |i |we\'ve |we have )?(?<adverb>clearly) (?:stated|explained|mentioned|shown|noted|outlined|indicated|said|specified|described|written|set out|laid out)'),
  /** "you clearly didn't read", "you've clearly missed". */
  reproach: phrase("you(?:'ve| have)? (?<adverb>clearly) (?:didn't|did not|don't|do not|haven't|have not|hadn't|had not|forgot|forgotten|missed|overlooked|misread|misunderstood|ignored|weren't|were not|aren't|are not|can't|cannot|never)"),
};

/** How a finding's range can be rewritten. */
export type Rewrite =
  /** Drop the phrase (and a comma around it), capitalising the next word at the start of a sentence. */
  | 'remove'
  /** Replace an opening reproach with “As a reminder,”; drop it elsewhere. */
  | 'reminder'
  /** “It’s easy to update” becomes “You can update”. */
  | 'you-can'
  | 'none';

export interface CondescendingPhrase {
  pattern: RegExp;
  messageId: 'assumedKnowledge' | 'reproach' | 'easy' | 'anyoneCan';
  rewrite: Rewrite;
}

/** Phrases that tell the reader they should know something, have been told, or face an easy task. */
export const condescendingPhrases: CondescendingPhrase[] = [
  {
    // "As you should know," "as you must already know", "as you should have known", "as everyone knows".
    // "As you know" and "as you may know" are polite and stay silent.
    pattern: phrase(
      "as (?:you|you've|you have) (?:should|must|surely|ought to|will surely|no doubt|undoubtedly|of course|obviously|clearly)(?: already)? (?:know|have known|be aware|have heard|have read|have seen|have noticed|been told|heard|read|noticed|seen)|as (?:you're|you are) (?:surely|no doubt|undoubtedly|obviously|clearly|of course)(?: already)? aware|as (?:everyone|everybody|anyone|anybody) (?:already |surely |should )?(?:knows|know|is aware|can see|can tell)",
    ),
    messageId: 'assumedKnowledge',
    rewrite: 'remove',
  },
  {
    // "Everyone knows that passwords..." at the start of a clause; "make sure everyone knows" and "not everyone
    // knows" are kind and stay silent.
    pattern: phrase("(?<!\\b(?:sure|ensure|so|not|until|once|when|if|let|make|that|help|helps|before|after|then) )(?:everyone|everybody) (?:already )?knows that"),
    messageId: 'assumedKnowledge',
    rewrite: 'remove',
  },
  {
    // "Everyone knows how to reset a password"; "Everyone knows how to have fun at our fair" is play, not a task.
    pattern: phrase(`(?<!\\b(?:sure|ensure|so|not|until|once|when|if|let|make|that|help|helps|before|after|then) )(?:everyone|everybody) (?:already )?knows how to (?:${[...taskVerbs].join('|')})`),
    messageId: 'assumedKnowledge',
    rewrite: 'none',
  },
  {
    // "You should have known", "you should know better", "you ought to know this by now". "You should know that
    // we've updated our terms" is a plain heads-up and stays silent.
    pattern: phrase(
      "you (?:should|must|ought to|really should|should really) (?:have known|have realised|have realized|know better|already know|already be aware|know (?:this |that |it )?by now|know (?:this|that) already|be aware (?:of this |of that )?by now)",
    ),
    messageId: 'assumedKnowledge',
    rewrite: 'none',
  },
  {
    // "As we already told you", "as I've said before", "as you were already told", "like we said before".
    // A plain cross-reference ("As mentioned in our last email") is cold rather than condescending and is left
    // to no-cold-tone; the reproach is in "already", "before" and "repeatedly".
    pattern: phrase(
      "(?:as|like) (?:we|i)(?: have|'ve| had|'d)? (?:already|previously|repeatedly) (?:told|said|explained|mentioned|stated|informed|advised|pointed out|noted)(?: (?:to )?you)?(?: (?:before|already|earlier|several times|many times|multiple times|more than once|repeatedly))?|(?:as|like) (?:we|i)(?: have|'ve| had|'d)? (?:told|said|explained|mentioned|stated|informed|advised|pointed out|noted)(?: (?:to )?you)? (?:before|already|several times|many times|multiple times|more than once|repeatedly|countless times)|as (?:you were|you've been|you have been)(?: already| previously| repeatedly)? (?:told|informed|advised|reminded)|as (?:already|repeatedly) (?:stated|mentioned|explained|said|noted|advised)",
    ),
    messageId: 'reproach',
    rewrite: 'reminder',
  },
  {
    // "It's not rocket science", "this isn't brain surgery".
    pattern: phrase("(?:it|this|that)(?:'s| is)(?: really| just)?(?: not|n't| hardly) (?:exactly |really )?(?:rocket science|brain surgery)|(?:it|this|that) really isn't (?:exactly )?(?:rocket science|brain surgery)"),
    messageId: 'easy',
    rewrite: 'none',
  },
  {
    // "Any idiot can set this up".
    pattern: phrase('(?:any|every) (?:idiot|fool|moron|dummy|numpty|muppet|monkey|imbecile) (?:can|could)'),
    messageId: 'anyoneCan',
    rewrite: 'none',
  },
  {
    // "Even a child can do it", "so easy your grandma could use it". "Even kids can join the fun" is not about
    // effort and stays silent: the verb must be one of doing or understanding.
    pattern: phrase(
      "(?:even|so (?:easy|simple)(?: that)?(?: even)?) (?:a|an|your|my) (?:child|kid|toddler|five-year-old|5-year-old|six-year-old|6-year-old|grandma|grandmother|granny|gran|grandpa|grandad|granddad|grandfather|nan|nana|monkey|caveman|technophobe|luddite|beginner) (?:can|could|would be able to)(?= (?:do|use|set|figure|understand|manage|fix|work|follow|install|handle|operate|master|learn|get|cope)\\b)",
    ),
    messageId: 'anyoneCan',
    rewrite: 'none',
  },
  {
    // "That's how easy it is", "it couldn't be easier", "it's as simple as that".
    pattern: phrase(
      "(?:that's|that is) (?:just )?how (?:easy|simple) it is|(?:it|this|that) (?:couldn't|could not|could hardly|can't|cannot) be (?:any )?(?:easier|simpler)|(?:it's|it is) (?:as|that|so|really that|just that) (?:easy|simple)(?: as that)?(?= *[.!]| *$)|(?:it's|it is) as (?:easy|simple) as (?:that|pie|abc|1-2-3|one, two, three|1, 2, 3|can be)",
    ),
    messageId: 'easy',
    rewrite: 'none',
  },
];

/**
 * "It's easy", "it is really simple", "it's quick and easy": the claim is checked against what follows it in
 * code (an instruction, "to" and a task verb, or the end of the sentence).
 */
export const itIsEasy = phrase(
  "(?<!\\b(?:if|whether|when|whatever|as long as|unless) )(?:it's|it is|it really is|it's really|it's all|it's all so) (?:(?:really|so|very|super|pretty|quite|incredibly|ridiculously|dead|truly|totally|actually|honestly) )*(?:(?:quick|fast|free|simple) (?:and|&) )?(?<adjective>easy|simple|straightforward|a breeze|a piece of cake|child's play|a cinch|a no-brainer|a doddle)",
);

/** After "it's easy to": verbs that admit a slip is understandable. "It's easy to miss" is kind, not condescending. */
export const empatheticAfterEasy = /^(?:(?:get|make|feel|fall) (?:lost|confused|wrong|mixed up|stuck|overwhelmed|behind|carried away|a mistake|mistakes|an error|the wrong|into)|make (?:a )?mistakes?|lose (?:track|sight)|mix up|miss|overlook|forget|misread|misunderstand|see why|see how|understand why|take for granted|think|assume)\b/;
