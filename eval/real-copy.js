#!/usr/bin/env node
// Measures the rules on real public copy (eval/real-copy/): strings and e-mails from the catalogues and
// templates of open-source products, shopping-site strings, and professionally written e-mail templates,
// each labelled blind (harsh or fine, with the problems named) before any tool ran on it.
//
// The items are linted through the built command line with the default configuration, exactly as a user
// would lint them (catalogue entries as one-entry JSON catalogues named explicitly), and compared with the
// labels. A third of the corpus (chosen by a hash of each item's id, so no run can move an item) is kept
// back: tune on `dev` only, and read holdout figures, never its items.
//
// Usage: npm run eval -- [--split dev|holdout|all] [--set product|shopping|transactional] [--json] [--verbose]
//   npm run eval -- --folder eval/real-copy-fresh   (a corpus kept back whole: one split, never listed)
//   (or node eval/real-copy.js with the same flags; --folder <dir> measures another corpus of the same shape)
//   --verbose lists the dev items missed or flagged wrongly (never holdout items).
//
// A corpus may hold `second-labels.jsonl`: every item labelled again, blind, by a second editor who saw neither the
// first labels nor the tool. The report then says how far the two editors agree, and measures the tool against the
// second editor and against the items both call harsh (or both fine).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const corpus = path.resolve(option('--folder') ?? path.join(root, 'eval', 'real-copy'));
/**
 * A corpus folder holding a file named `kept-back` is kept back whole (eval/real-copy-fresh2): every item is in
 * one split, `kept-back`, and its items are never listed. A folder holding `dev-only` (eval/real-copy-fresh, after
 * its first run was reported) is development material whole: every item is in `dev`.
 */
const keptBack = fs.existsSync(path.join(corpus, 'kept-back'));
const devOnly = !keptBack && fs.existsSync(path.join(corpus, 'dev-only'));
const splitFilter = keptBack ? 'kept-back' : devOnly ? 'dev' : (option('--split') ?? 'all');
const setFilter = option('--set');
const verbose = args.includes('--verbose');
if (keptBack && verbose) {
  console.error(`eval: ${path.relative(process.cwd(), corpus) || corpus} is kept back whole, so its items are never listed; run it without --verbose`);
  process.exit(2);
}

/** The problems a labeller can name, and the rules that answer each (`*`: any finding counts). */
const problemRules = {
  blame: ['no-blame'],
  threat: ['no-threat'],
  urgency: ['no-pressure'],
  scarcity: ['no-pressure'],
  confirmshaming: ['no-guilt-trip'],
  guilt: ['no-guilt-trip'],
  condescension: ['no-condescension'],
  'cold-tone': ['no-cold-tone'],
  'blunt-verdict': ['no-blunt-verdict', 'no-blame', 'no-cold-tone', 'no-condescension'],
  'hollow-apology': ['no-hollow-apology'],
  minimizing: ['no-minimizing'],
  shouting: ['no-shouting'],
  'no-acknowledgement': ['acknowledge-problem'],
  'no-next-step': ['next-step'],
  'sensitive-subject': ['sensitive-subject'],
  'insensitive-language': ['inclusive-language'],
  'sarcasm-joke': ['llm-tone', 'no-condescension'],
  other: ['*'],
};
/** Rules about wording that is plain rather than kind; a harsh item counts as caught by a tone rule only. */
const nonToneRules = new Set(['plain-language']);

/**
 * The split is fixed by the item's id, so it never depends on the order of files or on anything a tuning
 * run could change: a third of the items (by a hash of the id) are the holdout.
 */
const splitOf = (id) => (keptBack ? 'kept-back' : devOnly ? 'dev' : createHash('sha256').update(id).digest()[0] % 3 === 0 ? 'holdout' : 'dev');
const manifest = fs
  .readdirSync(corpus)
  .filter((name) => /^manifest-.+\.jsonl$/.test(name))
  .sort()
  .flatMap((name) => fs.readFileSync(path.join(corpus, name), 'utf8').split('\n'))
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .map((item) => ({ ...item, split: splitOf(item.id) }));
const items = manifest.filter((item) => (splitFilter === 'all' || item.split === splitFilter) && (!setFilter || item.set === setFilter));
if (items.length === 0) {
  console.error(`eval: no items match --split ${splitFilter}${setFilter ? ` --set ${setFilter}` : ''}`);
  process.exit(2);
}

const bin = path.join(root, 'bin', 'empathy-lint.js');
const run = spawnSync(process.execPath, [bin, '-f', 'json', '--no-ignore', '--concurrency', 'off', ...items.map((item) => item.file)], {
  cwd: corpus,
  encoding: 'utf8',
  maxBuffer: 512 * 1024 * 1024,
  env: { ...process.env, NO_COLOR: '1' },
});
// Exit code 2 with a report means some items could not be read: they count as items without findings, and the
// run says which, since an unread item is a miss the tool has to answer for.
let lintReport;
try {
  lintReport = run.status === 0 || run.status === 1 || run.status === 2 ? JSON.parse(run.stdout) : undefined;
} catch {
  lintReport = undefined;
}
if (!lintReport) {
  console.error(`eval: empathy-lint exited with ${run.status}:\n${run.stderr}`);
  process.exit(2);
}
if (run.status === 2) {
  const unread = run.stderr.split('\n').filter((line) => line.trim() !== '');
  console.log(`Not read (counted as items without findings): ${unread.length}`);
  for (const line of unread) console.log(`  ${line}`);
  console.log('');
}
const results = new Map(lintReport.map((result) => [path.relative(corpus, path.resolve(corpus, result.filePath)), result]));

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`);
const rulesFor = (item) => new Set(item.problems.flatMap((problem) => problemRules[problem] ?? ['*']));

function measure(group) {
  const stats = {
    items: group.length,
    harsh: 0,
    harshCaught: 0,
    clearHarsh: 0,
    clearHarshCaught: 0,
    harshRightRule: 0,
    fine: 0,
    fineFlagged: 0,
    fineToneFlagged: 0,
    clearFine: 0,
    clearFineFlagged: 0,
    findings: 0,
    findingsKept: 0,
    shoutingOnUiStrings: 0,
    problems: {},
  };
  const misses = [];
  const falseHits = [];
  for (const item of group) {
    const result = results.get(item.file);
    const messages = (result?.messages ?? []).filter((message) => message.ruleId);
    const toneMessages = messages.filter((message) => !nonToneRules.has(message.ruleId));
    const found = new Set(messages.map((message) => message.ruleId));
    const expected = rulesFor(item);
    const right = [...found].some((id) => expected.has('*') || expected.has(id));
    stats.findings += messages.length;
    if (item.kind === 'ui-string' && item.label === 'fine') stats.shoutingOnUiStrings += messages.filter((m) => m.ruleId === 'no-shouting').length;
    if (item.label === 'harsh') {
      stats.harsh++;
      if (item.clearCut) stats.clearHarsh++;
      if (toneMessages.length > 0) {
        stats.harshCaught++;
        if (item.clearCut) stats.clearHarshCaught++;
      } else misses.push(item);
      if (right) stats.harshRightRule++;
      stats.findingsKept += messages.filter((message) => expected.has('*') || expected.has(message.ruleId)).length;
      for (const problem of item.problems) {
        const entry = (stats.problems[problem] ??= { items: 0, caught: 0, rightRule: 0 });
        entry.items++;
        if (toneMessages.length > 0) entry.caught++;
        if ([...found].some((id) => (problemRules[problem] ?? ['*']).includes(id) || (problemRules[problem] ?? []).includes('*'))) entry.rightRule++;
      }
    } else {
      stats.fine++;
      if (item.clearCut) stats.clearFine++;
      if (messages.length > 0) {
        stats.fineFlagged++;
        if (item.clearCut) stats.clearFineFlagged++;
        falseHits.push({ item, messages });
      }
      if (toneMessages.length > 0) stats.fineToneFlagged++;
    }
  }
  return { stats, misses, falseHits };
}

function problemCaught(stats, names) {
  let items = 0;
  let caught = 0;
  for (const name of names) {
    items += stats.problems[name]?.items ?? 0;
    caught += stats.problems[name]?.caught ?? 0;
  }
  return { items, caught };
}

const splits = splitFilter === 'all' ? ['dev', 'holdout'] : [splitFilter];
const sets = setFilter ? [setFilter] : ['product', 'shopping', 'transactional'];
const report = {};
for (const split of splits) {
  for (const set of [...sets, 'all']) {
    const group = items.filter((item) => item.split === split && (set === 'all' || item.set === set));
    if (group.length > 0) report[`${split}/${set}`] = measure(group);
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(Object.entries(report).map(([key, value]) => [key, value.stats])), null, 2));
  process.exit(0);
}

console.log(`Real copy: ${items.length} items (${manifest.length} in the corpus), labelled blind; default configuration.\n`);
console.log('| split / set | items | harsh caught | clear-cut harsh caught | right rule | fine with any finding | clear-cut fine flagged | findings an editor keeps |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [key, { stats }] of Object.entries(report)) {
  console.log(
    `| ${key} | ${stats.items} | ${stats.harshCaught}/${stats.harsh} ${percent(stats.harshCaught, stats.harsh)} | ${stats.clearHarshCaught}/${stats.clearHarsh} ${percent(stats.clearHarshCaught, stats.clearHarsh)} | ${percent(stats.harshRightRule, stats.harsh)} | ${stats.fineFlagged}/${stats.fine} ${percent(stats.fineFlagged, stats.fine)} | ${stats.clearFineFlagged}/${stats.clearFine} ${percent(stats.clearFineFlagged, stats.clearFine)} | ${stats.findingsKept}/${stats.findings} ${percent(stats.findingsKept, stats.findings)} |`,
  );
}

console.log('\nTargets, per split:');
for (const split of splits) {
  const all = report[`${split}/all`]?.stats;
  if (!all) continue;
  const shopping = report[`${split}/shopping`]?.stats;
  const transactional = report[`${split}/transactional`]?.stats;
  const lines = [
    [`clear-cut harsh caught ≥ 80%`, percent(all.clearHarshCaught, all.clearHarsh)],
    [`all harsh caught ≥ 65%`, percent(all.harshCaught, all.harsh)],
    [`fine items with any finding ≤ 5%`, percent(all.fineFlagged, all.fine)],
  ];
  if (shopping) {
    const shame = problemCaught(shopping, ['confirmshaming']);
    const urgency = problemCaught(shopping, ['urgency', 'scarcity']);
    lines.push([`shopping: confirmshaming caught ≥ 90%`, `${shame.caught}/${shame.items} ${percent(shame.caught, shame.items)}`]);
    lines.push([`shopping: urgency and scarcity caught ≥ 85%`, `${urgency.caught}/${urgency.items} ${percent(urgency.caught, urgency.items)}`]);
  }
  if (transactional) lines.push([`transactional: findings an editor keeps ≥ 90%`, `${transactional.findingsKept}/${transactional.findings} ${percent(transactional.findingsKept, transactional.findings)}`]);
  lines.push([`no-shouting findings on fine UI strings = 0`, String(all.shoutingOnUiStrings)]);
  console.log(`  ${split}:`);
  for (const [target, value] of lines) console.log(`    ${target.padEnd(48)} ${value}`);
}

const secondLabelsFile = path.join(corpus, 'second-labels.jsonl');
if (fs.existsSync(secondLabelsFile)) {
  const second = new Map(
    fs
      .readFileSync(secondLabelsFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line))
      .map((entry) => [entry.id, entry]),
  );
  const both = items.filter((item) => second.has(item.id));
  // As above: a harsh item counts as caught by a tone finding, a fine item as flagged by any finding.
  const flagged = (item) => (results.get(item.file)?.messages ?? []).some((message) => message.ruleId && !nonToneRules.has(message.ruleId));
  const anyFinding = (item) => (results.get(item.file)?.messages ?? []).some((message) => message.ruleId);
  const share = (group, test) => `${group.filter(test).length}/${group.length} ${percent(group.filter(test).length, group.length)}`;
  const secondHarsh = (item) => second.get(item.id).label === 'harsh';
  const firstHarsh = both.filter((item) => item.label === 'harsh');
  const firstFine = both.filter((item) => item.label === 'fine');
  // Cohen's kappa: agreement beyond what two editors with these rates of "harsh" would reach by chance.
  const agree = both.filter((item) => (item.label === 'harsh') === secondHarsh(item)).length / both.length;
  const rateFirst = firstHarsh.length / both.length;
  const rateSecond = both.filter(secondHarsh).length / both.length;
  const chance = rateFirst * rateSecond + (1 - rateFirst) * (1 - rateSecond);
  console.log(`\nA second editor labelled ${both.length} of these items again, blind:`);
  console.log(`  second editor calls harsh: of the first's harsh ${share(firstHarsh, secondHarsh)}, clear-cut ${share(firstHarsh.filter((item) => item.clearCut), secondHarsh)}; of the first's fine ${share(firstFine, secondHarsh)}`);
  console.log(`  agreement ${percent(agree * both.length, both.length)}, Cohen's kappa ${((agree - chance) / (1 - chance)).toFixed(2)}`);
  console.log(`  empathy-lint on the second editor's harsh ${share(both.filter(secondHarsh), flagged)}, fine with any finding ${share(both.filter((item) => !secondHarsh(item)), anyFinding)}`);
  console.log(`  empathy-lint on items both call harsh ${share(firstHarsh.filter(secondHarsh), flagged)}, both call fine ${share(firstFine.filter((item) => !secondHarsh(item)), anyFinding)}`);
}

console.log('\nBy problem (all sets): caught by any tone rule / by the rule meant for it');
for (const split of splits) {
  const all = report[`${split}/all`]?.stats;
  if (!all) continue;
  const rows = Object.entries(all.problems).sort((a, b) => b[1].items - a[1].items);
  console.log(`  ${split}: ` + rows.map(([name, entry]) => `${name} ${entry.caught}/${entry.rightRule}/${entry.items}`).join(', '));
}

if (verbose) {
  const dev = report['dev/all'];
  if (dev) {
    const excerpt = (item) => {
      const text = fs.readFileSync(path.join(corpus, item.file), 'utf8').replace(/\s+/g, ' ').trim();
      return text.length > 160 ? text.slice(0, 157) + '...' : text;
    };
    console.log('\nDev items missed:');
    for (const item of dev.misses) console.log(`  ${item.id} [${item.problems.join(', ')}] ${excerpt(item)}`);
    console.log('\nDev fine items flagged:');
    for (const { item, messages } of dev.falseHits) console.log(`  ${item.id} {${[...new Set(messages.map((m) => m.ruleId))].join(', ')}} ${excerpt(item)}`);
  }
}
