'use strict';
// Client-side evaluation with exposure tracking: every evaluation is buffered and shipped to the
// exposure collector in batches, so analytics can tell who saw which variant.
const config = require('./config');
const { evaluate } = require('./evaluate');

function createClient({ flags = {}, segments = {}, collectorUrl = config.collectorUrl, flushIntervalMs = 100, dedupe = false } = {}) {
  let buffer = [];
  const seen = new Set();
  let inflight = Promise.resolve();

  const flush = () => {
    if (buffer.length === 0) return inflight;
    const batch = buffer;
    buffer = [];
    inflight = inflight.then(async () => {
      const res = await fetch(`${collectorUrl}/exposures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(batch),
      });
      if (!res.ok) throw new Error(`collector answered ${res.status}`);
    });
    return inflight;
  };

  const timer = setInterval(() => {
    flush().catch(() => {});
  }, flushIntervalMs);

  return {
    evaluate(flagKey, ctx) {
      const result = evaluate(flags[flagKey], ctx, segments);
      const id = `${flagKey}:${ctx.userId}:${result.variant}`;
      if (!dedupe || !seen.has(id)) {
        seen.add(id);
        buffer.push({ flag: flagKey, userId: ctx.userId, variant: result.variant, at: Date.now() });
      }
      return result;
    },
    pending: () => buffer.length,
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}

module.exports = { createClient };
