'use strict';
// Flag evaluation: pure functions of a flag, a user context and the compiled segments.
const crypto = require('node:crypto');

/** A stable bucket in [0, 100) for a user and a flag, so a rollout is sticky per user. */
function bucket(flagKey, userId) {
  const digest = crypto.createHash('sha1').update(`${flagKey}:${userId}`).digest();
  return (digest.readUInt32BE(0) % 10000) / 100;
}

function compareSemver(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

function matches(rule, ctx, segments) {
  switch (rule.op) {
    case 'eq':
      return ctx[rule.attr] === rule.value;
    case 'in':
      return Array.isArray(rule.value) && rule.value.includes(ctx[rule.attr]);
    case 'in-segment':
      return (segments[rule.value] || []).includes(ctx.userId);
    case 'semver-gte':
      return ctx[rule.attr] !== undefined && compareSemver(ctx[rule.attr], rule.value) >= 0;
    default:
      return false;
  }
}

function evaluate(flag, ctx, segments = {}) {
  if (!flag || flag.archived) return { enabled: false, variant: 'off', reason: 'missing' };
  if (!flag.enabled) return { enabled: false, variant: flag.offVariant || 'off', reason: 'disabled' };
  for (const rule of flag.rules || []) {
    if (matches(rule, ctx, segments)) return { enabled: true, variant: rule.variant || 'on', reason: 'rule' };
  }
  if (typeof flag.rollout === 'number') {
    const inRollout = bucket(flag.key, ctx.userId) < flag.rollout;
    return { enabled: inRollout, variant: inRollout ? 'on' : 'off', reason: 'rollout' };
  }
  return { enabled: true, variant: 'on', reason: 'default' };
}

module.exports = { bucket, compareSemver, matches, evaluate };
