'use strict';
// Lane routing: which dock door and cut-off a lane uses. The index is built from the network
// plan (hundreds of thousands of legs) and cached on disk for the routers.
const fs = require('node:fs');
const path = require('node:path');
const config = require('./config');

function buildLaneIndex(legs) {
  const lanes = {};
  for (const leg of legs) {
    const key = `${leg.from}-${leg.to}`;
    const cur = lanes[key];
    // Prefer the earliest cut-off; among equal cut-offs the lowest door number.
    if (!cur || leg.cutoff < cur.cutoff || (leg.cutoff === cur.cutoff && leg.door < cur.door)) {
      lanes[key] = { door: leg.door, cutoff: leg.cutoff, carrier: leg.carrier };
    }
  }
  return lanes;
}

function saveLaneIndex(index, file = config.laneIndexFile) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(index));
}

function loadLaneIndex(file = config.laneIndexFile) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function routeShipment(shipment, index) {
  const lane = index[shipment.lane];
  if (!lane) return { trackingId: shipment.trackingId, door: null, reason: 'no lane' };
  return { trackingId: shipment.trackingId, door: lane.door, cutoff: lane.cutoff, carrier: lane.carrier };
}

module.exports = { buildLaneIndex, saveLaneIndex, loadLaneIndex, routeShipment };
