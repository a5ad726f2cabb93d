'use strict';
// Client of the carrier's tracking API.
const config = require('./config');

const STATUS_BY_EVENT = {
  picked_up: 'in_transit',
  departed_hub: 'in_transit',
  arrived_hub: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  exception: 'exception',
};

async function track(trackingId, baseUrl = config.carrierUrl) {
  const res = await fetch(`${baseUrl}/track/${trackingId}`);
  if (res.status === 404) throw new Error(`carrier does not know ${trackingId}`);
  if (!res.ok) throw new Error(`carrier answered ${res.status} for ${trackingId}`);
  return res.json();
}

/** The shipment status implied by the carrier's latest scan event. */
function statusOf(events) {
  if (!events.length) return 'manifested';
  const last = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  return STATUS_BY_EVENT[last.type] || 'in_transit';
}

async function syncStatuses(trackingIds, baseUrl) {
  const out = {};
  for (const id of trackingIds) {
    const { events } = await track(id, baseUrl);
    out[id] = statusOf(events);
  }
  return out;
}

/** Estimated delivery: the carrier's promise, pushed back a day per exception scan. */
async function estimateDelivery(trackingId, baseUrl) {
  const { promisedBy, events } = await track(trackingId, baseUrl);
  const delivered = events.find((e) => e.type === 'delivered');
  if (delivered) return { trackingId, deliveredAt: delivered.at, late: Date.parse(delivered.at) > Date.parse(promisedBy) };
  const exceptions = events.filter((e) => e.type === 'exception').length;
  const eta = new Date(Date.parse(promisedBy) + exceptions * 86400000).toISOString();
  return { trackingId, eta, late: exceptions > 0 };
}

module.exports = { track, statusOf, syncStatuses, estimateDelivery };
