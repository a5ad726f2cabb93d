'use strict';
// Status API for the yard office.
const http = require('node:http');
const config = require('./config');
const store = require('./store');
const { importManifest } = require('./importer');

function createServer() {
  let stats = null;
  let statsAt = 0;
  const laneStats = () => {
    if (!stats || Date.now() - statsAt > config.statsCacheMs) {
      stats = {};
      for (const s of store.list()) {
        const lane = (stats[s.lane] ||= { shipments: 0, weightKg: 0 });
        lane.shipments += 1;
        lane.weightKg = Math.round((lane.weightKg + s.weightKg) * 100) / 100;
      }
      statsAt = Date.now();
    }
    return stats;
  };

  return http.createServer((req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url, 'http://dockyard.local');
    try {
      if (req.method === 'POST' && url.pathname === '/imports') {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          try {
            send(201, importManifest(body));
          } catch (err) {
            send(400, { error: err.message });
          }
        });
        return;
      }
      if (req.method === 'GET' && url.pathname === '/stats') return send(200, laneStats());
      if (req.method === 'GET' && url.pathname === '/shipments') {
        return send(200, store.list({ status: url.searchParams.get('status') || undefined }));
      }
      const m = url.pathname.match(/^\/shipments\/([A-Z0-9]+)$/);
      if (req.method === 'GET' && m) {
        const s = store.get(m[1]);
        return s ? send(200, s) : send(404, { error: `no shipment ${m[1]}` });
      }
      send(404, { error: 'not found' });
    } catch (err) {
      send(500, { error: err.message });
    }
  });
}

module.exports = { createServer };

if (require.main === module) {
  createServer().listen(Number(process.env.PORT || 8080));
}
