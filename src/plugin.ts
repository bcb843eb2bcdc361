/**
 * What a rule or plugin needs, and nothing else: `import { defineRule, phrase } from 'empathy-lint/plugin'`.
 * This is the rule kit (src/kit/index.ts), the same API the built-in rules are written with; docs/rule-kit.md
 * lists it. The command line loads plugins while it runs, so this entry stays small (it loads no parser,
 * formatter or engine module); the package's main entry exports the same names alongside the rest of the library.
 */
export * from './kit/index.js';
