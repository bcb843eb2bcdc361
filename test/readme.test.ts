import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the exact output of its example command', () => {
    const block = /<!-- example-output:start -->\n```text\n([\s\S]*?)```\n<!-- example-output:end -->/.exec(readme);
    expect(block, 'README has an example-output block').not.toBeNull();
    let output: string;
    try {
      output = execFileSync(process.execPath, [path.join(root, 'bin', 'empathy-lint.js'), 'examples/outage-update.txt'], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
      });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    expect(output).toContain('✖');
    expect(output).toBe(block![1]);
  });

  it('starts with the two commands that install and test', () => {
    const firstScreen = readme.split('\n').slice(0, 15).join('\n');
    expect(firstScreen).toContain('npm install && npx empathy-lint examples');
    expect(firstScreen).toContain('npm test');
  });
});
