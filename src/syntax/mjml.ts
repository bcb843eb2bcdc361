import type { TextDocument } from '../types.js';
import { parseMarkup } from './html.js';

/**
 * MJML e-mail templates. Copy is the content of `mj-text`, `mj-button`, `mj-navbar-link`, `mj-accordion-title`
 * and `mj-accordion-text`, `mj-social-element` and `mj-table` (HTML inside them is read as in `.html` files),
 * `mj-title` (a `title` unit), `mj-preview` (the preheader), and `alt`/`title` attributes (`mj-image`).
 * `mj-style`, `mj-attributes`, `mj-font`, `mj-breakpoint`, `mj-html-attributes`, `mj-raw` and `mj-include` are
 * skipped, as is text anywhere else. MJML is read with the HTML parser: it is close enough to HTML for its text. Its
 * self-closing tags only change nesting, except that a skipped one (`<mj-include path="…"/>`) would take the copy after
 * it along: that copy is read as if the tag were closed.
 */
export function parseMjml(source: string): TextDocument {
  return parseMarkup(source, 'mjml');
}
