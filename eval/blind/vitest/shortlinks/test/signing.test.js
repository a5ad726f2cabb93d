import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { sign, signBatch, verify } from '../src/signing.js';
import { randomCode } from '../src/links.js';

describe('signed links', () => {
  const saved = process.env.SIGNING_SECRET;
  afterEach(() => {
    if (saved === undefined) delete process.env.SIGNING_SECRET;
    else process.env.SIGNING_SECRET = saved;
  });

  test('reads the signing secret from the environment', () => {
    process.env.SIGNING_SECRET = 'rotated-2026-12';
    const tag = sign('launch');
    expect(verify('launch', tag, 'rotated-2026-12')).toBe(true);
    expect(verify('launch', tag, 'dev-secret')).toBe(false);
  });

  test('signs a campaign batch within the request budget', () => {
    // The bulk endpoint has to answer within 2 s, the gateway's timeout.
    const codes = Array.from({ length: 24 }, () => randomCode());
    const started = Date.now();
    const signed = signBatch(codes, 'campaign-secret');
    const elapsed = Date.now() - started;
    expect(signed).toHaveLength(24);
    expect(elapsed, `signing took ${elapsed} ms, over its budget of 2000 ms`).toBeLessThan(2000);
  });

  test('stores exported keys in a per-worker cache directory', () => {
    const dir = path.join(os.tmpdir(), `shortlinks-keys-${process.env.VITEST_POOL_ID}`);
    fs.mkdirSync(dir, { recursive: true });
    try {
      const file = path.join(dir, 'batch.json');
      fs.writeFileSync(file, JSON.stringify(signBatch(['a1', 'b2'], 'k')));
      expect(JSON.parse(fs.readFileSync(file, 'utf8')).map((s) => s.code)).toEqual(['a1', 'b2']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
