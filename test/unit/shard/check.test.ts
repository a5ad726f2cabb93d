import { describe, expect, it } from 'vitest';
import { checkShards, type LoadedShard } from '../../../src/shard/check.js';
import { buildManifest, planHash, readManifest, type PlanIdentity } from '../../../src/shard/manifest.js';

const IDENTITY: PlanIdentity = { framework: 'custom', command: 'node suite.mjs {workers} {junit}', workers: [1, 2], iterations: 4, shards: 4 };
const SHA = 'c'.repeat(40);

function shard(index: number, over: { identity?: Partial<PlanIdentity>; commit?: string | null; path?: string } = {}): LoadedShard {
  const identity = { ...IDENTITY, ...over.identity };
  const manifest = buildManifest({ index, count: identity.shards }, identity, over.commit === undefined ? SHA : over.commit, [`d-00${index}-w1`], [`d-00${index}-w1`]);
  return { path: over.path ?? `shard-${index}/shard.json`, manifest };
}

describe('planHash', () => {
  it('is stable and changes with every identity field', () => {
    expect(planHash(IDENTITY)).toBe(planHash({ ...IDENTITY, workers: [1, 2] }));
    expect(planHash(IDENTITY)).toMatch(/^[0-9a-f]{16}$/);
    const variants: PlanIdentity[] = [
      { ...IDENTITY, framework: 'pytest' },
      { ...IDENTITY, command: 'other {workers} {junit}' },
      { ...IDENTITY, workers: [1, 4] },
      { ...IDENTITY, iterations: 5 },
      { ...IDENTITY, shards: 2 },
    ];
    for (const v of variants) expect(planHash(v)).not.toBe(planHash(IDENTITY));
  });
});

describe('readManifest', () => {
  it('round-trips a manifest and names what is wrong with others', () => {
    const m = shard(2).manifest;
    expect(readManifest(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(readManifest({ ...m, schema: 'x' })).toMatch(/schema "x", expected flakegate\/shard@1/);
    expect(readManifest({ ...m, index: 5 })).toBe('index 5 is above its count 4');
    expect(readManifest([])).toMatch(/has schema missing/);
    expect(readManifest(null)).toMatch(/has schema missing/);
    // Bounded before anything is allocated for it (checkShards makes one entry per index).
    expect(readManifest({ ...m, count: 1e9 })).toBe('count must be <= 1000 (got 1000000000)');
    expect(readManifest({ ...m, runs: ['../../x'] })).toMatch(/^runs\[0\] must be a run id .* \(got "\.\.\/\.\.\/x"\)$/);
    expect(readManifest({ ...m, runs: 5 })).toBe('runs must be array (got 5)');
    const { planned: _gone, ...truncated } = m;
    expect(readManifest(truncated)).toBe('planned is missing');
  });
});

describe('checkShards', () => {
  it('accepts all shards of one plan and commit, in any order', () => {
    const r = checkShards([shard(3), shard(1), shard(4), shard(2)]);
    expect(r).toEqual({ ok: true, count: 4, plan: planHash(IDENTITY), commit: SHA, merged: [1, 2, 3, 4], missing: [] });
  });

  it('names missing indices without failing', () => {
    const r = checkShards([shard(1), shard(4)]);
    expect(r).toMatchObject({ ok: true, merged: [1, 4], missing: [2, 3] });
  });

  it('refuses a shard of another plan, naming the file and the field', () => {
    const r = checkShards([shard(1), shard(2, { identity: { workers: [1, 4] }, path: 'x/shard.json' }), shard(3)]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(['x/shard.json belongs to another plan: workers is [1,4] but shard-1/shard.json has [1,2]; not merged']);
  });

  it('refuses a shard of another commit', () => {
    const r = checkShards([shard(1), shard(2, { commit: 'd'.repeat(40) })]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^shard-2\/shard.json belongs to another commit: commit is d{40} but shard-1\/shard.json has c{40}/);
  });

  it('refuses a shard count that differs (another plan)', () => {
    const r = checkShards([shard(1), shard(2, { identity: { shards: 3 } })]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/shards is 3 but .* has 4/);
  });

  it('refuses a duplicate index', () => {
    const r = checkShards([shard(1), shard(2, { path: 'a/shard.json' }), shard(2, { path: 'b/shard.json' })]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual(['shard 2/4 appears twice: a/shard.json and b/shard.json; not merged']);
  });

  it('has nothing to merge without manifests', () => {
    expect(checkShards([])).toEqual({ ok: false, problems: ['no shard manifests (shard.json) found'] });
  });
});
