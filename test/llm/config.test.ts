import { describe, expect, it } from 'vitest';
import { ConfigError, validateConfig, buildRuleset } from '../../src/config/resolve.js';
import { looksLikeSecret, validateLlmConfig } from '../../src/config/llm.js';
import { resolveSettings } from '../../src/llm/settings.js';
import { builtinRules } from '../../rules/index.js';

function problem(llm: unknown): string {
  try {
    validateConfig({ llm }, buildRuleset(builtinRules));
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the llm config block', () => {
  it('accepts every documented setting', () => {
    const block = {
      enabled: false,
      provider: 'anthropic',
      model: 'claude-haiku',
      baseURL: 'https://api.anthropic.com/v1',
      apiKeyEnv: 'EMPATHY_ANTHROPIC_KEY',
      timeout: 30000,
      maxRequests: 10,
      maxChars: 20000,
      severity: 'error',
      minConfidence: 0.7,
      cache: 'read',
      cacheLocation: '.cache/llm',
      redact: ['Mrs Okafor', '/ACC-\\d+/'],
    };
    expect(validateLlmConfig(block)).toBe(block);
    expect(validateConfig({ llm: block }, buildRuleset(builtinRules))).toEqual({ llm: block });
  });

  it('names the key and the valid choices', () => {
    expect(problem({ modle: 'x' })).toBe('unknown setting "modle" in "llm"; valid settings: enabled, provider, model, baseURL, apiKeyEnv, timeout, maxRequests, maxChars, severity, minConfidence, cache, cacheLocation, redact');
    expect(problem({ provider: 'gemini' })).toBe('llm "provider" is "gemini"; use one of: openai, anthropic, openai-compatible');
    expect(problem({ cache: 'yes' })).toBe('llm "cache" is "yes"; use one of: rw, read, off');
    expect(problem({ severity: 'off' })).toBe('llm "severity" is "off"; use one of: warn, error');
    expect(problem({ timeout: 0 })).toBe('llm "timeout" must be a whole number from 1 up, not 0');
    expect(problem({ maxRequests: 2.5 })).toBe('llm "maxRequests" must be a whole number (0 or more), not 2.5');
    expect(problem({ minConfidence: 80 })).toBe('llm "minConfidence" must be a number from 0 to 1, not 80');
    expect(problem({ enabled: 'yes' })).toBe('llm "enabled" must be true or false');
    expect(problem({ model: '' })).toBe('llm "model" must be a non-empty string');
    expect(problem({ baseURL: 'localhost:11434' })).toMatch(/^llm "baseURL" must be an http or https URL/);
    expect(problem({ redact: 'Okafor' })).toBe('llm "redact" must be a list of terms (names, account numbers), or /patterns/');
    expect(problem({ redact: ['/(unclosed/'] })).toMatch(/^llm "redact" item 1 is not a valid pattern: /);
    // A pattern that backtracks exponentially is refused at once, not run.
    const started = performance.now();
    expect(problem({ redact: ['Mrs Okafor', '/(a+)+$/'] })).toBe(
      'llm "redact" item 2 (/(a+)+$/) could run for hours on some text: it repeats a group that itself repeats (as in /(a+)+/), or uses syntax that cannot be checked for that (lookbehind); write it without nested repetition, e.g. /ACC-\\d+/',
    );
    expect(problem({ redact: ['/(\\w+\\s?)*$/'] })).toMatch(/^llm "redact" item 1 \(\/\(\\w\+\\s\?\)\*\$\/\) could run for hours/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(() => validateLlmConfig({ redact: ['/ACC-\\d+/', '/\\b[A-Z]{2}\\d{6}\\b/g', '/(?:Mrs|Mr)\\.? [A-Z]\\w+/u'] })).not.toThrow();
    expect(problem({ apiKeyEnv: 'my-key' })).toMatch(/^llm "apiKeyEnv" must be the name of an environment variable/);
    expect(problem({ apiKeyEnv: 'GITHUB_TOKEN' })).toBe(
      'llm "apiKeyEnv" is "GITHUB_TOKEN"; a config file may only name a variable whose name starts with EMPATHY_ (such as EMPATHY_LLM_API_KEY or EMPATHY_OPENAI_KEY), so a repository cannot have another secret of yours sent as the key',
    );
    expect(problem('openai')).toMatch(/^"llm" must be an object of settings/);
  });

  it('refuses keys written into the file, whatever the setting is called', () => {
    for (const key of ['apiKey', 'api_key', 'token', 'key', 'authorization']) {
      expect(problem({ [key]: 'x' })).toBe(`llm "${key}": API keys never go in a config file; put the key in an environment variable and name it in "llm.apiKeyEnv" (default EMPATHY_LLM_API_KEY)`);
    }
    expect(problem({ apiKeyEnv: 'sk-proj-abcdefghijklmnop0123456789' })).toMatch(/^llm "apiKeyEnv" looks like an API key/);
    expect(problem({ baseURL: 'https://user:pass@llm.example.com/v1' })).toMatch(/must not carry a user name or password/);
    expect(problem({ baseURL: 'https://llm.example.com/v1?api_key=abc' })).toMatch(/must not carry a key in its query/);
  });

  it('tells keys from model names', () => {
    for (const secret of ['sk-abcdefghijklmnopqrstuvwx', 'sk-ant-api03-abcdefghijklmnop', 'AIzaSyA1234567890abcdefghijkl', 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB']) expect(looksLikeSecret(secret), secret).toBe(true);
    for (const name of ['llama3.1', 'gpt-4o-mini', 'claude-3-5-haiku-20241022', 'meta-llama/Llama-3.1-8B-Instruct', 'EMPATHY_LLM_API_KEY', 'Meta-Llama-3-1-8B-Instruct-Q4-K-M-GGUF']) {
      expect(looksLikeSecret(name), name).toBe(false);
    }
  });
});

describe('resolveSettings', () => {
  it('defaults to a local OpenAI-compatible server, with no model', () => {
    const settings = resolveSettings({}, {}, {}, '/work');
    expect(settings).toMatchObject({ provider: 'openai-compatible', baseURL: 'http://localhost:11434/v1', model: undefined, apiKeyEnv: 'EMPATHY_LLM_API_KEY', apiKey: undefined, cacheMode: 'rw', cacheFolder: '/work/.empathy-llm-cache', severity: 1 });
  });

  it('flags win; another provider on the command line drops the config’s model and base URL; the key comes from apiKeyEnv only', () => {
    const config = { provider: 'anthropic' as const, model: 'claude-x', baseURL: 'https://proxy.example.com/v1', apiKeyEnv: 'LINT_KEY', cacheLocation: 'cache' };
    const env = { LINT_KEY: ' abc ', OPENAI_API_KEY: 'not-read', EMPATHY_LLM_API_KEY: 'not-read-either' };
    expect(resolveSettings(config, {}, env, '/work', '/repo')).toMatchObject({ provider: 'anthropic', model: 'claude-x', baseURL: 'https://proxy.example.com/v1', apiKey: 'abc', cacheFolder: '/repo/cache' });
    expect(resolveSettings(config, { provider: 'openai', model: 'gpt-x' }, env)).toMatchObject({ provider: 'openai', model: 'gpt-x', baseURL: 'https://api.openai.com/v1', apiKey: 'abc' });
    expect(resolveSettings(config, { model: 'claude-y', baseURL: 'http://127.0.0.1:9/v1/', cache: 'off' }, env)).toMatchObject({ model: 'claude-y', baseURL: 'http://127.0.0.1:9/v1', cacheMode: 'off' });
    expect(resolveSettings({}, {}, { OPENAI_API_KEY: 'sk-x', ANTHROPIC_API_KEY: 'sk-y' }).apiKey).toBeUndefined();
  });
});

describe('loading', () => {
  it('no module outside src/llm imports it statically: ordinary runs never load it', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(import.meta.dirname, '../../src');
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.startsWith(`llm${path.sep}`));
    for (const file of files) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      expect(text, file).not.toMatch(/^\s*(?:import|export)[^;]*?from\s+['"][./]*(?:\.\.\/)*llm\//m);
    }
  });
});
