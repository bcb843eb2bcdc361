import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
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

/** What happened to a file that fixing changed: written, or not, with the reason as the rest of a sentence naming the file. */
export type WriteOutcome = { written: true } | { written: false; reason: string };

/** Options of `writeFixed`. */
export interface WriteFixedOptions {
  /**
   * A file modified less than this many milliseconds before the last check is watched until it is this old,
   * and not written if it changes meanwhile: another program is still writing it (default 500).
   */
  settleMs?: number;
}

const changedOnDisk: WriteOutcome = {
  written: false,
  reason: 'changed on disk while it was being linted, so its fixes were not saved; run empathy-lint --fix again',
};
const stillWritten: WriteOutcome = {
  written: false,
  reason: 'is still being written by another program (it grew or changed a moment ago), so its fixes were not saved; run empathy-lint --fix again once it is complete',
};

/**
 * Save fixed content over a file, keeping everything about the file but its content: mode, owner, group,
 * hard links, and a symbolic link stays a link (the file it points to is written).
 *
 * `expected` is the content the fixes were computed from. Nothing is written when the file no longer holds it
 * (an editor saved it meanwhile), nor while another program is still writing it (its size or modification
 * time moves during a short wait, see `settleMs`), nor when it is read-only. The new content replaces the file
 * atomically (a temporary file renamed over it) when the temporary file can have the same owner and group
 * and the file has one link; otherwise (hard links, another owner that this user cannot give a file, a folder
 * this user cannot create files in) it is written in place, after the same checks. Never throws: a file that
 * cannot be written comes back as a reason, and the caller goes on with the other files.
 */
export async function writeFixed(filePath: string, expected: string, content: string, options: WriteFixedOptions = {}): Promise<WriteOutcome> {
  const settleMs = options.settleMs ?? 500;
  try {
    const target = await fs.realpath(filePath);
    const expectedBytes = Buffer.from(expected, 'utf8');
    if (!(await fs.readFile(target)).equals(expectedBytes)) return changedOnDisk;
    const stats = await fs.stat(target);
    if ((stats.mode & 0o222) === 0) {
      return { written: false, reason: 'is read-only, so its fixes were not saved; make it writable to have them saved' };
    }
    try {
      await fs.access(target, constants.W_OK);
    } catch {
      return { written: false, reason: 'cannot be written by this user (permission denied), so its fixes were not saved' };
    }

    // The last look before the new content takes the file's place: same file, same size and time, same bytes.
    let verdict: WriteOutcome | undefined;
    const stillWanted = async (): Promise<boolean> => {
      let now = await fs.stat(target);
      const age = Date.now() - now.mtimeMs;
      if (age < settleMs) {
        await sleep(settleMs - Math.max(0, age));
        const later = await fs.stat(target);
        if (later.size !== now.size || later.mtimeMs !== now.mtimeMs || later.ino !== now.ino) {
          verdict = stillWritten;
          return false;
        }
        now = later;
      }
      if (now.ino !== stats.ino || now.dev !== stats.dev || now.size !== expectedBytes.length || now.mtimeMs !== stats.mtimeMs) {
        verdict = now.size > stats.size && now.ino === stats.ino ? stillWritten : changedOnDisk;
        return false;
      }
      if (!(await fs.readFile(target)).equals(expectedBytes)) {
        verdict = changedOnDisk;
        return false;
      }
      return true;
    };

    if (stats.nlink === 1 && canGiveOwner(stats.uid, stats.gid)) {
      try {
        const written = await writeFileAtomic(target, content, { mode: stats.mode, owner: { uid: stats.uid, gid: stats.gid }, stillWanted });
        return written ? { written: true } : (verdict ?? changedOnDisk);
      } catch (error) {
        // A folder this user cannot create files in, though the file itself is writable: write in place.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EACCES' && code !== 'EPERM') throw error;
      }
    }
    return (await writeInPlace(target, content, stillWanted)) ? { written: true } : (verdict ?? changedOnDisk);
  } catch (error) {
    return { written: false, reason: `${describeWriteError(error)}, so its fixes were not saved` };
  }
}

/** Whether a new file of this process's can be given this owner and group (root can; others only their own groups). */
function canGiveOwner(uid: number, gid: number): boolean {
  if (!process.geteuid || !process.getegid) return true;
  const me = process.geteuid();
  if (me === 0) return true;
  return uid === me && (gid === process.getegid() || (process.getgroups?.() ?? []).includes(gid));
}

/** Overwrite the file's own bytes (the inode, its links, owner and mode stay), after `stillWanted` says yes. */
async function writeInPlace(target: string, content: string, stillWanted: () => Promise<boolean>): Promise<boolean> {
  const handle = await fs.open(target, 'r+');
  try {
    if (!(await stillWanted())) return false;
    const bytes = Buffer.from(content, 'utf8');
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
    return true;
  } finally {
    await handle.close();
  }
}

/** "cannot be written (EACCES: permission denied)": the file is named by the caller, never a temporary file. */
function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    ENOENT: 'it was removed meanwhile',
    EISDIR: 'it is a folder',
  };
  if (code) return `cannot be written (${known[code] ? `${code}: ${known[code]}` : code})`;
  return `cannot be written (${error instanceof Error ? error.message : String(error)})`;
}
