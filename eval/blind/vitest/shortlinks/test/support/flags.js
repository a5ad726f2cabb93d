import { config } from '../../src/config.js';

export async function setFlag(name, enabled) {
  const res = await fetch(`${config.flagsUrl()}/flags/${encodeURIComponent(name)}`, { method: 'PUT', body: JSON.stringify({ enabled }) });
  if (res.status !== 204) throw new Error(`could not set ${name}: ${res.status}`);
}

// Back to the defaults (every flag off).
export async function resetFlags() {
  await fetch(`${config.flagsUrl()}/reset`, { method: 'POST' });
}
