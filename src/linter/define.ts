import type { Rule } from '../types.js';

/** The base of every rule's documentation link. */
export const docsBase = 'https://github.com/empathy-lint/empathy-lint/blob/main/rules/';

/**
 * Declare a rule with full type checking of its meta and visitors. Built-in rules and plugins use the same
 * function.
 */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(rule.meta.id)) {
    throw new Error(`rule id "${rule.meta.id}" must be kebab-case`);
  }
  return rule;
}
