import { randomBytes } from 'node:crypto';
import { isEnabled } from './flags.js';
import { increment } from './metrics.js';
import * as store from './store.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function randomCode(length = 7) {
  return [...randomBytes(length)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

function slugFor(url) {
  return (url.hostname.replace(/^www\./, '') + url.pathname).replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
}

// Every new target goes through the safe-browsing lookup first (slow upstream, stubbed as a wait).
const safeBrowsingCheck = () => new Promise((resolve) => setTimeout(() => resolve(true), 280));

export async function createLink(target, { alias } = {}) {
  let url;
  try {
    url = new URL(target);
  } catch {
    throw new Error(`not a URL: ${target}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`unsupported scheme: ${url.protocol}`);
  await safeBrowsingCheck(url);
  const vanity = await isEnabled('vanity-aliases');
  const code = vanity ? alias || slugFor(url) : randomCode();
  const link = { code, target: url.href };
  if (await isEnabled('link-previews')) link.preview = { title: url.hostname, image: null };
  store.put(link);
  await increment('links.created');
  return link;
}
