import { ConfigLoader } from '../config/load.js';
import { buildRuleset } from '../config/resolve.js';
import { lintText } from '../api.js';
import { builtinRules } from '../../rules/index.js';
import { checkRuleExamples, formatExampleFailure, type ExampleFailure } from './examples.js';

/** What `testRules` reads and writes: the CLI's I/O, narrowed (this module must not import the CLI). */
export interface TestRulesIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
}

/**
 * `empathy-lint --test-rules`: run the examples of every rule that has phrase data (built-in rules, plugins'
 * rules and the config's house rules), print each failure with the file, line, entry id and example, and
 * return 1 when any failed, 0 when all pass.
 */
export async function testRules(io: TestRulesIO, configFile: string | undefined): Promise<number> {
  const loaded = await new ConfigLoader(io.cwd, builtinRules, io.env['HOME'] || undefined).load(configFile ? { configFile } : { searchFrom: io.cwd });
  const ruleset = buildRuleset(builtinRules, loaded.plugins);
  const everyRuleOff = Object.fromEntries([...ruleset.keys()].map((id) => [id, 'off' as const]));
  const lint = (text: string, ruleId: string, ruleOptions?: Record<string, unknown>) =>
    lintText(text, { syntax: 'text', config: { rules: { ...everyRuleOff, [ruleId]: ruleOptions ? ['warn', ruleOptions] : 'warn' } }, plugins: loaded.plugins });
  const failures: ExampleFailure[] = [];
  let rules = 0;
  let entries = 0;
  let examples = 0;
  for (const [id, rule] of ruleset) {
    const data = rule.meta.phrases;
    // A rule whose data holds word lists alone has no examples to run.
    if (!data || data.entries.length === 0) continue;
    rules++;
    entries += data.entries.length;
    for (const entry of data.entries) examples += entry.examples.invalid.length + (entry.examples.valid?.length ?? 0);
    failures.push(...(await checkRuleExamples(id, rule, lint)));
  }
  for (const failure of failures) io.stdout.write(`${formatExampleFailure(failure)}\n`);
  const counted = `${examples} example${examples === 1 ? '' : 's'} of ${entries} phrase entr${entries === 1 ? 'y' : 'ies'} in ${rules} rule${rules === 1 ? '' : 's'}`;
  io.stdout.write(failures.length === 0 ? `All ${counted} pass.\n` : `${failures.length} of ${counted} failed.\n`);
  return failures.length === 0 ? 0 : 1;
}
