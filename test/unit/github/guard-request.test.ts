// The network boundary: every string a GitHub request carries is redacted, routing and auth are not.
import { describe, expect, it } from 'vitest';
import { guardRequest } from '../../../src/github/client.js';

describe('guardRequest', () => {
  const SECRET = 'dk-live-9f8e7d6c5b4a39281706';

  it('redacts bodies, titles, check-run output and annotations, including escape-split values', () => {
    const options: Record<string, unknown> = {
      method: 'POST',
      url: '/repos/{owner}/{repo}/check-runs',
      headers: { authorization: `token ${SECRET}` },
      owner: 'o',
      repo: 'r',
      head_sha: 'a'.repeat(40),
      body: `failed: test_x[${SECRET}]`,
      output: { title: `t ${SECRET}`, summary: `dk-live-9f8e\u001b[31m7d6c5b4a39281706`, annotations: [{ path: 'a.py', message: `m ${SECRET}`, start_line: 3 }] },
    };
    guardRequest(options, [SECRET]);
    expect(JSON.stringify({ ...options, headers: {} })).not.toContain('dk-live');
    expect(options['body']).toBe('failed: test_x[***]');
    expect(options['headers']).toEqual({ authorization: `token ${SECRET}` });
    expect((options['output'] as { annotations: { start_line: number }[] }).annotations[0]?.start_line).toBe(3);
  });
});
