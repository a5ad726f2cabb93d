import { describe, expect, it } from 'vitest';
import { COMMENT_BODY_MAX_CHARS } from '../../../src/report/limits.js';
import { commentMarker, renderComment } from '../../../src/report/comment.js';
import { digestOf, parseDigest } from '../../../src/report/digest.js';
import { sampleReport, stats, test } from './sample-report.js';

const marker = commentMarker('tests');

describe('commentMarker', () => {
  it('is a hidden HTML comment that a hostile key cannot close', () => {
    expect(marker).toBe('<!-- flakegate:comment key=tests -->');
    const hostile = commentMarker('a --> <b>x</b>');
    expect(hostile).toBe('<!-- flakegate:comment key=a -_ _b_x_/b_ -->');
    expect(hostile.indexOf('-->')).toBe(hostile.length - 3);
  });
});

describe('renderComment', () => {
  it('starts with the marker, links the run and ends with a digest', () => {
    const body = renderComment(sampleReport(), { marker, runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain('[the job summary](https://github.com/o/r/actions/runs/1)');
    expect(body).toMatch(/<!-- flakegate:digest v1 gate=failed p=[0-9a-f]{12} f=[0-9a-f]{12} b= l= -->$/);
    expect(body).toContain('<details>');
  });

  it('round-trips its digest', () => {
    const report = sampleReport();
    const parsed = parseDigest(renderComment(report, { marker }));
    expect(parsed).toEqual(digestOf(report));
  });

  it('says what changed since the previous comment', () => {
    const before = sampleReport();
    const fixed = sampleReport(before.tests.map((t) => (t.verdict === 'flaky' ? { ...t, verdict: 'stable' as const } : t)));
    const body = renderComment(fixed, { marker, previous: renderComment(before, { marker }) });
    expect(body).toContain('**Since the last run:**');
    expect(body).toContain('1 test no longer reported: `tests/test_io.py::suite::test_tmp`');
    const same = renderComment(before, { marker, previous: renderComment(before, { marker }) });
    expect(same).toContain('**Since the last run:** no change.');
  });

  it('stays under the comment limit for a huge report, with a visible omission line', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      test({ id: `t::case_${i}`, name: `case_${i}`, verdict: 'parallel-only', messages: ['boom '.repeat(200)], byWorkers: { '1': stats(0, 5), '4': stats(3, 2) } }),
    );
    const body = renderComment(sampleReport(many), { marker });
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_MAX_CHARS);
    expect(body).toMatch(/\d+ tests omitted — see the job summary \/ report\.json/);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain('flakegate:digest');
  });
});
