import type { Formatter, StreamingFormatter } from './types.js';
import { wholeReport } from './types.js';
import { stylishWriter } from './stylish.js';
import { jsonWriter } from './json.js';
import { sarifWriter } from './sarif.js';
import { githubWriter } from './github.js';
import { checkstyleWriter } from './checkstyle.js';
import { html } from './html.js';

export type { Formatter, FormatterContext, ExternalFormatter, ReportWriter, StreamingFormatter } from './types.js';

/** Built-in formatters by name, writing result by result (the command line streams its report with these). */
export const streamingFormatters: Record<string, StreamingFormatter> = {
  stylish: stylishWriter,
  json: jsonWriter,
  sarif: sarifWriter,
  github: githubWriter,
  checkstyle: checkstyleWriter,
};

/** Built-in formatters by name. */
export const formatters: Record<string, Formatter> = {
  ...Object.fromEntries(Object.entries(streamingFormatters).map(([name, streaming]) => [name, wholeReport(streaming)])),
  // The HTML report shows each file's copy around its findings, so it is written at once.
  html,
};
