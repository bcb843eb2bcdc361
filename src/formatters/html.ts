import type { LintMessage, LintResult, RuleMeta } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';
import { purposeLabel } from './labels.js';
import { displayPath } from './paths.js';

/** Escape text for HTML content and double-quoted attributes. The copy is untrusted: everything goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A finding with its place in the file and its number in the report. */
interface Placed {
  message: LintMessage;
  /** Its id in the page: `f<file>-<finding>`. */
  id: string;
  number: number;
  start: number;
  end: number;
}

/** The offset in `source` of a 1-based line and column (columns count UTF-16 code units, "\r" included). */
function offsetOf(lineStarts: readonly number[], sourceLength: number, line: number, column: number): number {
  const lineStart = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] ?? 0;
  return Math.min(lineStart + Math.max(column, 1) - 1, sourceLength);
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function levelName(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}

/**
 * The copy with each finding's text in a `<mark>`, line numbers in front of each line. Marks nest when one
 * finding lies inside another (a whole-message finding around a phrase); a finding that crosses the end of an
 * enclosing one is cut at that end, so the markup stays well formed. Each mark carries a hidden label for
 * screen readers and is followed by a numbered link to its explanation.
 */
function markedCopy(source: string, placed: readonly Placed[]): string {
  const lineStarts = lineStartsOf(source);
  let out = '';
  let position = 0;
  // The line that starts next after `position` is lineStarts[line]: text is emitted in order, so one pass.
  let line = 1;
  const lineNumber = (number: number) => `<span class="line-number" aria-hidden="true">${number}</span>`;
  const emit = (until: number) => {
    while (position < until) {
      const nextLine = lineStarts[line];
      const next = nextLine !== undefined && nextLine <= until ? nextLine : until;
      out += escapeHtml(source.slice(position, next));
      position = next;
      if (position === nextLine) out += lineNumber(++line);
    }
  };
  out += lineNumber(1);
  const open: Placed[] = [];
  const close = () => {
    const finding = open.pop()!;
    emit(finding.end);
    out += `</mark><a class="ref" href="#${finding.id}"><span class="visually-hidden">(finding </span>${finding.number}<span class="visually-hidden">)</span></a>`;
  };
  const ordered = [...placed].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const finding of ordered) {
    while (open.length > 0 && open[open.length - 1]!.end <= finding.start) close();
    const enclosing = open[open.length - 1];
    const end = enclosing ? Math.min(finding.end, enclosing.end) : finding.end;
    emit(finding.start);
    const { message } = finding;
    const label = `Finding ${finding.number}, ${levelName(message)}${message.ruleId ? `, ${message.ruleId}` : ''}: `;
    out += `<mark id="${finding.id}-text" class="${levelName(message)}"><span class="visually-hidden">${escapeHtml(label)}</span>`;
    // An empty range (a place to insert something) still shows where it is.
    if (end === finding.start) out += '<span class="point" aria-hidden="true">▸</span>';
    open.push({ ...finding, end });
  }
  while (open.length > 0) close();
  emit(source.length);
  return out;
}

function ruleLink(ruleId: string, meta: RuleMeta<unknown> | undefined): string {
  const code = `<code>${escapeHtml(ruleId)}</code>`;
  return meta?.url && /^https?:\/\//.test(meta.url) ? `<a href="${escapeHtml(meta.url)}">${code}</a>` : code;
}

function findingItem(finding: Placed, context: FormatterContext, hasCopy: boolean): string {
  const { message } = finding;
  const level = levelName(message);
  const where = `line ${message.line}, column ${message.column}${message.location ? ` in ${message.location}` : ''}`;
  const parts = [
    `<li id="${finding.id}" class="finding ${level}">`,
    `<p class="where"><span class="number">${finding.number}</span> ${hasCopy ? `<a href="#${finding.id}-text">${escapeHtml(where)}</a>` : escapeHtml(where)}`,
    ` · <span class="level">${level}</span>${message.ruleId ? ` · ${ruleLink(message.ruleId, context.rulesMeta[message.ruleId])}` : ''}</p>`,
    `<p class="message">${escapeHtml(message.message)}</p>`,
  ];
  const suggestion = message.suggestions?.[0];
  if (suggestion) parts.push(`<p class="suggestion"><strong>${message.fix ? 'Fix' : 'Try'}:</strong> ${escapeHtml(suggestion.desc)}</p>`);
  parts.push('</li>');
  return parts.join('');
}

function scoreText(result: LintResult): string {
  if (result.score === undefined) return '';
  const entries = result.entries?.length;
  return `${result.score}/100${entries ? ` (lowest of ${entries === 1 ? '1 entry' : `${entries} entries`})` : ''}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function fileSection(result: LintResult, index: number, context: FormatterContext): string {
  const name = displayPath(result.filePath, context.cwd);
  const heading = `file-${index}`;
  const parts = [`<section class="file" aria-labelledby="${heading}">`, `<h2 id="${heading}">${escapeHtml(name)}</h2>`];
  if (result.skipped) {
    parts.push(`<p class="meta">Skipped: ${escapeHtml(result.skipped)}</p></section>`);
    return parts.join('\n');
  }
  const facts: string[] = [];
  if (result.score !== undefined) facts.push(`<div><dt>Score</dt><dd class="score">${escapeHtml(scoreText(result))}</dd></div>`);
  const purpose = purposeLabel(result);
  if (purpose) facts.push(`<div><dt>Purpose</dt><dd>${escapeHtml(purpose)}</dd></div>`);
  const counts = result.messages.length === 0 ? 'none: this copy reads kindly' : `${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}`;
  facts.push(`<div><dt>Findings</dt><dd>${escapeHtml(counts)}</dd></div>`);
  const costs = (result.scoreBreakdown ?? []).map((cost) => `${cost.ruleId} −${cost.cost}`);
  if (costs.length > 0) facts.push(`<div><dt>Score costs</dt><dd>${escapeHtml(costs.join(', '))}</dd></div>`);
  parts.push(`<dl class="meta">${facts.join('')}</dl>`);
  // A catalogue is judged entry by entry: each entry's kind, purpose and score.
  if (result.entries?.length) {
    const rows = result.entries.map(
      (entry) =>
        `<tr><th scope="row"><code>${escapeHtml(entry.location)}</code></th><td>${entry.copyKind === 'message' ? 'message' : 'UI string'}</td><td>${escapeHtml(purposeLabel({ ...result, entries: [], purpose: entry.purpose }) ?? '')}</td><td>${entry.score}/100</td><td>${entry.findings}</td></tr>`,
    );
    parts.push(
      `<details><summary>${plural(result.entries.length, 'entry').replace(/entrys$/, 'entries')}, each scored on its own</summary>`,
      '<table><thead><tr><th scope="col">Entry</th><th scope="col">Kind</th><th scope="col">Purpose</th><th scope="col">Score</th><th scope="col">Findings</th></tr></thead>',
      `<tbody>${rows.join('\n')}</tbody></table></details>`,
    );
  }

  const source = context.source?.(result.filePath);
  const withoutBom = source !== undefined && source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineStarts = withoutBom === undefined ? [] : lineStartsOf(withoutBom);
  const placed: Placed[] = result.messages.map((message, position) => {
    const start = withoutBom === undefined ? 0 : offsetOf(lineStarts, withoutBom.length, message.line, message.column);
    const end = withoutBom === undefined ? 0 : offsetOf(lineStarts, withoutBom.length, message.endLine, message.endColumn);
    return { message, id: `f${index}-${position + 1}`, number: position + 1, start, end: Math.max(start, end) };
  });
  const copy =
    withoutBom === undefined
      ? '<p>The copy could not be read again for this report.</p>'
      : `<pre class="copy-text">${markedCopy(withoutBom, placed)}</pre>`;
  if (result.messages.length === 0) {
    parts.push(`<details><summary>Show the copy</summary>${copy}</details>`);
  } else {
    parts.push(
      '<div class="columns">',
      `<div class="copy"><h3>Copy</h3>${copy}</div>`,
      `<div class="findings"><h3>Findings</h3><ol>${placed.map((finding) => findingItem(finding, context, withoutBom !== undefined)).join('\n')}</ol></div>`,
      '</div>',
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** The rules with the most findings across files: id, findings, files. */
function rulesMostHit(results: readonly LintResult[]): { ruleId: string; findings: number; files: number }[] {
  const counts = new Map<string, { findings: number; files: Set<string> }>();
  for (const result of results) {
    for (const message of result.messages) {
      if (!message.ruleId) continue;
      const count = counts.get(message.ruleId) ?? { findings: 0, files: new Set<string>() };
      count.findings++;
      count.files.add(result.filePath);
      counts.set(message.ruleId, count);
    }
  }
  return [...counts]
    .map(([ruleId, count]) => ({ ruleId, findings: count.findings, files: count.files.size }))
    .sort((a, b) => b.findings - a.findings || b.files - a.files || a.ruleId.localeCompare(b.ruleId));
}

function summary(results: readonly LintResult[], context: FormatterContext): string {
  const linted = results.filter((result) => !result.skipped);
  const clean = linted.filter((result) => result.messages.length === 0).length;
  const scored = linted.filter((result) => result.score !== undefined);
  const lowest = scored.length > 0 ? Math.min(...scored.map((result) => result.score!)) : undefined;
  const errors = linted.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = linted.reduce((sum, result) => sum + result.warningCount, 0);
  const figures = [
    `<div><dt>Files checked</dt><dd>${linted.length}</dd></div>`,
    `<div><dt>Files clean</dt><dd>${clean}</dd></div>`,
    ...(lowest !== undefined ? [`<div><dt>Lowest score</dt><dd>${lowest}/100</dd></div>`] : []),
    `<div><dt>Problems</dt><dd>${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})</dd></div>`,
  ];
  const fileRows = results.map((result, index) => {
    const name = `<a href="#file-${index + 1}">${escapeHtml(displayPath(result.filePath, context.cwd))}</a>`;
    if (result.skipped) return `<tr><th scope="row">${name}</th><td></td><td>skipped</td><td></td></tr>`;
    return `<tr><th scope="row">${name}</th><td>${escapeHtml(scoreText(result))}</td><td>${escapeHtml(purposeLabel(result) ?? 'catalogue entries')}</td><td>${result.messages.length}</td></tr>`;
  });
  const rules = rulesMostHit(linted).slice(0, 10);
  const ruleRows = rules.map(
    (rule) =>
      `<tr><th scope="row">${ruleLink(rule.ruleId, context.rulesMeta[rule.ruleId])}</th><td>${rule.findings}</td><td>${rule.files}</td><td>${escapeHtml(context.rulesMeta[rule.ruleId]?.description ?? '')}</td></tr>`,
  );
  return [
    '<section aria-labelledby="summary">',
    '<h2 id="summary">Summary</h2>',
    `<dl class="figures">${figures.join('')}</dl>`,
    '<h3>Files</h3>',
    '<table><thead><tr><th scope="col">File</th><th scope="col">Score</th><th scope="col">Purpose</th><th scope="col">Findings</th></tr></thead>',
    `<tbody>${fileRows.join('\n')}</tbody></table>`,
    ...(rules.length > 0
      ? [
          '<h3>Rules most often hit</h3>',
          '<table><thead><tr><th scope="col">Rule</th><th scope="col">Findings</th><th scope="col">Files</th><th scope="col">What it catches</th></tr></thead>',
          `<tbody>${ruleRows.join('\n')}</tbody></table>`,
        ]
      : []),
    '</section>',
  ].join('\n');
}

// Colours are checked for WCAG AA contrast: text on the marks and the muted greys stay above 4.5:1.
const style = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4a4a4a; --line: #d0d0d0; --accent: #0b57d0; --warn: #fff0b3; --error: #ffd9d6; --error-edge: #a4161a; --warn-edge: #7a5a00; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip-link { position: absolute; left: 1rem; top: -3rem; background: #fff; padding: .5rem 1rem; border: 2px solid var(--accent); }
.skip-link:focus { top: 1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
header, main, footer { max-width: 80rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 1px solid var(--line); }
h1 { margin: .5rem 0; font-size: 1.6rem; }
h2 { margin: 2rem 0 .5rem; font-size: 1.3rem; overflow-wrap: anywhere; }
h3 { margin: 1rem 0 .5rem; font-size: 1.05rem; }
dl.figures, dl.meta { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .5rem 0; }
dl.figures > div, dl.meta > div { display: flex; gap: .4rem; }
dt { color: var(--muted); }
dt::after { content: ":"; }
dd { margin: 0; font-weight: 600; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .3rem .8rem .3rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { color: var(--muted); font-weight: 600; }
tbody th { font-weight: normal; }
th code { white-space: nowrap; }
section.file { border-top: 2px solid var(--line); margin-top: 2rem; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
@media (max-width: 60rem) { .columns { grid-template-columns: minmax(0, 1fr); } }
pre.copy-text { margin: 0; padding: .75rem; background: #f7f7f7; border: 1px solid var(--line); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.6 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.line-number { display: inline-block; min-width: 3ch; margin-right: 1ch; color: var(--muted); text-align: right; user-select: none; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.warning { background: var(--warn); border-bottom: 2px dashed var(--warn-edge); }
mark.error { background: var(--error); border-bottom: 2px solid var(--error-edge); }
mark mark { padding: 1px 0; }
.point { color: var(--error-edge); }
a.ref { font-size: .75em; vertical-align: super; text-decoration: none; font-weight: 700; padding: 0 .15em; }
ol { list-style: none; padding: 0; margin: 0; }
li.finding { border-left: 4px solid var(--warn-edge); padding: .25rem 0 .25rem .75rem; margin-bottom: 1rem; }
li.finding.error { border-left-color: var(--error-edge); }
li.finding:target { background: #eef3fd; }
li.finding p { margin: .2rem 0; }
.where { color: var(--muted); font-size: .9rem; }
.number { display: inline-block; min-width: 1.6rem; font-weight: 700; color: var(--text); }
.level { font-weight: 600; }
li.error .level { color: var(--error-edge); }
li.warning .level { color: var(--warn-edge); }
.suggestion { background: #e9f5ec; padding: .2rem .5rem; border-radius: 4px; }
details { margin: .5rem 0; }
footer { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); margin-top: 2rem; }
`;

/**
 * One self-contained HTML page: a summary across files (scores, rules most often hit), then each file's copy
 * with the findings marked in place and explained beside it. No scripts, no external assets (a content
 * security policy forbids both), so it can be attached to a review or opened offline.
 */
export const html: Formatter = (allResults, context) => {
  // Files that could not be linted have no copy to show; the command line names each on standard error.
  const results = allResults.filter((result) => !result.fatal);
  const sections = results.map((result, index) => fileSection(result, index + 1, context));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>empathy-lint report</title>
<style>${style}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to the report</a>
<header><h1>empathy-lint report</h1></header>
<main id="main" tabindex="-1">
${summary(results, context)}
${sections.join('\n')}
</main>
<footer><p>Made by empathy-lint${context.version ? ` ${escapeHtml(context.version)}` : ''}. Each finding says what is wrong, why it hurts the reader, and what to write instead; the writer decides.</p></footer>
</body>
</html>
`;
};
