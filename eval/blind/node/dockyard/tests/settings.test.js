'use strict';
const { describe, test, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const CONFIG = require.resolve('../src/config');
const saved = { ...process.env };

function freshConfig() {
  delete require.cache[CONFIG];
  return require('../src/config');
}

describe('settings', () => {
  // This process's environment only, put back after every test.
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    delete require.cache[CONFIG];
  });

  test('defaults to the developer data directory', () => {
    delete process.env.DOCKYARD_HOME;
    assert.equal(freshConfig().storeFile, '/tmp/i17b-dockyard/shipments.json');
  });

  test('moves every data file under DOCKYARD_HOME', () => {
    process.env.DOCKYARD_HOME = '/srv/dockyard';
    const config = freshConfig();
    assert.equal(path.dirname(config.storeFile), '/srv/dockyard');
    assert.equal(config.laneIndexFile, '/srv/dockyard/index/lanes.json');
  });

  test('reads the planning budget from the environment', () => {
    process.env.DOCKYARD_PLAN_BUDGET_MS = '900';
    assert.equal(freshConfig().planBudgetMs, 900);
  });
});
