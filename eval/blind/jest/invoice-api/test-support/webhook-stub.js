// A stand-in for the accounting system's webhook receiver, on the port the app is configured for.
const http = require('node:http');
const config = require('../src/config');

function startWebhookStub() {
  const { port, pathname } = new URL(config.webhookUrl);
  const received = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === pathname) received.push(JSON.parse(body));
      res.writeHead(204, { connection: 'close' }).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err) => {
      // A stub left running (e.g. by a watch-mode session) answers just as well.
      if (err.code === 'EADDRINUSE') resolve({ received, reused: true, close: async () => {} });
      else reject(err);
    });
    server.listen(Number(port), '127.0.0.1', () =>
      resolve({ received, reused: false, close: () => new Promise((r) => server.close(r)) }),
    );
  });
}

module.exports = { startWebhookStub };
