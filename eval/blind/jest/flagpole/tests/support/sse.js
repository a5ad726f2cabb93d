'use strict';
// Minimal server-sent-events reader for the stream tests.
const http = require('node:http');

function subscribe(port) {
  return new Promise((resolve, reject) => {
    const events = [];
    let heartbeats = 0;
    let buf = '';
    const waiters = [];
    const req = http.get({ host: '127.0.0.1', port, path: '/stream' }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buf += chunk;
        let idx;
        while ((idx = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, idx);
          buf = buf.slice(idx + 2);
          if (block === ': heartbeat') heartbeats += 1;
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) {
            events.push(JSON.parse(data.slice(6)));
            for (const w of waiters.splice(0)) w();
          }
        }
      });
      resolve({
        events,
        heartbeats: () => heartbeats,
        nextEvent: () => new Promise((r) => waiters.push(r)),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

module.exports = { subscribe };
