import { describe, expect, it } from 'vitest';
import { confirmationTier } from '../../../src/confirm/tiers.js';
import { runsOf } from './run-table.js';

const T = 'tests/test_x.py::c::test_x';
/** Discovery that nominates T: clean at 1 worker, failing at 4. */
const discovery = () => [...runsOf(T, 'discovery', 1, 'PPP'), ...runsOf(T, 'discovery', 4, 'FPF')];

describe('confirmationTier', () => {
  it('is null without confirmation runs: discovery only nominates', () => {
    expect(confirmationTier(T, discovery())).toBeNull();
    expect(confirmationTier(T, [...discovery(), ...runsOf(T, 'confirm-serial', 1, 'PPPP')])).toBeNull();
  });

  it('confirms on the serial arm (15 reruns + 3 clean discovery runs) against 2/2 fresh parallel runs', () => {
    const tier = confirmationTier(T, [...discovery(), ...runsOf(T, 'confirm-serial', 1, 'P'.repeat(15)), ...runsOf(T, 'confirm-parallel', 4, 'FF')]);
    expect(tier).toMatchObject({ confidence: 'confirmed', serial: { failed: 0, n: 18 }, parallel: { failed: 2, n: 2 } });
    expect(tier?.pValue).toBeCloseTo(1 / 190, 6); // hypergeometric: C(2,2) / C(20,2)
  });

  it('clean discovery serial runs count in the serial arm: 5 reruns + 3 discovery runs confirm, 5 alone do not', () => {
    const confirm = [...runsOf(T, 'confirm-serial', 1, 'PPPPP'), ...runsOf(T, 'confirm-parallel', 4, 'FF')];
    expect(confirmationTier(T, [...discovery(), ...confirm])).toMatchObject({ confidence: 'confirmed', serial: { failed: 0, n: 8 } });
    // The same reruns after a discovery without serial runs: 0/5 bounds the serial rate at 0.45.
    expect(confirmationTier(T, [...runsOf(T, 'discovery', 4, 'FPF'), ...confirm])).toMatchObject({ confidence: 'likely', serial: { failed: 0, n: 5 } });
  });

  it('a discovery serial failure keeps the serial arm fresh (the rare-serial rule asks about the runs after it)', () => {
    const runs = [...runsOf(T, 'discovery', 1, 'PFP'), ...runsOf(T, 'discovery', 4, 'FFF'), ...runsOf(T, 'confirm-serial', 1, 'P'.repeat(8)), ...runsOf(T, 'confirm-parallel', 4, 'FF')];
    expect(confirmationTier(T, runs)).toMatchObject({ confidence: 'confirmed', serial: { failed: 0, n: 8 } });
  });

  it('parallel discovery failures do not count: the same confirmation sample with a more failing discovery is no stronger', () => {
    const confirm = [...runsOf(T, 'confirm-serial', 1, 'P'), ...runsOf(T, 'confirm-parallel', 4, 'FP')];
    const a = confirmationTier(T, [...discovery(), ...confirm]);
    const b = confirmationTier(T, [...runsOf(T, 'discovery', 1, 'PPP'), ...runsOf(T, 'discovery', 4, 'FFF'), ...confirm]);
    expect(a).toEqual(b);
    expect(a?.confidence).toBe('insufficient');
    expect(a?.runsToDecide).toBeGreaterThan(0);
  });

  it('is likely when the Bayesian probability reaches 0.95 but the bound does not hold', () => {
    const tier = confirmationTier(T, [...discovery(), ...runsOf(T, 'confirm-serial', 1, 'PPPPP'), ...runsOf(T, 'confirm-parallel', 4, 'FFP')]);
    expect(tier?.confidence).toBe('likely');
    expect(tier?.probParallelWorse).toBeGreaterThanOrEqual(0.95);
  });

  it('a test failing serially in confirmation is not confirmed, and its serial failures are visible', () => {
    const tier = confirmationTier(T, [...discovery(), ...runsOf(T, 'confirm-serial', 1, 'PFPPFPPP'), ...runsOf(T, 'confirm-parallel', 4, 'FPFP')]);
    expect(tier?.confidence).toBe('insufficient');
    expect(tier?.serial.failed).toBe(2);
  });

  it('leaves partner-search probes out of the sample', () => {
    const base = [...discovery(), ...runsOf(T, 'confirm-serial', 1, 'P'.repeat(15)), ...runsOf(T, 'confirm-parallel', 4, 'FF')];
    const probes = runsOf(T, 'confirm-partner', 4, 'PPPP', { subset: [T] });
    expect(confirmationTier(T, [...base, ...probes])).toEqual(confirmationTier(T, base));
  });

  it('after a fallback to the full suite, only full-suite parallel runs form the sample (pilot rule)', () => {
    const pilot = runsOf(T, 'confirm-parallel', 4, 'PPP', { subset: [T] });
    const tier = confirmationTier(T, [...discovery(), ...runsOf(T, 'confirm-serial', 1, 'P'.repeat(15)), ...pilot, ...runsOf(T, 'confirm-parallel', 4, 'FF')]);
    expect(tier).toMatchObject({ confidence: 'confirmed', parallel: { failed: 2, n: 2 } });
  });

  it('lost runs carry no outcome', () => {
    const tier = confirmationTier(T, [...discovery(), ...runsOf(T, 'confirm-serial', 1, 'PPLP'), ...runsOf(T, 'confirm-parallel', 4, 'LF')]);
    expect(tier).toMatchObject({ serial: { n: 6 }, parallel: { failed: 1, n: 1 } });
  });
});
