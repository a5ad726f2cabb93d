import { describe, expect, it } from 'vitest';
import { discriminate } from '../../../src/explain/discriminators.js';
import type { Clue } from '../../../src/explain/types.js';
import { analysis, run, stats, tc } from './build.js';

const a = analysis({ file: 'tests/test_a.py', name: 'test_a', threshold: 4 });
const b = analysis({ file: 'tests/test_b.py', name: 'test_b' });
const c = analysis({ file: 'tests/test_c.py', name: 'test_c' });

function texts(clues: readonly Clue[], kind: string): string[] {
  return clues.filter((x) => x.evidence.kind === kind).map((x) => `${x.role} ${x.causes.join('|')} ${x.evidence.text}`);
}

describe('discriminate', () => {
  it('failing only above the core count hints at load', () => {
    const { clues } = discriminate({ test: a, runs: [], clusters: [], cores: 2 });
    expect(texts(clues, 'threshold')[0]).toBe('direct timing-under-load fails only from 4 workers, more than the 2 cores: oversubscribed, so slowness under load is plausible');
  });

  it('failing within the core count argues against load and for something shared', () => {
    const { clues } = discriminate({ test: a, runs: [], clusters: [], cores: 8 });
    expect(clues.filter((x) => x.group === 'threshold').map((x) => `${x.role} ${x.causes[0]}`)).toEqual(['against timing-under-load', 'support shared-file-path']);
  });

  it('ignores the threshold of a test that fails serially too', () => {
    const flaky = analysis({ file: 't.py', name: 'test_f', verdict: 'flaky', threshold: 1 });
    expect(discriminate({ test: flaky, runs: [], clusters: [], cores: 2 }).clues).toEqual([]);
  });

  it('names the tests that fail in the same runs, and the cluster', () => {
    const clustered = { ...a, cluster: 0 };
    const runs = [
      run('d-001-w4', 4, [tc(a, 'failed'), tc(b, 'failed'), tc(c, 'passed')]),
      run('d-002-w4', 4, [tc(a, 'failed'), tc(b, 'failed'), tc(c, 'failed')]),
      run('d-003-w4', 4, [tc(a, 'failed'), tc(b, 'error'), tc(c, 'passed')]),
      run('d-004-w4', 4, [tc(a, 'passed'), tc(b, 'failed'), tc(c, 'failed')]),
    ];
    const found = discriminate({ test: clustered, runs, clusters: [{ id: 0, tests: [a.id, b.id], runs: ['d-001-w4'] }], cores: 8 });
    expect(texts(found.clues, 'co-failure')).toEqual([
      'support shared-file-path|shared-database|port-conflict|shared-global-state|shared-env-or-cwd fails in the same runs as tests/test_b.py::::test_b (3 of 3) (cluster 0)',
    ]);
    expect(found.peers).toEqual([b.id]);
  });

  it('says which co-failing test ran at the same time on another worker', () => {
    const runs = [
      run('d-002-w4', 4, [
        tc(a, 'failed', { worker: 'gw0', startedAt: 1000, endedAt: 2000 }),
        tc(b, 'failed', { worker: 'gw2', startedAt: 1500, endedAt: 2500 }),
        tc(c, 'failed', { worker: 'gw1', startedAt: 3000, endedAt: 3500 }),
      ]),
    ];
    const found = discriminate({ test: a, runs, clusters: [], cores: 8 });
    expect(texts(found.clues, 'timing')).toEqual([
      `support shared-file-path|shared-database|port-conflict|shared-global-state|shared-env-or-cwd ran at the same time as ${b.id} on gw2 (run d-002-w4), which also failed`,
    ]);
    expect(found.peers[0]).toBe(b.id);
  });

  it('turns lost results and signals into worker-crash evidence', () => {
    const lost = analysis({ file: 't.py', name: 'test_l', verdict: 'lost', byWorkers: { '1': stats(3, 0), '4': stats(3, 0, 2) } });
    const runs = [run('d-002-w4', 4, [], { signal: 'SIGKILL', parse: 'salvaged' }), run('d-003-w4', 4, [], { timedOut: true, parse: 'missing' })];
    const { clues } = discriminate({ test: lost, runs, clusters: [], cores: 8 });
    expect(texts(clues, 'crash')).toEqual([
      'direct worker-crash no result in 2 run(s): its worker or the run died first',
      'direct worker-crash run d-002-w4 (4 workers) was ended by SIGKILL (SIGKILL is often the out-of-memory killer)',
    ]);
    expect(texts(clues, 'timing')[0]).toContain('hit the time limit');
  });

  it('does not blame a run-ending signal on a test that failed with its own message first', () => {
    const runs = [run('d-002-w4', 4, [tc(a, 'failed', { message: "FileNotFoundError: '/tmp/x'" }), tc(b, 'failed')], { signal: 'SIGSEGV' })];
    const { clues } = discriminate({ test: a, runs, clusters: [], cores: 8 });
    expect(texts(clues, 'crash')).toEqual([]);
    const bare = discriminate({ test: b, runs, clusters: [], cores: 8 });
    expect(texts(bare.clues, 'crash')).toEqual(['direct worker-crash run d-002-w4 (4 workers) was ended by SIGSEGV']);
  });

  it('uses known collision partners', () => {
    const found = discriminate({ test: a, runs: [], clusters: [], cores: 8, partners: { [a.id]: [c.id] } });
    expect(texts(found.clues, 'partner')[0]).toContain(`collides with ${c.id}`);
    expect(found.peers).toEqual([c.id]);
  });

  it('reads order-dependence from confirmation reruns: fails in the serial suite, passes rerun serially', () => {
    const flaky = analysis({ file: 't.py', name: 'test_o', verdict: 'flaky', threshold: 1 });
    const runs = [
      run('d-001-w1', 1, [tc(flaky, 'failed')]),
      run('d-002-w1', 1, [tc(flaky, 'passed')]),
      run('d-003-w4', 4, [tc(flaky, 'failed')]),
      run('c-004-w1', 1, [tc(flaky, 'passed')], { phase: 'confirm-serial', subset: [flaky.id] }),
      run('c-005-w1', 1, [tc(flaky, 'passed')], { phase: 'confirm-serial', subset: [flaky.id] }),
      run('c-006-w4', 4, [tc(flaky, 'failed')], { phase: 'confirm-parallel', subset: [flaky.id] }),
    ];
    const { clues } = discriminate({ test: flaky, runs, clusters: [], cores: 8 });
    expect(texts(clues, 'confirmation')).toEqual([
      'direct order-dependence failed 1/2 serial full-suite runs but passed 2/2 serial reruns of the suspects: it depends on what ran before it',
      'support shared-file-path|shared-database|port-conflict|shared-global-state|shared-env-or-cwd passed 2/2 serial reruns, failed 1/1 parallel reruns with its co-failing tests',
    ]);
  });
});
