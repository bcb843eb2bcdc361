/** Converts offsets in a source to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let index = 0; index < source.length; index++) {
      if (source.charCodeAt(index) === 10) this.starts.push(index + 1);
    }
  }

  /** 1-based line and column of an offset. */
  point(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** The 1-based line of an offset in a source, for a one-off message; make a `LineIndex` for many lookups. */
export function lineOf(source: string, offset: number): number {
  return new LineIndex(source).point(Math.min(offset, source.length)).line;
}
