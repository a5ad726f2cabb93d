import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { resolveCode } from '../src/redirect.js';
import { createServer } from '../src/server.js';
import * as store from '../src/store.js';
import { settle, startStatsdCollector } from './support/statsd-collector.js';

const seed = () => {
  store.clear();
  for (const [code, target] of [['a1', 'https://a.example/1'], ['b2', 'https://b.example/2'], ['c3', 'https://c.example/3'], ['d4', 'https://d.example/4']]) {
    store.put({ code, target });
  }
};

describe('redirect metrics', () => {
  let statsd;
  beforeAll(async () => {
    statsd = await startStatsdCollector();
  });
  afterAll(async () => {
    await statsd.close();
  });
  beforeEach(() => {
    seed();
    statsd.clear();
  });

  test('reports a hit and a latency for every redirect', async () => {
    for (const code of ['a1', 'b2', 'c3', 'd4', 'a1', 'b2', 'c3', 'd4', 'a1', 'nope']) await resolveCode(code);
    await settle();
    expect(statsd.counters).toEqual({ 'redirect.hit': 9, 'redirect.miss': 1 });
    expect(statsd.timings['redirect.latency']).toHaveLength(9);
  });
});

describe('http redirects', () => {
  let server;
  beforeAll(async () => {
    seed();
    server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  test('answers a known code with a 302 to its target', async () => {
    const res = await fetch(`http://127.0.0.1:${server.address().port}/c3`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://c.example/3');
  });
});
