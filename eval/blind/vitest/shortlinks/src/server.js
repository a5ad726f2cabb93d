import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { config } from './config.js';
import { resolveCode } from './redirect.js';

export function createServer() {
  return http.createServer(async (req, res) => {
    const code = decodeURIComponent(req.url.slice(1));
    const target = code ? await resolveCode(code) : null;
    if (!target) return res.writeHead(404).end('unknown link');
    res.writeHead(302, { location: target }).end();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  createServer().listen(config.port, () => console.log(`shortlinks on :${config.port}`));
}
