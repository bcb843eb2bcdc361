import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LlmCache, cacheKey, type CacheKeyParts } from '../../src/llm/cache.js';
import type { ModelFinding } from '../../src/llm/prompt.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'empathy-llm-cache-'));
  folders.push(folder);
  return path.join(folder, 'cache');
}

const parts: CacheKeyParts = { linterVersion: '1.0.0', provider: 'openai', model: 'gpt-test', baseURL: 'https://api.openai.com/v1', redactedText: 'Write to [EMAIL_1].', kind: 'paragraph' };
const finding: ModelFinding = { section: 1, quote: 'Write', category: 'cold', explanation: 'Cold.', suggestion: '', confidence: 0.8 };

describe('cacheKey', () => {
  it('changes with each part and with nothing else', () => {
    const key = cacheKey(parts);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey({ ...parts })).toBe(key);
    expect(cacheKey({ ...parts, baseURL: 'https://api.openai.com/v1/' })).toBe(key);
    for (const change of [{ linterVersion: '1.0.1' }, { provider: 'openai-compatible' }, { model: 'gpt-other' }, { baseURL: 'http://localhost:11434/v1' }, { redactedText: 'Write to [EMAIL_2].' }, { kind: 'button' }]) {
      expect(cacheKey({ ...parts, ...change }), JSON.stringify(change)).not.toBe(key);
    }
  });

  it('never holds the copy in the clear: the entry file is named by the hash', () => {
    expect(cacheKey(parts)).not.toContain('EMAIL');
  });
});

describe('LlmCache', () => {
  it('rw: writes one file per entry atomically (no temporary files left), and reads it back', () => {
    const folder = tempFolder();
    const cache = new LlmCache(folder, 'rw');
    const key = cacheKey(parts);
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, [finding], 1);
    expect(cache.get(key)).toEqual({ findings: [finding], dropped: 1 });
    expect(fs.readdirSync(folder).sort()).toEqual(['.gitignore', `${key}.json`]);
  });

  it('read: reads but never writes; off: neither', () => {
    const folder = tempFolder();
    const key = cacheKey(parts);
    new LlmCache(folder, 'read').set(key, [finding], 0);
    expect(fs.existsSync(folder)).toBe(false);
    new LlmCache(folder, 'rw').set(key, [], 0);
    expect(new LlmCache(folder, 'read').get(key)).toEqual({ findings: [], dropped: 0 });
    expect(new LlmCache(folder, 'off').get(key)).toBeUndefined();
  });

  it('an unreadable or foreign entry is a miss', () => {
    const folder = tempFolder();
    const cache = new LlmCache(folder, 'rw');
    const key = cacheKey(parts);
    cache.set(key, [finding], 0);
    fs.writeFileSync(path.join(folder, `${key}.json`), '{"format":1,"findi');
    expect(cache.get(key)).toBeUndefined();
    fs.writeFileSync(path.join(folder, `${key}.json`), '{"format":99,"findings":[]}');
    expect(cache.get(key)).toBeUndefined();
  });
});
