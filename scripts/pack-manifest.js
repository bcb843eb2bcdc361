// The packed package.json carries no `prepare` script. In this repository `prepare` builds dist/ after
// `npm install`; in an installed package there is nothing to build, and npm 11 reports `prepare` of a package
// installed from a tarball file or git as an install script waiting for approval. `prepack` builds, then runs
// this with `strip`; `postpack` runs it with `restore`, which puts the original file back byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = path.join(root, 'package.json');
const backup = path.join(root, 'node_modules', '.cache', 'empathy-lint', 'package.json.before-pack');

const action = process.argv[2];
if (action === 'strip') {
  // A backup left by a pack that failed half way is the original: keep it rather than back up the stripped file.
  if (!fs.existsSync(backup)) {
    fs.mkdirSync(path.dirname(backup), { recursive: true });
    fs.copyFileSync(manifest, backup);
  }
  const text = fs.readFileSync(backup, 'utf8');
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  fs.writeFileSync(manifest, JSON.stringify(pkg, null, 2) + '\n');
} else if (action === 'restore') {
  if (fs.existsSync(backup)) {
    fs.copyFileSync(backup, manifest);
    fs.rmSync(backup);
  }
} else {
  console.error('usage: node scripts/pack-manifest.js strip|restore');
  process.exitCode = 2;
}
