'use strict';
// Admin and evaluation API, plus a server-sent-events stream of flag changes for edge caches.
const http = require('node:http');
const config = require('./config');
const store = require('./store');
const { evaluate } = require('./evaluate');

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      raw += chunk;
      if (raw.length > 64 * 1024) reject(new store.FlagError('body too large', 413));
    });
    req.on('end', () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        reject(new store.FlagError('body is not JSON', 400));
      }
    });
  });
}

function createApp({ segments = {} } = {}) {
  const subscribers = new Set();
  let eventId = 0;
  let cached = null;
  let cachedAt = 0;

  const listCached = () => {
    if (!cached || Date.now() - cachedAt > config.readCacheMs) {
      cached = store.listFlags();
      cachedAt = Date.now();
    }
    return cached;
  };

  const broadcast = (flag) => {
    eventId += 1;
    cached = null;
    for (const res of subscribers) res.write(`id: ${eventId}\nevent: change\ndata: ${JSON.stringify(flag)}\n\n`);
  };

  const heartbeat = setInterval(() => {
    for (const res of subscribers) res.write(': heartbeat\n\n');
  }, config.heartbeatMs);
  heartbeat.unref();

  const routes = async (req, res) => {
    const url = new URL(req.url, 'http://flagpole.local');
    const parts = url.pathname.split('/').filter(Boolean);
    if (req.method === 'GET' && url.pathname === '/stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(': connected\n\n');
      subscribers.add(res);
      req.on('close', () => subscribers.delete(res));
      return;
    }
    if (parts[0] === 'flags' && parts.length === 1) {
      if (req.method === 'GET') return send(res, 200, listCached());
      if (req.method === 'POST') {
        const flag = store.createFlag(await readBody(req));
        broadcast(flag);
        return send(res, 201, flag);
      }
    }
    if (parts[0] === 'flags' && parts.length === 2) {
      if (req.method === 'GET') {
        const flag = store.getFlag(parts[1]);
        return flag ? send(res, 200, flag) : send(res, 404, { error: `unknown flag ${parts[1]}` });
      }
      if (req.method === 'PATCH') {
        const flag = store.updateFlag(parts[1], await readBody(req));
        broadcast(flag);
        return send(res, 200, flag);
      }
    }
    if (parts[0] === 'evaluate' && parts.length === 2 && req.method === 'GET') {
      const ctx = Object.fromEntries(url.searchParams);
      return send(res, 200, evaluate(store.getFlag(parts[1]), ctx, segments));
    }
    return send(res, 404, { error: `no route for ${req.method} ${url.pathname}` });
  };

  const server = http.createServer((req, res) => {
    routes(req, res).catch((err) => send(res, err.status || 500, { error: err.message }));
  });
  server.subscriberCount = () => subscribers.size;
  server.on('close', () => clearInterval(heartbeat));
  return server;
}

/** Starts the app; resolves with the server once it listens, rejects if the port cannot be bound. */
function start({ port = config.port, host = '127.0.0.1', segments } = {}) {
  const server = createApp({ segments });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { createApp, start };

if (require.main === module) {
  start().then((s) => console.log(`flagpole listening on ${s.address().port}`));
}
