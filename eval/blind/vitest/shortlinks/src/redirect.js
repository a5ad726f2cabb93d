import { performance } from 'node:perf_hooks';
import { increment, timing } from './metrics.js';
import * as store from './store.js';

// Clicks are queued for the analytics pipeline before we answer (stubbed as a wait).
const enqueueClick = () => new Promise((resolve) => setTimeout(resolve, 200));

export async function resolveCode(code) {
  const started = performance.now();
  const link = store.get(code);
  if (!link) {
    await increment('redirect.miss');
    return null;
  }
  await enqueueClick(link);
  await increment('redirect.hit');
  await timing('redirect.latency', performance.now() - started);
  return link.target;
}
