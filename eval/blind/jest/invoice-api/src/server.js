const http = require('node:http');
const config = require('./config');
const { listUnpaid } = require('./invoices');

function createServer() {
  return http.createServer(async (req, res) => {
    try {
      if (req.url === '/health') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ ok: true, env: config.env }));
      }
      if (req.url === '/invoices/unpaid') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(await listUnpaid()));
      }
      res.writeHead(404).end();
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
}

if (require.main === module) {
  createServer().listen(config.port, () => console.log(`invoice-api on :${config.port}`));
}

module.exports = { createServer };
