import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A path as people read it in a report: relative to the working folder when inside it. */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const relative = path.relative(cwd, filePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
}

/**
 * A file's location as a URI: relative to the working folder (with `relativeToBase` true) when it is inside
 * it, else an absolute `file:` URI. Each segment is percent-encoded, so spaces and `#` survive.
 */
export function fileUri(filePath: string, cwd: string): { uri: string; relativeToBase: boolean } {
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), relativeToBase: true };
  }
  return { uri: pathToFileURL(absolute).href, relativeToBase: false };
}

/** The working folder as a `file:` URI ending in a slash, as SARIF's `originalUriBaseIds` wants. */
export function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}
