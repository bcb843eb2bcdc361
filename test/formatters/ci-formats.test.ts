// -f github, -f checkstyle and third-party formatters through the built binary.
import { describe, expect, test } from 'vitest';
import { Project, expectOneLineError } from '../cli/helpers.js';
import { demoConfig, demoPlugin } from '../cli/demo-plugin.js';

/** The demo plugin with a message full of characters that each format must escape. */
const awkwardPlugin = demoPlugin.replace('Say what “{word}” means for the reader.', 'Say <what> & "{word}" \\u0027means\\u0027: 100%, really,\\nfor the reader.');

function project(files: Record<string, string>): Project {
  return new Project({ 'demo-plugin.mjs': awkwardPlugin, '.empathyrc.json': demoConfig(), ...files });
}

describe.concurrent('-f github', () => {
  test('one workflow command per finding, ::error for errors and ::warning for warnings, escaped as the runner expects', async () => {
    const p = project({ 'docs/odd:name,1.md': 'Reply ASAP.\n\nOur synergy helps.\n', 'kind.md': 'Thanks.\n' });
    const result = await p.run(['-f', 'github']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '::error file=docs/odd%3Aname%2C1.md,line=1,col=7,endLine=1,endColumn=11,title=empathy-lint/demo/no-asap::“ASAP” sounds like an order; say when, kindly.%0AFix: Replace with “soon”.',
        '::warning file=docs/odd%3Aname%2C1.md,line=3,col=5,endLine=3,endColumn=12,title=empathy-lint/demo/no-synergy::Say <what> & "synergy" \'means\': 100%25, really,%0Afor the reader.%0ATry: Replace with “teamwork”.',
        '',
      ].join('\n'),
    );
    const clean = await p.run(['-f', 'github', 'kind.md']);
    expect([clean.code, clean.stdout]).toEqual([0, '']);
  });
});

describe.concurrent('-f checkstyle', () => {
  test('Checkstyle XML with every attribute escaped', async () => {
    const p = project({ 'a&b.md': 'Our synergy helps.\n' });
    const result = await p.run(['-f', 'checkstyle']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        `<file name="${p.dir}/a&amp;b.md">`,
        '<error line="1" column="5" severity="warning" message="Say &lt;what&gt; &amp; &quot;synergy&quot; &apos;means&apos;: 100%, really,&#10;for the reader. (demo/no-synergy)" source="empathy-lint.rules.demo/no-synergy" />',
        '</file>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });
});

const customFormatter = `export default function (results, context) {
  const lines = results.map((result) => \`\${result.filePath.slice(context.cwd.length + 1)}: \${result.messages.length}\`);
  return lines.join('\\n') + '\\n';
}
`;

describe.concurrent('third-party formatters', () => {
  test('load by path (relative to the working folder) or by package name, default-exporting a function', async () => {
    const p = project({
      'a.md': 'Reply ASAP.\n',
      'tools/count.mjs': customFormatter,
      'node_modules/empathy-lint-formatter-count/package.json': JSON.stringify({ name: 'empathy-lint-formatter-count', type: 'module', exports: './index.js' }),
      'node_modules/empathy-lint-formatter-count/index.js': customFormatter,
      'node_modules/@acme/empathy-formatter/package.json': JSON.stringify({ name: '@acme/empathy-formatter', main: 'main.cjs' }),
      'node_modules/@acme/empathy-formatter/main.cjs': 'module.exports = async (results) => `async ${results.length}\\n`;\n',
    });
    for (const name of ['./tools/count.mjs', 'empathy-lint-formatter-count', 'count']) {
      const result = await p.run(['-f', name, 'a.md']);
      expect([result.code, result.stdout, result.stderr], name).toEqual([1, 'a.md: 1\n', '']);
    }
    const scoped = await p.run(['-f', '@acme/empathy-formatter', 'a.md']);
    expect([scoped.code, scoped.stdout]).toEqual([1, 'async 1\n']);
  });

  test('an unknown format, a missing file or a module without a default function is exit 2 with one line', async () => {
    const p = project({ 'a.md': 'Hello.\n', 'tools/bad.mjs': 'export const format = () => "";\n' });
    expectOneLineError(await p.run(['-f', 'xml', 'a.md']), 'unknown format "xml"; use one of stylish, json, sarif, github, checkstyle, html, or the path or package name of a formatter');
    expectOneLineError(await p.run(['-f', './tools/missing.js', 'a.md']), `cannot find the formatter file ./tools/missing.js (looked in ${p.dir})`);
    expectOneLineError(await p.run(['-f', './tools/bad.mjs', 'a.md']), 'the formatter ./tools/bad.mjs must default-export a function (results, context) => string');
  });

  test('--help lists the built-in formats and the new flags', async () => {
    const p = project({});
    const help = await p.run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('stylish, json, sarif, github, checkstyle, html, or the path or package name of a formatter');
    for (const flag of ['--fix', '--fix-dry-run', '--fix-type', '--changed-since', '--cache', '--cache-location', '--concurrency']) expect(help.stdout).toContain(flag);
  });
});
