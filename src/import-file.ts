/**
 * Load a user's module (a plugin, a formatter, a JavaScript config) by its file URL.
 *
 * Every `import()` of a file named at run time goes through here. The command's bundle runs as a script with a
 * compile cache (see bin/empathy-lint.js), where a bare `import()` cannot work: the bundle build puts the
 * binary's own `import()` in place of this one.
 */
export function importFile(url: string): Promise<unknown> {
  return import(url);
}
