'use strict';
// Manifest fingerprints for the carrier's audit: a slow key-derivation hash per file, one worker
// thread per manifest so a batch finishes in about the time of its largest file.
const { Worker } = require('node:worker_threads');
const crypto = require('node:crypto');

const ITERATIONS = 60000;

function fingerprint(text) {
  return crypto.pbkdf2Sync(text, 'dockyard-manifest', ITERATIONS, 32, 'sha256').toString('hex');
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const out = workerData.chunks.map((t) => crypto.pbkdf2Sync(t, 'dockyard-manifest', workerData.iterations, 32, 'sha256').toString('hex'));
parentPort.postMessage(out);
`;

function fingerprintInWorker(chunks) {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { chunks, iterations: ITERATIONS } });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

/** Fingerprints of every manifest, each file's rows hashed in its own worker. */
async function fingerprintAll(manifests) {
  const results = await Promise.all(manifests.map((rows) => fingerprintInWorker(rows)));
  return results;
}

module.exports = { fingerprint, fingerprintAll, ITERATIONS };
