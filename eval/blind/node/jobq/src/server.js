const http = require('node:http');
const config = require('./config');
const { Queue } = require('./queue');

function createServer(queue = new Queue()) {
  return http.createServer((req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && req.url === '/jobs') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        try {
          const { type, payload } = JSON.parse(body);
          send(201, queue.enqueue(type, payload));
        } catch (err) {
          send(400, { error: err.message });
        }
      });
      return;
    }
    if (req.method === 'GET' && req.url === '/jobs') return send(200, queue.list());
    send(404, { error: 'not found' });
  });
}

function start(queue, port = config.port) {
  const server = createServer(queue);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, config.host, () => resolve(server));
  });
}

if (require.main === module) start().then(() => console.log(`jobq on :${config.port}`));

module.exports = { createServer, start };
