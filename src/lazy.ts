import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import type * as Yaml from 'yaml';
import type Picomatch from 'picomatch';
import type SafeRegex from 'safe-regex2';

// Modules that only some runs need, loaded synchronously on first use (all ship CommonJS builds), so that
// a run which does not need them never pays for loading them.
const require = createRequire(import.meta.url);

let zod: typeof Zod | undefined;
let yaml: typeof Yaml | undefined;
let picomatch: typeof Picomatch | undefined;
let safeRegex: typeof SafeRegex | undefined;

/**
 * zod. Built-in rules build their option schemas through this, inside `meta.schema` functions, so a run
 * whose config gives no rule options never loads it.
 */
export function lazyZod(): typeof Zod.z {
  zod ??= require('zod') as typeof Zod;
  return zod.z;
}

/** yaml, for locating errors in config files. */
export function lazyYaml(): typeof Yaml {
  yaml ??= require('yaml') as typeof Yaml;
  return yaml;
}

/** picomatch, for the globs of `overrides` and `catalogs`. */
export function lazyPicomatch(): typeof Picomatch {
  picomatch ??= require('picomatch') as typeof Picomatch;
  return picomatch;
}

/** safe-regex2, for the `/patterns/` of `llm.redact`, which run on every section before anything is sent. */
export function lazySafeRegex(): typeof SafeRegex {
  safeRegex ??= require('safe-regex2') as typeof SafeRegex;
  return safeRegex;
}
