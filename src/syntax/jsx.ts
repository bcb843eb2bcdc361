import { parse } from '@babel/parser';
import type { TextDocument, TextUnit, UnitKind } from '../types.js';
import { scanDirectiveComments } from './directives.js';
import { PLACEHOLDER_CHAR, UnitBuilder } from './units.js';
import { parseText } from './text.js';

/**
 * An e-mail or a page written as a JSX component (React Email, a `.tsx` or `.jsx` template): copy is the text of its
 * elements, the string literals between their tags (`{" "}`, `{"Don't miss out"}`) and the `alt`, `title`,
 * `placeholder` and `aria-label` attributes. Every other expression between tags (`{invoiceNumber}`) is a
 * placeholder, and code outside the markup is not copy. Each block element (a `Text`, a `Heading`, a `p`, a `div`)
 * is a unit; inline ones (`span`, `strong`, `a`, `Link`) stay inside the unit around them. A module that the parser
 * cannot read at all is read as plain text.
 */
export function parseJsx(source: string): TextDocument {
  let program: Node;
  try {
    program = parse(source, { sourceType: 'unambiguous', plugins: ['jsx', 'typescript'], errorRecovery: true }) as unknown as Node;
  } catch {
    return parseText(source);
  }
  const reader = new JsxReader(source);
  reader.find(program);
  const units = reader.units.sort((a, b) => (a.offsets[0] ?? 0) - (b.offsets[0] ?? 0));
  return { syntax: 'jsx', source, units, directives: scanDirectiveComments(source) };
}

/** The parts of a Babel node this reader uses. */
interface Node {
  type: string;
  start?: number | null;
  end?: number | null;
  [key: string]: unknown;
}

/** Inline elements: their text belongs to the unit of the block around them. */
const inlineElements = new Set(
  'a abbr b bdi bdo br cite code data em i kbd mark q s samp small span strong sub sup time u var wbr Link Trans Strong Em Span Code'.split(' '),
);
/** Attributes whose text the reader sees or hears. */
const copyAttributes = new Set(['alt', 'title', 'placeholder', 'aria-label']);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** The element's name as written: `Heading`, `p`, `Email.Text`. */
function nameOf(element: Node): string {
  const opening = element['openingElement'] as Node | undefined;
  let name = opening?.['name'] as Node | undefined;
  while (name?.type === 'JSXMemberExpression') name = name['property'] as Node;
  return typeof name?.['name'] === 'string' ? (name['name'] as string) : '';
}

function kindOf(name: string): UnitKind {
  if (/^(?:h[1-6]|Heading|Title|H[1-6])$/.test(name)) return 'heading';
  if (name === 'Preview') return 'preheader';
  if (name === 'title') return 'title';
  return 'paragraph';
}

/** Elements whose content is code: `<style>`, `<script>`. */
const codeElements = new Set(['style', 'script']);

/** True when the expression holds markup of its own (`{late && <p>…</p>}`, `{items.map(…)}` returning elements). */
function holdsMarkup(node: Node): boolean {
  let found = false;
  visit(node, (child) => {
    if (child.type === 'JSXElement' || child.type === 'JSXFragment') found = true;
    return !found;
  });
  return found;
}

/** Depth-first walk over every node under `node`; `enter` returns false to skip a node's children. */
function visit(node: Node, enter: (node: Node) => boolean): void {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (!enter(current)) continue;
    const children: Node[] = [];
    for (const [key, value] of Object.entries(current)) {
      if (key === 'loc' || key === 'extra' || key === 'comments' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      if (Array.isArray(value)) for (const item of value) if (isNode(item)) children.push(item);
      if (isNode(value)) children.push(value);
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
}

/** A run of a literal's text, or of an expression inside it (a placeholder). */
interface Piece {
  start: number;
  end: number;
  placeholder: boolean;
  /** The decoded text, when it differs from the source (escapes). */
  value?: string;
}

/** The text of a string or template literal, expressions inside a template as placeholders; undefined for anything else. */
function literalPieces(node: Node): Piece[] | undefined {
  if (node.start == null || node.end == null) return undefined;
  if (node.type === 'StringLiteral') {
    const value = typeof node['value'] === 'string' ? (node['value'] as string) : undefined;
    return [{ start: node.start + 1, end: node.end - 1, placeholder: false, ...(value === undefined ? {} : { value }) }];
  }
  if (node.type !== 'TemplateLiteral') return undefined;
  const pieces: Piece[] = [];
  const quasis = (node['quasis'] as Node[] | undefined) ?? [];
  const expressions = (node['expressions'] as Node[] | undefined) ?? [];
  quasis.forEach((quasi, index) => {
    const cooked = (quasi['value'] as { cooked?: string | null } | undefined)?.cooked;
    if (quasi.start != null && quasi.end != null && quasi.end > quasi.start) {
      pieces.push({ start: quasi.start, end: quasi.end, placeholder: false, ...(typeof cooked === 'string' ? { value: cooked } : {}) });
    }
    // `${stock}` (or `${ stock }`) from its `$` to its `}`: between this quasi and the next.
    const next = quasis[index + 1];
    if (expressions[index] && quasi.end != null && next?.start != null && next.start > quasi.end) pieces.push({ start: quasi.end, end: next.start, placeholder: true });
  });
  return pieces;
}

/** The literals a conditional or logical expression can print: `a ? "In stock" : \`Only \${n} left\``, `note || "No note"`. */
function branchLiterals(node: Node): Piece[][] {
  if (node.type === 'ConditionalExpression') return [...branchLiterals(node['consequent'] as Node), ...branchLiterals(node['alternate'] as Node)];
  if (node.type === 'LogicalExpression') return [...branchLiterals(node['left'] as Node), ...branchLiterals(node['right'] as Node)];
  const pieces = literalPieces(node);
  return pieces ? [pieces] : [];
}

class JsxReader {
  readonly units: TextUnit[] = [];

  constructor(private readonly source: string) {}

  /** One literal as a unit of its own (a branch of a conditional between tags). */
  private literalUnit(pieces: Piece[], kind: UnitKind = 'paragraph'): void {
    const builder = new UnitBuilder(kind);
    for (const piece of pieces) {
      if (piece.placeholder) builder.appendVerbatim(PLACEHOLDER_CHAR.repeat(piece.end - piece.start), piece.start);
      else if (piece.value !== undefined && piece.value !== this.source.slice(piece.start, piece.end)) builder.appendAligned(piece.value, this.source, piece.start, piece.end);
      else builder.appendVerbatim(this.source.slice(piece.start, piece.end), piece.start);
    }
    const unit = builder.build();
    if (unit && /\p{L}/u.test(unit.text.replace(/x{2,}/g, ''))) this.units.push(unit);
  }

  /** Every outermost element under `node`, wherever it sits in the code (a `return`, a variable, a prop). */
  find(node: Node): void {
    visit(node, (child) => {
      if (child.type === 'JSXElement' && codeElements.has(nameOf(child))) return false;
      if (child.type === 'JSXElement' || child.type === 'JSXFragment') {
        this.block(child, child.type === 'JSXElement' ? kindOf(nameOf(child)) : 'paragraph');
        return false;
      }
      return true;
    });
  }

  /** A block: its inline content is one unit; blocks inside it are units of their own. */
  private block(element: Node, kind: UnitKind): void {
    let builder = new UnitBuilder(kind);
    const flush = () => {
      const unit = builder.build();
      // A unit of placeholders alone (`<Text>{message}</Text>`) says nothing the reader sees here.
      if (unit && /\p{L}/u.test(unit.text.replace(/x{2,}/g, ''))) this.units.push(unit);
      builder = new UnitBuilder(kind);
    };
    this.attributes(element);
    this.children(element, () => builder, flush);
    flush();
  }

  /** Copy attributes are units of their own; markup passed as a prop (`preview={<Preview>…</Preview>}`) is read too. */
  private attributes(element: Node): void {
    const opening = element['openingElement'] as Node | undefined;
    for (const attribute of (opening?.['attributes'] as Node[] | undefined) ?? []) {
      if (attribute.type !== 'JSXAttribute') continue;
      const name = (attribute['name'] as Node | undefined)?.['name'];
      const value = attribute['value'] as Node | undefined;
      if (!value) continue;
      if (value.type === 'StringLiteral' && typeof name === 'string' && copyAttributes.has(name) && value.start != null && value.end != null) {
        const builder = new UnitBuilder('alt-text');
        builder.appendVerbatim(this.source.slice(value.start + 1, value.end - 1), value.start + 1);
        const unit = builder.build();
        if (unit) this.units.push(unit);
      } else if (value.type === 'JSXExpressionContainer' && typeof name === 'string' && copyAttributes.has(name) && literalPieces(value['expression'] as Node)) {
        // `title={"You failed to pay"}`, ``alt={`Photo of ${name}`}``: the same copy, written as an expression.
        this.literalUnit(literalPieces(value['expression'] as Node)!, 'alt-text');
      } else if (value.type === 'JSXExpressionContainer' || value.type === 'JSXElement') {
        this.find(value);
      }
    }
  }

  private children(element: Node, builder: () => UnitBuilder, flush: () => void): void {
    let lastEnd: number | undefined;
    const append = (start: number, end: number, placeholder: boolean, value?: string) => {
      const current = builder();
      if (lastEnd !== undefined && start > lastEnd && current.length > 0 && !/\s$/.test(current.lastChar)) current.appendSeparator(' ', lastEnd);
      if (placeholder) current.appendVerbatim(PLACEHOLDER_CHAR.repeat(end - start), start);
      // JSX text and string literals may hold entities and escapes ("Don&apos;t", "Don\u2019t"): read them decoded,
      // with every character still mapped to the source.
      else if (value !== undefined && value !== this.source.slice(start, end)) current.appendAligned(value, this.source, start, end);
      else current.appendVerbatim(this.source.slice(start, end), start);
      lastEnd = end;
    };
    const appendPieces = (pieces: Piece[]) => {
      for (const piece of pieces) append(piece.start, piece.end, piece.placeholder, piece.value);
    };
    for (const child of (element['children'] as Node[] | undefined) ?? []) {
      if (child.start == null || child.end == null) continue;
      switch (child.type) {
        case 'JSXText':
          append(child.start, child.end, false, typeof child['value'] === 'string' ? (child['value'] as string) : undefined);
          break;
        case 'JSXExpressionContainer': {
          const expression = child['expression'] as Node;
          if (expression.type === 'JSXEmptyExpression') break;
          const pieces = literalPieces(expression);
          if (pieces) {
            appendPieces(pieces);
          } else if (holdsMarkup(expression)) {
            flush();
            lastEnd = undefined;
            this.find(expression);
          } else if (expression.start != null && expression.end != null) {
            append(expression.start, expression.end, true);
            // `{isVeryLow ? \`Only \${stock} left! Order now\` : \`Low stock: \${stock} remaining\`}`: each text the
            // expression can print is a reading of its own.
            for (const branch of branchLiterals(expression)) this.literalUnit(branch);
          }
          break;
        }
        case 'JSXElement': {
          const name = nameOf(child);
          // A style sheet or a script in the markup is code, not copy.
          if (codeElements.has(name)) {
            flush();
            lastEnd = undefined;
          } else if (inlineElements.has(name)) {
            this.attributes(child);
            this.children(child, builder, flush);
            lastEnd = child.end;
          } else {
            flush();
            lastEnd = undefined;
            this.block(child, kindOf(name));
          }
          break;
        }
        case 'JSXFragment':
          this.children(child, builder, flush);
          lastEnd = child.end;
          break;
        default:
          break;
      }
    }
  }
}
