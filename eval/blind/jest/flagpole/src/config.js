'use strict';
// Runtime configuration. Everything can be overridden from the environment; the defaults are what
// the service uses on a developer machine.
const path = require('node:path');

const home = process.env.FLAGPOLE_HOME || '/tmp/i17b-flagpole';

module.exports = {
  home,
  storeFile: path.join(home, 'flags.json'),
  segmentCache: path.join(home, 'cache', 'segments.compiled.json'),
  port: Number(process.env.FLAGPOLE_PORT || 47210),
  collectorUrl: process.env.FLAGPOLE_COLLECTOR_URL || 'http://127.0.0.1:47211',
  readCacheMs: Number(process.env.FLAGPOLE_READ_CACHE_MS || 150),
  heartbeatMs: Number(process.env.FLAGPOLE_HEARTBEAT_MS || 400),
};
