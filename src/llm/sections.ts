import type { TextDocument, TextUnit, UnitKind } from '../types.js';
import { PLACEHOLDER_CHAR, scanTemplateTags } from '../syntax/units.js';
import { fromOffsets, replace, slice, trim, type MappedText, type Replacement } from './mapped-text.js';

/** What a section is, as the prompt names it. */
export type SectionKind =
  | 'subject'
  | 'preheader'
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'list item'
  | 'button'
  | 'table cell'
  | 'alt text'
  | 'text';

/** A run of copy sent to the model as one numbered section. */
export interface Section {
  kind: SectionKind;
  /** The copy with template tags as written, mapped to the file; not yet redacted. */
  text: MappedText;
  /** Where the copy is, when the format names it (an e-mail part, a catalogue key), for messages. */
  label?: string;
}

/** A source range never sent: from `<!-- empathy-llm-disable -->` to the end of the next enable comment. */
export interface Region {
  start: number;
  end: number;
}

const kindNames: Record<UnitKind, SectionKind> = {
  subject: 'subject',
  preheader: 'preheader',
  title: 'title',
  heading: 'heading',
  paragraph: 'paragraph',
  'table-cell': 'table cell',
  'alt-text': 'alt text',
  text: 'text',
};

/**
 * `<!-- empathy-llm-disable -->` ... `<!-- empathy-llm-enable -->` regions of a source. A disable comment
 * without an enable comment runs to the end of the file. The comments themselves are inside the regions.
 */
export function disabledRegions(source: string): Region[] {
  const regions: Region[] = [];
  if (!source.includes('empathy-llm-')) return regions;
  let open: number | undefined;
  for (const match of source.matchAll(/<!--\s*empathy-llm-(disable|enable)\s*(?:--\s[\s\S]*?)?-->/g)) {
    if (match[1] === 'disable') open ??= match.index;
    else if (open !== undefined) {
      regions.push({ start: open, end: match.index + match[0].length });
      open = undefined;
    }
  }
  if (open !== undefined) regions.push({ start: open, end: source.length });
  return regions;
}

/**
 * Split a document into the sections the model sees: one per unit (subject, preheader, heading, paragraph,
 * list item, button...), with template tags written as in the source (`{{first_name}}` reads better than the
 * masked `xxxxxxxxxxxxxx`), links as `[link]` and code as `[code]`. Copy inside `empathy-llm-disable` regions is cut out; a
 * unit cut in two gives two sections. Returns the sections and how many units were cut out entirely.
 */
export function sectionsOf(document: TextDocument): { sections: Section[]; disabled: number } {
  const regions = disabledRegions(document.source);
  const sections: Section[] = [];
  let disabled = 0;
  for (const unit of document.units) {
    const restored = restoreMasked(unit, document.source);
    const pieces = cutRegions(restored, regions);
    const kept = pieces.map(trim).filter((piece) => hasCopy(piece.text));
    if (kept.length === 0) {
      if (regions.length > 0 && hasCopy(restored.text)) disabled++;
      continue;
    }
    const kind = sectionKind(unit, document);
    for (const text of kept) sections.push(unit.label ? { kind, text, label: unit.label } : { kind, text });
  }
  return { sections, disabled };
}

/** Whether a text has words of its own, besides template tags and `[link]`. */
function hasCopy(text: string): boolean {
  let rest = text.replace(/\[(?:link|code)\]/g, ' ');
  for (const tag of scanTemplateTags(rest).reverse()) rest = rest.slice(0, tag.start) + ' ' + rest.slice(tag.end);
  return /[\p{L}\p{N}]/u.test(rest);
}

/**
 * Put masked template tags back into a unit's text and stand `[link]` and `[code]` for links and code, keeping
 * the map. A masked run is a run of the mask letter over consecutive source characters that the source does
 * not spell the same way; the run is judged whole, so a mask letter inside a URL or a token ("example.com")
 * cannot end it early and let the rest of the URL through.
 */
function restoreMasked(unit: TextUnit, source: string): MappedText {
  const mapped = fromOffsets(unit.text, unit.offsets);
  if (!unit.text.includes(PLACEHOLDER_CHAR)) return mapped;
  const replacements: Replacement[] = [];
  const tags = scanTemplateTags(source);
  let index = 0;
  while (index < unit.text.length) {
    if (mapped.text[index] !== PLACEHOLDER_CHAR) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < unit.text.length && mapped.text[end] === PLACEHOLDER_CHAR && mapped.starts[end] === mapped.starts[end - 1]! + 1) end++;
    // Letters the copy really has just before a mask ("box" before `code`) stay copy.
    let first = index;
    while (first < end && source[mapped.starts[first]!] === PLACEHOLDER_CHAR) first++;
    if (first === end) {
      index = end;
      continue;
    }
    const from = mapped.starts[first]!;
    const to = mapped.starts[end - 1]! + 1;
    replacements.push({ start: first, end, text: maskedText(source.slice(from, to), tags.some((tag) => tag.start <= from && tag.end >= to)) });
    index = end;
  }
  return replacements.length > 0 ? replace(mapped, replacements) : mapped;
}

/**
 * What the model is shown for masked source: a template tag as written, an e-mail address as written (redaction
 * replaces it next), nothing for an image, `[link]` for a link and `[code]` for anything else (inline code, a
 * `<code>` or `<kbd>` element), since code is not copy and may hold tokens or commands.
 */
function maskedText(original: string, isTag: boolean): string {
  if (isTag) return original.replace(/\s+/g, ' ');
  if (/^!\[/.test(original)) return '';
  if (/^<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?$/.test(original)) return original.replace(/^<|>$/g, '');
  if (/^\[|:\/\/|^www\.|^mailto:|^<(?:https?:|mailto:|www\.)/i.test(original)) return '[link]';
  return '[code]';
}

function cutRegions(mapped: MappedText, regions: Region[]): MappedText[] {
  if (regions.length === 0) return [mapped];
  const pieces: MappedText[] = [];
  let start = -1;
  for (let index = 0; index <= mapped.text.length; index++) {
    const inside = index < mapped.text.length && regions.some((region) => mapped.starts[index]! >= region.start && mapped.starts[index]! < region.end);
    const keep = index < mapped.text.length && !inside;
    if (keep && start === -1) start = index;
    if (!keep && start !== -1) {
      pieces.push(slice(mapped, start, index));
      start = -1;
    }
  }
  return pieces;
}

/** Tags that only style text: walk back over them to find the block a unit is in. */
const inlineTags = new Set(['a', 'b', 'strong', 'em', 'i', 'u', 'span', 'font', 'small', 'big', 'sup', 'sub', 'mark', 'br', 'img', 'code']);

/** The unit's kind, refined: paragraphs that are list items or buttons say so, since tone there reads differently. */
function sectionKind(unit: TextUnit, document: TextDocument): SectionKind {
  const kind = kindNames[unit.kind];
  if (unit.kind !== 'paragraph' && unit.kind !== 'text') return kind;
  const start = unit.offsets[0] ?? 0;
  const source = document.source;
  if (document.syntax === 'markdown' || document.syntax === 'text') {
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    return /^\s*(?:>\s*)*(?:[-*+•]|\d{1,3}[.)])\s+$/.test(source.slice(lineStart, start)) ? 'list item' : kind;
  }
  // HTML, MJML and e-mail parts: the nearest enclosing block tag before the copy.
  let cursor = start;
  for (let steps = 0; steps < 8; steps++) {
    const open = source.lastIndexOf('<', cursor - 1);
    if (open === -1) break;
    const tag = /^<\/?([a-zA-Z][\w-]*)([^>]*)>?/.exec(source.slice(open, open + 400));
    if (!tag) break;
    const name = tag[1]!.toLowerCase();
    const attributes = tag[2] ?? '';
    if (name === 'li') return 'list item';
    if (name === 'button' || name === 'mj-button') return 'button';
    if (name === 'input' && /type\s*=\s*["']?(?:submit|button|reset)/i.test(attributes)) return 'button';
    if (name === 'a' && /(?:class|role)\s*=\s*["'][^"']*\b(?:btn|button|cta)\b/i.test(attributes)) return 'button';
    if (!inlineTags.has(name) || tag[0].startsWith('</')) break;
    cursor = open;
  }
  return kind;
}
