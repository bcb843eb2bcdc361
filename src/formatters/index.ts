import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';

export type { Formatter, FormatterContext } from './types.js';

/** Built-in formatters by name. */
export const formatters: Record<string, Formatter> = { stylish, json };
