import type { SyntaxName, TextDocument } from '../types.js';

/** File extensions linted when a folder is given, by syntax. */
export const extensionsBySyntax: Record<SyntaxName, readonly string[]> = {
  markdown: ['.md', '.markdown', '.mdown', '.mkd'],
  text: ['.txt', '.text'],
  // ESP and site templates are HTML with tags; the tags are masked.
  html: ['.html', '.htm', '.liquid', '.hbs', '.handlebars', '.mustache', '.njk', '.jinja', '.j2'],
  eml: ['.eml'],
  mjml: ['.mjml'],
  // Chosen by the `catalogs` globs of the config, never by extension: not every JSON or YAML file is copy.
  catalog: [],
  // A JSX component named explicitly (`.tsx`, `.jsx`, or a template that is one): never by extension in a folder walk,
  // where most such files are code, not copy. See `refineSyntax`.
  jsx: [],
};

/** Extensions read as string catalogues when a file is named explicitly or matches the `catalogs` globs. */
export const catalogExtensions: readonly string[] = ['.json', '.yaml', '.yml'];

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

/**
 * Reads a file's text into copy units. May throw an `Error` with a one-line message when nothing in the file
 * can be read (an `.eml` file that is not a message, a catalogue that is not JSON or YAML).
 */
export type Parser = (source: string) => TextDocument;
const parsers = new Map<SyntaxName, Parser>();

/** Each syntax's module, imported on first use. */
const importers: Record<SyntaxName, () => Promise<Parser>> = {
  markdown: async () => (await import('./markdown.js')).parseMarkdown,
  text: async () => (await import('./text.js')).parseText,
  html: async () => (await import('./html.js')).parseHtml,
  eml: async () => (await import('./eml.js')).parseEml,
  mjml: async () => (await import('./mjml.js')).parseMjml,
  catalog: async () => (await import('./catalog.js')).parseCatalog,
  jsx: async () => (await import('./jsx.js')).parseJsx,
};

/**
 * Load the parser for a syntax. Parsers are imported on first use so that linting plain text never pays
 * for the Markdown, HTML or MIME toolchains.
 */
export async function loadParser(syntax: SyntaxName): Promise<Parser> {
  let parser = parsers.get(syntax);
  if (!parser) {
    parser = await importers[syntax]();
    parsers.set(syntax, parser);
  }
  return parser;
}
