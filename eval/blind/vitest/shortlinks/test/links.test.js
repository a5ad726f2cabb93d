import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createLink } from '../src/links.js';
import * as store from '../src/store.js';
import { resetFlags, setFlag } from './support/flags.js';
import { settle, startStatsdCollector } from './support/statsd-collector.js';

describe('creating links', () => {
  let statsd;

  beforeAll(async () => {
    statsd = await startStatsdCollector();
    await setFlag('vanity-aliases', true);
  });

  afterAll(async () => {
    await statsd.close();
    await resetFlags();
  });

  beforeEach(() => {
    statsd.clear();
    store.clear();
  });

  test('counts every created link in statsd', async () => {
    for (const path of ['pricing', 'docs', 'blog', 'careers', 'status', 'about']) {
      await createLink(`https://example.com/${path}`);
    }
    await settle();
    expect(statsd.counters).toEqual({ 'links.created': 6 });
  });

  test('uses the requested alias as the short code', async () => {
    const created = [];
    for (const alias of ['launch', 'sale', 'webinar', 'survey', 'jobs']) {
      created.push(await createLink(`https://example.org/campaigns/${alias}?utm_source=mail`, { alias }));
    }
    expect(created).toEqual([
      { code: 'launch', target: 'https://example.org/campaigns/launch?utm_source=mail' },
      { code: 'sale', target: 'https://example.org/campaigns/sale?utm_source=mail' },
      { code: 'webinar', target: 'https://example.org/campaigns/webinar?utm_source=mail' },
      { code: 'survey', target: 'https://example.org/campaigns/survey?utm_source=mail' },
      { code: 'jobs', target: 'https://example.org/campaigns/jobs?utm_source=mail' },
    ]);
  });

  test('rejects targets that are not http(s) URLs', async () => {
    await expect(createLink('javascript:alert(1)')).rejects.toThrow('unsupported scheme: javascript:');
    await expect(createLink('not a url')).rejects.toThrow('not a URL');
  });
});
