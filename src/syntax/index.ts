import type { SyntaxName, TextDocument } from '../types.js';

/** File extensions linted when a folder is given, by syntax. */
export const extensionsBySyntax: Record<SyntaxName, readonly string[]> = {
  markdown: ['.md', '.markdown', '.mdown', '.mkd'],
  text: ['.txt', '.text'],
};

/** Every extension a folder walk picks up. */
export const knownExtensions: readonly string[] = Object.values(extensionsBySyntax).flat();

/** The syntax for a file name; unknown extensions are read as plain text. */
export function syntaxForPath(filePath: string | undefined): SyntaxName {
  if (!filePath) return 'text';
  const lower = filePath.toLowerCase();
  for (const [syntax, extensions] of Object.entries(extensionsBySyntax) as [SyntaxName, readonly string[]][]) {
    if (extensions.some((extension) => lower.endsWith(extension))) return syntax;
  }
  return 'text';
}

export function isSyntaxName(value: string): value is SyntaxName {
  return Object.hasOwn(extensionsBySyntax, value);
}

type Parser = (source: string) => TextDocument;
const parsers = new Map<SyntaxName, Parser>();

/**
 * Load the parser for a syntax. Parsers are imported on first use so that linting plain text never pays
 * for the Markdown toolchain.
 */
export async function loadParser(syntax: SyntaxName): Promise<Parser> {
  let parser = parsers.get(syntax);
  if (!parser) {
    parser = syntax === 'markdown' ? (await import('./markdown.js')).parseMarkdown : (await import('./text.js')).parseText;
    parsers.set(syntax, parser);
  }
  return parser;
}
