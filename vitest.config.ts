import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real browsers and package installs: `npm run test:e2e` (vitest.e2e.config.ts).
    exclude: ['test/e2e/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    // Test files share each thread's modules instead of loading the linter (parsers, rule data) afresh per
    // file: the suite runs in about a quarter of the time. No test file changes module state that another
    // reads; temporary folders live under the run's folder from test/global-setup.ts.
    isolate: false,
  },
});
