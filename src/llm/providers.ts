import { isLoopbackUrl, type LlmProvider } from '../config/llm.js';
import { AnswerError, answerSchema, parseJsonText } from './prompt.js';

/** Where and how to ask. `apiKey` is never logged, printed or cached. */
export interface ProviderSettings {
  provider: LlmProvider;
  model: string;
  /** API root without a trailing slash, e.g. `https://api.openai.com/v1`. */
  baseURL: string;
  apiKey?: string;
  /** Milliseconds per attempt. */
  timeout: number;
}

/** Why a request failed, in one line with no key and no body in it. */
export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    message: string,
    /** Whether every later request would fail the same way (bad key, unreachable server, unknown model). */
    readonly stopsRun: boolean,
  ) {
    super(message);
  }
}

/** The two messages of a request. */
export interface Exchange {
  system: string;
  user: string;
}

/** Options of `askModel`; replaceable in tests. */
export interface AskOptions {
  fetch?: typeof fetch;
  /** Retries after a 429, a 5xx, a timeout or a dropped connection (default 2). */
  retries?: number;
  /** Longest `retry-after` honoured, in milliseconds (default 20 s); a longer one fails the request. */
  maxRetryWait?: number;
  /** First back-off after a 5xx, timeout or dropped connection, doubled each time (default 250 ms). */
  backoff?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The largest response body read, in bytes (default `maxResponseBytes`). */
  maxResponseBytes?: number;
}

/**
 * The largest answer read from a provider: a review of a few sections is a few kilobytes of JSON, so a body
 * past this is a server or proxy gone wrong, and reading it all would only fill memory.
 */
export const maxResponseBytes = 1024 * 1024;

/** A response body over the limit: reading stopped there. */
class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/**
 * Read a response body as text, at most `limit` bytes: a larger one (by its content-length, or once that
 * many bytes have arrived) is cancelled and throws `TooLargeError`.
 */
async function readBounded(response: Response, limit: number): Promise<string> {
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > limit) {
    await response.body?.cancel();
    throw new TooLargeError();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const toolName = 'report_tone_findings';

/** Default API roots. */
export const defaultBaseUrls: Record<LlmProvider, string> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com/v1',
  // Ollama's OpenAI-compatible endpoint: with no settings, nothing leaves the machine.
  'openai-compatible': 'http://localhost:11434/v1',
};

/** The HTTP request for a provider. */
export function buildRequest(settings: ProviderSettings, exchange: Exchange): { url: string; headers: Record<string, string>; body: unknown } {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (settings.provider === 'anthropic') {
    if (settings.apiKey) headers['x-api-key'] = settings.apiKey;
    headers['anthropic-version'] = '2023-06-01';
    return {
      url: `${settings.baseURL}/messages`,
      headers,
      body: {
        model: settings.model,
        max_tokens: 4096,
        temperature: 0,
        system: exchange.system,
        messages: [{ role: 'user', content: exchange.user }],
        // A forced tool call is Anthropic's way to get input that follows a JSON schema, on every Claude model.
        tools: [{ name: toolName, description: 'Report the tone findings: an empty list when the copy is fine.', input_schema: answerSchema }],
        tool_choice: { type: 'tool', name: toolName },
      },
    };
  }
  if (settings.apiKey) headers['authorization'] = `Bearer ${settings.apiKey}`;
  return {
    url: `${settings.baseURL}/chat/completions`,
    headers,
    body: {
      model: settings.model,
      messages: [
        { role: 'system', content: exchange.system },
        { role: 'user', content: exchange.user },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'tone_findings', strict: true, schema: answerSchema } },
      // OpenAI's newer models accept only their default temperature and size limits; local servers want both said.
      ...(settings.provider === 'openai-compatible' ? { temperature: 0, max_tokens: 4096 } : {}),
    },
  };
}

/** Read the model's answer object out of a provider's response body. */
export function readAnswer(provider: LlmProvider, body: unknown): unknown {
  const data = body as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') throw new AnswerError('the server sent something that is not a completion');
  if (provider === 'anthropic') {
    if (data['stop_reason'] === 'refusal') throw new AnswerError('the model declined to review the copy');
    const content = Array.isArray(data['content']) ? (data['content'] as Record<string, unknown>[]) : [];
    const tool = content.find((block) => block?.['type'] === 'tool_use');
    if (tool && tool['input'] && typeof tool['input'] === 'object') return tool['input'];
    if (data['stop_reason'] === 'max_tokens') throw new AnswerError('the answer was cut off at the token limit');
    const text = content.find((block) => block?.['type'] === 'text')?.['text'];
    if (typeof text === 'string') return parseJsonText(text);
    throw new AnswerError('the server sent something that is not a completion');
  }
  const choice = Array.isArray(data['choices']) ? (data['choices'][0] as Record<string, unknown> | undefined) : undefined;
  const message = choice?.['message'] as Record<string, unknown> | undefined;
  if (!message) throw new AnswerError('the server sent something that is not a completion');
  if (typeof message['refusal'] === 'string' && message['refusal'] !== '') throw new AnswerError('the model declined to review the copy');
  if (choice?.['finish_reason'] === 'content_filter') throw new AnswerError('the provider’s content filter stopped the answer');
  if (choice?.['finish_reason'] === 'length') throw new AnswerError('the answer was cut off at the token limit');
  const content = message['content'];
  if (typeof content !== 'string' || content.trim() === '') throw new AnswerError('the answer was empty');
  return parseJsonText(content);
}

/**
 * Send one exchange and return the model's answer object (not yet validated). Retries 429 (honouring
 * `retry-after`, bounded), 5xx, timeouts and dropped connections; throws `ProviderError` or `AnswerError`
 * with a one-line reason otherwise.
 */
export async function askModel(settings: ProviderSettings, exchange: Exchange, options: AskOptions = {}): Promise<unknown> {
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 2;
  const maxRetryWait = options.maxRetryWait ?? 20_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const backoff = options.backoff ?? 250;
  const request = buildRequest(settings, exchange);
  const payload = JSON.stringify(request.body);
  const host = hostOf(settings.baseURL);

  for (let attempt = 0; ; attempt++) {
    const retriesLeft = attempt < retries;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(request.url, { method: 'POST', headers: request.headers, body: payload, signal: AbortSignal.timeout(settings.timeout) });
      text = await readBounded(response, options.maxResponseBytes ?? maxResponseBytes);
    } catch (error) {
      // Not a passing fault: the same server would send the same again, so it is not retried.
      if (error instanceof TooLargeError) {
        throw new AnswerError(`${host} sent a response over the ${formatBytes(options.maxResponseBytes ?? maxResponseBytes)} limit for an answer; reading stopped there`);
      }
      const failure = networkFailure(error, host, settings.timeout);
      if (failure.retry && retriesLeft) {
        await sleep(backoff * 2 ** attempt);
        continue;
      }
      throw new ProviderError(attempt > 0 ? `${failure.message} (after ${attempt + 1} attempts)` : failure.message, failure.stopsRun);
    }
    if (response.ok) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new AnswerError('the server’s response was not valid JSON');
      }
      return readAnswer(settings.provider, body);
    }
    const status = response.status;
    const detail = errorDetail(text);
    if (status === 429) {
      if (/insufficient_quota|billing|credit/i.test(detail)) throw new ProviderError(`${host} says the account is out of quota or credit (429${detail ? `, ${detail}` : ''})`, true);
      const wait = retryAfter(response.headers);
      if (retriesLeft && wait <= maxRetryWait) {
        await sleep(wait);
        continue;
      }
      const asked = wait > maxRetryWait ? `; it asks to wait ${Math.ceil(wait / 1000)} s` : '';
      throw new ProviderError(`${host} is rate-limiting requests (429)${asked}${attempt > 0 ? ` (after ${attempt + 1} attempts)` : ''}`, wait > maxRetryWait);
    }
    if (status >= 500) {
      if (retriesLeft) {
        await sleep(backoff * 2 ** attempt);
        continue;
      }
      throw new ProviderError(`${host} failed with ${status}${attempt > 0 ? ` (after ${attempt + 1} attempts)` : ''}`, false);
    }
    if (status === 401 || status === 403) {
      throw new ProviderError(`${host} refused the API key (${status}); check the key in the environment variable named by llm.apiKeyEnv`, true);
    }
    if (status === 404) throw new ProviderError(`${host} answered 404${detail ? ` (${detail})` : ''}; check the base URL and the model name`, true);
    throw new ProviderError(`${host} rejected the request (${status}${detail ? `, ${detail}` : ''}); check the model name and whether it supports JSON schema output`, true);
  }
}

/** Error codes and parameter names from an error body: short identifiers only, never the message text. */
function errorDetail(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; type?: unknown; param?: unknown } | string };
    const error = typeof body.error === 'object' && body.error ? body.error : undefined;
    const parts = [error?.code, error?.type, error?.param].filter((part): part is string => typeof part === 'string' && /^[\w.-]{1,64}$/.test(part));
    return [...new Set(parts)].join(', ');
  } catch {
    return '';
  }
}

/** Milliseconds to wait from `retry-after-ms` or `retry-after` (seconds or an HTTP date); 1 s when absent. */
export function retryAfter(headers: Headers, now = Date.now()): number {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (value === null) return 1000;
  if (/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - now);
}

function networkFailure(error: unknown, host: string, timeout: number): { message: string; retry: boolean; stopsRun: boolean } {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return { message: `${host} sent no answer within ${formatMs(timeout)}`, retry: true, stopsRun: false };
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code;
  if (code === 'ECONNREFUSED') return { message: `cannot reach ${host} (connection refused); is the server running?`, retry: false, stopsRun: true };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { message: `cannot reach ${host} (host not found)`, retry: false, stopsRun: true };
  if (code === 'CERT_HAS_EXPIRED' || code?.startsWith('ERR_TLS') || code?.includes('CERT')) return { message: `cannot reach ${host} securely (${code})`, retry: false, stopsRun: true };
  return { message: `the connection to ${host} was dropped${code ? ` (${code})` : ''}`, retry: true, stopsRun: false };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MiB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KiB` : `${bytes} bytes`;
}

function formatMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

/** `api.openai.com`, `localhost:11434`: the host a line names, never the path or query. */
export function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    return baseURL;
  }
}

/** Whether a base URL points at this machine, where no key is needed. */
export function isLoopback(baseURL: string): boolean {
  try {
    return isLoopbackUrl(new URL(baseURL));
  } catch {
    return false;
  }
}
