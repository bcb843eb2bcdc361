import { isMap, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import type { Directive, TextDocument, TextUnit, UnitKind } from '../types.js';
import { PLACEHOLDER_CHAR, UnitBuilder, alignOffsets, expandTemplateBranches, maskAddresses, maskTemplates } from './units.js';
import { parseDirectiveComment } from './directives.js';
import { yamlNestingDepth } from './yaml-depth.js';
import { lineOf } from '../linter/location.js';

/**
 * String catalogues: i18n files and support macros in JSON or YAML. Every string value is a unit, labelled with
 * its key path (`checkout.errors[0].message`), with exact positions through quotes and escapes. Keys are not
 * copy; nor are keys starting with `$` or `@` (schemas, ARB metadata), the `description` next to a `message`
 * (Chrome `messages.json`: a note to translators), values that look like identifiers, URLs, paths or colours.
 * Placeholders (`{name}`, `%{name}`, `%s`, `%1$d`, `{{name}}`) are masked as template tags are. A key path ending
 * in `subject` or `preheader`/`preview` gives a unit of that kind; `title`, `heading` or `headline`, a heading.
 *
 * Control comments are YAML comments: `# empathy-disable-next-line no-pressure`.
 *
 * Invalid JSON or YAML is read as far as the parser can, with a note; when nothing can be read, an `Error` with a
 * one-line message is thrown.
 */
export function parseCatalog(source: string): TextDocument {
  const document: TextDocument = { syntax: 'catalog', source, units: [], directives: yamlDirectives(source) };
  const notes: string[] = [];
  const depth = yamlNestingDepth(source);
  if (depth > maxNesting) {
    // The YAML parser recurses per level; far past any real catalogue it would run out of stack.
    throw new Error(`the catalogue nests ${depth} levels deep, more than the ${maxNesting} a string catalogue could need, so it was not read`);
  }
  const documents = parseAllDocuments(source, { uniqueKeys: false, prettyErrors: false });
  const all: Document[] = Array.isArray(documents) ? documents : [];
  for (const parsed of all) {
    for (const error of parsed.errors) {
      notes.push(`line ${lineOf(source, error.pos[0])}: this is not valid ${looksLikeJson(source) ? 'JSON' : 'YAML'} (${firstLine(error.message)}); strings after it may be missing`);
    }
    collect(parsed, source, document.units);
  }
  if (notes.length > 0 && document.units.length === 0) {
    throw new Error(`the catalogue cannot be read: ${notes[0]}`);
  }
  document.units = expandTemplateBranches(document.units, source);
  if (notes.length > 0) document.notes = notes;
  return document;
}

/** Deeper than this, a file is no catalogue: it is not parsed at all. */
const maxNesting = 100;

interface Frame {
  node: unknown;
  path: string;
}

function collect(parsed: Document, source: string, units: TextUnit[]): void {
  const stack: Frame[] = [{ node: parsed.contents, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
      const isChromeMessage = keys.includes('message');
      for (let index = node.items.length - 1; index >= 0; index--) {
        const key = keys[index]!;
        if (key === '' || /^[$@]/.test(key) || (isChromeMessage && key === 'description')) continue;
        stack.push({ node: node.items[index]!.value, path: joinKey(path, key) });
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) stack.push({ node: node.items[index], path: `${path}[${index}]` });
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const unit = stringUnit(node.value, node.type, node.range, source, path);
      if (unit) units.push(unit);
    }
  }
}

function joinKey(path: string, key: string): string {
  const plain = /^[\p{L}\p{N}_-]+$/u.test(key);
  if (path === '') return plain ? key : JSON.stringify([key]);
  return plain ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Values that name or point at something rather than say something: ids, paths, colours, locale codes. */
const identifierLike = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)+|#[\da-fA-F]{3,8}|\.{0,2}\/\S*|[A-Z0-9]+(?:_[A-Z0-9]+)+|[a-z]{2,3}[-_][A-Za-z]{2,4})$/;

/**
 * Placeholders of i18n libraries: ICU and i18next `{name}`, Rails `%{name}`, printf `%s`, `%1$d`, `%@`; an expression
 * of a component's text (`{formatTime(timeLeft)}`); and the shortcodes of shop plugins, `[stock]`, `[product_name]` (a
 * lower-case word in brackets, not a link's text).
 */
const placeholder = /%\{[\w.]+\}|\{[\w.]+\}|\{[A-Za-z_$][\w.$]*\([^{}()\n]{0,80}\)\}|%\([\w.]+\)[sd]|%(?:\d+\$)?[sdif@]|\[[a-z][a-z0-9_]*\](?![(\[:])/g;

/** Entities for white space in a catalogue string ("3&nbsp;left"): spaces, keeping every offset. */
const spaceEntity = /&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#8201|#8194|#8195);/gi;

/** Something in angle brackets inside a catalogue string ("<strong>", "<a href=\"%s\">", "</p>", "<br/>", "<Enter>"). */
const htmlTag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/g;
/** Tags that break a line or start a block: the copy on either side is not one sentence. */
const blockTag = /^(?:p|br|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|thead|tbody|tfoot|caption|blockquote|section|article|header|footer|nav|hr|pre|center)$/i;
/** HTML element names seen in strings. Other words in brackets ("Press <Enter> to save") are copy. */
const htmlNames = new Set(
  (
    'a abbr b bdi bdo big blockquote br button caption center cite code col dd del dfn div dl dt em font h1 h2 h3 h4 h5 h6 hr i img ins ' +
    'kbd label li mark nobr ol p pre q s samp section article header footer nav small span strike strong sub sup table tbody td tfoot th thead time tr tt u ul var wbr'
  ).split(' '),
);
/** `alt="…"` of an image: what it shows is copy ("Crying puppy"). */
const altAttribute = /\balt\s*=\s*(["'])([^"'<>]*)\1/i;

/**
 * Markup inside a catalogue string is not copy: tags become spaces, keeping every offset. A tag that breaks a
 * line or a block becomes one line break, never a blank line: "<p>One.</p><p>Two.</p>", "One.<br><br>Two." and
 * a list are one paragraph of separate sentences, as a UI string shows them. Only HTML element names, and
 * components closed in the same string ("<bold>…</bold>"), count as tags; an image keeps its alt text.
 */
function maskHtmlTags(value: string): string {
  if (!value.includes('<')) return value;
  let out = '';
  let cursor = 0;
  for (const match of value.matchAll(htmlTag)) {
    const [tag, closing, name] = match as unknown as [string, string, string];
    const known = htmlNames.has(name.toLowerCase()) || value.includes(closing ? `<${name}` : `</${name}>`);
    if (!known) continue;
    out += value.slice(cursor, match.index);
    cursor = match.index + tag.length;
    let masked = ' '.repeat(tag.length);
    const alt = name.toLowerCase() === 'img' ? altAttribute.exec(tag) : null;
    if (alt) {
      const from = alt.index + alt[0].indexOf(alt[1]!) + 1;
      masked = masked.slice(0, from) + alt[2]! + masked.slice(from + alt[2]!.length);
    }
    // One break per run of tags and white space: none at the start, none beside a line break already there.
    if (blockTag.test(name) && !/(?:^|\n)\s*$/.test(out) && !/^\s*(?:<[^<>]*>\s*)*?\r?\n/.test(value.slice(cursor))) masked = '\n' + masked.slice(1);
    out += masked;
  }
  return out + value.slice(cursor);
}

/**
 * Code quoted in a string, as help texts quote it (`` use `trigger.date ?? execution.startDate` ``, `<code>/LIST</code>`),
 * is a value the sentence names, not copy: it is masked as a placeholder is, keeping every offset. A backtick used as
 * an apostrophe ("Don`t … won`t") is no quote: a letter touches it.
 */
const inlineCode = /(?<![\p{L}\p{N}])`[^`\n]{1,160}`(?![\p{L}\p{N}])|<code\b[^<>]*>[^<]{1,160}<\/code>/gu;
function maskInlineCode(value: string): string {
  if (!value.includes('`') && !value.includes('<code')) return value;
  return value.replace(inlineCode, (match) => {
    const open = match.startsWith('`') ? 1 : match.indexOf('>') + 1;
    const close = match.startsWith('`') ? 1 : 7;
    return match.slice(0, open) + PLACEHOLDER_CHAR.repeat(match.length - open - close) + match.slice(match.length - close);
  });
}

/** A literal backslash escape for a line break or a tab, not itself escaped: `\\n`, `\\r`, `\\t`. */
const escapedBreak = /(?<!\\)\\[nrt]/g;

function stringUnit(value: string, type: string | undefined, range: [number, number, number], source: string, path: string): TextUnit | undefined {
  const trimmed = value.trim();
  if (identifierLike.test(trimmed) || /^x+$/.test(maskAddresses(trimmed))) return undefined;
  const [start, valueEnd] = range;
  const quoted = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE';
  const from = quoted ? start + 1 : start;
  const to = quoted ? Math.max(from, valueEnd - 1) : valueEnd;
  const masked = maskHtmlTags(
    maskInlineCode(maskAddresses(maskTemplates(value, { frameworkPlaceholders: true })))
      .replace(placeholder, (match) => PLACEHOLDER_CHAR.repeat(match.length))
      .replace(spaceEntity, (match) => ' '.repeat(match.length))
      // A line break escaped twice, left for the program to turn into one ("Your account was blocked.\\nContact the
      // administrators"): white space, so "nContact" is not read as a word. Not a paragraph break, so the entry's kind
      // is judged as before. Same length, so offsets still line up.
      .replace(escapedBreak, '  '),
  );
  const builder = new UnitBuilder(kindFor(path));
  builder.appendMapped(masked, alignOffsets(value, source, from, to), to);
  const unit = builder.build();
  return unit ? { ...unit, label: path } : undefined;
}

function kindFor(path: string): UnitKind {
  const key = (/[\p{L}\p{N}_-]+(?=["\]]*$)/u.exec(path)?.[0] ?? '').toLowerCase();
  if (/subject/.test(key)) return 'subject';
  if (/pre-?header|preview/.test(key)) return 'preheader';
  if (/title|heading|headline/.test(key)) return 'heading';
  return 'paragraph';
}

/** `# empathy-disable-next-line no-pressure` comments, read as the HTML control comments are. */
function yamlDirectives(source: string): Directive[] {
  const directives: Directive[] = [];
  if (!source.includes('empathy-')) return directives;
  for (const match of source.matchAll(/(^|[ \t])(#[ \t]*(empathy-(?:disable-next-line|disable-line|disable|enable)\b[^\r\n]*))/gm)) {
    const offset = match.index + match[1]!.length;
    const comment = match[2]!;
    const directive = parseDirectiveComment(`<!-- ${match[3]!} -->`, offset);
    if (directive) directives.push({ ...directive, endOffset: offset + comment.length });
  }
  return directives;
}

function looksLikeJson(source: string): boolean {
  return /^\s*[{[]/.test(source);
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).replace(/\s+at line \d+, column \d+:?$/, '').trim();
}

