/**
 * Where the command line's report goes while a run streams it: standard output or the `--output-file`,
 * written as results arrive. A format whose header is known only at the end (SARIF) has its body held in a
 * temporary file meanwhile, so memory stays bounded by the files in flight rather than by the run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReportWriter } from './formatters/types.js';

/** Something with `write`, such as `process.stdout`; `once('drain')` is used when it has it. */
export interface TextSink {
  write(text: string): unknown;
  once?: (event: 'drain', listener: () => void) => unknown;
}

/** A report being written: `add` as results arrive, then `end` once, or `abandon` when the run fails. */
export class ReportOutput {
  private fileDescriptor: number | undefined;
  private spool: { folder: string; fileDescriptor: number } | undefined;

  /**
   * @param writer the formatter's writer for this run
   * @param target the output file (created with its folder on the first write), or a sink such as standard output
   */
  constructor(
    private readonly writer: ReportWriter,
    private readonly target: { file: string } | { sink: TextSink },
  ) {}

  /** Write one result's part of the report (or hold it aside until the header is known). */
  async add(result: Parameters<ReportWriter['file']>[0]): Promise<void> {
    const text = this.writer.file(result);
    if (!text) return;
    if (this.writer.header) this.hold(text);
    else await this.emit(text);
  }

  /** Write the header (when the format has one), the held body, and the footer. */
  async end(): Promise<void> {
    if (this.writer.header) {
      await this.emit(this.writer.header());
      await this.release();
    }
    await this.emit(this.writer.footer());
    // An empty report still replaces the output file, as a report written at once would.
    if ('file' in this.target && this.fileDescriptor === undefined) this.open(this.target.file);
    this.close();
  }

  /** Drop what was held aside (the run failed before its report was complete). */
  abandon(): void {
    this.close();
  }

  private hold(text: string): void {
    if (!this.spool) {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'empathy-lint-report-'));
      this.spool = { folder, fileDescriptor: fs.openSync(path.join(folder, 'body'), 'w+', 0o600) };
    }
    fs.writeSync(this.spool.fileDescriptor, text);
  }

  private async release(): Promise<void> {
    if (!this.spool) return;
    const chunk = Buffer.alloc(1 << 20);
    const decoder = new TextDecoder('utf-8');
    let position = 0;
    for (;;) {
      const read = fs.readSync(this.spool.fileDescriptor, chunk, 0, chunk.length, position);
      if (read === 0) break;
      position += read;
      // A chunk may end inside a character: the decoder keeps the rest for the next one.
      await this.emit(decoder.decode(chunk.subarray(0, read), { stream: true }));
    }
    await this.emit(decoder.decode());
  }

  private async emit(text: string): Promise<void> {
    if (!text) return;
    if ('file' in this.target) {
      fs.writeSync(this.fileDescriptor ?? this.open(this.target.file), text);
      return;
    }
    const sink = this.target.sink;
    // A slow reader on a pipe: wait until it has taken what was written, rather than queueing the report.
    if (sink.write(text) === false && sink.once) await new Promise<void>((resolve) => sink.once!('drain', resolve));
  }

  private open(file: string): number {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.fileDescriptor = fs.openSync(file, 'w');
    return this.fileDescriptor;
  }

  private close(): void {
    if (this.fileDescriptor !== undefined) fs.closeSync(this.fileDescriptor);
    this.fileDescriptor = undefined;
    if (this.spool) {
      fs.closeSync(this.spool.fileDescriptor);
      fs.rmSync(this.spool.folder, { recursive: true, force: true });
      this.spool = undefined;
    }
  }
}
