import type { Directive } from '../types.js';

const directivePattern =
  /^<!--\s*empathy-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->$/;

/**
 * Read an HTML comment as an inline control directive, or return undefined when it is an ordinary comment.
 * Rule ids are separated by commas or spaces; text after ` -- ` is a reason and is ignored, as in ESLint.
 */
export function parseDirectiveComment(comment: string, offset: number): Directive | undefined {
  const match = directivePattern.exec(comment.trim());
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  const list = rest.split(/\s--\s/)[0] ?? '';
  const ruleIds = list
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  return {
    kind: kind as Directive['kind'],
    ruleIds,
    offset,
    endOffset: offset + comment.length,
  };
}

/** Find every control comment in a raw source (used by formats whose parser drops comments). */
export function scanDirectiveComments(source: string): Directive[] {
  const directives: Directive[] = [];
  if (!source.includes('empathy-')) return directives;
  for (const match of source.matchAll(/<!--[\s\S]*?-->/g)) {
    const directive = parseDirectiveComment(match[0], match.index);
    if (directive) directives.push(directive);
  }
  return directives;
}
