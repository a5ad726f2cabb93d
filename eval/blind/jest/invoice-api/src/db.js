// A tiny JSON-file store: good enough for a single-instance service.
const fs = require('node:fs/promises');
const path = require('node:path');
const config = require('./config');

const EMPTY = { seq: 0, invoices: [] };

async function read() {
  try {
    return JSON.parse(await fs.readFile(config.dbFile, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return structuredClone(EMPTY);
    throw err;
  }
}

async function write(data) {
  await fs.mkdir(path.dirname(config.dbFile), { recursive: true });
  await fs.writeFile(config.dbFile, JSON.stringify(data, null, 2));
}

async function reset() {
  await write(structuredClone(EMPTY));
}

async function update(fn) {
  const data = await read();
  const result = await fn(data);
  await write(data);
  return result;
}

module.exports = { read, write, reset, update };
