import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.js'],
    globalSetup: ['./test/global-setup.js'],
    setupFiles: ['./test/setup.js'],
    testTimeout: 20000,
    hookTimeout: 20000,
  },
});
