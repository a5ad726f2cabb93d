import { describe, expect, it } from 'vitest';
import { makeRunId, planDiscovery } from '../../../src/run/plan.js';

describe('makeRunId', () => {
  it('names phase, sequence and workers in a filesystem-safe id', () => {
    expect(makeRunId('discovery', 3, 4)).toBe('d-003-w4');
    expect(makeRunId('confirm-serial', 12, 1)).toBe('s-012-w1');
    expect(makeRunId('confirm-parallel', 1000, 16)).toBe('p-1000-w16');
    expect(makeRunId('confirm-partner', 31, 2)).toBe('x-031-w2');
    expect(makeRunId('discovery', 999, 8)).toMatch(/^[a-z0-9-]+$/);
  });

  it('rejects numbers that would make a misleading id', () => {
    expect(() => makeRunId('discovery', 0, 1)).toThrow(RangeError);
    expect(() => makeRunId('discovery', 1, 1.5)).toThrow(RangeError);
  });
});

describe('planDiscovery', () => {
  it('visits every worker count in every iteration, rotating the starting count', () => {
    const plan = planDiscovery([1, 2, 4], 4);
    expect(plan.map((r) => r.id)).toEqual([
      'd-001-w1', 'd-002-w2', 'd-003-w4',
      'd-004-w2', 'd-005-w4', 'd-006-w1',
      'd-007-w4', 'd-008-w1', 'd-009-w2',
      'd-010-w1', 'd-011-w2', 'd-012-w4',
    ]);
    expect(plan.map((r) => r.iteration)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    expect(plan.every((r) => r.phase === 'discovery' && r.tests === undefined)).toBe(true);
  });

  it('puts each worker count in each position equally often over a full rotation', () => {
    const workers = [1, 2, 4, 8];
    const plan = planDiscovery(workers, workers.length);
    for (const w of workers) {
      const positions = plan.filter((r) => r.workers === w).map((r) => plan.indexOf(r) % workers.length);
      expect(positions.sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it('starts with the serial baseline and gives every run a unique id', () => {
    const plan = planDiscovery([1, 3], 7);
    expect(plan[0]?.workers).toBe(1);
    expect(new Set(plan.map((r) => r.id)).size).toBe(14);
    for (let i = 1; i <= 7; i++) {
      expect(plan.filter((r) => r.iteration === i).map((r) => r.workers).sort()).toEqual([1, 3]);
    }
  });

  it('handles the edges: one worker count, zero iterations', () => {
    expect(planDiscovery([2], 3).map((r) => r.id)).toEqual(['d-001-w2', 'd-002-w2', 'd-003-w2']);
    expect(planDiscovery([1, 2], 0)).toEqual([]);
    expect(() => planDiscovery([1, 0], 2)).toThrow(RangeError);
    expect(() => planDiscovery([1, 2], -1)).toThrow(RangeError);
  });
});
