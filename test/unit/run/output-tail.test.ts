import { describe, expect, it } from 'vitest';
import { createOutputTail } from '../../../src/run/output-tail.js';

describe('createOutputTail', () => {
  it('keeps everything below the limit', () => {
    const tail = createOutputTail(10);
    tail.push('abc');
    tail.push('def');
    expect(tail.text()).toBe('abcdef');
    expect(tail.seen).toBe(6);
  });

  it('keeps exactly the last `limit` characters across many chunks', () => {
    const tail = createOutputTail(100);
    let all = '';
    for (let i = 0; i < 1000; i++) {
      const chunk = `line ${i}\n`;
      all += chunk;
      tail.push(chunk);
    }
    expect(tail.text()).toBe(all.slice(-100));
    expect(tail.seen).toBe(all.length);
  });

  it('bounds a single chunk larger than the limit', () => {
    const tail = createOutputTail(5);
    tail.push('0123456789');
    expect(tail.text()).toBe('56789');
  });

  it('drops an orphaned low surrogate at the cut instead of emitting a broken character', () => {
    const tail = createOutputTail(2);
    tail.push('a😀b'); // 😀 is two UTF-16 units; the last 2 units start with its low half
    expect(tail.text()).toBe('b');
  });
});
