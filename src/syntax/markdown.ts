import type { Nodes, Parent, PhrasingContent, Root, Yaml } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { TextDocument, TextUnit, UnitKind } from '../types.js';
import { PLACEHOLDER_CHAR, UnitBuilder, expandTemplateBranches, maskTemplates } from './units.js';
import { parseDirectiveComment } from './directives.js';
import { yamlNestingDepth } from './yaml-depth.js';
import { lineNestedDeeperThan } from './markdown-depth.js';
import { lineOf } from '../linter/location.js';
import { parseDocument, isMap, isScalar } from 'yaml';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Deeper than this, front matter is not parsed. */
const maxFrontMatterNesting = 100;

/** Deeper than this, a Markdown file is refused: copy never nests lists or quotes near this far. */
export const maxMarkdownNesting = 100;

/** Front-matter keys whose values are copy the reader sees before opening the message. */
const copyKeys: Record<string, UnitKind> = { subject: 'subject', preheader: 'preheader' };

/**
 * Markdown with YAML front matter and GFM. Units are headings, paragraphs and table cells; code, URLs,
 * HTML and template tags are masked; `subject` and `preheader` in front matter are units of their own. Each
 * branch of a template conditional is read on its own (see `expandTemplateBranches`).
 */
export function parseMarkdown(source: string): TextDocument {
  const tooDeep = lineNestedDeeperThan(source, maxMarkdownNesting);
  if (tooDeep !== undefined) {
    throw new Error(`line ${tooDeep} nests lists or block quotes more than ${maxMarkdownNesting} levels deep, far more than copy needs, so the file was not read`);
  }
  const masked = maskTemplates(source);
  const tree = processor.parse(masked) as Root;
  const document: TextDocument = { syntax: 'markdown', source, units: [], directives: [] };
  const walker = new Walker(masked, document);
  walker.visit(tree);
  document.units = expandTemplateBranches(document.units, source);
  return document;
}

class Walker {
  constructor(
    private readonly source: string,
    private readonly document: TextDocument,
  ) {}

  visit(node: Nodes): void {
    switch (node.type) {
      case 'yaml':
        this.frontMatter(node);
        return;
      case 'html':
        this.html(node.value, node.position?.start.offset);
        return;
      case 'heading':
        this.unit('heading', node);
        return;
      case 'paragraph':
        this.unit('paragraph', node);
        return;
      case 'tableCell':
        this.unit('table-cell', node);
        return;
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children) this.visit(child as Nodes);
    }
  }

  private html(value: string, offset: number | undefined): boolean {
    if (offset === undefined) return false;
    const directive = parseDirectiveComment(value, offset);
    if (directive) this.document.directives.push(directive);
    return directive !== undefined;
  }

  private unit(kind: UnitKind, node: Parent): void {
    const builder = new UnitBuilder(kind);
    const alts: TextUnit[] = [];
    this.phrasing(node.children as PhrasingContent[], builder, alts);
    const unit = builder.build();
    if (unit) this.document.units.push(unit);
    for (const alt of alts) this.document.units.push(alt);
  }

  private phrasing(nodes: PhrasingContent[], builder: UnitBuilder, alts: TextUnit[]): void {
    for (const node of nodes) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      switch (node.type) {
        case 'text':
          builder.appendAligned(node.value, this.source, start, end);
          break;
        case 'inlineCode':
          appendMasked(builder, start, end);
          break;
        case 'break':
          builder.appendSeparator('\n', start);
          break;
        case 'html':
          if (!this.html(node.value, start)) builder.appendSeparator(' ', start);
          break;
        case 'link': {
          const label = node.children.map((child) => ('value' in child ? child.value : '')).join('');
          if (isUrlLabel(label, node.url)) appendMasked(builder, start, end);
          else this.phrasing(node.children, builder, alts);
          break;
        }
        case 'image':
        case 'imageReference': {
          const alt = node.alt ?? '';
          const altStart = this.source.indexOf(alt, start + 2);
          if (alt && altStart !== -1 && altStart < end) {
            const altBuilder = new UnitBuilder('alt-text');
            altBuilder.appendAligned(alt, this.source, altStart, altStart + alt.length);
            const unit = altBuilder.build();
            if (unit) alts.push(unit);
          }
          appendMasked(builder, start, end);
          break;
        }
        case 'footnoteReference':
          break;
        default:
          if ('children' in node) this.phrasing(node.children as PhrasingContent[], builder, alts);
      }
    }
  }

  private frontMatter(node: Yaml): void {
    const start = node.position?.start.offset ?? 0;
    const yamlStart = this.source.indexOf('\n', start) + 1;
    if (yamlNestingDepth(node.value) > maxFrontMatterNesting) {
      // The YAML parser recurses per level and would run out of stack; no real front matter is this deep.
      (this.document.notes ??= []).push(`front matter at line ${lineOf(this.source, start)} nests more than ${maxFrontMatterNesting} levels deep; it was not read`);
      return;
    }
    const parsed = parseDocument(node.value, { prettyErrors: false });
    if (parsed.errors.length > 0) {
      const first = parsed.errors[0]!;
      const line = lineOf(this.source, yamlStart + (first.pos[0] ?? 0));
      (this.document.notes ??= []).push(`front matter line ${line} is not valid YAML (${first.code}); it was not linted`);
      return;
    }
    const data = parsed.toJS() as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      this.document.frontMatter = data as Record<string, unknown>;
    }
    if (!isMap(parsed.contents)) return;
    for (const pair of parsed.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const kind = copyKeys[key.toLowerCase()];
      if (!kind || !isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.range) continue;
      const [valueStart, valueEnd] = pair.value.range;
      const builder = new UnitBuilder(kind);
      const quoted = pair.value.type === 'QUOTE_DOUBLE' || pair.value.type === 'QUOTE_SINGLE';
      const from = yamlStart + valueStart + (quoted ? 1 : 0);
      const to = yamlStart + valueEnd - (quoted ? 1 : 0);
      builder.appendAligned(pair.value.value, this.source, from, to);
      const unit = builder.build();
      if (unit) this.document.units.push(unit);
    }
  }
}

function appendMasked(builder: UnitBuilder, start: number, end: number): void {
  builder.appendVerbatim(PLACEHOLDER_CHAR.repeat(Math.max(1, end - start)), start);
}

function isUrlLabel(label: string, url: string): boolean {
  const bare = (value: string) => value.replace(/^(?:mailto:|https?:\/\/|www\.)/i, '').replace(/\/$/, '');
  return label.length > 0 && (label === url || bare(label) === bare(url) || /^(?:https?:\/\/|www\.)\S+$/i.test(label));
}

