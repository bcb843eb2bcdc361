import type { z } from 'zod';
import { apostrophesLike, defineRule, findPhrases, isQuoted, isVerbatim, lazyZod, matchCase, offersReaderStep, overlaps } from '../../src/kit/index.js';
import type { PhraseMatch, Sentence, SuggestionDescriptor } from '../../src/kit/index.js';
import { automatedSender, coldFormulas, contactPath, type ColdFormula } from './phrases.js';
import { phraseData } from './phrases.data.js';

/** Built on first use: zod loads only when a config gives this rule options. */
const schema = () => {
  const z = lazyZod();
  return z.strictObject({
    /**
     * Also flag “please note that” and “please note:”. Off by default: the phrase is mild and common in friendly
     * copy, but a strict house style may want the news to come first.
     */
    pleaseNote: z.boolean(),
  });
};

type Options = z.infer<ReturnType<typeof schema>>;

/** A rewrite of a range of the sentence, in sentence offsets. */
interface Rewrite {
  start: number;
  end: number;
  suggestions: SuggestionDescriptor[];
  safe: boolean;
}

/** True when `offset` opens the sentence or a line of it (after an optional list marker). */
function opensLine(sentence: Sentence, offset: number): boolean {
  return /(?:^|\n)[ \t]*(?:[-*•>]+[ \t]+)?$/.test(sentence.text.slice(0, offset));
}

/** Fill `{group}` placeholders with the named groups of the match, as written. */
function fill(template: string, match: PhraseMatch): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string, at: number) => {
    const text = match.groups[name]?.text ?? '';
    // "Your" opened the sentence; inside the rewrite it is an ordinary word again ("We've got your request").
    return at > 0 && /^\p{Lu}\p{Ll}*$/u.test(text) && text !== 'I' ? text.toLowerCase() : text;
  });
}

/** Give a rewrite the case of the words it replaces: lower case inside a sentence, capitals when shouted. */
function caseLike(original: string, replacement: string): string {
  const first = original.match(/\p{L}/u)?.[0] ?? '';
  let text = replacement;
  if (first && first === first.toLowerCase() && !/^I\b/.test(text)) {
    text = text.replace(/\p{L}/u, (letter) => letter.toLowerCase());
  }
  return matchCase(original, text);
}

function capitalise(word: string): string {
  return word.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

/** The rewrite an entry offers for one match, if the sentence around it allows one. */
function rewriteFor(formula: ColdFormula, sentence: Sentence, match: PhraseMatch): Rewrite {
  const none: Rewrite = { start: match.start, end: match.end, suggestions: [], safe: false };
  const rewrite = formula.rewrite;
  if (!rewrite) return none;
  switch (rewrite.kind) {
    case 'replace': {
      if (rewrite.at === 'line-start' && !opensLine(sentence, match.start)) return none;
      // Write apostrophes the way the copy does: "We’re sorry" in copy that uses curly ones.
      const texts = rewrite.with.map((template) => apostrophesLike(sentence.text, caseLike(match.text, fill(template, match).replace(/\s+/g, ' '))));
      return { ...none, suggestions: texts.map((text) => ({ text })) };
    }
    case 'drop-opener': {
      // Only when a clause follows: "Please be advised that | your plan renews", "Please note: | the office".
      const rest = sentence.text.slice(match.end);
      const gap = /^[ \t]*([:,;—–])?\s+|^[ \t]*([:,;—–])/.exec(rest);
      const endsWithThat = /\bthat$/.test(sentence.normal.slice(match.start, match.end));
      if (!gap || (!endsWithThat && !gap[1] && !gap[2])) return none;
      const next = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(rest.slice(gap[0].length));
      if (!next || /^x{2,}$/.test(next[0])) return none;
      const nextStart = match.end + gap[0].length;
      if (opensLine(sentence, match.start)) {
        return { start: match.start, end: nextStart + next[0].length, suggestions: [{ text: capitalise(next[0]) }], safe: rewrite.safe };
      }
      // After "Hi Maya, " the formula can simply go; a parenthetical ("Your plan, please be advised, renews")
      // cannot, since removing it leaves a stray comma.
      const clauseFollows = endsWithThat || gap[1] === ':' || gap[2] === ':';
      if (clauseFollows && /[,;:—–(][ \t]*$/.test(sentence.text.slice(0, match.start))) {
        return { start: match.start, end: nextStart, suggestions: [{ text: '' }], safe: rewrite.safe };
      }
      return none;
    }
    case 'drop-word': {
      const previous = sentence.text.charAt(match.start - 1);
      const following = sentence.text.slice(match.end);
      if (opensLine(sentence, match.start) || !/[ \t]/.test(previous)) return none;
      const spaces = /^[ \t]+/.exec(following);
      if (spaces) return { start: match.start, end: match.end + spaces[0].length, suggestions: [{ text: '' }], safe: false };
      if (/^[.,;:!?)]/.test(following)) return { start: match.start - 1, end: match.end, suggestions: [{ text: '' }], safe: false };
      return none;
    }
  }
}

/**
 * The letter formulas that announce news ("We are writing to inform you that", "This is to notify you that"), not the
 * ones that lecture ("Please be advised that"), which stay reported wherever they are.
 */
const announcing = /\b(?:inform|notify|notification|notice|let you know|advise you of|writing to)\b/;

/** News the reader wanted: "your application has been approved", "your order has been confirmed". */
const goodNews = /\b(?:has|have) been (?:approved|accepted|confirmed|granted|verified|activated|renewed|published|completed|shipped|delivered)\b|\b(?:is|are) (?:now )?(?:approved|confirmed|live|ready|available|active)\b/;

/**
 * News that refuses or ends something of the reader's: "has decided to reject", "were not approved", "your application
 * was unsuccessful", "has been terminated", "we could not process the payment".
 */
const refusal = /\b(?:reject(?:ed)?|den(?:y|ied)|declined?|not (?:been )?(?:approved|accepted|successful|selected)|(?:application|request|appeal|submission|proposal|bid) (?:was|has been|is) unsuccessful|terminated|revoked|disqualified|not able to offer|unable to offer|could not (?:be )?process(?:ed)?)\b/;

/**
 * A policy cited for what the reader gets: a refund processed, data kept safe, a right to cancel or return ("any eligible
 * refunds will be processed according to our refund policy", "your data is stored securely in accordance with our
 * policies", "You can cancel at any time, in accordance with our terms"): a plain reference, which blind editors of real
 * e-mails left as it was.
 */
const policyForReader =
  /\b(?:refunds? (?:(?:is|are|will be|has been|have been) )?(?:issued|processed|paid|made|credited|returned|sent)|(?:issue|process|make|send) (?:you )?(?:a |your )?(?:full |partial )?refund|(?:stored|kept|held|handled|processed) (?:securely|safely)|securely|protect(?:s|ed|ing)? your|(?:is|are|will be|remains?|stays?) (?:protected|safe|private|encrypted)|encrypt(?:s|ed|ing)? your|you (?:can|may) (?:cancel|return|change|pause|exchange|request)|can be returned|at no (?:extra )?cost|no questions asked|free of charge)\b/;
/**
 * What a policy is cited against, even beside a benefit: a refusal, a loss or a penalty for the reader ("Your
 * connection will be disconnected as per our policy", "No refund is issued per our cancellation policy", "Your account
 * will be deleted in accordance with our policies").
 */
const policyAgainstReader =
  /\b(?:no refunds?|not (?:be )?(?:refund\w*|return\w*|accept\w*|eligible|possible|given|issued|offered|made|provided)|non-refundable|cannot|can't|unable|forfeit\w*|disconnect\w*|suspend\w*|terminat\w*|clos(?:e|ed|es|ing) your|fees?|penalt\w*|fines?|charged|exercis\w* (?:our|the) right|lose|lost|ban(?:ned)?|block(?:ed)?|revok\w*|withh[eo]ld\w*|delet\w*|remov\w*|void\w*|retain\w*|taken down|refus\w*|expir\w*)\b/;
/** "won't lose", "will not be charged": a loss ruled out is a benefit. */
const lossRuledOut = /\b(?:won't|will not|don't|do not|never|not) (?:be )?(?:lose|lost|charged|deleted|removed)\b/g;

/** The words of an e-mail's confidentiality notice. */
/** Markers of a legal document set out in full: a waiver, a release of liability, an indemnity, defined parties. */
const legalDocument =
  /\b(?:waiver|release of liability|release and waiver|hold (?:\w+ ){0,6}harmless|indemnif(?:y|ies|ied|ication)|(?:this|the) (?:agreement|contract) (?:is|shall|will) be (?:governed|binding|construed))\b/i;

const disclaimer =
  /\b(?:intended (?:only |solely )?(?:recipient|for the (?:sole )?use of)|(?:received|receive) this (?:e-?mail|message|communication|transmission) (?:in error|by mistake)|(?:confidential|privileged) (?:and|or) (?:confidential|privileged|proprietary)|(?:information|contents?) contained (?:in|within) this (?:e-?mail|message|communication|transmission))\b/;

/**
 * What a selection turns down: "unable to approve your application", "not able to offer you a place". Not a service
 * refused: "unable to accept your payment", "unable to offer refunds".
 */
const selectionVerb =
  /\b(?:approve|accept|admit|offer you|proceed with|move forward with|match|select|shortlist)\b[^.!?]{0,40}?\b(?:application|applications|candidacy|admission|registration|membership|enrol(?:l?ment)?|proposal|submission|claim|nomination|entry|you|it|place|position|role|request)\b/;

/** The sentence before `sentence` when both are in the same unit (paragraph, heading, catalogue entry). */
function previousInUnit(sentence: Sentence, sentences: readonly Sentence[]): Sentence | undefined {
  const previous = sentences[sentences.indexOf(sentence) - 1];
  return previous?.unit === sentence.unit ? previous : undefined;
}

/** A refusal that owns its regret in its own sentence or the one before it, with no stock "inconvenience" formula. */
function softenedRefusal(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  const near = `${previousInUnit(sentence, sentences)?.normal ?? ''} ${sentence.normal}`;
  return /\b(?:unfortunately|regret|sorry|apologi[sz]e)\b/.test(near) && !/\binconvenience\b/.test(near);
}

export default defineRule<Options>({
  meta: {
    id: 'no-cold-tone',
    description: 'Bureaucratic or robotic formulas, such as “Dear valued customer”, “please be advised” and “per our policy”.',
    level: 'warn',
    fix: 'safe',
    schema,
    defaults: { pleaseNote: false },
    phrases: phraseData,
    messages: {
      greeting:
        '“{actual}” is a mass-mail greeting: it tells the reader that nobody looked at who they are. Use their name, or a plain greeting when you don’t have it, for example “Hi Maya,” or “Hi there,”.',
      valued:
        '“{actual}” is a stock phrase that sounds automated, and calling readers valued does not make them feel valued. Drop the label, or show it with something concrete, for example “Thanks for being with us since 2019.”',
      preamble:
        '“{actual}” is a formula from official letters: it sounds cold and makes the reader wait for the news. Start with the news itself, for example “Your plan renews on 1 May.”',
      legalese:
        '“{actual}” is contract language; in a message to a customer it sounds like a legal notice, not a person. Use everyday words, for example {example}.',
      policy:
        '“{actual}” points at the rulebook instead of giving a reason, so the reader hears a refusal from an office. Say what the rule means for them, for example “We can refund unworn items within 30 days.”',
      officialese:
        '“{actual}” is office-memo wording that puts distance between you and the reader. Say it the way you would out loud, for example “Our records show that your plan ended” or “as you asked”.',
      autoReply:
        '“{actual}” sounds like a machine filed the reader’s message, and it does not say when they will hear back. Say who has it and when they will hear from you, for example “We’ve got your request and will reply by Friday.”',
      regret:
        '“{actual}” is the opening of a form rejection letter: the reader braces for bad news from nobody in particular. Say sorry plainly, then give the news, for example “We’re sorry, but your flight is cancelled.”',
      attention:
        '“{actual}” makes the reader sound like the subject of an investigation. Say plainly what you noticed, for example “We noticed that your card expired.”',
      unable:
        '“{actual}” is call-centre wording: it says no without saying why or what happens next. Say it plainly and give the next step, for example “We can’t refund this order yet; we’ll email you by Friday.”',
      scripted:
        '“{actual}” is the line every hold queue plays, and readers hear it as the opposite. Thank them and say what happens next, for example “Thanks for holding; someone will be with you in about 5 minutes.”',
      noReply:
        '“{actual}” closes the conversation with no way back, so a reader with a question is stuck. Say where they can write instead, for example “Replies to this address aren’t read; for help, write to help@example.com.”',
    },
  },
  create(context) {
    const formulas = coldFormulas.filter((formula) => !formula.option || context.options[formula.option]);
    let offersContact: boolean | undefined;
    const readerCanWriteElsewhere = () =>
      (offersContact ??=
        context.document.units.some((unit) => contactPath.test(unit.text.toLowerCase())) ||
        // Addresses and template tags are masked in the copy ("email help@example.com" reads "email ░░░░"): an address,
        // a mailto link or a link's placeholder ("$registrationLink$", "{{ support_url }}") in the source is a way on.
        /\bmailto:|[\w.+-]+@[\w-]+\.[\w.-]*[a-z]/i.test(context.document.source) ||
        // A link the reader can act on, not a picture or the way out: not "{{ logo_url }}" or "{{ unsubscribe_link }}".
        [...context.document.source.matchAll(/[{$%][{$%\s]*([\w.]*(?:link|url|href)\w*)\s*[}$%]/gi)].some((tag) => !/logo|image|img|icon|banner|unsubscribe|pixel|tracking|asset|cdn|static|font|css|avatar|photo|picture/i.test(tag[1] ?? '')));

    let legalText: boolean | undefined;
    /** A waiver, a release or an agreement set out in full: its legal words are the law's, not the message's voice. */
    const isLegalText = () => (legalText ??= legalDocument.test(context.document.units.map((unit) => unit.text).join('\n')));

    const explainsSender = (sentence: Sentence): boolean => {
      if (automatedSender.test(sentence.normal)) return true;
      const previous = previousInUnit(sentence, context.sentences());
      return previous !== undefined && automatedSender.test(previous.normal);
    };

    // A message that goes on to give the reader a step (reply, sign in, contact us, "you can…") is a letter that helps,
    // however formal its opening: blind editors of real notices keep "We are writing to inform you that…" there, and ask
    // for a change where the formula opens a notice that leaves the reader stuck.
    // The whole message must be read first, so these findings wait for the end of the document.
    const pending: { report: Parameters<typeof context.report>[0]; sentence: Sentence; after: string }[] = [];
    // A form greeting ("Dear valued customer") or a "valued customer" line over good or ordinary news (an order
    // shipped, a sale, a welcome) reads as a shop's house style: blind editors of real e-mails leave it. Over bad news
    // (a refusal, a cancellation, a failed payment, a suspension) it tells a reader in trouble that nobody looked at
    // who they are. So in a message it waits for the message's purpose; in a UI string, where the news is out of
    // sight, it is always reported.
    const greetings: { report: Parameters<typeof context.report>[0]; sentence: Sentence }[] = [];

    return {
      sentence(sentence) {
        const taken: [number, number][] = [];
        for (const formula of formulas) {
          for (const match of findPhrases(sentence, formula.pattern)) {
            if (overlaps(taken, match.start, match.end) || isQuoted(sentence, match.start, match.end)) continue;
            if (formula.kind === 'noReply' && readerCanWriteElsewhere()) continue;
            // "This is an automated message, please do not reply": a footer that says why, in the same sentence or the one before.
            if (formula.id === 'do-not-reply' && explainsSender(sentence)) continue;
            if (formula.when && !formula.when({ sentence, match, before: sentence.normal.slice(0, match.start), after: sentence.normal.slice(match.end) })) continue;
            // A confidentiality notice in a footer ("If you are not the intended recipient, you are hereby notified that…",
            // "Please be advised that the information contained within this email is confidential") speaks to someone
            // the message was not for, in the words the law expects: not the message's voice.
            if ((formula.kind === 'preamble' || formula.kind === 'legalese') && disclaimer.test(sentence.normal)) continue;
            // The text of a waiver or an agreement ("Member hereby agrees to waive all claims…"), which a gym or a venue
            // must show as written.
            if (formula.kind === 'legalese' && isLegalText()) continue;
            taken.push([match.start, match.end]);
            let rewrite = rewriteFor(formula, sentence, match);
            // Markup or a template tag inside the range: report the phrase itself, with nothing to apply.
            if (!isVerbatim(context.document, sentence, rewrite.start, rewrite.end)) {
              rewrite = { start: match.start, end: match.end, suggestions: [], safe: false };
            }
            // A masked template tag inside the phrase ("unable to send {{item}} at this time") is quoted as “…”.
            const masked = !isVerbatim(context.document, sentence, match.start, match.end);
            const actual = masked ? match.text.replace(/\bx{2,}\b/g, '…') : match.text;
            const data: Record<string, string> = { actual: actual.replace(/\s+/g, ' ').replace(/[,;:]$/, '') };
            if (formula.example) data['example'] = formula.example;
            const report = { sentence, start: rewrite.start, end: rewrite.end, messageId: formula.kind, data, suggestions: rewrite.suggestions, safeFix: rewrite.safe };
            const inMessage = context.copyOf(sentence).kind === 'message';
            // "We regret to inform you that…" opens a letter's bad news; in 38 messages that two blind editors both
            // judged, 35 with the formula were fine as they stood (the harsh ones were harsh for a threat, a blame or a
            // sensitive subject, which other rules report). In a message it passes; in a UI string it is reported.
            if (formula.kind === 'regret' && inMessage) continue;
            if (formula.kind === 'policy') {
              // The policy's own name ("our cancellation policy") says nothing for or against the reader.
              const rest = `${sentence.normal.slice(0, match.start)} ${sentence.normal.slice(match.end)}`;
              if (policyForReader.test(rest) && !refusal.test(rest) && !policyAgainstReader.test(rest.replace(lossRuledOut, ' '))) continue;
            }
            // "Unfortunately, we are unable to approve your application at this time": a selection decision, or a refusal
            // already softened by an apology of its own, is the courteous form blind editors keep (12 of 14 such lines in
            // the development sets were fine). A bare "We are unable to process your refund at this time" is reported.
            if (formula.kind === 'unable' && (selectionVerb.test(match.text.toLowerCase()) || softenedRefusal(sentence, context.sentences()))) continue;
            const waits = formula.kind === 'preamble' && announcing.test(match.text.toLowerCase()) && inMessage;
            if (waits) pending.push({ report, sentence, after: sentence.text.slice(match.end) });
            else if (((formula.kind === 'greeting' && formula.id !== 'attention-category') || formula.kind === 'valued') && context.copyOf(sentence).kind === 'message') greetings.push({ report, sentence });
            else context.report(report);
          }
        }
      },
      done() {
        if (pending.length === 0 && greetings.length === 0) return;
        const sentences = context.sentences();
        /** The copy announces a problem or a refusal somewhere. */
        const bringsBadNews = (segment: ReturnType<typeof context.copyOf>) =>
          segment.purpose.type === 'problem' || sentences.some((other) => context.copyOf(other) === segment && refusal.test(other.normal));
        for (const { report, sentence } of greetings) if (bringsBadNews(context.copyOf(sentence))) context.report(report);
        for (const { report, sentence, after } of pending) {
          // Steps in the same message only: a catalogue's other entries are other messages.
          const segment = context.copyOf(sentence);
          const helps =
            offersReaderStep(after) ||
            sentences.some(
              (other) =>
                other !== sentence && context.copyOf(other) === segment && other.unit.kind !== 'subject' && other.unit.kind !== 'preheader' && offersReaderStep(other.text),
            );
          // A refusal or a termination announced with the formula is a form rejection letter, whatever follows.
          if (helps && !refusal.test(sentence.normal)) continue;
          // Good news in a formal opener ("I would like to inform you that your leave has been approved") only sounds
          // formal; a preamble waits for bad news, as a form greeting does.
          if (goodNews.test(sentence.normal) && !bringsBadNews(segment)) continue;
          context.report(report);
        }
      },
    };
  },
});
