#!/usr/bin/env node
// `npm run eval` measures the rules on real public copy labelled blind (eval/real-copy/, see real-copy.js).
// With --corpus it evaluates one of the labelled file corpora the rules were developed with (test/corpus,
// test/corpus-holdout, test/corpus-holdout-2): per-rule precision and recall, the share of clean files with
// any finding, and how often the kind file of a pair scores higher than the harsh one.
// Usage: npm run eval -- --corpus <folder> [--json] [--verbose]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

if (!process.argv.includes('--corpus')) {
  await import('./real-copy.js');
  process.exit(process.exitCode ?? 0);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusFlag = process.argv.indexOf('--corpus');
const corpusArg = corpusFlag === -1 ? undefined : process.argv[corpusFlag + 1];
if (corpusFlag !== -1 && (!corpusArg || corpusArg.startsWith('--'))) {
  console.error('eval: --corpus needs a folder, for example --corpus test/corpus-holdout');
  process.exit(2);
}
const corpus = corpusArg ? path.resolve(process.cwd(), corpusArg) : path.join(root, 'test', 'corpus');
const { lintText, builtinRules } = await import(path.join(root, 'dist', 'src', 'index.js'));

/** @type {{ file: string, pair?: string, variant: 'harsh' | 'kind' | 'clean', expect: string[] }[]} */
const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8'));
const verbose = process.argv.includes('--verbose');

const stats = new Map([...builtinRules.keys()].map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
const scores = new Map();
let cleanFiles = 0;
let cleanFlagged = 0;
const problems = [];

for (const entry of manifest) {
  const filePath = path.join(corpus, entry.file);
  const text = fs.readFileSync(filePath, 'utf8');
  // These corpora label every rule, plain-language too (off in the recommended preset): measure them all.
  const result = await lintText(text, { filePath, config: { rules: { 'plain-language': 'warn' } } });
  const found = new Set(result.messages.filter((message) => message.ruleId).map((message) => message.ruleId));
  const expected = new Set(entry.expect);
  for (const [id, stat] of stats) {
    if (expected.has(id) && found.has(id)) stat.tp++;
    else if (expected.has(id)) {
      stat.fn++;
      problems.push(`missed     ${id.padEnd(20)} ${entry.file}`);
    } else if (found.has(id)) {
      stat.fp++;
      const first = result.messages.find((message) => message.ruleId === id);
      problems.push(`false hit  ${id.padEnd(20)} ${entry.file}:${first.line}:${first.column} ${text.split('\n')[first.line - 1].slice(first.column - 1, first.column + 50)}`);
    }
  }
  if (entry.variant !== 'harsh') {
    cleanFiles++;
    if (found.size > 0) cleanFlagged++;
  }
  if (entry.pair) {
    const pair = scores.get(entry.pair) ?? {};
    pair[entry.variant] = result.score;
    scores.set(entry.pair, pair);
  }
}

const pairs = [...scores.values()].filter((pair) => pair.harsh !== undefined && pair.kind !== undefined);
const ordered = pairs.filter((pair) => pair.kind > pair.harsh).length;
const ratio = (a, b) => (b === 0 ? null : a / b);
const rows = [...stats].map(([id, { tp, fp, fn }]) => ({ id, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }));
const totals = rows.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 });
const summary = {
  files: manifest.length,
  pairs: pairs.length,
  precision: ratio(totals.tp, totals.tp + totals.fp),
  recall: ratio(totals.tp, totals.tp + totals.fn),
  cleanFlagged: ratio(cleanFlagged, cleanFiles),
  pairsOrdered: ratio(ordered, pairs.length),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ summary, rules: rows }, null, 2));
} else {
  const format = (value) => (value === null ? '–' : value.toFixed(2));
  console.log(`Corpus: ${manifest.length} files, ${pairs.length} harsh/kind pairs, ${cleanFiles} kind or clean files.\n`);
  console.log('| rule | precision | recall | hits | false hits | missed |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.id} | ${format(row.precision)} | ${format(row.recall)} | ${row.tp} | ${row.fp} | ${row.fn} |`);
  console.log(`| **all rules** | **${format(summary.precision)}** | **${format(summary.recall)}** | ${totals.tp} | ${totals.fp} | ${totals.fn} |`);
  console.log(`\nClean files with any finding: ${cleanFlagged} of ${cleanFiles} (${(100 * summary.cleanFlagged).toFixed(1)}%; target ≤ 5%)`);
  console.log(`Pairs where the kind file scores higher: ${ordered} of ${pairs.length} (${(100 * summary.pairsOrdered).toFixed(1)}%; target ≥ 95%)`);
  console.log(`Recall over all rules: ${format(summary.recall)} (target ≥ 0.90)`);
  if (verbose && problems.length > 0) console.log('\n' + problems.join('\n'));
}
