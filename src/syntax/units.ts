import type { TextUnit, UnitKind } from '../types.js';

/**
 * Template tags that are never copy. Output tags (`{{name}}`, `*|FNAME|*`, `<%= x %>`, `%%var%%`) stand for a
 * word in the sentence, so they are masked with a neutral placeholder word of the same length; logic tags
 * (`{% if %}`, `<% x %>`) are masked with spaces. Same length keeps every offset valid.
 */
const templateTag =
  /\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\*\|[A-Za-z0-9_:-]+\|\*|<%[\s\S]*?%>|%%[A-Za-z0-9_.:-]+%%/g;

/** The character a masked value tag is filled with: a lower-case letter that no rule pattern looks for. */
export const PLACEHOLDER_CHAR = 'x';

/** Mask template tags in `source`, keeping its length and line breaks. */
export function maskTemplates(source: string): string {
  if (!/\{\{|\{%|\*\||<%|%%/.test(source)) return source;
  return source.replace(templateTag, (tag) => {
    const isLogic = tag.startsWith('{%') || (tag.startsWith('<%') && !tag.startsWith('<%='));
    return maskRun(tag, isLogic ? ' ' : PLACEHOLDER_CHAR);
  });
}

function maskRun(text: string, fill: string): string {
  let out = '';
  for (const char of text) {
    if (char === '\n' || char === '\r') out += char;
    else out += fill.repeat(char.length);
  }
  return out;
}

/** Builds a unit's text piece by piece while recording where each character came from. */
export class UnitBuilder {
  private text = '';
  private readonly offsets: number[] = [];
  private lastEnd = -1;

  constructor(readonly kind: UnitKind) {}

  /** Append text that stands in the source exactly as written, starting at `start`. */
  appendVerbatim(value: string, start: number): void {
    for (let index = 0; index < value.length; index++) this.offsets.push(start + index);
    this.text += value;
    this.lastEnd = start + value.length;
  }

  /**
   * Append a parsed value (escapes and entities decoded) whose source is `source.slice(start, end)`.
   * Characters are aligned with the source so that positions stay exact around escapes and entities.
   */
  appendAligned(value: string, source: string, start: number, end: number): void {
    if (source.slice(start, end) === value) {
      this.appendVerbatim(value, start);
      return;
    }
    let cursor = start;
    for (let index = 0; index < value.length; index++) {
      const char = value[index]!;
      let found = -1;
      for (let probe = cursor; probe < end && probe < cursor + 16; probe++) {
        if (source[probe] === char) {
          found = probe;
          break;
        }
      }
      if (found === -1) {
        this.offsets.push(Math.min(cursor, Math.max(start, end - 1)));
        // An entity or escape stands for this character: move past it.
        const entity = /^&(?:#\d+|#x[\da-f]+|\w+);/i.exec(source.slice(cursor, end));
        if (entity) cursor += entity[0].length;
      } else {
        this.offsets.push(found);
        cursor = found + 1;
      }
      this.text += char;
    }
    this.lastEnd = end;
  }

  /** Append a separator that has no source of its own (a line break between inline nodes, a masked node). */
  appendSeparator(value: string, at: number): void {
    for (let index = 0; index < value.length; index++) this.offsets.push(at);
    this.text += value;
    this.lastEnd = at;
  }

  get length(): number {
    return this.text.length;
  }

  build(): TextUnit | undefined {
    if (!/[\p{L}\p{N}]/u.test(this.text)) return undefined;
    return { kind: this.kind, text: this.text, offsets: [...this.offsets, this.lastEnd] };
  }
}

/** A unit whose text is a verbatim slice of the source. */
export function verbatimUnit(kind: UnitKind, source: string, start: number, end: number): TextUnit | undefined {
  const builder = new UnitBuilder(kind);
  builder.appendVerbatim(source.slice(start, end), start);
  return builder.build();
}
