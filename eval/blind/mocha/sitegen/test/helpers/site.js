// Shared test helpers: a clean output directory per test file.
const fs = require('node:fs');
const config = require('../../src/config');

// Start from an empty public/: leftovers of an earlier build would hide missing pages.
function prepareOutDir() {
  fs.rmSync(config.outDir, { recursive: true, force: true });
  fs.mkdirSync(config.outDir, { recursive: true });
}

function removeOutDir() {
  fs.rmSync(config.outDir, { recursive: true, force: true });
}

module.exports = { prepareOutDir, removeOutDir };
