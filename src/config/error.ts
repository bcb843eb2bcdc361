/** A configuration problem, with the key path it concerns. The loader adds the file and line. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** Key path such as `["rules", "no-pressure", 1, "allow"]`. */
    readonly keyPath: (string | number)[] = [],
    readonly filePath?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}
