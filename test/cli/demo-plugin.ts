/**
 * A small plugin for the pipeline tests, so they do not depend on the wording of the built-in rules (which
 * other people are still writing). Its rules, named `demo/<id>`:
 * - `no-asap` (error): "ASAP", with a safe fix to "soon";
 * - `no-demand` (warn): "Reply ASAP", with a safe fix that overlaps `no-asap`'s;
 * - `no-synergy` (warn): "synergy", with a suggestion (not a safe fix) of "teamwork";
 * - `trace` (reports nothing): when a file `trace.log` exists beside the plugin, appends to it the path of
 *   every file it sees, which tells a test which files were really linted (the cache skips some);
 * - `touch` (reports nothing; on only with `{ touch: true }`): appends a line to the file being linted, as
 *   an editor saving the file during a `--fix` run would.
 * They are switched by files and config, not by environment variables, so that they work the same in a
 * spawned binary, in its worker threads and in a run inside the test process.
 */
import { builtinRuleIds } from './helpers.js';

export const demoPlugin = `import fs from 'node:fs';

function finder(word, options) {
  return {
    meta: {
      id: options.id,
      description: options.description,
      level: options.level,
      fix: options.safe ? 'safe' : 'suggest',
      messages: { found: options.message },
    },
    create(context) {
      return {
        sentence(sentence) {
          let at = sentence.text.indexOf(word);
          while (at >= 0) {
            context.report({
              sentence,
              start: at,
              end: at + word.length,
              messageId: 'found',
              data: { word },
              suggestions: [{ text: options.replacement }],
              safeFix: options.safe,
            });
            at = sentence.text.indexOf(word, at + word.length);
          }
        },
      };
    },
  };
}

export default {
  name: 'demo',
  rules: {
    'no-asap': finder('ASAP', {
      id: 'no-asap',
      description: 'Deadlines shouted in capitals.',
      level: 'error',
      safe: true,
      replacement: 'soon',
      message: '“{word}” sounds like an order; say when, kindly.',
    }),
    'no-demand': finder('Reply ASAP', {
      id: 'no-demand',
      description: 'Demands.',
      level: 'warn',
      safe: true,
      replacement: 'Reply when you can',
      message: '“{word}” is a demand.',
    }),
    'no-synergy': finder('synergy', {
      id: 'no-synergy',
      description: 'Business jargon.',
      level: 'warn',
      safe: false,
      replacement: 'teamwork',
      message: 'Say what “{word}” means for the reader.',
    }),
    trace: {
      meta: { id: 'trace', description: 'Records which files were linted.', level: 'warn', messages: {} },
      create(context) {
        const trace = new URL('./trace.log', import.meta.url);
        if (fs.existsSync(trace)) fs.appendFileSync(trace, context.filePath + '\\n');
        return {};
      },
    },
    touch: {
      meta: { id: 'touch', description: 'Edits the file while it is linted.', level: 'warn', messages: {} },
      create(context) {
        if (context.filePath) fs.appendFileSync(context.filePath, 'Saved meanwhile.\\n');
        return {};
      },
    },
  },
};
`;

/** A config that turns every built-in rule off and the demo rules on (`touch` only when asked). */
export function demoConfig(extra: Record<string, unknown> = {}, options: { touch?: boolean } = {}): Record<string, unknown> {
  return {
    plugins: ['./demo-plugin.mjs'],
    rules: {
      ...Object.fromEntries(builtinRuleIds().map((id) => [id, 'off'])),
      'demo/no-asap': 'error',
      'demo/no-synergy': 'warn',
      'demo/no-demand': 'off',
      'demo/trace': 'warn',
      'demo/touch': options.touch ? 'warn' : 'off',
      ...extra,
    },
  };
}

/** Files for a Project: the plugin and a config using it. */
export function demoFiles(extra: Record<string, unknown> = {}, options: { touch?: boolean } = {}): Record<string, string | object> {
  return { 'demo-plugin.mjs': demoPlugin, '.empathyrc.json': demoConfig(extra, options) };
}
