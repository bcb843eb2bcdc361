/**
 * The first line of a Markdown text whose block containers (block quotes and list items) could nest deeper
 * than `limit`, found in one pass before parsing. Parsing grows with the square of the depth (every line re-enters every open container) and
 * the tree's consumers recurse once per level, so a text nested far deeper than any copy is refused instead
 * of taking minutes or exhausting the stack.
 *
 * For each line that opens a container, the depth is bounded by its `>` markers plus half of the other
 * columns before its text: a list level takes at least two (a marker and a space, or the indentation under
 * an item). Lines inside code blocks are counted too; it takes some 200 columns of indentation before a
 * list marker for one to matter.
 */
export function lineNestedDeeperThan(source: string, limit: number): number | undefined {
  let line = 1;
  let index = 0;
  while (index < source.length) {
    let columns = 0;
    let quotes = 0;
    let opens = false;
    for (;;) {
      const char = source.charCodeAt(index);
      if (char === 0x20) {
        columns++;
        index++;
      } else if (char === 0x09) {
        columns += 4 - (columns % 4);
        index++;
      } else if (char === 0x3e /* > */) {
        quotes++;
        opens = true;
        index++;
        // One space after `>` belongs to the marker.
        if (source.charCodeAt(index) === 0x20) index++;
      } else {
        const marker = listMarkerLength(source, index);
        if (marker === 0) break;
        columns += marker;
        opens = true;
        index += marker;
      }
    }
    if (opens && quotes + Math.floor(columns / 2) > limit) return line;
    const end = source.indexOf('\n', index);
    if (end === -1) break;
    index = end + 1;
    line++;
  }
  return undefined;
}

/** The length of a list marker (`-`, `*`, `+`, `1.`, `1)`) at `index` when whitespace or the line's end follows it, else 0. */
function listMarkerLength(source: string, index: number): number {
  const char = source.charCodeAt(index);
  let length = 0;
  if (char === 0x2d || char === 0x2a || char === 0x2b) length = 1;
  else {
    while (length < 9 && isDigit(source.charCodeAt(index + length))) length++;
    if (length === 0) return 0;
    const closing = source.charCodeAt(index + length);
    if (closing !== 0x2e && closing !== 0x29) return 0;
    length++;
  }
  const after = source.charCodeAt(index + length);
  return Number.isNaN(after) || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d ? length : 0;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
