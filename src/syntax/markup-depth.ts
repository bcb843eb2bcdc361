/**
 * The first line of an HTML or MJML text where block elements could nest deeper than `limit`, found in one
 * linear pass before parsing. Each start tag of these elements makes parse5 search every open element (to close
 * a paragraph, as a browser does), so thousands of nested `<div>`s or lists take minutes; other elements
 * (inline, table, custom and MJML elements) cost nothing extra and are not counted.
 *
 * The count is an upper bound: start tags add one, end tags take one away, and comments and the text of
 * `<script>`, `<style>`, `<textarea>`, `<title>`, `<xmp>` and `<noscript>` are passed over.
 */
export function lineNestedDeeperThan(source: string, limit: number): number | undefined {
  const lower = source.toLowerCase();
  let depth = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (index: number) => {
    for (; counted < index; counted++) if (source.charCodeAt(counted) === 0x0a) line++;
    return line;
  };
  let index = lower.indexOf('<');
  while (index !== -1) {
    if (lower.startsWith('<!--', index)) {
      const end = lower.indexOf('-->', index + 4);
      if (end === -1) return undefined;
      index = lower.indexOf('<', end + 3);
      continue;
    }
    const closing = lower.charCodeAt(index + 1) === 0x2f; /* / */
    let nameEnd = index + (closing ? 2 : 1);
    while (nameEnd < lower.length && isNameChar(lower.charCodeAt(nameEnd))) nameEnd++;
    const name = lower.slice(index + (closing ? 2 : 1), nameEnd);
    // Past the last `>` nothing is a tag any more: stop rather than search again from every `<`.
    const tagEnd = lower.indexOf('>', nameEnd);
    if (tagEnd === -1) return undefined;
    if (name !== '' && costly.has(name)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (++depth > limit) return lineAt(index);
    }
    let next = tagEnd + 1;
    if (!closing && rawText.has(name)) {
      const end = lower.indexOf(`</${name}`, next);
      if (end === -1) return undefined;
      next = end;
    }
    index = lower.indexOf('<', next);
  }
  return undefined;
}

/** Elements whose start tag makes the parser look through every open element (`p` cannot nest, so it is left out). */
const costly = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing',
  'form', 'li', 'dd', 'dt',
]);

/** Elements whose content is text, not markup. */
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

function isNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a || code === 0x5f;
}
