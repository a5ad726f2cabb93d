import { describe, expect, it } from 'vitest';
import { MAX_REPEATS, nextPartnerProbe, partnerResult, recordProbe, repeatsFor, startPartnerSearch, type PartnerResult } from '../../../src/confirm/partner-search.js';
import { mulberry32 } from '../../../src/stats/mulberry32.js';

const candidates = Array.from({ length: 16 }, (_, i) => `t::c::t${String(i).padStart(2, '0')}`);

/** Drives the state machine against an oracle: the victim fails iff every partner runs beside it. */
function search(partners: readonly string[], options: { rate?: number; repeats?: number; seed?: number; pool?: readonly string[]; guess?: string } = {}): PartnerResult {
  const rng = mulberry32(options.seed ?? 1);
  let state = startPartnerSearch('victim', options.pool ?? candidates, 4, options.repeats ?? 1, options.guess ?? null);
  for (let probe = nextPartnerProbe(state), guard = 0; probe !== null && guard < 200; probe = nextPartnerProbe(state), guard++) {
    expect(probe.tests).toContain('victim');
    expect(probe.workers).toBe(4);
    const together = partners.every((p) => probe.tests.includes(p));
    state = recordProbe(state, together && rng() < (options.rate ?? 1));
  }
  return partnerResult(state);
}

describe('partner search', () => {
  it('probes the most likely candidate alone first: one probe when it is the partner', () => {
    const result = search(['t::c::t11'], { guess: 't::c::t11' });
    expect(result).toMatchObject({ found: true, partners: ['t::c::t11'], probes: 1 });
    expect(result.evidence[0]).toBe('probe 1: victim with t::c::t11 at 4 workers: failed');
  });

  it('falls back to verification and bisection when the guess is wrong, and still finds the partner', () => {
    const result = search(['t::c::t11'], { guess: 't::c::t03' });
    expect(result).toMatchObject({ found: true, partners: ['t::c::t11'] });
    expect(result.probes).toBeLessThanOrEqual(1 + 1 + 2 * 4);
    expect(result.evidence.join('\n')).toContain('t::c::t03 alone did not reproduce: searching all 16 candidates');
    // Two partners: the guess (one of them) alone does not reproduce; bisection finds both.
    expect(search(['t::c::t02', 't::c::t13'], { guess: 't::c::t02' }).partners).toEqual(['t::c::t02', 't::c::t13']);
  });

  it('ignores a guess that is not a candidate', () => {
    const state = startPartnerSearch('victim', candidates, 4, 1, 'elsewhere');
    expect(state.stage).toBe('verify');
    expect(nextPartnerProbe(state)?.tests).toHaveLength(17);
  });

  it('records a reused run without counting a probe, naming the run in the evidence', () => {
    const state = recordProbe(startPartnerSearch('victim', candidates, 4, 1, 't::c::t05'), true, 'x-031-w4');
    const result = partnerResult(state);
    expect(result).toMatchObject({ found: true, partners: ['t::c::t05'], probes: 0 });
    expect(result.evidence[0]).toBe('run x-031-w4 (already run, reused): victim with t::c::t05 at 4 workers: failed');
  });

  it('finds one partner among 16 in log2(16) + 1 probes when the collision is certain', () => {
    const result = search(['t::c::t11']);
    expect(result.partners).toEqual(['t::c::t11']);
    expect(result.found).toBe(true);
    // 1 verification + at most 2 per level (a miss on the first half costs the second).
    expect(result.probes).toBeLessThanOrEqual(1 + 2 * 4);
    expect(result.evidence.at(-1)).toContain('t::c::t11');
  });

  it('finds two partners that straddle the halves (neither half reproduces alone)', () => {
    const result = search(['t::c::t02', 't::c::t13']);
    expect(result.partners).toEqual(['t::c::t02', 't::c::t13']);
    expect(result.probes).toBeLessThan(candidates.length);
  });

  it('finds two partners in the same half', () => {
    expect(search(['t::c::t04', 't::c::t05']).partners).toEqual(['t::c::t04', 't::c::t05']);
  });

  it('reports no partner when all candidates together do not reproduce', () => {
    const result = search(['not-a-candidate'], { repeats: 2 });
    expect(result).toMatchObject({ found: false, partners: [], probes: 2 });
    expect(result.evidence.join('\n')).toContain('did not reproduce');
  });

  it('survives a noisy reproduction when repeats follow the observed rate', () => {
    const repeats = repeatsFor(0.6);
    expect(repeats).toBe(4);
    for (let seed = 1; seed <= 10; seed++) {
      expect(search(['t::c::t07'], { rate: 0.6, repeats, seed }).partners, `seed ${seed}`).toEqual(['t::c::t07']);
    }
  });

  it('needs one probe per half for a certain race and caps noisy ones', () => {
    expect(repeatsFor(1)).toBe(1);
    expect(repeatsFor(0.3)).toBe(MAX_REPEATS);
    expect(repeatsFor(0)).toBe(MAX_REPEATS);
    // Bonferroni over the halvings: 0.95 alone needs 1 miss, over 6 decisions 2.
    expect(repeatsFor(0.95, 6)).toBe(2);
  });

  it('ends at once without candidates, and ignores the victim among them', () => {
    expect(nextPartnerProbe(startPartnerSearch('victim', ['victim'], 2))).toBeNull();
    expect(partnerResult(startPartnerSearch('victim', [], 2))).toMatchObject({ found: false, probes: 0 });
  });

  it('prunes a member that a noisy miss added (1-minimality check)', () => {
    // x is the partner; the first probe of {x} misses by bad luck, so the search ends with {x, y}.
    const script = [true, false, false];
    let state = startPartnerSearch('victim', ['x', 'y'], 2, 1);
    for (let probe = nextPartnerProbe(state); probe !== null; probe = nextPartnerProbe(state)) {
      state = recordProbe(state, script.shift() ?? probe.tests.includes('x'));
    }
    const result = partnerResult(state);
    expect(result.partners).toEqual(['x']);
    expect(result.evidence.join('\n')).toContain('y is not needed');
  });

  it('a single candidate is verified, then returned', () => {
    expect(search(['t::c::t00'], { pool: ['t::c::t00'] })).toMatchObject({ partners: ['t::c::t00'], probes: 1 });
  });
});
