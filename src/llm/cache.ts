import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { writeFileAtomicSync } from '../atomic-write.js';
import type { LlmCacheMode } from '../config/llm.js';
import { promptVersion, type ModelFinding } from './prompt.js';

/** Bumped when an entry's shape changes; entries of another format are misses. */
const entryFormat = 1;

/** The default cache folder, in the working folder. */
export const defaultLlmCacheFolder = '.empathy-llm-cache';

/** What a cache key is made of. The API key is not part of it, nor anything secret. */
export interface CacheKeyParts {
  linterVersion: string;
  provider: string;
  model: string;
  baseURL: string;
  /** The section's text exactly as sent, after redaction. */
  redactedText: string;
  /** The kind of section (a subject reads differently from a button). */
  kind: string;
}

/**
 * The key of one section's answer: a hash of the linter and prompt versions, the provider settings and the
 * redacted text. Same copy, same settings: same key, whatever file it is in.
 */
export function cacheKey(parts: CacheKeyParts): string {
  const hash = createHash('sha256');
  for (const part of [parts.linterVersion, promptVersion, parts.provider, parts.model, parts.baseURL.replace(/\/+$/, ''), parts.kind, parts.redactedText]) {
    hash.update(part);
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

interface Entry {
  format: number;
  /** The findings for this section, numbered as section 1, in redacted text. */
  findings: ModelFinding[];
  /** Findings that were malformed or pointed elsewhere, counted as dropped again on every hit. */
  dropped: number;
}

/**
 * Answers by section, one JSON file per entry (`<key>.json`), written atomically (a temporary file renamed
 * into place), so parallel runs never see half an entry. An unreadable entry is a miss. Only answers are
 * stored: failures are never cached.
 */
export class LlmCache {
  constructor(
    readonly folder: string,
    readonly mode: LlmCacheMode,
  ) {}

  get(key: string): { findings: ModelFinding[]; dropped: number } | undefined {
    if (this.mode === 'off') return undefined;
    try {
      const entry = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as Entry;
      if (entry.format !== entryFormat || !Array.isArray(entry.findings)) return undefined;
      return { findings: entry.findings, dropped: typeof entry.dropped === 'number' ? entry.dropped : 0 };
    } catch {
      return undefined;
    }
  }

  set(key: string, findings: ModelFinding[], dropped: number): void {
    if (this.mode !== 'rw') return;
    try {
      if (!fs.existsSync(this.folder)) {
        fs.mkdirSync(this.folder, { recursive: true });
        // Keeps the entries out of git, and out of linting (folder walks honour .gitignore files).
        fs.writeFileSync(path.join(this.folder, '.gitignore'), '# empathy-lint LLM cache: safe to delete\n*\n');
      }
      const entry: Entry = { format: entryFormat, findings, dropped };
      writeFileAtomicSync(this.file(key), JSON.stringify(entry) + '\n');
    } catch {
      // A cache that cannot be written costs tokens next time, nothing else.
    }
  }

  private file(key: string): string {
    return path.join(this.folder, `${key}.json`);
  }
}
