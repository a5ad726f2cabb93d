// An in-memory stand-in for the flag service: one instance for the whole test run.
import http from 'node:http';

export function startFlagService() {
  const flags = new Map();
  const server = http.createServer((req, res) => {
    const [, resource, name] = req.url.split('/');
    if (resource === 'flags' && name && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ name, enabled: flags.get(decodeURIComponent(name)) === true }));
    }
    if (resource === 'flags' && name && req.method === 'PUT') {
      let body = '';
      req.on('data', (c) => (body += c));
      return req.on('end', () => {
        flags.set(decodeURIComponent(name), JSON.parse(body).enabled === true);
        res.writeHead(204).end();
      });
    }
    if (resource === 'reset' && req.method === 'POST') {
      flags.clear();
      return res.writeHead(204).end();
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }),
    );
  });
}
