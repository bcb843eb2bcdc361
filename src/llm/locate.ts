/**
 * Finding a model's quote in the text it was given. The model never gives offsets; it quotes. A quote is
 * looked for as written, then with quotes, dashes, white space and case normalised on both sides (models
 * straighten curly quotes and fold line breaks). A quote found nowhere is dropped by the caller.
 */

/** `[start, end)` of `quote` in `text`, or undefined. */
export function locateQuote(text: string, quote: string): [number, number] | undefined {
  const wanted = stripWrapping(quote);
  if (wanted === '') return undefined;
  const exact = text.indexOf(wanted);
  if (exact !== -1) return [exact, exact + wanted.length];
  const haystack = normalizeWithMap(text);
  const needle = normalizeWithMap(wanted).text.trim();
  if (needle === '') return undefined;
  let at = haystack.text.indexOf(needle);
  // A trailing full stop the copy does not have ("... on Monday." for "... on Monday") is forgiven.
  let length = needle.length;
  if (at === -1 && /[.!?,;:]$/.test(needle)) {
    length = needle.length - 1;
    at = haystack.text.indexOf(needle.slice(0, -1));
  }
  if (at === -1) return undefined;
  const start = haystack.map[at]!;
  const end = haystack.map[at + length - 1]! + 1;
  return [start, end];
}

/** Quotes around the whole quote, and an ellipsis at either end, are not part of the copy. */
function stripWrapping(quote: string): string {
  let text = quote.trim();
  for (let pass = 0; pass < 2; pass++) {
    const wrapped = /^(["“”'‘’«»])([\s\S]+)(["“”'‘’«»])$/.exec(text);
    if (wrapped && wrapped[2]!.trim() !== '') text = wrapped[2]!.trim();
    text = text.replace(/^(?:\.\.\.|…)\s*/, '').replace(/\s*(?:\.\.\.|…)$/, '');
  }
  return text;
}

/**
 * Lower case; curly quotes and apostrophes straight; every dash a hyphen; runs of white space (and
 * non-breaking spaces) one space. `map[i]` is the index in the original of normalised character `i`.
 */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let lastSpace = false;
  for (let index = 0; index < text.length; index++) {
    let char = text[index]!;
    if (/\s/.test(char)) {
      if (lastSpace) continue;
      lastSpace = true;
      out += ' ';
      map.push(index);
      continue;
    }
    lastSpace = false;
    if (/[‘’‚‛′`´]/.test(char)) char = "'";
    else if (/[“”„‟″«»]/.test(char)) char = '"';
    else if (/[‐‑‒–—―−]/.test(char)) char = '-';
    else if (char === '…') char = '.';
    const lower = char.toLowerCase();
    // Lower-casing keeps one character for one in the scripts copy is written in; when it does not, keep the character.
    out += lower.length === 1 ? lower : char;
    map.push(index);
  }
  return { text: out, map };
}
