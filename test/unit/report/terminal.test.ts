import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../../src/report/terminal.js';
import { CONFIRMED_SAMPLE, sampleReport, stats, test } from './sample-report.js';

const victim = test({
  id: 'tests/test_a.py::tests.test_a::test_writes_cache',
  file: 'tests/test_a.py',
  classname: 'tests.test_a',
  name: 'test_writes_cache',
  verdict: 'parallel-only',
  confidence: 'confirmed',
  pValue: 1 / 3100,
  sample: CONFIRMED_SAMPLE,
  byWorkers: { '1': stats(0, 8), '2': stats(3, 2), '4': stats(5, 0) },
  threshold: 2,
  partners: ['tests/test_b.py::tests.test_b::test_reads_cache'],
  causes: [{ cause: 'shared-file-path', score: 0.9, evidence: [], fix: { summary: 'use tmp_path' } }],
});
const partner = test({
  id: 'tests/test_b.py::tests.test_b::test_reads_cache',
  file: 'tests/test_b.py',
  classname: 'tests.test_b',
  name: 'test_reads_cache',
  verdict: 'parallel-only',
  confidence: 'likely',
  pValue: 1 / 41,
  sample: { ...CONFIRMED_SAMPLE, blocks: 3, serial: { ...CONFIRMED_SAMPLE.serial, n: 6 }, parallel: { ...CONFIRMED_SAMPLE.parallel, failed: 3, n: 3 }, eValue: 41 },
  runsToDecide: 9,
  threshold: 2,
});
const hostile = test({ id: 'x::\u001b[31m::add-mask::secret', name: '::add-mask::secret \u001b[31mred', verdict: 'flaky', confidence: 'likely' });
const calm = test({ id: 'tests/test_c.py::c::test_ok', name: 'test_ok' });

describe('renderTerminal', () => {
  const report = sampleReport([victim, partner, hostile, calm]);

  it('prints plain text without a TTY: no escape sequences', () => {
    const out = renderTerminal(report, { color: false, width: 120 });
    expect(out).not.toMatch(/\u001b/);
    expect(out).toMatch(/^parallel-only\s+confirmed\s+0\/8\s+3\/5\s+5\/5\s+e 3\.1e3 ≥ 2\.0e3\s+shared-file-path\s+tests\/test_a\.py::test_writes_cache$/m);
    expect(out).toMatch(/collision partners/);
    // The evidence column names its sample in the detail line: which runs, their counts, the yardstick.
    expect(out).toMatch(
      /^ {2}fails from 2 workers · evidence on confirmation runs \(8 blocks\): serial 0\/16 at 1 worker, parallel 7\/8 at 2 workers; e-value 3\.1e3 ≥ 2\.0e3 = 20 suspects \/ 1% · failure rate \(95% CI\) w1 0% \[0%-30%\], w2 60% \[40%-90%\], w4 100% \[80%-100%\]$/m,
    );
    // A test below the gate's tier says what would decide it.
    expect(out).toMatch(/^parallel-only\s+likely\s+.*e 41 < 2\.0e3/m);
    expect(out).toMatch(/about 9 more runs would decide · evidence on confirmation runs \(3 blocks\): serial 0\/6 at 1 worker, parallel 3\/3 at 2 workers; e-value 41 < 2\.0e3/);
    expect(out).toMatch(/tests\/test_a\.py::test_writes_cache {2}<-> {2}tests\/test_b\.py::test_reads_cache/);
    expect(out).not.toMatch(/test_ok/);
  });

  it('colours by verdict on a TTY and lists all tests with --all', () => {
    const out = renderTerminal(report, { color: true, width: 120, all: true });
    expect(out).toMatch(/\u001b\[1;31mparallel-only/);
    expect(out).toMatch(/test_ok/);
  });

  it('never lets untrusted names act as workflow commands or escapes', () => {
    const out = renderTerminal(report, { color: false, width: 200 });
    for (const line of out.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(out).not.toMatch(/\u001b/);
  });

  it('shortens long names in the middle, keeping file and test name', () => {
    const long = test({ id: 'l', file: `tests/${'deep/'.repeat(30)}test_z.py`, name: 'test_the_end', verdict: 'broken', confidence: 'confirmed' });
    const out = renderTerminal(sampleReport([long]), { color: false, width: 80 });
    expect(out).toMatch(/tests\/deep.*….*test_the_end/);
  });
});
