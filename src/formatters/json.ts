import type { Formatter } from './types.js';

/** One JSON array, one element per file, in the ESLint shape (public API). */
export const json: Formatter = (results) => JSON.stringify(results.map(({ output: _output, ...result }) => result)) + '\n';
