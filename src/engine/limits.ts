/**
 * Size limits for copy, in a module of its own so that the command line can check standard input without
 * loading the file engine.
 */

/** Files (and standard input) larger than this are refused: copy is small, and a huge input is almost always a mistake. */
export const defaultMaxFileSize = 5 * 1024 * 1024;
