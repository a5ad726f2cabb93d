import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_ONLY_CAP, rank, scoreCauses, UNKNOWN_BELOW } from '../../../src/explain/rank.js';
import type { Clue } from '../../../src/explain/types.js';
import type { Cause } from '../../../src/model.js';

function clue(cause: Cause, weight: number, extra: Partial<Clue> = {}): Clue {
  return { causes: [cause], weight, role: 'direct', ambiguous: false, group: 'signature', evidence: { kind: 'signature', text: `${cause} ${weight}` }, ...extra };
}

describe('scoreCauses', () => {
  it('takes the strongest clue within a group and noisy-ORs across groups', () => {
    const [s] = scoreCauses([clue('shared-database', 0.85), clue('shared-database', 0.7), clue('shared-database', 0.45, { group: 'source' })]);
    expect(s?.score).toBe(Math.round((1 - 0.15 * 0.55) * 1000) / 1000);
  });

  it('counts support clues only for causes with direct evidence', () => {
    const support = clue('port-conflict', 0.3, { role: 'support', group: 'co-failure' });
    expect(scoreCauses([support])).toEqual([]);
    const [s] = scoreCauses([clue('port-conflict', 0.5, { group: 'source' }), support]);
    expect(s?.score).toBe(0.65);
  });

  it('caps causes whose only direct evidence is ambiguous', () => {
    const [s] = scoreCauses([clue('shared-file-path', 0.6, { ambiguous: true }), clue('shared-file-path', 0.5, { role: 'support', group: 'partner' })]);
    expect(s?.score).toBe(AMBIGUOUS_ONLY_CAP);
  });

  it('damps a cause with clues against it', () => {
    const [s] = scoreCauses([clue('timing-under-load', 0.5), clue('timing-under-load', 0.4, { role: 'against', group: 'threshold' })]);
    expect(s?.score).toBe(0.3);
  });
});

describe('rank', () => {
  it('answers unknown, with the clues as evidence, when nothing reaches the threshold', () => {
    const findings = rank([clue('shared-file-path', 0.6, { ambiguous: true })], 'python');
    expect(findings.map((f) => [f.cause, f.score])).toEqual([['unknown', 0.3], ['shared-file-path', 0.3]]);
    expect(findings[0]?.evidence).toHaveLength(1);
    expect(findings[0]?.fix.summary).toMatch(/co-failing/);
  });

  it('answers unknown with no evidence at all', () => {
    expect(rank([], 'go').map((f) => [f.cause, f.score])).toEqual([['unknown', 0]]);
  });

  it('sorts by score and then cause name, and attaches the ecosystem fix', () => {
    const findings = rank([clue('port-conflict', 0.5), clue('shared-database', 0.5), clue('worker-crash', 0.9)], 'python');
    expect(findings.map((f) => f.cause)).toEqual(['worker-crash', 'port-conflict', 'shared-database']);
    expect(findings[1]?.fix.example).toContain('bind(("127.0.0.1", 0))');
    expect(findings[0]?.score ?? 0).toBeGreaterThanOrEqual(UNKNOWN_BELOW);
  });

  it("names the project's own runner in JavaScript fixes: no vi.stubEnv for a Jest project", () => {
    const env = [clue('shared-env-or-cwd', 0.9)];
    const jest = rank(env, 'javascript', 'jest')[0]?.fix;
    const vitest = rank(env, 'javascript', 'vitest')[0]?.fix;
    const unknown = rank(env, 'javascript', null)[0]?.fix;
    expect(`${jest?.summary} ${jest?.example}`).not.toMatch(/\bvi\./);
    expect(`${vitest?.summary} ${vitest?.example}`).toMatch(/vi\.stubEnv/);
    expect(`${unknown?.summary} ${unknown?.example}`).not.toMatch(/\bvi\.|\bjest\./);
    const db = [clue('shared-database', 0.9)];
    expect(rank(db, 'javascript', 'jest')[0]?.fix.summary).toMatch(/JEST_WORKER_ID/);
    expect(rank(db, 'javascript', 'jest')[0]?.fix.summary).not.toMatch(/VITEST_POOL_ID/);
    expect(rank(db, 'javascript', 'mocha')[0]?.fix.summary).toMatch(/MOCHA_WORKER_ID/);
    // A runner only overrides its own ecosystem's advice.
    expect(rank(db, 'python', 'jest')[0]?.fix.summary).toMatch(/worker_id/);
  });
});
