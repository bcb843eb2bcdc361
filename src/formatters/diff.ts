import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/** A file's content before and after fixing. */
export interface ContentChange {
  filePath: string;
  before: string;
  after: string;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * A unified diff of the changes, one file after another, with `a/` and `b/` paths relative to `cwd` as
 * `git diff` prints them, so `git apply` and `patch -p1` accept it.
 */
export function unifiedDiff(changes: readonly ContentChange[], cwd: string): string {
  return changes
    .map((change) => {
      const relative = path.relative(cwd, change.filePath).split(path.sep).join('/');
      const name = relative.startsWith('..') || path.isAbsolute(relative) ? change.filePath : relative;
      return createTwoFilesPatch(`a/${name}`, `b/${name}`, stripBom(change.before), stripBom(change.after), undefined, undefined, {
        context: 3,
        headerOptions: FILE_HEADERS_ONLY,
      });
    })
    .join('');
}
