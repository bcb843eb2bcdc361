// Kept apart from the sentence parser so that the rule kit can offer it without loading parse-english.

/** Lower-case and straighten apostrophes and quotes, keeping the length so offsets still line up. */
export function normalize(text: string): string {
  let out = '';
  for (const char of text) {
    let mapped = char.toLowerCase();
    if (mapped.length !== char.length) mapped = char;
    if (mapped === '\u2019' || mapped === '\u2018' || mapped === '\u02bc' || mapped === '\u2032') mapped = "'";
    else if (mapped === '\u201c' || mapped === '\u201d' || mapped === '\u2033') mapped = '"';
    else if (mapped === '\u00a0') mapped = ' ';
    out += mapped;
  }
  return out;
}

/**
 * Markdown emphasis left in copy that no Markdown parser read (a Blade or ERB mail, a catalogue string): "your account
 * was **suspended**", "__Important__". The markers wrap words: phrases read across them as white space, and a finding
 * quotes the words without them.
 */
export const emphasisMarker = /(?<=^|[\s(["'])(?:\*{1,3}|_{2,3})(?=[\p{L}\p{N}{$%])|(?<=[\p{L}\p{N}}.!?:)])(?:\*{1,3}|_{2,3})(?=$|[\s.,;:!?)\]"'])/gu;
