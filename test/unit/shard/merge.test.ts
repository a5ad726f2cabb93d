import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/config.js';
import { findShardDirs } from '../../../src/shard/find-shards.js';
import { buildManifest, type PlanIdentity, type ShardManifest } from '../../../src/shard/manifest.js';
import type { Gate, RunResult } from '../../../src/model.js';
import { nextSeq } from '../../../src/shard/confirm-merged.js';
import { incompleteGate, mergeShards, readShardManifest } from '../../../src/shard/merge.js';

const IDENTITY: PlanIdentity = { framework: 'custom', command: 'node s.mjs {workers} {junit}', workers: [1, 2], iterations: 4, shards: 4 };
const manifest = (index: number): ShardManifest => buildManifest({ index, count: 4 }, IDENTITY, 'e'.repeat(40), [], []);

function shardDirs(contents: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fg-shards-'));
  for (const [name, text] of Object.entries(contents)) {
    mkdirSync(join(root, name), { recursive: true });
    writeFileSync(join(root, name, text.startsWith('{"schema":"flakegate/report') ? 'report.json' : 'shard.json'), text);
  }
  return root;
}

describe('mergeShards', () => {
  it('is null for plain result directories (no shard.json anywhere)', () => {
    expect(mergeShards([{ dir: 'a', manifest: null }])).toBeNull();
  });

  it('merges a complete set silently and records it', () => {
    const merge = mergeShards([1, 2, 3, 4].map((i) => ({ dir: `s${i}`, manifest: manifest(i) })));
    expect(merge?.warnings).toEqual([]);
    expect(merge?.shards).toMatchObject({ count: 4, merged: [1, 2, 3, 4], missing: [] });
    expect(merge?.workers).toEqual([1, 2]);
    expect(merge?.iterations).toBe(4);
    expect(merge?.notes.map((n) => n.text).join('\n')).toMatch(/merged shards 1, 2, 3, 4 of 4 .*commit eeeeeeeeeeee/);
  });

  it('reports missing shards in a warning and a planner note', () => {
    const merge = mergeShards([{ dir: 's1', manifest: manifest(1) }, { dir: 's3', manifest: manifest(3) }]);
    expect(merge?.warnings).toEqual(['shards 2/4, 4/4 missing: the report covers 2 of 4 shards and the gate fails until every shard arrives (did a matrix job fail or its artifact expire?)']);
    expect(merge?.notes.some((n) => n.kind === 'fallback' && /2\/4, 4\/4 missing/.test(n.text))).toBe(true);
  });

  it('refuses a directory that is not a shard among shards', () => {
    expect(() => mergeShards([{ dir: 's1', manifest: manifest(1) }, { dir: 'old-run', manifest: null }])).toThrow(/old-run is not a shard \(no shard.json\)/);
  });

  it('refuses a foreign shard with a ConfigError naming the file', () => {
    const foreign = buildManifest({ index: 2, count: 4 }, { ...IDENTITY, command: 'node other.mjs {workers} {junit}' }, 'e'.repeat(40), [], []);
    const merge = (): unknown => mergeShards([{ dir: 's1', manifest: manifest(1) }, { dir: 's2', manifest: foreign }]);
    expect(merge).toThrow(ConfigError);
    expect(merge).toThrow(/s2\/shard.json belongs to another plan: command is "node other.mjs/);
  });
});

describe('readShardManifest and findShardDirs', () => {
  it('reads one directory per artifact, and the directory itself when it is a shard', async () => {
    const root = shardDirs({ 'flakegate-shard-2': JSON.stringify(manifest(2)), 'flakegate-shard-1': JSON.stringify(manifest(1)), unrelated: '' });
    writeFileSync(join(root, 'unrelated', 'shard.json'), JSON.stringify(manifest(3)));
    const dirs = findShardDirs(root, "input 'shards'");
    expect(dirs.map((d) => d.slice(root.length + 1))).toEqual(['flakegate-shard-1', 'flakegate-shard-2', 'unrelated']);
    expect(findShardDirs(join(root, 'flakegate-shard-1'), 'x')).toEqual([join(root, 'flakegate-shard-1')]);
    expect((await readShardManifest(join(root, 'flakegate-shard-2')))?.index).toBe(2);
    expect(await readShardManifest(root)).toBeNull();
  });

  it('names a directory without results and a malformed manifest', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'fg-shards-'));
    expect(() => findShardDirs(empty, "input 'shards'")).toThrow(/input 'shards': '.*' holds no shard results/);
    expect(() => findShardDirs(join(empty, 'nope'), "input 'shards'")).toThrow(/does not exist/);
    const bad = shardDirs({ s: '{"schema":"flakegate/shard@1","index":9,"count":2}' });
    await expect(readShardManifest(join(bad, 's'))).rejects.toThrow(/s\/shard.json: plan is missing$/);
    const broken = shardDirs({ s: '{not json' });
    await expect(readShardManifest(join(broken, 's'))).rejects.toThrow(/is not valid JSON/);
  });
});

describe('config: shard', () => {
  it('parses --shard and names a bad value', () => {
    expect(parseConfig({ shard: '2/4', iterations: '4' }, 'cli').shard).toEqual({ index: 2, count: 4 });
    expect(parseConfig({}, 'cli').shard).toBeUndefined();
    expect(() => parseConfig({ shard: '5/4', iterations: '4' }, 'cli')).toThrow("--shard: '5/4' is out of range");
    expect(() => parseConfig({ shard: '1/8', iterations: '4' }, 'action')).toThrow("input 'shard': '1/8': 8 shards need at least 8 iterations (got 4)");
  });
});

describe('mergeShards: a shard cut short', () => {
  it('is merged with a warning saying how many of its planned runs it ran', () => {
    const short = buildManifest({ index: 2, count: 2 }, { ...IDENTITY, shards: 2 }, null, ['d-005-w1', 'd-006-w2'], ['d-005-w1']);
    const whole = buildManifest({ index: 1, count: 2 }, { ...IDENTITY, shards: 2 }, null, ['d-001-w1'], ['d-001-w1']);
    const merge = mergeShards([{ dir: 'a', manifest: whole }, { dir: 'b', manifest: short }]);
    expect(merge?.warnings).toEqual(['shard 2/2 ran 1 of its 2 planned runs']);
    expect(merge?.shards).toMatchObject({ merged: [1, 2], missing: [], commit: null });
  });
});

describe('incompleteGate: missing shards fail the gate', () => {
  const passed: Gate = { failed: false, failOn: 'parallel-only', reason: 'no parallel-only tests' };
  const shards = (merged: number[], missing: number[]) => ({ count: 4, merged, missing, plan: 'p', commit: null });

  it('fails a passing gate, naming the missing shards and keeping what the others showed', () => {
    expect(incompleteGate(passed, shards([1, 3, 4], [2]))).toEqual({
      failed: true,
      failOn: 'parallel-only',
      reason: 'incomplete: shard 2/4 missing; rerun the failed shard job (the 3 shards present: no parallel-only tests)',
    });
    expect(incompleteGate(passed, shards([1], [2, 3, 4])).reason).toBe('incomplete: shards 2/4, 3/4, 4/4 missing; rerun the failed shard jobs (the shard present: no parallel-only tests)');
  });

  it('leaves a complete merge and fail-on never alone', () => {
    expect(incompleteGate(passed, shards([1, 2, 3, 4], []))).toBe(passed);
    const never: Gate = { ...passed, failOn: 'never' };
    expect(incompleteGate(never, shards([1], [2, 3, 4]))).toBe(never);
  });
});

describe('nextSeq: confirmation run ids continue after the merged ones', () => {
  const run = (id: string): RunResult => ({ record: { id } as RunResult['record'], cases: [] });
  it('is one past the highest sequence, even when a shard in the middle is missing', () => {
    expect(nextSeq(['d-001-w1', 'd-002-w2', 'd-007-w1', 'd-008-w2'].map(run))).toBe(9);
    expect(nextSeq(['shard-1-1-x', 'y'].map(run))).toBe(3);
  });
});
