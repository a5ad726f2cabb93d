'use strict';
// Settings, overridable from the environment. Defaults are a developer machine's.
const path = require('node:path');

const home = process.env.DOCKYARD_HOME || '/tmp/i17b-dockyard';

module.exports = {
  home,
  storeFile: path.join(home, 'shipments.json'),
  exportDir: path.join(home, 'exports'),
  laneIndexFile: path.join(home, 'index', 'lanes.json'),
  carrierUrl: process.env.DOCKYARD_CARRIER_URL || 'http://127.0.0.1:47251',
  statsCacheMs: Number(process.env.DOCKYARD_STATS_CACHE_MS || 200),
  planBudgetMs: Number(process.env.DOCKYARD_PLAN_BUDGET_MS || 400),
};
