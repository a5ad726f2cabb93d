'use strict';
// Makes sure the carrier mock is up and loads a fixture table into it.
const { spawn } = require('node:child_process');
const path = require('node:path');
const config = require('../../src/config');

const port = Number(new URL(config.carrierUrl).port);

async function healthy() {
  try {
    const res = await fetch(`${config.carrierUrl}/health`, { signal: AbortSignal.timeout(500) });
    return res.ok;
  } catch {
    return false;
  }
}

async function ensureCarrierMock() {
  if (await healthy()) return;
  const child = spawn(process.execPath, [path.join(__dirname, 'carrier-mock-server.js'), String(port)], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (await healthy()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('carrier mock did not start');
}

async function loadCarrierFixtures(shipments, { latencyMs = 0 } = {}) {
  const res = await fetch(`${config.carrierUrl}/__fixtures`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ shipments, latencyMs }),
  });
  if (!res.ok) throw new Error(`carrier mock answered ${res.status}`);
}

module.exports = { ensureCarrierMock, loadCarrierFixtures };
