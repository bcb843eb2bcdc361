/**
 * The optional LLM pass: a second opinion on tone, reported as rule `llm-tone` next to the rule findings.
 * Loaded (with a dynamic import) only when the pass is on. It runs on the main thread after the rule results
 * are in, since it waits on the network, not the CPU.
 *
 * Per run: split each file into sections, redact them, look each up in the cache, plan requests within the
 * budgets, say in one line what is sent where, send, validate, cache, then place every quote back in the
 * file. The exit code never depends on it unless `--llm-strict`.
 */
import path from 'node:path';
import type { LintMessage, LintResult, LlmFileStatus, TextDocument } from '../types.js';
import type { LlmConfig } from '../config/llm.js';
import { sectionsOf, type Section } from './sections.js';
import { addCounts, describeCounts, redact, type RedactionCounts, type Redacted } from './redact.js';
import { LlmCache, cacheKey } from './cache.js';
import { AnswerError, parseAnswer, systemPrompt, userPrompt, type ModelFinding, type PromptSection } from './prompt.js';
import { ProviderError, askModel, hostOf, isLoopback, type AskOptions, type ProviderSettings } from './providers.js';
import { placeFinding, toMessages, type PlacedFinding, type SentSection } from './findings.js';
import { resolveSettings, type LlmFlags, type LlmSettings } from './settings.js';

export { llmRuleId } from './findings.js';
export { promptVersion } from './prompt.js';
export type { LlmFlags, LlmSettings } from './settings.js';

/**
 * A file whose copy the pass reads: its lint result, and the document the linter parsed (so a catalogue is
 * read as its strings, as the rules read it). The pass never reads or parses files itself.
 */
export interface LlmInput {
  result: LintResult;
  /** The parsed document of the text that was linted; absent when the file could not be read as copy. */
  document?: TextDocument;
}

export interface LlmPassOptions {
  /** The `llm` block of the configuration. */
  config?: LlmConfig;
  /** The config file's folder (`cacheLocation` is relative to it). */
  baseDirectory?: string;
  flags?: LlmFlags;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Receives each line for the user (stderr), without a newline. Never given a key or a request body. */
  log: (line: string) => void;
  /** empathy-lint's version (part of the cache key). */
  linterVersion: string;
  /** Transport and retry settings, for tests. */
  ask?: AskOptions;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
}

/** What the run as a whole came to. */
export interface LlmPassSummary {
  /** Some copy that should have been checked was not (a failure, a budget, the cache in read mode, no key...). */
  incomplete: boolean;
  /** Requests made. */
  requests: number;
}

/** A request's sections may hold this many characters at most; a longer file takes several requests. */
const maxRequestChars = 12_000;
const prefix = 'llm: ';

interface SectionWork {
  section: Section;
  redacted: Redacted;
  key: string;
  sent: SentSection;
  state: 'pending' | 'cached' | 'answered' | 'skipped';
  findings?: ModelFinding[];
  dropped?: number;
  reason?: string;
  /** Another section (maybe in another file) with the same key, whose answer this one takes. */
  sameAs?: SectionWork;
}

interface FileWork {
  input: LlmInput;
  name: string;
  document?: TextDocument;
  sections: SectionWork[];
  requests: number;
  /** Set when the file was not read at all. */
  reason?: string;
}

interface Request {
  file: FileWork;
  check: SectionWork[];
  context: SectionWork[];
  chars: number;
}

/** Run the LLM pass over lint results, adding `llm-tone` messages and an `llm` status to each. */
export async function runLlmPass(inputs: LlmInput[], options: LlmPassOptions): Promise<LlmPassSummary> {
  const cwd = options.cwd ?? process.cwd();
  const settings = resolveSettings(options.config, options.flags, options.env ?? {}, cwd, options.baseDirectory);
  const log = (line: string) => options.log(prefix + line);
  const files: FileWork[] = [];
  for (const input of inputs) files.push(sectionFile(input, cwd, settings, options.linterVersion));
  const all = files.flatMap((file) => file.sections);
  const cache = new LlmCache(settings.cacheFolder, settings.cacheMode);
  const host = hostOf(settings.baseURL);

  const skip = (works: Iterable<SectionWork>, reason: string) => {
    for (const work of works) {
      if (work.state !== 'pending') continue;
      work.state = 'skipped';
      work.reason = reason;
    }
  };

  if (!settings.model) {
    if (all.length > 0) log(`skipped: no model named; set "model" in the llm config or pass --llm-model (nothing was sent)`);
    skip(all, 'no model named');
    return finish(files, settings, 0);
  }

  // The cache first, then one owner per distinct key: copy repeated across files is asked about once.
  const owners = new Map<string, SectionWork>();
  for (const work of all) {
    const hit = cache.get(work.key);
    if (hit) {
      work.state = 'cached';
      work.findings = hit.findings;
      work.dropped = hit.dropped;
      continue;
    }
    const owner = owners.get(work.key);
    if (owner) work.sameAs = owner;
    else owners.set(work.key, work);
  }
  const toSend = [...owners.values()];
  const fromCache = all.filter((work) => work.state === 'cached').length;

  if (settings.cacheMode === 'read') {
    const missing = all.filter((work) => work.state === 'pending').length;
    skip(all, 'not in the cache (--llm-cache read)');
    log(
      missing === 0
        ? `${plural(fromCache, 'section')} answered from the cache; nothing was sent`
        : `--llm-cache read: ${plural(missing, 'section')} not in the cache ${missing === 1 ? 'was' : 'were'} not checked; ${fromCache} answered from the cache; nothing was sent`,
    );
    return finish(files, settings, 0);
  }
  if (toSend.length === 0) {
    if (fromCache > 0) log(`${plural(fromCache, 'section')} answered from the cache; nothing was sent`);
    return finish(files, settings, 0);
  }
  if (!settings.apiKey && !isLoopback(settings.baseURL) && !settings.dryRun) {
    log(`skipped: ${host} needs an API key in the environment variable ${settings.apiKeyEnv}; nothing was sent`);
    skip(all, `no API key in ${settings.apiKeyEnv}`);
    return finish(files, settings, 0);
  }

  // Plan requests file by file, within the budgets; once a budget is reached, nothing more is sent.
  const planned: Request[] = [];
  let chars = 0;
  let budgetNote: string | undefined;
  for (const file of files) {
    for (const request of planRequests(file, new Set(toSend))) {
      if (!budgetNote && planned.length + 1 > settings.maxRequests) budgetNote = `the maxRequests budget (${formatNumber(settings.maxRequests)})`;
      if (!budgetNote && chars + request.chars > settings.maxChars) budgetNote = `the maxChars budget (${formatNumber(settings.maxChars)})`;
      if (budgetNote) {
        skip(request.check, `over ${budgetNote}`);
        continue;
      }
      planned.push(request);
      chars += request.chars;
    }
  }

  const counts: RedactionCounts = { emails: 0, phones: 0, links: 0, terms: 0 };
  const sentSections = new Set<SectionWork>();
  for (const request of planned) for (const work of [...request.check, ...request.context]) sentSections.add(work);
  for (const work of sentSections) addCounts(counts, work.redacted.counts);
  const checked = planned.reduce((sum, request) => sum + request.check.length, 0);
  const context = planned.reduce((sum, request) => sum + request.context.length, 0);
  const redacted = describeCounts(counts);
  const what = `${plural(checked, 'section')}${context > 0 ? ` and ${context} for context` : ''} (${formatNumber(chars)} chars) to ${host} (${settings.model}) in ${plural(planned.length, 'request')}`;
  const tail = `${fromCache > 0 ? `; ${fromCache} from cache` : ''}${redacted ? `; redacted ${redacted}` : ''}`;
  // Sections that share an unsent section's text are not checked either.
  const notSent = all.filter((work) => (work.sameAs ?? work).state === 'skipped').length;

  if (settings.dryRun) {
    log(`dry run: would send ${what}${tail}; nothing was sent`);
    for (const request of planned) {
      options.log(`  ${request.file.name}:`);
      for (const line of describeRequest(request)) options.log(`    ${line}`);
    }
    skip(all, 'dry run (--llm-dry-run)');
    if (budgetNote) log(`${plural(notSent, 'section')} would not be sent: over ${budgetNote}`);
    return finish(files, settings, 0);
  }

  if (planned.length > 0) log(`sending ${what}${tail}`);
  if (budgetNote) log(`stopped at ${budgetNote}: ${plural(notSent, 'section')} not checked`);

  const failures = await sendAll(planned, settings, options, cache);
  for (const line of failures) log(line);
  return finish(files, settings, files.reduce((sum, file) => sum + file.requests, 0));
}

/** Split one parsed file into sections, and redact and key them. */
function sectionFile(input: LlmInput, cwd: string, settings: LlmSettings, linterVersion: string): FileWork {
  const { result } = input;
  const name = path.isAbsolute(result.filePath) ? path.relative(cwd, result.filePath) || result.filePath : result.filePath;
  const file: FileWork = { input, name, sections: [], requests: 0 };
  if (result.fatal || result.skipped) {
    file.reason = 'the file was not linted';
    return file;
  }
  if (!input.document) {
    file.reason = 'the file could not be read as copy';
    return file;
  }
  file.document = input.document;
  for (const section of sectionsOf(file.document).sections) {
    const redacted = redact(section.text, settings.redact);
    const key = cacheKey({
      linterVersion,
      provider: settings.provider,
      model: settings.model ?? '',
      baseURL: settings.baseURL,
      kind: section.kind,
      redactedText: redacted.text.text,
    });
    const sent: SentSection = { text: redacted.text, originals: redacted.originals, ...(section.label ? { label: section.label } : {}) };
    file.sections.push({ section, redacted, key, sent, state: 'pending' });
  }
  return file;
}

/**
 * The requests for one file: its sections still to ask about, in chunks of at most `maxRequestChars`.
 * When only some sections changed, the others ride along as context (not to be reviewed), so that a line
 * is still read against the news around it, as long as the request stays within the size.
 */
function planRequests(file: FileWork, toSend: ReadonlySet<SectionWork>): Request[] {
  const check = file.sections.filter((work) => toSend.has(work));
  if (check.length === 0) return [];
  const requests: Request[] = [];
  let current: Request | undefined;
  for (const work of check) {
    const size = work.redacted.text.text.length;
    if (!current || (current.chars + size > maxRequestChars && current.check.length > 0)) {
      current = { file, check: [], context: [], chars: 0 };
      requests.push(current);
    }
    current.check.push(work);
    current.chars += size;
  }
  if (requests.length === 1) {
    const request = requests[0]!;
    const seen = new Set(request.check.map((work) => work.redacted.text.text));
    const others = file.sections.filter((work) => !toSend.has(work) && !seen.has(work.redacted.text.text) && (seen.add(work.redacted.text.text), true));
    const extra = others.reduce((sum, work) => sum + work.redacted.text.text.length, 0);
    if (request.chars + extra <= maxRequestChars) {
      request.context = others;
      request.chars += extra;
    }
  }
  return requests;
}

/** The sections of a request in document order, numbered from 1. */
function promptSections(request: Request): { sections: PromptSection[]; byNumber: Map<number, SectionWork> } {
  const checkSet = new Set(request.check);
  const ordered = request.file.sections.filter((work) => checkSet.has(work) || request.context.includes(work));
  const byNumber = new Map<number, SectionWork>();
  const sections = ordered.map((work, index) => {
    byNumber.set(index + 1, work);
    return { section: index + 1, kind: work.section.kind, check: checkSet.has(work), text: work.redacted.text.text };
  });
  return { sections, byNumber };
}

function describeRequest(request: Request): string[] {
  return promptSections(request).sections.map((section) => `[${section.section}] ${section.kind}${section.check ? '' : ' (context)'}: ${JSON.stringify(section.text)}`);
}

/** Send the planned requests, a few at a time; returns one line per failure, in plan order. */
async function sendAll(planned: Request[], settings: LlmSettings, options: LlmPassOptions, cache: LlmCache): Promise<string[]> {
  const provider: ProviderSettings = {
    provider: settings.provider,
    model: settings.model!,
    baseURL: settings.baseURL,
    timeout: settings.timeout,
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
  };
  const system = systemPrompt();
  const failures: (string | undefined)[] = new Array(planned.length);
  let stopped: string | undefined;
  let next = 0;
  const worker = async () => {
    while (next < planned.length) {
      const index = next++;
      const request = planned[index]!;
      if (stopped) {
        for (const work of request.check) Object.assign(work, { state: 'skipped', reason: `not sent after an earlier failure: ${stopped}` });
        continue;
      }
      const { sections, byNumber } = promptSections(request);
      const purpose = describePurpose(request.file.input.result);
      request.file.requests++;
      try {
        const answer = parseAnswer(await askModel(provider, { system, user: userPrompt(sections, purpose) }, options.ask));
        settle(request, byNumber, answer.findings, answer.malformed, cache);
      } catch (error) {
        if (!(error instanceof ProviderError) && !(error instanceof AnswerError)) throw error;
        const stopping = error instanceof ProviderError && error.stopsRun;
        // Requests already in flight when the run stopped fail the same way: one line says it for all of them.
        if (stopping && stopped === error.message) {
          for (const work of request.check) Object.assign(work, { state: 'skipped', reason: `not sent after an earlier failure: ${stopped}` });
          continue;
        }
        if (stopping && !stopped) stopped = error.message;
        for (const work of request.check) Object.assign(work, { state: 'skipped', reason: error.message });
        failures[index] = `${request.file.name}: ${error.message}; ${plural(request.check.length, 'section')} not checked`;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, planned.length) }, worker));
  const lines = failures.filter((line): line is string => line !== undefined);
  const cancelled = planned.filter((_, index) => failures[index] === undefined && planned[index]!.check.some((work) => work.state === 'skipped'));
  if (cancelled.length > 0) {
    const sections = cancelled.reduce((sum, request) => sum + request.check.length, 0);
    lines.push(`${plural(sections, 'more section')} in ${plural(new Set(cancelled.map((request) => request.file)).size, 'file')} not sent after that failure`);
  }
  return lines;
}

/** "a problem notice (failed payment)", from the rules' reading of the file, to frame the request. */
function describePurpose(result: LintResult): string | undefined {
  const purpose = result.purpose;
  if (!purpose) return undefined;
  const names: Record<string, string> = {
    problem: 'a problem notice',
    promotion: 'a promotion',
    onboarding: 'an onboarding message',
    'win-back': 'a win-back message',
    transactional: 'a confirmation',
    support: 'a support reply',
    general: 'general copy',
  };
  const name = names[purpose.type] ?? purpose.type;
  return purpose.problem ? `${name} (${purpose.problem.replace(/-/g, ' ')})` : name;
}

/**
 * Give each checked section its findings: a quote goes to the section it names when it is there, else to
 * the first checked section that has it; a quote in no checked section is dropped (and counted). Each
 * section's answer is then cached, empty lists included.
 */
function settle(request: Request, byNumber: Map<number, SectionWork>, findings: ModelFinding[], malformed: number, cache: LlmCache): void {
  const results = new Map<SectionWork, { findings: ModelFinding[]; dropped: number }>(request.check.map((work) => [work, { findings: [], dropped: 0 }]));
  const first = request.check[0]!;
  results.get(first)!.dropped += malformed;
  for (const finding of findings) {
    const named = byNumber.get(finding.section);
    const candidates = named && results.has(named) ? [named, ...request.check.filter((work) => work !== named)] : request.check;
    const home = candidates.find((work) => placeFinding(finding, work.sent));
    if (home) results.get(home)!.findings.push({ ...finding, section: 1 });
    else results.get(named && results.has(named) ? named : first)!.dropped++;
  }
  for (const [work, result] of results) {
    work.state = 'answered';
    work.findings = result.findings;
    work.dropped = result.dropped;
    cache.set(work.key, result.findings, result.dropped);
  }
}

/** Place findings, merge their messages into the results, and set each file's status. */
function finish(files: FileWork[], settings: LlmSettings, requests: number): LlmPassSummary {
  let incomplete = false;
  for (const file of files) {
    const { result } = file.input;
    let checked = 0;
    let fromCache = 0;
    let skipped = 0;
    let dropped = 0;
    const reasons = new Set<string>();
    const placed: PlacedFinding[] = [];
    for (const work of file.sections) {
      const source = work.sameAs ?? work;
      if (work.sameAs && work.state === 'pending') Object.assign(work, { state: source.state, reason: source.reason });
      if (source.state === 'cached' || source.state === 'answered') {
        checked++;
        if (work.state === 'cached') fromCache++;
        dropped += source.dropped ?? 0;
        for (const finding of source.findings ?? []) {
          const place = placeFinding(finding, work.sent);
          if (place) placed.push(place);
          else dropped++;
        }
      } else {
        skipped++;
        if (source.reason) reasons.add(source.reason);
      }
    }
    const status: LlmFileStatus = {
      status: file.reason ? 'skipped' : skipped === 0 ? 'ok' : checked === 0 ? 'skipped' : 'partial',
      sectionsChecked: checked,
      sectionsFromCache: fromCache,
      sectionsSkipped: skipped,
      requests: file.requests,
      quotesDropped: dropped,
    };
    const reason = file.reason ?? [...reasons].join('; ');
    if (reason && status.status !== 'ok') status.reason = reason;
    if (status.status !== 'ok' && !(result.fatal || result.skipped)) incomplete = true;
    result.llm = status;
    if (file.document && placed.length > 0) {
      const messages = toMessages(placed, file.document, result.messages, { severity: settings.severity, minConfidence: settings.minConfidence });
      if (messages.length > 0) merge(result, messages);
    }
  }
  return { incomplete, requests };
}

function merge(result: LintResult, added: LintMessage[]): void {
  result.messages = [...result.messages, ...added].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || String(a.ruleId).localeCompare(String(b.ruleId)),
  );
  for (const message of added) {
    if (message.severity === 2) result.errorCount++;
    else result.warningCount++;
  }
}

function plural(count: number, word: string): string {
  return `${formatNumber(count)} ${word}${count === 1 ? '' : 's'}`;
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}
