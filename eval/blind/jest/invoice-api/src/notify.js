// Delivers events to the accounting webhook, one at a time: the receiver rate-limits bursts.
const config = require('./config');

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(event) {
  const res = await fetch(config.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  if (!res.ok) throw new Error(`webhook answered ${res.status}`);
}

async function deliver(events, { spacingMs = 350 } = {}) {
  for (const event of events) {
    await post(event);
    await pause(spacingMs);
  }
  return events.length;
}

module.exports = { deliver };
