'use strict';
// In-memory stand-in for the exposure collector service.
const http = require('node:http');

function startCollector() {
  let exposures = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://collector.local');
    const json = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'DELETE' && url.pathname === '/exposures') {
      exposures = [];
      return json(200, { cleared: true });
    }
    if (req.method === 'POST' && url.pathname === '/exposures') {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        exposures.push(...JSON.parse(raw));
        json(202, { accepted: true });
      });
      return undefined;
    }
    const flag = url.searchParams.get('flag');
    const mine = flag ? exposures.filter((e) => e.flag === flag) : exposures;
    if (req.method === 'GET' && url.pathname === '/exposures') return json(200, mine);
    if (req.method === 'GET' && url.pathname === '/exposures/summary') {
      const byVariant = {};
      for (const e of mine) byVariant[e.variant] = (byVariant[e.variant] || 0) + 1;
      return json(200, { flag, total: mine.length, users: new Set(mine.map((e) => e.userId)).size, byVariant });
    }
    return json(404, { error: 'not found' });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = { startCollector };
