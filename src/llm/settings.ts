import path from 'node:path';
import { baseUrlEnv, defaultApiKeyEnv, type LlmCacheMode, type LlmConfig, type LlmProvider } from '../config/llm.js';
import type { SeverityNumber } from '../types.js';
import { defaultLlmCacheFolder } from './cache.js';
import { defaultBaseUrls } from './providers.js';
import { termPattern } from './redact.js';

/** What the command line says about the LLM pass; each wins over the config's `llm` block. */
export interface LlmFlags {
  provider?: LlmProvider;
  model?: string;
  baseURL?: string;
  cache?: LlmCacheMode;
  /** Show what would be sent; send nothing. */
  dryRun?: boolean;
}

/** The settings a run uses, after config, flags and defaults. */
export interface LlmSettings {
  provider: LlmProvider;
  /** Undefined when neither the config nor `--llm-model` names one: the pass then checks nothing. */
  model: string | undefined;
  baseURL: string;
  apiKeyEnv: string;
  /** The key from the environment; never logged, printed, cached or written anywhere. */
  apiKey: string | undefined;
  timeout: number;
  maxRequests: number;
  maxChars: number;
  severity: SeverityNumber;
  minConfidence: number;
  cacheMode: LlmCacheMode;
  cacheFolder: string;
  redact: RegExp[];
  dryRun: boolean;
}

export const llmDefaults = {
  timeout: 60_000,
  maxRequests: 50,
  maxChars: 100_000,
  minConfidence: 0.6,
} as const;

/**
 * Combine the config's `llm` block, the flags and the environment (`EMPATHY_LLM_BASE_URL` names a server as
 * `--llm-base-url` does, and the flag wins). When `--llm-provider` names another
 * provider than the config, the config's `model` and `baseURL` (which belong to its provider) are not used.
 */
export function resolveSettings(
  config: LlmConfig = {},
  flags: LlmFlags = {},
  env: NodeJS.ProcessEnv = {},
  cwd = process.cwd(),
  /** The config file's folder, which `cacheLocation` is relative to. */
  baseDirectory = cwd,
): LlmSettings {
  const provider = flags.provider ?? config.provider ?? 'openai-compatible';
  const sameProvider = flags.provider === undefined || flags.provider === (config.provider ?? 'openai-compatible');
  const model = flags.model ?? (sameProvider ? config.model : undefined);
  // The user's choice (flag, then environment) before the config's, which validation kept to this machine or the provider's own API.
  const chosen = env[baseUrlEnv]?.trim() || undefined;
  const baseURL = (flags.baseURL ?? chosen ?? (sameProvider ? config.baseURL : undefined) ?? defaultBaseUrls[provider]).replace(/\/+$/, '');
  const apiKeyEnv = config.apiKeyEnv ?? defaultApiKeyEnv;
  const key = env[apiKeyEnv]?.trim();
  return {
    provider,
    model: model?.trim() || undefined,
    baseURL,
    apiKeyEnv,
    apiKey: key ? key : undefined,
    timeout: config.timeout ?? llmDefaults.timeout,
    maxRequests: config.maxRequests ?? llmDefaults.maxRequests,
    maxChars: config.maxChars ?? llmDefaults.maxChars,
    severity: config.severity === 'error' ? 2 : 1,
    minConfidence: config.minConfidence ?? llmDefaults.minConfidence,
    cacheMode: flags.cache ?? config.cache ?? 'rw',
    cacheFolder: config.cacheLocation ? path.resolve(baseDirectory, config.cacheLocation) : path.join(cwd, defaultLlmCacheFolder),
    redact: (config.redact ?? []).map(termPattern),
    dryRun: flags.dryRun === true,
  };
}
