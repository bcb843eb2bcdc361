import { ParseEnglish } from 'parse-english';
import type { Root, Sentence as NlcstSentence, Paragraph } from 'nlcst';
import type { Sentence, TextUnit, Token } from '../types.js';
import { emphasisMarker, normalize } from './normalize.js';

export { normalize };

const parser = new ParseEnglish();

/** The normal form of a sentence: lower case, straight quotes, Markdown emphasis markers as spaces. */
function sentenceNormal(text: string): string {
  const normal = normalize(text);
  return normal.includes('*') || normal.includes('__') ? normal.replace(emphasisMarker, (marker) => ' '.repeat(marker.length)) : normal;
}

export interface ParsedUnit {
  tree: Root;
  sentences: Sentence[];
}

/** Split a unit into sentences and tokens with retext's English parser. */
export function parseUnit(unit: TextUnit, unitIndex: number, firstSentenceIndex: number): ParsedUnit {
  const tree = parser.parse(unit.text);
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of (paragraph as Paragraph).children) {
      if (node.type !== 'SentenceNode') continue;
      const sentence = toSentence(node, unit, unitIndex, firstSentenceIndex + sentences.length);
      if (sentence) sentences.push(sentence);
    }
  }
  return { tree, sentences };
}

function toSentence(node: NlcstSentence, unit: TextUnit, unitIndex: number, index: number): Sentence | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const text = unit.text.slice(start, end);
  const normal = sentenceNormal(text);
  const tokens: Token[] = [];
  for (const child of node.children) {
    const childStart = (child.position?.start.offset ?? start) - start;
    const childEnd = (child.position?.end.offset ?? start) - start;
    const type =
      child.type === 'WordNode'
        ? 'word'
        : child.type === 'PunctuationNode'
          ? 'punctuation'
          : child.type === 'SymbolNode'
            ? 'symbol'
            : child.type === 'WhiteSpaceNode'
              ? 'whitespace'
              : 'source';
    tokens.push({
      type,
      value: text.slice(childStart, childEnd),
      normal: normal.slice(childStart, childEnd),
      start: childStart,
      end: childEnd,
    });
  }
  return {
    unit,
    unitIndex,
    index,
    text,
    normal,
    start,
    end,
    tokens,
    words: tokens.filter((token) => token.type === 'word'),
    node,
  };
}
