import { ConfigError } from './error.js';
import { lazySafeRegex } from '../lazy.js';

/** The providers the optional LLM pass can talk to. */
export const llmProviders = ['openai', 'anthropic', 'openai-compatible'] as const;
export type LlmProvider = (typeof llmProviders)[number];

/** How the LLM cache is used: read and write, read only (no requests at all, for CI), or not at all. */
export const llmCacheModes = ['rw', 'read', 'off'] as const;
export type LlmCacheMode = (typeof llmCacheModes)[number];

/**
 * The `llm` block of a configuration file. Every key is optional. A config file comes with the repository
 * being linted, so it cannot turn the pass on (only `--llm` does) nor send copy and key to a server of its
 * choosing: its `baseURL` may name this machine or a provider's own API, nothing else. The key itself never
 * goes in a config file: `apiKeyEnv` names the environment variable that holds it.
 */
export interface LlmConfig {
  /** Only `false` is accepted: a config file cannot turn the pass on (see the interface's comment). */
  enabled?: false;
  /** Default `openai-compatible` (a local server such as Ollama, at `http://localhost:11434/v1`). */
  provider?: LlmProvider;
  /** The model name the provider knows, e.g. `llama3.1`, `gpt-4o-mini`. Required to run the pass. */
  model?: string;
  /**
   * The API root on this machine (`http://localhost:11434/v1`) or a provider's own (`https://api.openai.com/v1`);
   * each provider has a default. Another server is named with `--llm-base-url` or `EMPATHY_LLM_BASE_URL`.
   */
  baseURL?: string;
  /** The environment variable holding the API key (default `EMPATHY_LLM_API_KEY`); its name starts with `EMPATHY_`. */
  apiKeyEnv?: string;
  /** Milliseconds one request may take before it is abandoned (default 60000). */
  timeout?: number;
  /** Requests one run may make at most (default 50). */
  maxRequests?: number;
  /** Characters of copy one run may send at most (default 100000). */
  maxChars?: number;
  /** Level of `llm-tone` findings (default `warn`). */
  severity?: 'warn' | 'error';
  /** Findings the model is less sure of than this (0 to 1) are dropped (default 0.6). */
  minConfidence?: number;
  /** `rw` (default), `read` or `off`. */
  cache?: LlmCacheMode;
  /** Folder of the LLM cache (default `.empathy-llm-cache` in the working folder). */
  cacheLocation?: string;
  /** Terms replaced by placeholders before sending: names, account numbers; `/pattern/flags` for a pattern. */
  redact?: string[];
}

export const defaultApiKeyEnv = 'EMPATHY_LLM_API_KEY';

/** The environment variable that names a server of the user's choosing, as `--llm-base-url` does. */
export const baseUrlEnv = 'EMPATHY_LLM_BASE_URL';

/** The providers' own API hosts, which a config file may name (over https). */
export const providerHosts: readonly string[] = ['api.openai.com', 'api.anthropic.com'];

/** Whether a URL's host is this machine (localhost, 127.x, ::1), where plain http and no key are fine. */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1';
}

/**
 * What is wrong with an API root the user named (`--llm-base-url`, `EMPATHY_LLM_BASE_URL`), or undefined: it
 * must be http or https, carry no credentials, and use https unless it is on this machine, since the copy and
 * the key travel in it.
 */
export function userBaseUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `takes an http or https URL such as http://localhost:11434/v1, not "${value}"`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `takes an http or https URL such as http://localhost:11434/v1, not "${value}"`;
  if (url.username || url.password) return `must not carry a user name or password; put the key in the environment variable ${defaultApiKeyEnv}`;
  if (url.protocol === 'http:' && !isLoopbackUrl(url)) {
    return `must use https for a server on another machine (${url.host}): plain http would send the copy and the key unencrypted; plain http is for this machine only (localhost, 127.x, ::1)`;
  }
  return undefined;
}

const llmKeys = [
  'enabled',
  'provider',
  'model',
  'baseURL',
  'apiKeyEnv',
  'timeout',
  'maxRequests',
  'maxChars',
  'severity',
  'minConfidence',
  'cache',
  'cacheLocation',
  'redact',
];

/** Keys people reach for when they mean to write a secret. */
const secretKeys = /^(?:api[-_]?key|apikey|key|token|secret|password|authorization|bearer)$/i;

/**
 * Whether a value looks like an API key or token rather than a name: provider key prefixes, or a long run of
 * letters and digits mixing cases, with none of the separators a model name, variable name or URL has.
 */
export function looksLikeSecret(value: string): boolean {
  const trimmed = value.trim();
  if (/^(?:sk-|sk_|sk-ant-|sk-proj-|rk-|pk-|AIza|xai-|gsk_|hf_|ghp_|github_pat_)[A-Za-z0-9_-]{12,}/.test(trimmed)) return true;
  if (/^Bearer\s+\S{12,}/i.test(trimmed)) return true;
  if (trimmed.length >= 32 && /^[A-Za-z0-9+/=]+$/.test(trimmed) && /[a-z]/.test(trimmed) && /[A-Z]/.test(trimmed) && /\d/.test(trimmed)) return true;
  return false;
}

/** Check the `llm` block; every problem names the key and the valid choices. */
export function validateLlmConfig(raw: unknown): LlmConfig {
  const at = ['llm'];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError('"llm" must be an object of settings, e.g. { provider: "openai-compatible", model: "llama3.1" }', at);
  }
  const block = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(block)) {
    if (secretKeys.test(key)) {
      throw new ConfigError(
        `llm "${key}": API keys never go in a config file; put the key in an environment variable and name it in "llm.apiKeyEnv" (default ${defaultApiKeyEnv})`,
        [...at, key],
      );
    }
    if (typeof value === 'string' && looksLikeSecret(value)) {
      throw new ConfigError(
        `llm "${key}" looks like an API key; keys never go in a config file: put it in an environment variable and name it in "llm.apiKeyEnv" (default ${defaultApiKeyEnv})`,
        [...at, key],
      );
    }
    if (!llmKeys.includes(key)) {
      throw new ConfigError(`unknown setting "${key}" in "llm"; valid settings: ${llmKeys.join(', ')}`, [...at, key]);
    }
  }
  const fail = (key: string, message: string): never => {
    throw new ConfigError(`llm "${key}" ${message}`, [...at, key]);
  };
  const oneOf = (key: string, choices: readonly string[]) => {
    const value = block[key];
    if (value !== undefined && (typeof value !== 'string' || !choices.includes(value))) {
      fail(key, `is ${JSON.stringify(value)}; use one of: ${choices.join(', ')}`);
    }
  };
  const text = (key: string) => {
    const value = block[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) fail(key, 'must be a non-empty string');
  };
  const count = (key: string, minimum: number) => {
    const value = block[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < minimum)) {
      fail(key, `must be a whole number${minimum > 0 ? ` from ${minimum} up` : ' (0 or more)'}, not ${JSON.stringify(value)}`);
    }
  };

  if (block['enabled'] !== undefined && typeof block['enabled'] !== 'boolean') fail('enabled', 'must be true or false');
  if (block['enabled'] === true) {
    fail('enabled', 'cannot be true: a config file cannot turn the LLM pass on, or linting a repository would send its copy (and your key) where its config says; pass --llm on the command line');
  }
  oneOf('provider', llmProviders);
  text('model');
  text('baseURL');
  if (typeof block['baseURL'] === 'string') checkBaseUrl(block['baseURL'], fail);
  text('apiKeyEnv');
  if (typeof block['apiKeyEnv'] === 'string' && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(block['apiKeyEnv'])) {
    fail('apiKeyEnv', `must be the name of an environment variable (letters, digits and _), such as ${defaultApiKeyEnv}`);
  }
  // The config comes with the repository: naming GITHUB_TOKEN or AWS_SECRET_ACCESS_KEY here would send that secret.
  if (typeof block['apiKeyEnv'] === 'string' && !/^EMPATHY_/.test(block['apiKeyEnv'])) {
    fail(
      'apiKeyEnv',
      `is "${block['apiKeyEnv']}"; a config file may only name a variable whose name starts with EMPATHY_ (such as ${defaultApiKeyEnv} or EMPATHY_OPENAI_KEY), so a repository cannot have another secret of yours sent as the key`,
    );
  }
  count('timeout', 1);
  count('maxRequests', 0);
  count('maxChars', 0);
  oneOf('severity', ['warn', 'error']);
  const confidence = block['minConfidence'];
  if (confidence !== undefined && (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1))) {
    fail('minConfidence', `must be a number from 0 to 1, not ${JSON.stringify(confidence)}`);
  }
  oneOf('cache', llmCacheModes);
  text('cacheLocation');
  const redact = block['redact'];
  if (redact !== undefined) {
    if (!Array.isArray(redact) || redact.some((term) => typeof term !== 'string' || term.trim() === '')) {
      fail('redact', 'must be a list of terms (names, account numbers), or /patterns/');
    }
    (redact as string[]).forEach((term, index) => {
      const pattern = /^\/(.+)\/([a-z]*)$/s.exec(term);
      if (!pattern) return;
      let compiled: RegExp;
      try {
        compiled = new RegExp(pattern[1]!, pattern[2]);
      } catch (error) {
        throw new ConfigError(`llm "redact" item ${index + 1} is not a valid pattern: ${error instanceof Error ? error.message : String(error)}`, [...at, 'redact', index]);
      }
      // JavaScript cannot stop a regular expression once it runs, and a pattern that backtracks
      // exponentially hangs the run (even a dry run) on one unlucky line: such patterns are refused here.
      if (!lazySafeRegex()(compiled)) {
        throw new ConfigError(
          `llm "redact" item ${index + 1} (${term}) could run for hours on some text: it repeats a group that itself repeats (as in /(a+)+/), or uses syntax that cannot be checked for that (lookbehind); write it without nested repetition, e.g. /ACC-\\d+/`,
          [...at, 'redact', index],
        );
      }
    });
  }
  return block as LlmConfig;
}

function checkBaseUrl(value: string, fail: (key: string, message: string) => never): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('baseURL', `must be an http or https URL such as http://localhost:11434/v1, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('baseURL', `must be an http or https URL, not ${JSON.stringify(value)}`);
  if (url.username || url.password) fail('baseURL', 'must not carry a user name or password; put the key in the environment variable named by "llm.apiKeyEnv"');
  for (const name of url.searchParams.keys()) {
    if (/key|token|secret|auth/i.test(name)) fail('baseURL', `must not carry a key in its query ("${name}"); put the key in the environment variable named by "llm.apiKeyEnv"`);
  }
  if (isLoopbackUrl(url)) return;
  if (url.protocol === 'https:' && providerHosts.includes(url.hostname)) return;
  fail(
    'baseURL',
    `names ${url.protocol}//${url.host}; a config file may only name a server on this machine (localhost, 127.x, ::1) or https://${providerHosts.join(' or https://')}, so a repository cannot send its copy and your key elsewhere; name another server with --llm-base-url or ${baseUrlEnv}`,
  );
}
