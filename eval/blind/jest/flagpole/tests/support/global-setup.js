const fs = require('node:fs');
const { startCollector } = require('./fake-collector');
const config = require('../../src/config');

module.exports = async function globalSetup() {
  // Start every run from an empty data directory: leftovers from an earlier run hide bugs.
  fs.rmSync(config.home, { recursive: true, force: true });
  fs.mkdirSync(config.home, { recursive: true });
  const collector = await startCollector();
  process.env.FLAGPOLE_COLLECTOR_URL = `http://127.0.0.1:${collector.address().port}`;
  globalThis.__FLAGPOLE_COLLECTOR__ = collector;
};
