'use strict';
// A small JSON-file flag store: the whole document is read and rewritten on every change, which is
// plenty for a few hundred flags and keeps the file human-editable.
const fs = require('node:fs');
const path = require('node:path');
const config = require('./config');

const KEY_RE = /^[a-z][a-z0-9-]{1,62}$/;

class FlagError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

function validate(def) {
  if (!def || typeof def.key !== 'string' || !KEY_RE.test(def.key)) {
    throw new FlagError(`invalid flag key: ${JSON.stringify(def && def.key)}`, 400);
  }
  if (def.rollout !== undefined && (typeof def.rollout !== 'number' || def.rollout < 0 || def.rollout > 100)) {
    throw new FlagError(`rollout must be a percentage, got ${def.rollout}`, 400);
  }
  for (const rule of def.rules || []) {
    if (!['eq', 'in', 'in-segment', 'semver-gte'].includes(rule.op)) throw new FlagError(`unknown rule operator ${rule.op}`, 400);
  }
}

function readAll(file = config.storeFile) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return { flags: {} };
    throw err;
  }
}

function writeAll(db, file = config.storeFile) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(db, null, 2));
}

function isLive(flag, now) {
  return !flag.expiresAt || flag.expiresAt > now;
}

function reset() {
  writeAll({ flags: {} });
}

function createFlag(def, now = Date.now()) {
  validate(def);
  const db = readAll();
  const existing = db.flags[def.key];
  if (existing && isLive(existing, now)) throw new FlagError(`flag ${def.key} already exists`, 409);
  const { ttlMs, ...rest } = def;
  const flag = {
    enabled: true,
    rules: [],
    archived: false,
    ...rest,
    version: 1,
    createdAt: new Date(now).toISOString(),
  };
  if (ttlMs) flag.expiresAt = now + ttlMs;
  db.flags[def.key] = flag;
  writeAll(db);
  return flag;
}

function getFlag(key, now = Date.now()) {
  const flag = readAll().flags[key];
  return flag && isLive(flag, now) ? flag : null;
}

function updateFlag(key, patch, now = Date.now()) {
  const db = readAll();
  const flag = db.flags[key];
  if (!flag || !isLive(flag, now)) throw new FlagError(`unknown flag ${key}`, 404);
  const next = { ...flag, ...patch, key, version: flag.version + 1 };
  validate(next);
  db.flags[key] = next;
  writeAll(db);
  return next;
}

function archiveFlag(key) {
  return updateFlag(key, { archived: true, enabled: false });
}

function listFlags({ includeArchived = false, now = Date.now() } = {}) {
  return Object.values(readAll().flags)
    .filter((f) => isLive(f, now) && (includeArchived || !f.archived))
    .sort((a, b) => a.key.localeCompare(b.key));
}

module.exports = { FlagError, validate, reset, createFlag, getFlag, updateFlag, archiveFlag, listFlags };
