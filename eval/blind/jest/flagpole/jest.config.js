module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.js'],
  setupFiles: ['<rootDir>/tests/support/setup-env.js'],
  globalSetup: '<rootDir>/tests/support/global-setup.js',
  globalTeardown: '<rootDir>/tests/support/global-teardown.js',
  // Same file order on every machine and every run, so CI logs can be compared line by line.
  testSequencer: '<rootDir>/tests/support/sequencer.js',
  testTimeout: 10000,
};
