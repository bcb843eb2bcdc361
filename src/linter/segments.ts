import type { CopyInfo, CopyKind, ResolvedConfig, Sentence, TextDocument, TextUnit } from '../types.js';

/**
 * A file's copy cut into the pieces that are judged on their own: the whole file for an e-mail, a page or a
 * text; for a string catalogue, each entry, or the entries under one parent key that form one message (an
 * e-mail's `subject` and `body`).
 */
export interface CopySegment {
  /** The units of this piece, in document order. */
  units: TextUnit[];
  /** The catalogue key path (or the parent key of a group), when the file is a catalogue. */
  location?: string;
  kind: CopyKind;
  kindSource: CopyInfo['kindSource'];
}

/** Names accepted by front matter `copyKind:` (and `type:`) and config `copyKind`. */
export const copyKindNames = ['message', 'ui-string'] as const;

/** Parse a copy kind name: `message`, `ui-string` (or `ui`, `ui string`, `string`); `auto` and others give undefined. */
export function parseCopyKind(value: unknown): CopyKind | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (name === 'message' || name === 'email' || name === 'e-mail' || name === 'notice') return 'message';
  if (name === 'ui-string' || name === 'ui' || name === 'string' || name === 'ui-text') return 'ui-string';
  return undefined;
}

/** More body sentences than this, or more paragraphs than one, make a message. */
const maxUiSentences = 2;
/** A string this long is a message even in one or two sentences. */
const minMessageWords = 40;

/**
 * Cut a document into the pieces judged on their own and decide what each is. Config `copyKind` wins, then
 * front matter `copyKind:` (or `type: ui-string`), then a purpose set explicitly for a whole file (front matter
 * `type:` or config `messageType`: it names what the message is for), then the copy's shape.
 */
export function segmentDocument(document: TextDocument, sentencesOf: (unit: TextUnit) => readonly Sentence[], config: ResolvedConfig, explicitPurpose: boolean): CopySegment[] {
  const fromConfig = config.copyKind;
  const frontMatter = document.frontMatter ? (parseCopyKind(document.frontMatter['copyKind'] ?? document.frontMatter['copy-kind']) ?? parseCopyKind(document.frontMatter['type'])) : undefined;
  const decide = (units: TextUnit[], location: string | undefined): CopySegment => {
    const segment: CopySegment = fromConfig
      ? { units, kind: fromConfig, kindSource: 'config' }
      : frontMatter
        ? { units, kind: frontMatter, kindSource: 'front-matter' }
        : { units, kind: inferCopyKind(document, units, sentencesOf, explicitPurpose), kindSource: 'inferred' };
    if (location !== undefined) segment.location = location;
    return segment;
  };
  if (document.syntax !== 'catalog') return [decide(document.units, undefined)];
  return catalogGroups(document.units).map(({ units, location }) => decide(units, location));
}

/** What the copy's shape says: see the README's "Messages and UI strings". */
function inferCopyKind(document: TextDocument, units: readonly TextUnit[], sentencesOf: (unit: TextUnit) => readonly Sentence[], explicitPurpose: boolean): CopyKind {
  // A purpose named for a whole file says it is a message; in a catalogue it names what the entries are about.
  if (explicitPurpose && document.syntax !== 'catalog') return 'message';
  if (document.syntax === 'eml' || document.syntax === 'mjml') return 'message';
  // A JSX component is an e-mail when it is built from e-mail components (React Email, jsx-email, mjml-react);
  // otherwise it is a piece of UI (a badge, a pop-up, a banner), whose texts are labels and lines, not a letter.
  if (document.syntax === 'jsx') return jsxEmail.test(document.source) ? 'message' : 'ui-string';
  // A whole HTML document (an e-mail template, a page) is a message; a fragment is judged by its shape.
  if (document.syntax === 'html' && /<(?:html|body|title)\b/i.test(document.source)) return 'message';
  // Headings, titles and alt text frame a string ("Payment failed" over "Please try again.") without making it a message.
  const body = units.filter((unit) => unit.kind !== 'heading' && unit.kind !== 'title' && unit.kind !== 'alt-text' && unit.kind !== 'subject' && unit.kind !== 'preheader');
  // A subject makes a message; in a catalogue only with a body beside it: a subject line alone is a string.
  if (units.some((unit) => unit.kind === 'subject' || unit.kind === 'preheader') && (document.syntax !== 'catalog' || body.length > 0)) return 'message';
  let paragraphs = 0;
  let sentences = 0;
  let words = 0;
  for (const unit of body) {
    paragraphs += unit.text.split(/\n[ \t]*\n/).filter((part) => /\p{L}/u.test(part)).length;
    for (const sentence of sentencesOf(unit)) {
      if (!sentence.words.some((word) => /\p{L}/u.test(word.value) && !/^x+$/.test(word.value))) continue;
      sentences++;
      words += sentence.words.length;
    }
  }
  // A catalogue entry is a string unless it reads as a message body: an error string often has three short
  // sentences ("Oops! That page is gone. Try the search."), so in a catalogue only paragraphs or length count.
  const first = body[0]?.text ?? '';
  // An entry that greets the reader and goes on ("Hello,{NEWLINE}Your membership has expired.") is a letter's body.
  if (document.syntax === 'catalog') {
    const greets = letterGreeting.test(first) && !units.some((unit) => fragmentKey.test(lastKey(unit.label ?? '')));
    // An entry filed under errors or alerts (`ec_errors.cart_stock_invalid`), or one that helps with a field or a
    // screen (`help_age`, `health_cron_stuck_help`, `tooltip.limit`), is shown in place, however long it runs.
    const long = words >= minMessageWords && !units.every((unit) => errorPath.test(unit.label ?? '') || helpPath.test(lastKey(unit.label ?? '')));
    return paragraphs > 1 || long || (words >= mailBodyWords && (units.every(isMailBody) || greets)) ? 'message' : 'ui-string';
  }
  // A file that opens by greeting the reader ("Hello {{name}},", "Dear Sam,") and goes on is a letter, however short;
  // so is one whose greeting follows a title or a subject written into the template ("…request declined Dear Sam,").
  if (words >= 6 && (greetingOpener.test(first) || greetingInside.test(body.map((unit) => unit.text).join('\n').slice(0, 400)))) return 'message';
  return paragraphs > 1 || sentences > maxUiSentences || words >= minMessageWords ? 'message' : 'ui-string';
}

/** The markers of an e-mail written as JSX: its component libraries, or the `<Html>` and `<Body>` of a template. */
const jsxEmail = /@react-email\/|\bjsx-email\b|\bmjml-react\b|<Html[\s>]|<Body[\s>]/;

/** A letter's greeting: "Hello Sam,", "Hi {{ name }},", "Dear customer:", "Hey there!". */
const greetingOpener = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[^\n.!?,:]{0,40}[,!:]/i;
/** A key path naming help for a field or a screen: a hint, a tooltip, an explanation shown beside the UI. */
const helpPath = /(?:^|[._\-\]"\[])(?:help|helps|hints?|tooltips?|explanations?|explainer|tips?)(?=$|[._\-["\]])|[a-z](?:Help|Hint|Tooltip|Tip)s?$/i;

/** A key path that files the entry under errors, alerts or validation messages: text shown in place in the UI. */
const errorPath = /(?:^|[._\-\]"\[])(?:errors?|errs?|error_?messages?|validation|validations|alerts?|toasts?|flash(?:es)?|warnings?|exceptions?)(?=$|[._\-["\]])/i;

/**
 * A key naming one part of a letter whose other parts are other entries (`payment_failed_intro`, `email.line1`): its
 * greeting opens a message the entry is not the whole of.
 */
const fragmentKey = /(?:intro|introduction|greeting|salutation|opening|heading|title|line[-_]?\d*|paragraph[-_]?\d*|part[-_]?\d*|p\d+|[-_]\d+)$/i;
/** The greeting of a letter, not an interjection: "Hello,", "Dear Sam,", "Hi {{ name }}," (not "Hey! Stop that"). */
const letterGreeting = /^\s*(?:hi|hello|dear|greetings)\b[^\n.!?,:]{0,40}[,:]/i;
/**
 * A letter's greeting after other words, capitalised as a greeting is: "InvenioILS: request declined Dear Sam, your
 * request…". Mid-sentence "dear" or "hi" in lower case is not one.
 */
const greetingInside = /(?:^|[\s"'”’:.!?)\]])(?:Dear|Hello|Hi|Greetings)\b[^\n.!?,:]{0,40},\s/;

/**
 * An entry whose key path says it is the body of an e-mail or a notification (`emails.ban.body`,
 * `email-notification-template-ban`, `notifications.suspended.text`): a message even alone, as the whole e-mail a
 * product sends. A key about mail that is not a body (`email_label`, `invalid_email`) stays a string.
 */
const mailPath = /(?:^|[._\-\]"\[])(?:e-?mails?|mail(?:er|s)?|notifications?|newsletters?|templates?)(?=$|[._\-["\]]|(?:body|text|content|message|template))/i;
const mailBodyKey = /(?:body|text|html|plain|content|message|excerpt|template|notice)\d*$/i;
/** A mail body has a sentence or two at least: "Your account has been banned." */
const mailBodyWords = 5;
function isMailBody(unit: TextUnit): boolean {
  const label = unit.label ?? '';
  // "We couldn't process your payment. This is usually because:": a lead-in to entries not here, not a whole body.
  if (/:\s*$/.test(unit.text)) return false;
  return mailPath.test(label) && (mailBodyKey.test(lastKey(label)) || /(?:e-?mail|notification)[-_]?(?:template|body|text)/i.test(label));
}

/** Keys of a catalogue group that may make its entries one message: an e-mail's subject or preheader. */
const messageKey = /(?:^|[._-])(?:subject|pre-?header|preview)$/i;
/** Keys of an e-mail's body beside its subject: `body`, `html`, `text`, `message`, `intro`... */
const bodyKey = /(?:^|[._-])(?:body|html|text|plain|content|message|intro|greeting|paragraph\d*|lines?|outro|footer|closing)$/i;
/** A parent key that says its entries are mail: `emails.overdue`, `notifications.late`, `mailer.welcome`. */
const mailParent = /(?:^|[._\-\]"])(?:e-?mails?|mail(?:er|s)?|notifications?|newsletters?)(?:$|[._\-["])/i;
/** A sibling this long is a body whatever its key. */
const bodyWords = 15;

/** Words of a unit with letters in them, placeholders aside. */
function wordCount(unit: TextUnit): number {
  return unit.text.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !/^x+$/.test(word)).length;
}

/**
 * A subject or preview key makes an e-mail only when its value reads as a subject line (more than a one-word
 * label such as "Subject" or "Preview", or under a mail parent key) and a sibling reads as the body.
 */
function isMessageParent(parent: string, siblings: readonly TextUnit[]): boolean {
  const isSubject = (unit: TextUnit) => unit.kind === 'subject' || unit.kind === 'preheader' || messageKey.test(lastKey(unit.label ?? ''));
  const subjects = siblings.filter(isSubject);
  if (!subjects.some((unit) => wordCount(unit) > 1 || mailParent.test(parent))) return false;
  return siblings.some((unit) => !isSubject(unit) && (bodyKey.test(lastKey(unit.label ?? '')) ? wordCount(unit) > 1 : wordCount(unit) >= bodyWords));
}

/**
 * Catalogue entries, each alone, except that the entries under one parent key are one message when one of them
 * is a subject or preheader and another its body (`emails.overdue.subject` with `emails.overdue.body`). A form's
 * "Subject" label or an editor's "Preview" button beside other strings is no e-mail. Entries with the same key
 * (the branches of one templated string) stay together.
 */
function catalogGroups(units: readonly TextUnit[]): { units: TextUnit[]; location: string | undefined }[] {
  const byParent = new Map<string, TextUnit[]>();
  for (const unit of units) {
    const parent = parentOf(unit.label ?? '');
    const siblings = byParent.get(parent) ?? [];
    siblings.push(unit);
    byParent.set(parent, siblings);
  }
  const messageParents = new Set<string>();
  for (const [parent, siblings] of byParent) if (isMessageParent(parent, siblings)) messageParents.add(parent);
  const groups = new Map<string, { units: TextUnit[]; location: string | undefined }>();
  for (const unit of units) {
    const label = unit.label ?? '';
    const parent = parentOf(label);
    const key = messageParents.has(parent) ? `group:${parent}` : `entry:${label}`;
    let group = groups.get(key);
    if (!group) {
      group = { units: [], location: messageParents.has(parent) ? parent || label : label || undefined };
      groups.set(key, group);
    }
    group.units.push(unit);
  }
  // A group that holds one entry (a subject line alone) is named by that entry.
  for (const group of groups.values()) {
    const labels = new Set(group.units.map((unit) => unit.label));
    if (labels.size === 1) group.location = group.units[0]!.label;
  }
  return [...groups.values()];
}

/** `emails.overdue.subject` → `emails.overdue`; `errors[2]` → `errors`; `["a b"].c` → `["a b"]`. */
function parentOf(label: string): string {
  return label.replace(/(?:\.[^.[\]]+|\[[^\]]*\])$/, '');
}

function lastKey(label: string): string {
  return /[\p{L}\p{N}_-]+(?=["\]]*$)/u.exec(label)?.[0] ?? '';
}
