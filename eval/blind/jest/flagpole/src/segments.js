'use strict';
// Segments are named rule sets over the user directory. Compiling them to member lists is slow, so
// the result is cached on disk and the edge evaluators load the cache.
const fs = require('node:fs');
const path = require('node:path');
const config = require('./config');
const { matches } = require('./evaluate');

function compileSegments(defs, users) {
  const out = {};
  for (const [name, def] of Object.entries(defs)) {
    for (const rule of def.rules) {
      if (!['eq', 'in', 'semver-gte'].includes(rule.op)) throw new Error(`segment ${name}: unsupported operator ${rule.op}`);
    }
    const members = [];
    for (const user of users) {
      const ok = def.match === 'any' ? def.rules.some((r) => matches(r, user, {})) : def.rules.every((r) => matches(r, user, {}));
      if (ok) members.push(user.userId);
    }
    out[name] = members.sort();
  }
  return out;
}

function writeCompiled(compiled, file = config.segmentCache) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ compiledAt: new Date().toISOString(), segments: compiled }));
}

function loadCompiled(file = config.segmentCache) {
  return JSON.parse(fs.readFileSync(file, 'utf8')).segments;
}

module.exports = { compileSegments, writeCompiled, loadCompiled };
