import { replace, type MappedText, type Replacement } from './mapped-text.js';

/** What redaction replaced, by kind, for the line that says what is sent. */
export interface RedactionCounts {
  emails: number;
  phones: number;
  links: number;
  terms: number;
}

/** A section's text as sent, and the originals behind its placeholders. */
export interface Redacted {
  text: MappedText;
  /** Placeholder (`[EMAIL_1]`) to the text it replaced. */
  originals: Map<string, string>;
  counts: RedactionCounts;
}

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const link = /\b(?:https?:\/\/|www\.)[^\s<>"'()\]]*[^\s<>"'().,;:!?\]]/gi;
// Digits in groups with separators, an optional +country code and (area code); checked further in isPhone.
const phoneCandidate = /(?<![\p{L}\p{N}+£$€¥#.,/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){0,4}(?![\p{L}\p{N}]|[.,/-]\d)/gu;

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  // Dates, times and version-like numbers are not phone numbers.
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$|^\d{1,3}(?:\.\d{1,3}){3}$/.test(candidate)) return false;
  const separators = (candidate.match(/[ .-]/g) ?? []).length;
  return candidate.startsWith('+') || candidate.includes('(') || separators >= 2 || digits >= 10;
}

/** A configured term: a literal (matched case-insensitively, as a whole word) or a `/pattern/flags`. */
export function termPattern(term: string): RegExp {
  const pattern = /^\/(.+)\/([a-z]*)$/s.exec(term);
  if (pattern) return new RegExp(pattern[1]!, pattern[2]!.includes('g') ? pattern[2]! : `${pattern[2]!}g`);
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const before = /^[\p{L}\p{N}_]/u.test(term.trim()) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = /[\p{L}\p{N}_]$/u.test(term.trim()) ? '(?![\\p{L}\\p{N}_])' : '';
  return new RegExp(`${before}${escaped}${after}`, 'giu');
}

/**
 * Replace e-mail addresses, links, configured terms and phone numbers with numbered placeholders
 * (`[EMAIL_1]`, `[LINK_1]`, `[TERM_1]`, `[PHONE_1]`); the same value gets the same placeholder. Numbering is
 * per section, so a section's redacted text (part of the cache key) does not depend on the sections around it.
 */
export function redact(text: MappedText, terms: readonly RegExp[] = []): Redacted {
  const originals = new Map<string, string>();
  const counts: RedactionCounts = { emails: 0, phones: 0, links: 0, terms: 0 };
  const byValue = new Map<string, string>();
  const numbers: Record<string, number> = {};
  let current = text;
  const pass = (kind: 'EMAIL' | 'LINK' | 'TERM' | 'PHONE', pattern: RegExp, accept: (value: string) => boolean = () => true) => {
    const replacements: Replacement[] = [];
    pattern.lastIndex = 0;
    for (const match of current.text.matchAll(pattern)) {
      const value = match[0];
      if (!value || !accept(value) || /^\[[A-Z]+_\d+\]$/.test(value)) continue;
      // Never cut into a placeholder made by an earlier pass.
      const start = match.index;
      const end = start + value.length;
      if (insidePlaceholder(current.text, start, end)) continue;
      const key = `${kind}\u0000${value.toLowerCase()}`;
      let placeholder = byValue.get(key);
      if (!placeholder) {
        numbers[kind] = (numbers[kind] ?? 0) + 1;
        placeholder = `[${kind}_${numbers[kind]}]`;
        byValue.set(key, placeholder);
        originals.set(placeholder, value);
      }
      replacements.push({ start, end, text: placeholder });
      if (kind === 'EMAIL') counts.emails++;
      else if (kind === 'LINK') counts.links++;
      else if (kind === 'TERM') counts.terms++;
      else counts.phones++;
    }
    if (replacements.length > 0) current = replace(current, replacements);
  };
  pass('EMAIL', email);
  pass('LINK', link);
  for (const term of terms) pass('TERM', term);
  pass('PHONE', phoneCandidate, isPhone);
  return { text: current, originals, counts };
}

function insidePlaceholder(text: string, start: number, end: number): boolean {
  for (const match of text.matchAll(/\[[A-Z]+_\d+\]/g)) {
    if (start < match.index + match[0].length && end > match.index) return true;
  }
  return false;
}

/** Put the originals back in text the model wrote (a suggested rewrite). */
export function restore(text: string, originals: ReadonlyMap<string, string>): string {
  if (originals.size === 0) return text;
  return text.replace(/\[[A-Z]+_\d+\]/g, (placeholder) => originals.get(placeholder) ?? placeholder);
}

export function addCounts(total: RedactionCounts, more: RedactionCounts): void {
  total.emails += more.emails;
  total.phones += more.phones;
  total.links += more.links;
  total.terms += more.terms;
}

/** "2 emails, 1 phone", or an empty string when nothing was redacted. */
export function describeCounts(counts: RedactionCounts): string {
  const parts: string[] = [];
  const add = (count: number, one: string, many: string) => {
    if (count > 0) parts.push(`${count} ${count === 1 ? one : many}`);
  };
  add(counts.emails, 'email', 'emails');
  add(counts.phones, 'phone', 'phones');
  add(counts.links, 'link', 'links');
  add(counts.terms, 'term', 'terms');
  return parts.join(', ');
}
