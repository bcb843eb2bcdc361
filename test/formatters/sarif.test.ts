// -f sarif through the built binary: the log validates against the official SARIF 2.1.0 schema and carries
// what GitHub code scanning needs (rules with descriptions and help, results with rule, level, message and a
// relative location with a 1-based region).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FORMULAIC, HOLLOW, Project, type JsonResult, onlyHollow, repoRoot } from '../cli/helpers.js';
import { demoConfig, demoPlugin } from '../cli/demo-plugin.js';

const require = createRequire(import.meta.url);
// The schema is draft-04, so it takes Ajv's draft-04 class; ajv-formats checks its uri and date-time formats.
const Ajv04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// unicodeRegExp: false, because the published schema's `language` pattern is not valid with the u flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const valid = validate(log);
  expect(valid ? [] : validate.errors).toEqual([]);
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion } }[];
  fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent?: { text: string } }[] }[] }[];
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri: string;
}
interface SarifLog {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; version?: string; informationUri: string; rules: SarifRule[] } };
    results: SarifResult[];
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
  }[];
}

describe.concurrent('-f sarif', () => {
  test('validates against the SARIF 2.1.0 schema and has GitHub code scanning’s required fields', async () => {
    // The stock apology is reported even though the document asks for a reply.
    const config = demoConfig({ [HOLLOW]: ['warn', { allowWithFix: false }] });
    const p = new Project({
      'demo-plugin.mjs': demoPlugin,
      '.empathyrc.json': config,
      '.empathyignore': 'drafts/\n',
      'docs/a b#1.md': `# Update\n\nPlease reply ASAP about the synergy.\n\n${FORMULAIC}\n`,
      'reply.txt': `Hello,\r\n\r\nReply ASAP.\r\n<!-- empathy-disable no-such-rule -->\r\n`,
      'drafts/skip.md': 'Reply ASAP.\n',
      'clean.md': 'Thanks for waiting.\n',
    });
    const run = await p.run(['-f', 'sarif', '.', 'drafts/skip.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expectValid(log);

    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    const driver = sarifRun!.tool.driver;
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(driver).toMatchObject({ name: 'empathy-lint', version: manifest.version, informationUri: expect.stringMatching(/^https:\/\//) });
    // Only the rules that reported, in order of first report; plugin rules keep their metadata.
    expect(driver.rules.map((rule) => rule.id)).toEqual(['demo/no-asap', 'demo/no-synergy', HOLLOW, 'linter-notice']);
    expect(driver.rules[1]!.shortDescription.text).toBe('Business jargon.');
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toMatch(/^https:\/\//);
    }
    expect(driver.rules[2]!.helpUri).toMatch(/no-hollow-apology\/readme\.md$/);

    // The same findings as -f json, one result each, at the same places.
    const json = await p.json(['.', 'drafts/skip.md']);
    const expected = json.results.flatMap((result: JsonResult) =>
      result.messages.map((message) => ({
        uri: path.relative(p.dir, result.filePath).split(path.sep).map(encodeURIComponent).join('/'),
        ruleId: message.ruleId ?? 'linter-notice',
        level: message.severity === 2 ? 'error' : 'warning',
        region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
      })),
    );
    const results = sarifRun!.results;
    expect(
      results.map((result) => ({
        uri: result.locations[0]!.physicalLocation.artifactLocation.uri,
        ruleId: result.ruleId,
        level: result.level,
        region: result.locations[0]!.physicalLocation.region,
      })),
    ).toEqual(expected);
    for (const result of results) {
      expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.message.text.length).toBeGreaterThan(0);
      const location = result.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    expect(results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('docs/a%20b%231.md');
    expect(sarifRun!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${p.dir}/`);

    // A fix only where a safe fix exists, as a replacement of the reported range.
    const withFixes = results.filter((result) => result.fixes);
    expect(withFixes.map((result) => result.ruleId)).toEqual(['demo/no-asap', 'demo/no-asap']);
    const source = p.read('docs/a b#1.md');
    const replacement = withFixes[0]!.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    expect(source.substr(replacement.deletedRegion.charOffset, replacement.deletedRegion.charLength)).toBe('ASAP');
    expect(replacement.insertedContent?.text).toBe('soon');

    // The explicitly named, ignored file is a notification, not a result.
    expect(sarifRun!.invocations[0]!.executionSuccessful).toBe(true);
    expect(sarifRun!.invocations[0]!.toolExecutionNotifications.map((note) => [note.level, note.message.text])).toEqual([
      ['note', `The file was skipped: ignored by .empathyignore.`],
    ]);
  });

  test('a clean run is a valid log with no results, and errors map to level "error"', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('error') }, 'kind.md': 'Thanks for waiting.\n', 'sorry.md': `${FORMULAIC}\n` });
    const clean = await p.run(['-f', 'sarif', 'kind.md']);
    expect(clean.code).toBe(0);
    const cleanLog = JSON.parse(clean.stdout) as SarifLog;
    expectValid(cleanLog);
    expect(cleanLog.runs[0]!.results).toEqual([]);
    expect(cleanLog.runs[0]!.tool.driver.rules).toEqual([]);

    const errors = await p.run(['-f', 'sarif', '-o', 'out/report.sarif', 'sorry.md']);
    expect([errors.code, errors.stdout]).toEqual([1, '']);
    const log = JSON.parse(p.read('out/report.sarif')) as SarifLog;
    expectValid(log);
    expect(log.runs[0]!.results.map((result) => result.level)).toEqual(['error']);
  });

  test('the validator is really checking: a broken log fails', () => {
    const broken = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }],
    };
    expect(validate(broken)).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });
});
