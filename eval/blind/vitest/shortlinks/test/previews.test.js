import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLink } from '../src/links.js';
import { resetFlags, setFlag } from './support/flags.js';

const SHORT_CODE = /^[0-9A-Za-z]{7}$/;

describe('link previews', () => {
  beforeAll(async () => {
    await setFlag('link-previews', true);
  });

  afterAll(async () => {
    await resetFlags();
  });

  test('attaches a preview card to new links', async () => {
    const links = [];
    for (const host of ['news.example.com', 'shop.example.net', 'example.io', 'wiki.example.org', 'cdn.example.com']) {
      links.push(await createLink(`https://${host}/start`));
    }
    for (const link of links) {
      expect(link.code).toMatch(SHORT_CODE);
      expect(link.preview).toEqual({ title: new URL(link.target).hostname, image: null });
    }
  });

  test('keeps random codes for links without an alias', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await createLink(`https://example.com/report/${i}`)).code);
    expect(codes.every((c) => SHORT_CODE.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(4);
  });
});
