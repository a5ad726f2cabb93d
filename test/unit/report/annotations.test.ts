import { describe, expect, it } from 'vitest';
import { buildAnnotations, selectStepAnnotations } from '../../../src/report/annotations.js';
import { CONFIRMED_SAMPLE, sampleReport, stats, test } from './sample-report.js';

describe('buildAnnotations', () => {
  it('makes gate-failing tests errors and other findings warnings, with file and line', () => {
    const [first, second, ...rest] = buildAnnotations(sampleReport());
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ level: 'error', file: 'tests/test_db.py', line: 12 });
    expect(first?.message).toContain('4w 4/5 (80%)');
    expect(first?.message).toContain('Likely cause: shared-database');
    expect(second).toMatchObject({ level: 'warning', file: 'tests/test_io.py' });
    // Each states the sample its evidence rests on.
    expect(first?.message).toContain('Evidence on confirmation runs (8 blocks): serial 0/16 at 1 worker, parallel 7/8 at 2 workers; e-value 3.1e3 ≥ 2.0e3 = 20 suspects / 1%.');
    expect(second?.message).toContain('Evidence on all counted runs');
  });

  it('makes a parallel-only test below the gate tier a warning that says what would decide it', () => {
    const likely = test({
      id: 'tests/test_l.py::c::test_l',
      name: 'test_l',
      file: 'tests/test_l.py',
      verdict: 'parallel-only',
      confidence: 'likely',
      sample: { ...CONFIRMED_SAMPLE, eValue: 41 },
      runsToDecide: 9,
    });
    const report = sampleReport([likely]);
    const [a] = buildAnnotations({ ...report, gate: { ...report.gate, failed: false } });
    expect(a).toMatchObject({ level: 'warning' });
    expect(a?.message).toContain("Below the gate's tier, so a warning: about 9 more runs would decide.");
    // Opted in to failing on likely: the same test is an error.
    const [b] = buildAnnotations({ ...report, gate: { ...report.gate, failed: true, failOnConfidence: 'likely' } });
    expect(b).toMatchObject({ level: 'error' });
    expect(b?.message).not.toContain('Below the gate');
  });

  it('sanitises: no workflow commands, no secrets', () => {
    const token = `ghp_${'q'.repeat(36)}`;
    const evil = test({ id: 'e', name: 'e', verdict: 'parallel-only', file: 'e.py', messages: [`x\n::add-mask::${token}\n::stop-commands::abc`] });
    const [a] = buildAnnotations(sampleReport([evil]), []);
    expect(a?.message).not.toContain(token);
    for (const line of a?.message.split('\n') ?? []) expect(line.trimStart().startsWith('::')).toBe(false);
  });
});

describe('selectStepAnnotations', () => {
  it('shows 9 per level (one slot kept for the step itself) and counts the rest', () => {
    const tests = Array.from({ length: 25 }, (_, i) =>
      test({ id: `t${String(i).padStart(2, '0')}`, name: `t${i}`, file: 'a.py', verdict: i < 15 ? 'parallel-only' : 'flaky', byWorkers: { '1': stats(i < 15 ? 0 : 1, 4), '2': stats(2, 3) } }),
    );
    const sel = selectStepAnnotations(buildAnnotations(sampleReport(tests)));
    expect(sel.shown.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(sel.shown.filter((a) => a.level === 'warning')).toHaveLength(9);
    expect(sel.omitted).toEqual({ error: 6, warning: 1, notice: 0 });
  });
});
