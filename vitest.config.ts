import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // eval/blind holds independent projects with their own test files: evaluated by `npm run eval:blind`, never collected here.
    exclude: ['test/fixtures/**', 'node_modules/**', 'eval/**'],
    globalSetup: ['test/support/global-setup.ts'],
    // Fixture suites spawn real test frameworks; two cores, so keep file-level parallelism low.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
