import type { ArtifactLocation, Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { LintMessage, RuleLevel, RuleMeta } from '../types.js';
import { wholeReport, type Formatter, type FormatterContext, type StreamingFormatter } from './types.js';
import { fileUri, folderUri } from './paths.js';

/** Where the SARIF 2.1.0 schema lives; editors and GitHub recognise this address. */
const schemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
const informationUri = 'https://github.com/empathy-lint/empathy-lint';
/** The base that relative artifact URIs are resolved against: the working folder of the run. */
const baseId = '%SRCROOT%';

/**
 * Findings without a rule (copy the parser could not read, a control comment naming no rule) still need a
 * rule in SARIF: GitHub code scanning groups alerts by rule, so they get this one.
 */
const noticeRuleId = 'linter-notice';
const noticeRule: SarifRule = {
  id: noticeRuleId,
  name: 'LinterNotice',
  shortDescription: { text: 'A note from empathy-lint itself rather than from a rule.' },
  fullDescription: {
    text: 'empathy-lint could not read part of the file as copy, or a control comment names a rule that does not exist. The message says which, and what to change.',
  },
  help: {
    text: 'Read the message: it names the part of the file or the control comment, and what to change so that the whole file is checked.',
    markdown: 'Read the message: it names the part of the file or the control comment, and what to change so that the whole file is checked.',
  },
  helpUri: informationUri,
  defaultConfiguration: { level: 'warning' },
};

/** A rule descriptor as empathy-lint always fills it. */
type SarifRule = ReportingDescriptor & Required<Pick<ReportingDescriptor, 'name' | 'shortDescription' | 'fullDescription' | 'help' | 'helpUri'>>;

function level(ruleLevel: RuleLevel): 'none' | 'warning' | 'error' {
  return ruleLevel === 'error' ? 'error' : ruleLevel === 'warn' ? 'warning' : 'none';
}

/** "no-hollow-apology" -> "NoHollowApology": SARIF's `name` is an identifier-like label. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function ruleDescriptor(id: string, meta: RuleMeta<unknown> | undefined): SarifRule {
  if (!meta) {
    // A rule that reported but whose metadata the caller did not pass (an API caller's own rule set).
    return {
      id,
      name: pascalCase(id),
      shortDescription: { text: `The ${id} rule.` },
      fullDescription: { text: `The ${id} rule.` },
      help: { text: `See the documentation of ${id}.` },
      helpUri: informationUri,
      defaultConfiguration: { level: 'warning' },
    };
  }
  const helpUri = meta.url ?? informationUri;
  const fix = meta.fix === 'safe' ? ' `empathy-lint --fix` rewrites the safe cases for you.' : meta.fix === 'suggest' ? ' Each finding comes with a suggested rewrite.' : '';
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: {
      text: `${meta.description}${fix.replace(/`/g, '')} Examples of what it catches, and kinder rewrites: ${helpUri}`,
      markdown: `${meta.description}${fix}\n\n[Examples of what it catches, and kinder rewrites](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: level(meta.level) },
    ...(meta.fix ? { properties: { fix: meta.fix } } : {}),
  };
}

function location(artifact: ArtifactLocation, message: LintMessage): Location {
  return {
    physicalLocation: {
      artifactLocation: artifact,
      region: {
        startLine: Math.max(1, message.line),
        startColumn: Math.max(1, message.column),
        endLine: Math.max(1, message.endLine, message.line),
        endColumn: Math.max(1, message.endLine > message.line ? message.endColumn : Math.max(message.endColumn, message.column)),
      },
    },
  };
}

function messageText(message: LintMessage): string {
  const suggestion = message.suggestions?.[0];
  if (!suggestion) return message.message;
  return `${message.message} (${message.fix ? 'fix' : 'try'}: ${suggestion.desc})`;
}

function artifactFor(filePath: string, context: FormatterContext): ArtifactLocation {
  const { uri, relativeToBase } = fileUri(filePath, context.cwd);
  return relativeToBase ? { uri, uriBaseId: baseId } : { uri };
}

/** How deep `results` sits in the log: each result's lines are indented this much in the pretty-printed file. */
const resultIndent = ' '.repeat(8);

/**
 * SARIF 2.1.0, one run: the tool with every rule that reported (id, descriptions, help, `helpUri`), and one
 * result per finding with its rule, level, message and region. Lines and columns are 1-based, columns count
 * UTF-16 code units, and `endColumn` is the column after the last character, as SARIF defines them. A safe
 * fix becomes a SARIF `fix` whose replacement is given in character offsets of the file as it was read
 * (after a byte order mark, if any). A file that could not be linted is a `toolExecutionNotifications` entry
 * at error level with the file's location, and makes `executionSuccessful` false (as does `runFailed`).
 *
 * The rules and notifications come before the results in the file, so the header is written last.
 */
export const sarifWriter: StreamingFormatter = (context) => {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (ruleId: string | null): { id: string; index: number } => {
    const id = ruleId ?? noticeRuleId;
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.length;
      rules.push(ruleId === null ? noticeRule : ruleDescriptor(id, context.rulesMeta[id]));
      ruleIndex.set(id, index);
    }
    return { id, index };
  };

  const notifications: Notification[] = [];
  let successful = true;
  let resultCount = 0;
  /** The log up to `"results": [` and after its `]`, split where the results go. */
  const frame = (): { before: string; after: string } => {
    const log: Log = {
      $schema: schemaUri,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'empathy-lint',
              ...(context.version ? { version: context.version, semanticVersion: context.version } : {}),
              informationUri,
              rules,
            },
          },
          invocations: [{ executionSuccessful: successful && context.runFailed !== true, toolExecutionNotifications: notifications }],
          originalUriBaseIds: { [baseId]: { uri: folderUri(context.cwd) } },
          columnKind: 'utf16CodeUnits',
          results: [],
        },
      ],
    };
    const text = JSON.stringify(log, null, 2) + '\n';
    // `results` is the run's last key; inside strings a quote is escaped, so this marker is the key itself.
    const split = text.lastIndexOf('"results": []') + '"results": ['.length;
    return { before: text.slice(0, split), after: text.slice(split) };
  };

  return {
    file(result) {
      const artifact = artifactFor(result.filePath, context);
      if (result.skipped || result.fatal) {
        if (result.fatal) successful = false;
        notifications.push({
          level: result.fatal ? 'error' : 'note',
          message: { text: result.fatal ? `The file could not be linted: ${result.fatal}.` : `The file was skipped: ${result.skipped}.` },
          locations: [{ physicalLocation: { artifactLocation: artifact } }],
        });
        return '';
      }
      let text = '';
      for (const message of result.messages) {
        const rule = indexOf(message.ruleId);
        const fix = message.fix;
        const sarifResult: Result = {
          ruleId: rule.id,
          ruleIndex: rule.index,
          level: message.severity === 2 ? 'error' : 'warning',
          message: { text: messageText(message) },
          locations: [location(artifact, message)],
          ...(fix
            ? {
                fixes: [
                  {
                    description: { text: message.suggestions?.[0]?.desc ?? `Replace with “${fix.text}”.` },
                    artifactChanges: [
                      {
                        artifactLocation: artifact,
                        replacements: [
                          {
                            deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] },
                            ...(fix.text ? { insertedContent: { text: fix.text } } : {}),
                          },
                        ],
                      },
                    ],
                  },
                ],
              }
            : {}),
        };
        // Exactly as JSON.stringify(log, null, 2) prints an element of the results array.
        text += `${resultCount === 0 ? '\n' : ',\n'}${resultIndent}${JSON.stringify(sarifResult, null, 2).replace(/\n/g, `\n${resultIndent}`)}`;
        resultCount++;
      }
      return text;
    },
    header: () => frame().before,
    footer: () => (resultCount === 0 ? '' : `\n${resultIndent.slice(2)}`) + frame().after,
  };
};

/** `sarifWriter` as a pure function of all the results. */
export const sarif: Formatter = wholeReport(sarifWriter);
