// Exports land in the shared export directory; tests remove it so /tmp does not fill up.
const fs = require('node:fs');
const config = require('../src/config');

function cleanExports() {
  fs.rmSync(config.exportDir, { recursive: true, force: true });
}

module.exports = { cleanExports };
