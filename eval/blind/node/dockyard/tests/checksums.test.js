'use strict';
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { fingerprint, fingerprintAll } = require('../src/checksum');
const { shipments, manifestCsv } = require('./support/data');

describe('manifest fingerprints', () => {
  test('fingerprints are stable and differ per manifest', () => {
    const a = manifestCsv(shipments(3));
    assert.equal(fingerprint(a), fingerprint(a));
    assert.notEqual(fingerprint(a), fingerprint(manifestCsv(shipments(3, { start: 1 }))));
  });

  test('fingerprints a batch of manifests in worker threads', async () => {
    const manifests = Array.from({ length: 24 }, (_, m) =>
      Array.from({ length: 3 }, (_, k) => manifestCsv(shipments(20, { start: m * 1000 + k * 20 }))),
    );
    const results = await fingerprintAll(manifests);
    assert.equal(results.length, 24);
    assert.equal(results[2][1], fingerprint(manifests[2][1]));
    assert.equal(new Set(results.flat()).size, 72);
  });
});
