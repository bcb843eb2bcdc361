/**
 * One temporary folder for the whole run, removed at its end: test projects are made inside it, so nothing is
 * left behind however the test files share modules (test files run without isolation, see vitest.config.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's temporary folder (real path). */
    temporaryRoot: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'empathy-tests-')));
  project.provide('temporaryRoot', root);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
