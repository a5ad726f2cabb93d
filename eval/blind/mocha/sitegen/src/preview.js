// Preview server for the built site (`npm run preview`), on a fixed, bookmarked port.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const config = require('./config');

const TYPES = { '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain' };

function createPreviewServer(outDir = config.outDir) {
  return http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    if (!path.extname(rel)) rel += '.html';
    const file = path.join(outDir, path.normalize(rel));
    if (!file.startsWith(outDir) || !fs.existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
}

function startPreview(outDir) {
  const server = createPreviewServer(outDir);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.preview.port, config.preview.host, () => resolve(server));
  });
}

module.exports = { createPreviewServer, startPreview };
