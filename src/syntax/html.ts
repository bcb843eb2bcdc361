import { parse, parseFragment, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import type { TextDocument, TextUnit, UnitKind } from '../types.js';
import { PLACEHOLDER_CHAR, UnitBuilder, alignOffsets, expandTemplateBranches, maskAddresses, maskTemplates } from './units.js';
import { parseDirectiveComment } from './directives.js';
import { maskCodeComments } from './sniff.js';
import { lineNestedDeeperThan } from './markup-depth.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * HTML pages and e-mails. Units are the title, each block (heading, paragraph, list item, table cell, button),
 * `alt` and `title` attributes, and the preheader: an element named like one (`preheader`, `preview-text`...) or
 * hidden with `display:none` before any visible text of the body. Inline markup and `<br>` stay inside their
 * block's unit, so text split over `<span>`s and lines still reads as one sentence.
 *
 * Skipped: `<head>` apart from `<title>`, `<script>`, `<style>`, `<template>`, `<noscript>`, SVG, MathML, form
 * controls, `<pre>`, code (masked), comments (control comments are read), URLs and e-mail addresses (masked), and
 * every attribute but `alt`, `title` and the `value` of `<input>` buttons. Template tags are masked as in every
 * format.
 *
 * parse5 (the parser under rehype) reads the file as a browser would, so malformed markup and unclosed tags are
 * read as a reader sees them; the tree is walked with an explicit stack, so deep nesting cannot overflow.
 */
export function parseHtml(source: string): TextDocument {
  return parseMarkup(source, 'html');
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function withoutLoneSurrogates(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

/** The two dialects read through the HTML parser. */
export type MarkupDialect = 'html' | 'mjml';

/** Deeper than this, block elements make a file too costly to parse; no page or e-mail nests near this far. */
export const maxMarkupNesting = 256;

/** Shared by `parseHtml` and `parseMjml`. */
export function parseMarkup(source: string, dialect: MarkupDialect): TextDocument {
  const tooDeep = lineNestedDeeperThan(source, maxMarkupNesting);
  if (tooDeep !== undefined) {
    throw new Error(`line ${tooDeep} nests block elements more than ${maxMarkupNesting} levels deep, far more than any page or e-mail needs, so the file was not read`);
  }
  // parse5 7 takes two low surrogates in a row for a pair and throws a RangeError; a lone surrogate is no copy
  // anyway, so each becomes U+FFFD (one code unit for one, so every offset stays where it was).
  const masked = withoutLoneSurrogates(maskCodeComments(maskTemplates(source)));
  const errors: ParserError[] = [];
  const tree = parse(masked, { sourceCodeLocationInfo: true, onParseError: (error) => errors.push(error) });
  const document: TextDocument = { syntax: dialect, source, units: [], directives: [] };
  const walker = new Walker(source, masked, dialect, document);
  walker.walk(tree);
  document.units = expandTemplateBranches(document.units, source);
  const notes = unreadableNotes(errors);
  if (notes.length > 0) document.notes = notes;
  return document;
}

/** Elements whose content is never copy. */
const skipped = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'textarea',
  'select',
  'pre',
  'xmp',
  'plaintext',
  'meta',
  'link',
  'base',
]);

/**
 * Text that is a program, not copy: a JavaScript or TypeScript statement at its start ("import { Body } from
 * 'react-email';", "export default function Email({", "const baseUrl = …") or a typed field ("reason?: string | null;"),
 * as in the source of a React or Vue e-mail saved as HTML.
 */
const programStart = /^\s*(?:import\s+(?:[\w$*{]|type\b)[^;]*\bfrom\s*['"]|import\s+['"]|export\s+(?:default\s+)?(?:async\s+)?(?:function|const|let|class|interface|type|enum)\b|(?:const|let|var)\s+[\w$]+\s*(?::[^=\n]{0,80})?=|interface\s+\w+\s*(?:extends\b[^{]*)?\{|type\s+\w+(?:<[^>]*>)?\s*=)/;
const typedField = /^\s*[a-z_$][\w$]*\??\s*:\s*(?:string|number|boolean|null|undefined|any|unknown|Date|[A-Z][a-z][\w$]*(?:<[^>]*>)?(?:\[\])?)(?:\s*\|\s*(?:string|number|boolean|null|undefined|[A-Z][a-z][\w$]*(?:\[\])?))*\s*;\s*$/;
export function isProgramText(text: string): boolean {
  return programStart.test(text) || typedField.test(text);
}

/** Inline code is masked, like inline code in Markdown. */
const codeElements = new Set(['code', 'kbd', 'samp', 'var', 'tt']);

/** Elements that start and end a unit. Anything else (`span`, `a`, `font`, `o:p`...) is inline. */
const blockElements = new Set([
  'html',
  'head',
  'body',
  'title',
  'address',
  'article',
  'aside',
  'blockquote',
  'button',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const blockKinds: Record<string, UnitKind> = {
  title: 'title',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  td: 'table-cell',
  th: 'table-cell',
};

/** MJML components whose content is copy, and the kind of unit each gives. */
const mjmlCopy: Record<string, UnitKind> = {
  'mj-text': 'paragraph',
  'mj-button': 'paragraph',
  'mj-title': 'title',
  'mj-preview': 'preheader',
  'mj-navbar-link': 'paragraph',
  'mj-accordion-title': 'heading',
  'mj-accordion-text': 'paragraph',
  'mj-social-element': 'paragraph',
  'mj-table': 'table-cell',
};

/** MJML components that hold styles, defaults or raw markup rather than copy. */
const mjmlSkipped = new Set(['mj-style', 'mj-attributes', 'mj-font', 'mj-breakpoint', 'mj-html-attributes', 'mj-raw', 'mj-include']);

/** Class names and ids that e-mail builders give the hidden preview text. */
const preheaderName = /(?:^|[\s_-])(?:pre-?header(?:[-_]?text)?|preview(?:[-_]?text)?|hidden[-_]?preview)(?=$|\s)/i;
const hiddenStyle = /display\s*:\s*none|mso-hide\s*:\s*all/i;

/** Characters e-mail builders pad the preheader with; never copy, dropped from units. */
const invisible = /[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;
const collapsible = /[\s\u00a0]/;

interface Frame {
  node: Node;
  /** Added to the node's offsets: non-zero inside a fragment parsed on its own (`mj-table`). */
  base: number;
  exit?: 'block' | 'preheader' | 'copy' | 'head' | 'title';
}

class Walker {
  private builder: UnitBuilder | undefined;
  /** Kinds of the blocks we are in, innermost last. */
  private readonly kinds: UnitKind[] = [];
  /** Units from attributes (`alt`, `title`, input button labels) inside the unit being built: they follow it. */
  private pending: TextUnit[] = [];
  /** Where collapsed white space started, written as one space if more copy follows in the same unit. */
  private pendingSpace: number | undefined;
  private preheaderDepth = 0;
  /** MJML: how many copy components we are in. HTML: always reading. */
  private copyDepth: number;
  private headDepth = 0;
  private titleDepth = 0;
  private inBody = false;
  /** Whether visible text of the body was seen: a hidden element is only a preheader before it. */
  private bodyTextSeen = false;

  constructor(
    private readonly source: string,
    private readonly masked: string,
    private readonly dialect: MarkupDialect,
    private readonly document: TextDocument,
  ) {
    this.copyDepth = dialect === 'html' ? 1 : 0;
  }

  walk(root: ParentNode): void {
    const stack: Frame[] = [];
    pushChildren(stack, root, 0);
    while (stack.length > 0) {
      const frame = stack.pop()!;
      if (frame.exit) this.leave(frame);
      else this.enter(frame, stack);
    }
    this.flush();
  }

  private enter(frame: Frame, stack: Frame[]): void {
    const { node, base } = frame;
    if (node.nodeName === '#text') {
      this.text(node as DefaultTreeAdapterMap['textNode'], base);
      return;
    }
    if (node.nodeName === '#comment') {
      this.comment(node as DefaultTreeAdapterMap['commentNode'], base);
      return;
    }
    if (!('tagName' in node)) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (skipped.has(tag) || (this.dialect === 'mjml' && mjmlSkipped.has(tag))) {
      // `<mj-include path="…"/>`: the HTML parser knows no self-closing custom elements, so it nests everything after
      // the tag inside it. That is the template's copy, not the element's: read it as the element's siblings.
      if (this.dialect === 'mjml' && this.selfClosing(element, base)) {
        pushChildren(stack, element, base);
        return;
      }
      // Control comments still count where copy is skipped.
      this.commentsIn(element, base);
      return;
    }
    if (tag === 'body') this.inBody = true;
    // MJML puts `alt` on components outside the text ones (`mj-image`), so it is read everywhere but the head.
    if (this.headDepth === 0 && (this.dialect === 'mjml' || this.reading())) this.attributes(element, base);

    if (this.reading() && codeElements.has(tag)) {
      const location = element.sourceCodeLocation;
      if (location) {
        const length = Math.max(1, location.endOffset - location.startOffset);
        this.writePendingSpace();
        this.ensureBuilder().appendVerbatim(PLACEHOLDER_CHAR.repeat(length), base + location.startOffset);
      }
      return;
    }
    if (tag === 'br') {
      const at = element.sourceCodeLocation?.startOffset;
      if (this.builder && at !== undefined && this.builder.lastChar !== '\n') this.builder.appendSeparator('\n', base + at);
      this.pendingSpace = undefined;
      return;
    }
    if (tag === 'img') {
      const at = element.sourceCodeLocation?.startOffset;
      if (this.builder && at !== undefined) this.pendingSpace ??= base + at;
      return;
    }

    const mjmlKind = this.dialect === 'mjml' ? mjmlCopy[tag] : undefined;
    let exit: Frame['exit'];
    if (mjmlKind) {
      this.flush();
      this.copyDepth++;
      this.kinds.push(mjmlKind);
      if (mjmlKind === 'preheader') this.preheaderDepth++;
      exit = 'copy';
    } else if (this.preheaderDepth === 0 && this.reading() && this.isPreheader(element)) {
      this.flush();
      this.preheaderDepth++;
      exit = 'preheader';
    } else if (tag === 'head') {
      this.flush();
      this.headDepth++;
      exit = 'head';
    } else if (tag === 'title') {
      this.flush();
      this.titleDepth++;
      this.kinds.push('title');
      exit = 'title';
    } else if (blockElements.has(tag) || (this.dialect === 'mjml' && tag.startsWith('mj-'))) {
      if (this.preheaderDepth === 0) this.flush();
      this.kinds.push(blockKinds[tag] ?? 'paragraph');
      exit = 'block';
    }
    if (exit) stack.push({ node, base, exit });

    if (tag === 'mj-table') {
      const fragment = this.tableFragment(element, base);
      if (fragment) {
        pushChildren(stack, fragment.root, fragment.base);
        return;
      }
    }
    pushChildren(stack, element, base);
  }

  private leave(frame: Frame): void {
    switch (frame.exit) {
      case 'copy':
        this.flush();
        this.copyDepth--;
        if (this.kinds.pop() === 'preheader') this.preheaderDepth--;
        break;
      case 'preheader':
        this.flush();
        this.preheaderDepth--;
        break;
      case 'head':
        this.flush();
        this.headDepth--;
        break;
      case 'title':
        this.flush();
        this.titleDepth--;
        this.kinds.pop();
        break;
      case 'block':
        if (this.preheaderDepth === 0) this.flush();
        this.kinds.pop();
        break;
      default:
    }
  }

  /** Whether text here is copy. */
  private reading(): boolean {
    if (this.copyDepth === 0) return false;
    return this.headDepth === 0 || this.titleDepth > 0 || this.dialect === 'mjml';
  }

  private isPreheader(element: Element): boolean {
    if (!this.inBody || this.dialect === 'mjml') return false;
    const names = `${attribute(element, 'class') ?? ''} ${attribute(element, 'id') ?? ''}`;
    if (preheaderName.test(names)) return true;
    if (!hiddenStyle.test(attribute(element, 'style') ?? '')) return false;
    return !this.bodyTextSeen && !this.builder?.hasCopy;
  }

  private text(node: DefaultTreeAdapterMap['textNode'], base: number): void {
    if (!this.reading()) return;
    const location = node.sourceCodeLocation;
    if (!location) return;
    const start = base + location.startOffset;
    const end = base + location.endOffset;
    const value = maskAddresses(node.value);
    this.appendText(value, alignOffsets(node.value, this.masked, start, end), end);
  }

  /**
   * Append decoded text, collapsing runs of white space to one space as a browser does, and dropping invisible
   * padding. A space is only written once copy follows it, so units never end in white space.
   */
  private appendText(value: string, offsets: readonly number[], end: number): void {
    let text = '';
    const kept: number[] = [];
    let last = this.builder ? this.builder.lastChar : '';
    let lastIndex = -1;
    for (let index = 0; index < value.length; index++) {
      const char = value[index]!;
      if (invisible.test(char)) continue;
      if (collapsible.test(char)) {
        this.pendingSpace ??= offsets[index] ?? end;
        continue;
      }
      if (this.pendingSpace !== undefined && last !== '' && !collapsible.test(last)) {
        text += ' ';
        kept.push(this.pendingSpace);
      }
      this.pendingSpace = undefined;
      text += char;
      kept.push(offsets[index] ?? end);
      last = char;
      lastIndex = index;
    }
    if (text === '') return;
    // The run ends where the character after its last one starts (an entity is several characters long).
    this.ensureBuilder().appendMapped(text, kept, offsets[lastIndex + 1] ?? end);
  }

  /** Write the space collapsed before an element that is not text (masked code). */
  private writePendingSpace(): void {
    if (this.pendingSpace !== undefined && this.builder && !collapsible.test(this.builder.lastChar)) {
      this.builder.appendSeparator(' ', this.pendingSpace);
    }
    this.pendingSpace = undefined;
  }

  private ensureBuilder(): UnitBuilder {
    if (!this.builder) {
      const kind = this.preheaderDepth > 0 ? 'preheader' : (this.kinds[this.kinds.length - 1] ?? 'paragraph');
      this.builder = new UnitBuilder(kind);
    }
    return this.builder;
  }

  private flush(): void {
    const unit = this.builder?.build();
    this.builder = undefined;
    this.pendingSpace = undefined;
    // Program text around a template's markup (a React e-mail's imports and props) is code, not copy.
    if (unit && isProgramText(unit.text)) return this.flushPending();
    if (unit) {
      this.document.units.push(unit);
      if (this.inBody && unit.kind !== 'preheader' && unit.kind !== 'title') this.bodyTextSeen = true;
    }
    this.flushPending();
  }

  private flushPending(): void {
    if (this.pending.length > 0) {
      this.document.units.push(...this.pending);
      this.pending = [];
    }
  }

  /**
   * `alt` and `title` attributes are copy of their own; so is the label of an `<input>` button (its `value`), the
   * one place where HTML puts button text in an attribute.
   */
  private attributes(element: Element, base: number): void {
    const names: [string, UnitKind][] = [
      ['alt', 'alt-text'],
      ['title', 'alt-text'],
    ];
    if (element.tagName === 'input' && /^(?:submit|button|reset)$/i.test(attribute(element, 'type') ?? '')) names.push(['value', 'paragraph']);
    for (const [name, kind] of names) {
      const value = attribute(element, name);
      const location = element.sourceCodeLocation?.attrs?.[name];
      if (!value || !location) continue;
      const range = attributeValueRange(this.masked, base + location.startOffset, base + location.endOffset);
      if (!range) continue;
      const builder = new UnitBuilder(kind);
      builder.appendMapped(maskAddresses(value), alignOffsets(value, this.masked, range[0], range[1]), range[1]);
      const unit = builder.build();
      // After the unit the attribute sits in, which is still being built.
      if (unit) this.pending.push(unit);
    }
  }

  private comment(node: DefaultTreeAdapterMap['commentNode'], base: number): void {
    const location = node.sourceCodeLocation;
    if (!location) return;
    const start = base + location.startOffset;
    const directive = parseDirectiveComment(this.source.slice(start, base + location.endOffset), start);
    if (directive) this.document.directives.push(directive);
  }

  /** True when the element's start tag closes itself in the source (`<mj-include path="header.mjml" />`). */
  private selfClosing(element: Element, base: number): boolean {
    const offset = element.sourceCodeLocation?.startTag?.endOffset;
    if (offset === undefined) return false;
    const end = base + offset;
    return /\/\s*>$/.test(this.masked.slice(Math.max(0, end - 3), end));
  }

  /** Control comments inside an element whose content is skipped. */
  private commentsIn(element: Element, base: number): void {
    const stack: Node[] = [...element.childNodes];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeName === '#comment') this.comment(node as DefaultTreeAdapterMap['commentNode'], base);
      else if ('childNodes' in node) for (const child of node.childNodes) stack.push(child);
    }
  }

  /**
   * `mj-table` holds table rows, which an HTML parser drops outside a `<table>`: parse its content again as the
   * inside of a table, so that each cell stays a unit of its own.
   */
  private tableFragment(element: Element, base: number): { root: ParentNode; base: number } | undefined {
    const location = element.sourceCodeLocation;
    const from = location?.startTag?.endOffset;
    const to = location?.endTag?.startOffset;
    if (from === undefined || to === undefined || to <= from) return undefined;
    const context = parseFragment('<table></table>').childNodes[0];
    if (!context || !('tagName' in context)) return undefined;
    const root = parseFragment(context, this.masked.slice(base + from, base + to), { sourceCodeLocationInfo: true });
    return { root, base: base + from };
  }
}

function pushChildren(stack: Frame[], parent: ParentNode, base: number): void {
  const children = parent.childNodes;
  for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, base });
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name && !attr.prefix)?.value;
}

/** The source range of an attribute's value, inside the range of `name="value"`. */
function attributeValueRange(source: string, start: number, end: number): [number, number] | undefined {
  const raw = source.slice(start, end);
  const equals = raw.indexOf('=');
  if (equals === -1) return undefined;
  let from = equals + 1;
  while (from < raw.length && /\s/.test(raw[from]!)) from++;
  const quote = raw[from];
  if (quote === '"' || quote === "'") {
    const close = raw.endsWith(quote) && raw.length - 1 > from ? raw.length - 1 : raw.length;
    return [start + from + 1, start + close];
  }
  return [start + from, end];
}

/** Parse errors after which part of the file is swallowed whole, and so was not linted. */
function unreadableNotes(errors: ParserError[]): string[] {
  const notes: string[] = [];
  for (const error of errors) {
    switch (error.code) {
      case 'eof-in-comment':
        notes.push(`line ${error.startLine}: an HTML comment is never closed with "-->", so the text after it was read as part of the comment and not linted`);
        break;
      case 'eof-in-tag':
        notes.push(`line ${error.startLine}: a tag is never closed (a ">" or a quote is missing), so the text after it was not linted`);
        break;
      case 'eof-in-element-that-can-contain-only-text':
        notes.push(`line ${error.startLine}: a <title>, <textarea>, <style> or <script> element is never closed, so the text after it was not linted`);
        break;
      default:
    }
  }
  return notes;
}

