const fs = require('node:fs');
const config = require('./config');

function log(event, fields = {}) {
  fs.appendFileSync(config.logFile, JSON.stringify({ event, ...fields }) + '\n');
}

function readLog() {
  if (!fs.existsSync(config.logFile)) return [];
  return fs.readFileSync(config.logFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function rotate() {
  fs.writeFileSync(config.logFile, '');
}

module.exports = { log, readLog, rotate };
