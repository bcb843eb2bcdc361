import { defineConfig } from 'vitest/config';

// The end-to-end checks that drive real programs (a browser, npm installing the packed tarball, the pre-commit
// tool installing the hook from a git repository): slower than
// the main suite, so they run on their own with `npm run test:e2e` (CI runs both, see .ci/run).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
