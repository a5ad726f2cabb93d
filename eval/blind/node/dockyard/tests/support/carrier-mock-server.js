'use strict';
// Stand-in for the carrier's tracking API, kept running between test files so each file does not
// pay for its start-up; it exits by itself after a few idle seconds.
const http = require('node:http');

const port = Number(process.argv[2]);
const IDLE_EXIT_MS = 4000;
let table = {};
let latencyMs = 0;
let idle;

const bump = () => {
  clearTimeout(idle);
  idle = setTimeout(() => process.exit(0), IDLE_EXIT_MS);
};

const server = http.createServer((req, res) => {
  bump();
  const json = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.url === '/health') return json(200, { ok: true });
  if (req.method === 'PUT' && req.url === '/__fixtures') {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw);
      table = body.shipments;
      latencyMs = body.latencyMs || 0;
      json(200, { loaded: Object.keys(table).length });
    });
    return undefined;
  }
  const m = req.url.match(/^\/track\/([A-Z0-9]+)$/);
  if (req.method === 'GET' && m) {
    const entry = table[m[1]];
    setTimeout(() => (entry ? json(200, { trackingId: m[1], ...entry }) : json(404, { error: 'unknown' })), latencyMs);
    return undefined;
  }
  return json(404, { error: 'not found' });
});

server.on('error', () => process.exit(0));
server.listen(port, '127.0.0.1', bump);
