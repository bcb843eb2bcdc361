import { wholeReport, type Formatter, type StreamingFormatter } from './types.js';

/**
 * One JSON array, one element per file, in the ESLint shape (public API). A file that could not be linted is
 * an element with `fatal` set and no messages.
 */
export const jsonWriter: StreamingFormatter = () => {
  let first = true;
  return {
    file({ output: _output, ...result }) {
      const opening = first ? '[' : ',';
      first = false;
      return opening + JSON.stringify(result);
    },
    footer: () => (first ? '[]\n' : ']\n'),
  };
};

/** `jsonWriter` as a pure function of all the results. */
export const json: Formatter = wholeReport(jsonWriter);
