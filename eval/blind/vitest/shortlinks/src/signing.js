// Signed links: the code plus an HMAC-like tag derived with PBKDF2 so tags cannot be brute-forced.
import { pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { config } from './config.js';

export const ITERATIONS = 60000;

export function sign(code, secret = config.signingSecret()) {
  return pbkdf2Sync(code, secret, ITERATIONS, 12, 'sha256').toString('base64url');
}

export function verify(code, tag, secret = config.signingSecret()) {
  const expected = Buffer.from(sign(code, secret));
  const given = Buffer.from(String(tag));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const signBatch = (codes, secret) => codes.map((code) => ({ code, tag: sign(code, secret) }));
