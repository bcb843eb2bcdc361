import fs from 'node:fs/promises';
import { writeFileAtomic } from '../atomic-write.js';

/**
 * The fixed text in the file's own conventions: a byte order mark when the file had one, and CRLF line
 * breaks when the file used them throughout (a fix that inserts "\n" into a CRLF file gets "\r\n").
 */
export function restoreConventions(original: string, fixed: string, bom: boolean): string {
  let text = fixed;
  const crlf = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
  if (crlf) text = text.replace(/\r?\n/g, '\r\n');
  return bom ? `\uFEFF${text}` : text;
}

/** What happened to a file that fixing changed. */
export type WriteOutcome = 'written' | 'changed-on-disk';

/**
 * Replace a file's content atomically, keeping its mode. `expected` is the content the fixes were computed
 * from: when the file no longer holds it (an editor saved it meanwhile), nothing is written. A symbolic link
 * is followed, so the link stays a link.
 */
export async function writeFixed(filePath: string, expected: string, content: string): Promise<WriteOutcome> {
  const target = await fs.realpath(filePath);
  const expectedBytes = Buffer.from(expected, 'utf8');
  const before = await fs.readFile(target);
  if (!before.equals(expectedBytes)) return 'changed-on-disk';
  const stats = await fs.stat(target);
  // Last look before the rename: the window in which a concurrent save is lost is now a few microseconds.
  const stillWanted = async () => (await fs.readFile(target)).equals(expectedBytes);
  return (await writeFileAtomic(target, content, { mode: stats.mode, stillWanted })) ? 'written' : 'changed-on-disk';
}
