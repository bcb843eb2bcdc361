import { defineConfig } from 'vitest/config';

// The fuzz suite (`npm run fuzz`): its own files and a budget of its own, apart from `npm test`.
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    pool: 'threads',
    isolate: false,
  },
});
