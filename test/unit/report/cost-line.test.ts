import { describe, expect, it } from 'vitest';
import { budgetCuts, costLine } from '../../../src/report/cost-line.js';
import type { PlannerNote, Report } from '../../../src/model.js';
import { sampleReport } from './sample-report.js';

const withNotes = (notes: PlannerNote[]): Report => ({ ...sampleReport(), planner: notes, cost: { estimates: [], actualMs: 90_000, runsMs: 80_000 } });

describe('cost line', () => {
  it('says what the check cost, and nothing about cuts when nothing was cut', () => {
    const line = costLine(withNotes([{ kind: 'confirm', text: 'a note' }]));
    expect(line).toMatch(/^Runner time: \*\*1\.5 min\*\*/);
    expect(line).not.toContain('Cut to fit');
  });

  it('names what the budget and the experiments\' share cut, from the planner notes', () => {
    const notes: PlannerNote[] = [
      { kind: 'budget', text: 'discovery budget (6 min) reached: skipped 3 of 10 planned full-suite runs' },
      { kind: 'budget', text: 'budget: not enough left for the parallel arm of a at 4 workers; continuing with the rest' },
      { kind: 'budget', text: "a: partner search stopped after 1 probe(s), the next needs ~5 s of 2 s left (the budget, or the experiments' share)" },
    ];
    expect(budgetCuts({ planner: notes })).toBe('discovery skipped 3 of 10 planned full-suite runs; confirmation runs the budget did not fit (planner notes); the partner search of 1 test');
    expect(costLine(withNotes(notes))).toContain('Cut to fit: discovery skipped 3 of 10');
  });
});
