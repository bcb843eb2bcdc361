import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A temporary file beside `target`: in the same folder, so the rename cannot cross file systems, and hidden,
 * so a folder walk running at the same time does not pick it up.
 */
function temporaryFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.empathy-tmp`);
}

/** Replace a file's content atomically (a temporary file renamed over it): readers see the old or the new content, never a part. */
export function writeFileAtomicSync(target: string, content: string): void {
  const temporary = temporaryFor(target);
  try {
    fs.writeFileSync(temporary, content, { flag: 'wx' });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Options of `writeFileAtomic`. */
export interface AtomicWriteOptions {
  /** The new file's permission bits, set exactly (not filtered by the umask). */
  mode?: number;
  /** The new file's owner and group, set before the rename (when the process may give them). */
  owner?: { uid: number; gid: number };
  /** Asked last, just before the rename; when it says false nothing is written. */
  stillWanted?: () => Promise<boolean>;
}

/**
 * Replace a file's content atomically, as `writeFileAtomicSync` does, with a mode and a last check before the
 * rename. Returns whether the file was written.
 */
export async function writeFileAtomic(target: string, content: string, options: AtomicWriteOptions = {}): Promise<boolean> {
  const temporary = temporaryFor(target);
  try {
    await fs.promises.writeFile(temporary, content, { flag: 'wx', ...(options.mode !== undefined ? { mode: options.mode & 0o777 } : {}) });
    // writeFile's mode is filtered by the umask; set it exactly.
    // chown first: it clears the set-user-id and set-group-id bits, which chmod then sets again.
    if (options.owner) {
      const current = await fs.promises.stat(temporary);
      if (current.uid !== options.owner.uid || current.gid !== options.owner.gid) await fs.promises.chown(temporary, options.owner.uid, options.owner.gid);
    }
    if (options.mode !== undefined) await fs.promises.chmod(temporary, options.mode & 0o7777);
    if (options.stillWanted && !(await options.stillWanted())) {
      await fs.promises.rm(temporary, { force: true });
      return false;
    }
    await fs.promises.rename(temporary, target);
    return true;
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}
