'use strict';

const seededFlags = [
  {
    key: 'checkout-v2',
    enabled: true,
    rules: [{ op: 'in', attr: 'country', value: ['NL', 'BE'], variant: 'treatment' }],
    rollout: 20,
  },
  { key: 'dark-mode', enabled: true, rollout: 50 },
  { key: 'search-ranking', enabled: false, offVariant: 'classic' },
];

/** A deterministic user directory: the same n users on every run. */
function users(n) {
  const countries = ['NL', 'BE', 'DE', 'FR', 'US', 'GB', 'SE'];
  const plans = ['free', 'team', 'enterprise'];
  const out = [];
  for (let i = 0; i < n; i += 1) {
    out.push({
      userId: `u${String(i).padStart(6, '0')}`,
      country: countries[(i * 3) % countries.length],
      plan: plans[(i * 13) % plans.length],
      appVersion: `${2 + (i % 3)}.${(i * 5) % 10}.${i % 4}`,
    });
  }
  return out;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check, timeoutMs = 4000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(20);
  }
}

module.exports = { seededFlags, users, sleep, waitUntil };
