// Starts the service as the integration tests talk to it: on its configured port.
const config = require('../../src/config');
const { Queue } = require('../../src/queue');
const { start } = require('../../src/server');

async function startService() {
  const queue = new Queue();
  const server = await start(queue);
  return { queue, server, url: `http://${config.host}:${config.port}`, stop: () => new Promise((r) => server.close(r)) };
}

async function postJob(url, job) {
  const res = await fetch(`${url}/jobs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(job) });
  return { status: res.status, body: await res.json() };
}

module.exports = { startService, postJob };
