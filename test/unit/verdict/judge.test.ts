// The decision rule pinned on synthetic matrices (src/verdict): nomination, the confirmation
// e-process of a nominee and the tiers, with the sample each one rests on. Deterministic.
import { describe, expect, it } from 'vitest';
import type { DecisionSample, RunResult } from '../../../src/model.js';
import { observationsOf } from '../../../src/observe/index.js';
import { judgeParallelOnly, nominate } from '../../../src/verdict/index.js';
import { runsOf } from '../confirm/run-table.js';

const T = 'tests/test_x.py::c::test_x';
const U = 'tests/test_u.py::c::test_u';
/** Discovery that nominates T: clean at 1 worker, 2/3 at 4. */
const discovery = (): RunResult[] => [...runsOf(T, 'discovery', 1, 'PPP'), ...runsOf(T, 'discovery', 4, 'FPF')];

/** Confirmation blocks as the planner runs them: two serial reruns, then one parallel rerun. */
function blocks(serial: string, parallel: string, id = T): RunResult[] {
  const out: RunResult[] = [];
  for (let b = 0; b < parallel.length; b++) {
    out.push(...runsOf(id, 'confirm-serial', 1, serial.slice(2 * b, 2 * b + 2), { subset: [id] }));
    out.push(...runsOf(id, 'confirm-parallel', 4, parallel[b] ?? 'P', { subset: [id] }));
  }
  return out;
}

/** The caller's descriptive sample (analyse builds it from its matrix): serial against every parallel count. */
function allRuns(runs: readonly RunResult[], id: string): DecisionSample {
  const obs = observationsOf(runs, id).filter((o) => !o.experiment);
  const arm = (serial: boolean) => {
    const side = obs.filter((o) => (o.workers <= 1) === serial);
    return { workers: [...new Set(side.map((o) => o.workers))], failed: side.filter((o) => o.failed).length, n: side.length, runs: side.map((o) => o.run) };
  };
  return { source: 'all-runs', serial: arm(true), parallel: arm(false) };
}

const judge = (runs: readonly RunResult[], id = T) => judgeParallelOnly(runs, id, nominate(runs, 1), allRuns(runs, id));

describe('nominate', () => {
  it('nominates a test that failed in a parallel discovery run and in no serial one, at its smallest failing count', () => {
    const runs = [
      ...runsOf(T, 'discovery', 1, 'PPP'),
      ...runsOf(T, 'discovery', 2, 'PFP'),
      ...runsOf(T, 'discovery', 4, 'FFF'),
      ...runsOf(U, 'discovery', 1, 'PFP'),
      ...runsOf(U, 'discovery', 4, 'FFF'),
    ];
    const { nominees } = nominate(runs, 1);
    expect([...nominees.keys()]).toEqual([T]);
    expect(nominees.get(T)).toEqual({ id: T, threshold: 2, serial: { failed: 0, n: 3 }, parallel: { failed: 1, n: 3 } });
  });

  it('reads discovery runs only: K is fixed before any confirmation run', () => {
    const runs = [...discovery(), ...runsOf(U, 'confirm-parallel', 4, 'FFF', { subset: [U] })];
    expect([...nominate(runs, 1).nominees.keys()]).toEqual([T]);
  });

  it('needs no serial discovery run (parallel-first discovery)', () => {
    expect(nominate(runsOf(T, 'discovery', 4, 'FPP'), 1).nominees.get(T)).toMatchObject({ threshold: 4, serial: { failed: 0, n: 0 } });
  });
});

describe('judgeParallelOnly on the confirmation blocks of a nominee', () => {
  it('is confirmed once the e-value reaches suspects / alpha, on the blocks up to there only', () => {
    // One nominee: threshold 1 / 0.01 = 100. Blocks (PP|F) x4 cross at the fourth block.
    const runs = [...discovery(), ...blocks('PPPPPPPPPP', 'FFFFP')];
    const j = judge(runs);
    expect(j.confidence).toBe('confirmed');
    expect(j.sample).toMatchObject({ source: 'confirmation', blocks: 4, suspects: 1, alpha: 0.01, serial: { workers: [1], failed: 0, n: 8 }, parallel: { workers: [4], failed: 4, n: 4 } });
    expect(j.sample.threshold).toBeCloseTo(100, 9);
    expect(j.sample.eValue).toBeGreaterThanOrEqual(100);
    // The sample names its runs: the confirmation reruns of the first four blocks, nothing from discovery.
    expect(j.sample.serial.runs).toHaveLength(8);
    expect(j.sample.parallel.runs).toEqual(runs.filter((r) => r.record.phase === 'confirm-parallel').slice(0, 4).map((r) => r.record.id));
    expect(j.pValue).toBeCloseTo(1 / (j.sample.eValue ?? 1), 12);
    expect(j.runsToDecide).toBeUndefined();
  });

  it('is likely below the threshold when P(p_par > p_ser) >= 0.95 on the same blocks: 3/3 vs 0/6, e = 59.3 < 100', () => {
    const j = judge([...discovery(), ...blocks('PPPPPP', 'FFF')]);
    expect(j).toMatchObject({ confidence: 'likely', runsToDecide: 3, sample: { blocks: 3, serial: { failed: 0, n: 6 }, parallel: { failed: 3, n: 3 } } });
    expect(j.sample.eValue).toBeCloseTo(59.30492689958815, 9);
    expect(j.probParallelWorse).toBeCloseTo(0.999242024824487, 9);
  });

  it('reports the largest e-value so far, not the last: 2/3 after (PP|F)(PP|F)(PP|P)', () => {
    const j = judge([...discovery(), ...blocks('PPPPPP', 'FFP')]);
    expect(j.sample.eValue).toBeCloseTo(13.165856473839982, 9);
    expect(j.sample.blocks).toBe(3);
  });

  it('is insufficient when the blocks do not lean parallel, with the runs a projection at the learned rates needs', () => {
    const j = judge([...discovery(), ...blocks('PPPPPPPP', 'PPPP')]);
    expect(j).toMatchObject({ confidence: 'insufficient', sample: { eValue: 1, parallel: { failed: 0, n: 4 } } });
    expect(j.runsToDecide).toBe(75);
  });

  it('splits alpha over every nominee: the same blocks with a second nominee need e >= 200', () => {
    const runs = [...discovery(), ...runsOf(U, 'discovery', 1, 'PPP'), ...runsOf(U, 'discovery', 4, 'PPF'), ...blocks('PPPPPPPPPP', 'FFFFP')];
    const j = judge(runs);
    expect(j.sample).toMatchObject({ suspects: 2 });
    expect(j.sample.threshold).toBeCloseTo(200, 9);
  });

  it('counts every confirmation observation in order, whatever the run: a full-suite pilot is never dropped', () => {
    const pilot = runsOf(T, 'confirm-parallel', 4, 'P', { subset: [T, U] });
    const j = judge([...discovery(), ...runsOf(T, 'confirm-serial', 1, 'PP', { subset: [T] }), ...pilot, ...blocks('PP', 'F')]);
    expect(j.sample).toMatchObject({ blocks: 2, parallel: { failed: 1, n: 2, runs: [pilot[0]?.record.id, expect.any(String)] } });
  });

  it('leaves experiments and runs without a result out of the sample', () => {
    const base = [...discovery(), ...blocks('PPPPPP', 'FFF')];
    const probes = runsOf(T, 'confirm-partner', 4, 'PPPP', { subset: [T] });
    const lost = runsOf(T, 'confirm-parallel', 4, 'L', { subset: [T] });
    expect(judge([...base, ...probes, ...lost])).toEqual(judge(base));
  });
});

describe('judgeParallelOnly without confirmation blocks', () => {
  it('describes all counted runs and is at most likely: discovery only nominates', () => {
    const j = judge([...runsOf(T, 'discovery', 1, 'PPPPPPPP'), ...runsOf(T, 'discovery', 4, 'FFFFFFFF')]);
    expect(j).toMatchObject({ confidence: 'likely', sample: { source: 'all-runs', serial: { failed: 0, n: 8 }, parallel: { failed: 8, n: 8 } } });
    expect(j.sample.eValue).toBeUndefined();
    expect(j.pValue).toBeCloseTo(7.770007770007773e-5, 15); // Fisher 8/8 vs 0/8
    expect(j.runsToDecide).toBe(12);
  });

  it('never confirms a test discovery did not nominate, however strong its parallel record', () => {
    const runs = [...runsOf(T, 'discovery', 1, 'PPP'), ...runsOf(T, 'discovery', 4, 'PPP'), ...blocks('P'.repeat(40), 'F'.repeat(20))];
    expect(judge(runs)).toMatchObject({ confidence: 'likely', sample: { source: 'all-runs' } });
  });

  it('is insufficient when P(p_par > p_ser) < 0.95', () => {
    expect(judge([...runsOf(T, 'discovery', 1, 'PPPPP'), ...runsOf(T, 'discovery', 4, 'PPFPP')])).toMatchObject({ confidence: 'insufficient', sample: { source: 'all-runs' } });
  });
});
