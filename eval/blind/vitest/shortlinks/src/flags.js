// Feature flags come from the central flag service; no caching, so a flip takes effect at once.
import { config } from './config.js';

export async function isEnabled(name) {
  const res = await fetch(`${config.flagsUrl()}/flags/${encodeURIComponent(name)}`);
  if (!res.ok) throw new Error(`flag service answered ${res.status} for ${name}`);
  const { enabled } = await res.json();
  return enabled === true;
}
