/**
 * Text whose every character knows the range of the original file it stands for. Sections are built from a
 * unit's text, template tags are put back, redaction swaps addresses for placeholders: each step keeps the
 * map, so a quote found in what the model saw maps straight back to the file.
 */
export interface MappedText {
  text: string;
  /** `starts[i]`: offset in the file where `text[i]` comes from. */
  starts: readonly number[];
  /** `ends[i]`: offset in the file just after what `text[i]` stands for. */
  ends: readonly number[];
}

/** One character per source character, from a unit's `offsets` (see `TextUnit`). */
export function fromOffsets(text: string, offsets: readonly number[]): MappedText {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const offset = offsets[index] ?? offsets[offsets.length - 1] ?? 0;
    starts.push(offset);
    ends.push(offset + 1);
  }
  return { text, starts, ends };
}

export function slice(mapped: MappedText, start: number, end: number): MappedText {
  return { text: mapped.text.slice(start, end), starts: mapped.starts.slice(start, end), ends: mapped.ends.slice(start, end) };
}

/** A replacement of `text.slice(start, end)`; every character of `text` stands for the whole replaced range. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Apply non-overlapping replacements (in any order); overlapping ones after the first are ignored. */
export function replace(mapped: MappedText, replacements: Replacement[]): MappedText {
  const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const replacement of sorted) {
    if (replacement.start < cursor || replacement.end <= replacement.start) continue;
    for (let index = cursor; index < replacement.start; index++) {
      text += mapped.text[index]!;
      starts.push(mapped.starts[index]!);
      ends.push(mapped.ends[index]!);
    }
    const [from, to] = sourceRange(mapped, replacement.start, replacement.end);
    for (let index = 0; index < replacement.text.length; index++) {
      starts.push(from);
      ends.push(to);
    }
    text += replacement.text;
    cursor = replacement.end;
  }
  for (let index = cursor; index < mapped.text.length; index++) {
    text += mapped.text[index]!;
    starts.push(mapped.starts[index]!);
    ends.push(mapped.ends[index]!);
  }
  return { text, starts, ends };
}

/** The file range that `text.slice(start, end)` stands for. */
export function sourceRange(mapped: MappedText, start: number, end: number): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (let index = start; index < end; index++) {
    from = Math.min(from, mapped.starts[index]!);
    to = Math.max(to, mapped.ends[index]!);
  }
  if (from === Infinity) {
    const at = mapped.starts[start] ?? mapped.ends[start - 1] ?? 0;
    return [at, at];
  }
  return [from, to];
}

/** Whether `text.slice(start, end)` is written in the file exactly as it reads (no markup, entity or placeholder in it). */
export function isVerbatim(mapped: MappedText, source: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let index = start; index < end; index++) {
    const from = mapped.starts[index]!;
    if (mapped.ends[index] !== from + 1 || source[from] !== mapped.text[index]) return false;
    if (index > start && from !== mapped.starts[index - 1]! + 1) return false;
  }
  return true;
}

/** Trim white space at both ends, keeping the map. */
export function trim(mapped: MappedText): MappedText {
  const start = mapped.text.length - mapped.text.trimStart().length;
  const end = mapped.text.trimEnd().length;
  return start === 0 && end === mapped.text.length ? mapped : slice(mapped, start, Math.max(start, end));
}
