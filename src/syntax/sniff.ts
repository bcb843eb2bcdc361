import type { SyntaxName } from '../types.js';

// Leading white space and comments, then the first tag of an HTML document or e-mail fragment. A comment
// alone is not enough: control comments (`<!-- empathy-disable -->`) open Markdown and plain text too.
const htmlStart = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|table|div|p|h[1-6]|ul|ol|section|article|header|main|center|title|meta|style)[\s>/]/i;
const mjmlStart = /^(?:\s|<!--[\s\S]*?-->)*<mjml[\s>]/i;
// A YAML front matter block: `---` on the first line, closed by `---` or `...` on a line of its own.
const frontMatter = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * The syntax of copy that comes without a file name (`--stdin` without `--stdin-filename`): MJML or HTML when
 * it opens with their markup, Markdown when it opens with front matter, plain text otherwise. A file name
 * always wins over this guess.
 */
export function sniffSyntax(text: string): SyntaxName {
  if (mjmlStart.test(text)) return 'mjml';
  if (htmlStart.test(text)) return 'html';
  if (frontMatter.test(text)) return 'markdown';
  return 'text';
}

/**
 * A whole HTML document in a file read as plain text: a `.txt` e-mail body, or a template of an extension we do not
 * know (`.vm`, `.tmpl`, `.erb`, `.php`, `.eex`) whose copy is an HTML page: a doctype or an `<html>` element near the
 * top, after any template preamble, and a closing `</body>` or `</html>`.
 */
// Lower case (or all capitals) only: `<Html>` and `</Body>` are components of a JSX e-mail, which is code.
const htmlDocumentStart = /<![Dd][Oo][Cc][Tt][Yy][Pp][Ee]\s+[Hh][Tt][Mm][Ll]\b|<html[\s>]|<HTML[\s>]/;
const htmlDocumentEnd = /<\/(?:body|html|BODY|HTML)\s*>/;

/** The syntax that reads `source`: plain text that holds a whole HTML document is read as HTML. */
export function refineSyntax(syntax: SyntaxName, source: string): SyntaxName {
  if (syntax !== 'text') return syntax;
  return htmlDocumentStart.test(source.slice(0, 4096)) && htmlDocumentEnd.test(source) ? 'html' : syntax;
}
