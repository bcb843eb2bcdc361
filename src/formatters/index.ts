import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { checkstyle } from './checkstyle.js';
import { html } from './html.js';

export type { Formatter, FormatterContext, ExternalFormatter } from './types.js';

/** Built-in formatters by name. */
export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, checkstyle, html };
