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

/**
 * A fragment of an HTML e-mail in a template that a layout wraps (`@extends('emails.layout')` then a `<table>`, an ERB
 * or PHP partial): three closing tags of block elements or more. Block tags give the copy its paragraphs, so reading
 * it as HTML loses no break; a text e-mail with a `<b>` or two stays text. Code with markup in it (JSX, a template
 * literal in a module) is not a fragment: its imports, exports and `className` attributes say so.
 */
const htmlBlockClose = /<\/(?:p|div|td|th|tr|table|tbody|li|ul|ol|h[1-6]|center|section|blockquote)\s*>/g;
const codeMarkers = /\bclassName=|^\s*(?:import|export)\s|\bmodule\.exports\b|=>\s*[({`]|\breturn\s*[(`]|\bfunction\s*\w*\s*\(/m;

/**
 * The syntax that reads `source`: plain text that holds a whole HTML document, or a fragment of one, is read as
 * HTML.
 */
export function refineSyntax(syntax: SyntaxName, source: string): SyntaxName {
  if ((syntax === 'text' || syntax === 'html') && isJsxModule(source)) return 'jsx';
  // An e-mail template saved as `.eml` (Django's `{% block subject %}…{% endblock %}`) opens with a template tag, not
  // with headers: it is read as the text or the HTML it holds.
  if (syntax === 'eml' && templateStart.test(source)) return source.search(htmlBlockClose) >= 0 ? 'html' : 'text';
  if (syntax !== 'text') return syntax;
  if (htmlDocumentStart.test(source.slice(0, 4096)) && htmlDocumentEnd.test(source)) return 'html';
  // An MJML partial that a layout wraps (`<% layout("base.eta") %>` then `<mj-section>`): two MJML elements closed.
  if ((source.match(/<\/mj-[a-z-]+\s*>/g)?.length ?? 0) >= 2) return 'mjml';
  if (codeMarkers.test(source)) return syntax;
  let blocks = 0;
  for (const _ of source.matchAll(htmlBlockClose)) if (++blocks >= 3) return 'html';
  return syntax;
}

/** A template tag opening the file: `{% block subject %}`, `{{ greeting }}`, `{# note #}`, `<% layout %>`. */
const templateStart = /^\uFEFF?\s*(?:\{[%{#]|<%)/;

/** A module that imports or exports, as JSX components do. */
const moduleStart = /^\s*(?:(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/|['"]use (?:client|server|strict)['"];?)\s*)*(?:import|export)\s/;
/** Markup written as JSX: a component's tag, `className`, or markup returned from a function. */
const jsxMarkup = /<[A-Z][\w.]*[\s/>]|\bclassName=|\breturn\s*\(\s*<[A-Za-z]|=>\s*\(\s*<[A-Za-z]/;
/** An HTML e-mail in a template literal (`module.exports = () => \`<!DOCTYPE html>…\``): HTML, not JSX. */
const htmlInTemplateLiteral = /`\s*<(?:!doctype|html|table|div|body)\b/i;

/**
 * A JSX component (a React Email template, a `.tsx` page): a module, opening with its imports or exports, whose markup is
 * JSX. Such a file, even one saved as `.html`, is read by the JSX reader, which takes the text of its elements and
 * leaves the code.
 */
export function isJsxModule(source: string): boolean {
  const head = source.slice(0, 8192);
  return moduleStart.test(head) && jsxMarkup.test(source) && !htmlInTemplateLiteral.test(source);
}

/** A block comment or a line comment that opens a line of code. */
const codeComment = /(?<=^|\n)[ \t]*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*)/g;

/** A Pug, Jade or Slim template: markup written as indented element names (`doctype html`, `td#bodyCell(align='center')`). */
const indentedMarkup = /^[ \t]*doctype[ \t]+\w+[ \t]*$|^[ \t]*(?:html|head|body|table|tbody|tr|td)(?:[#.(][^\n]*)?[ \t]*$/m;

/**
 * Blank out the comments that open a line: in a module that holds an e-mail (a template literal in a `.ts` or `.js`
 * file) a licence header or a note to developers, in a Pug or Slim template `// BEGIN BODY //`. In such files none is
 * ever copy. Only comments that open a line are taken, so the "//" of a URL stays; in a plain-text e-mail a line that
 * opens with "//" stays copy. Length and line breaks are kept.
 */
export function maskCodeComments(source: string): string {
  if (!/(?:^|\n)[ \t]*\/[*/]/.test(source) || !(codeMarkers.test(source) || indentedMarkup.test(source))) return source;
  return source.replace(codeComment, (comment) => comment.replace(/[^\r\n]/g, ' '));
}
