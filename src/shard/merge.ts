// The aggregate's view of the shard directories: read each shard.json, refuse strangers, name the missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config.js';
import type { Gate, PlannerNote, Report } from '../model.js';
import { readBoundedJson } from '../schema/read-json.js';
import { checkShards } from './check.js';
import { readManifest, type PlanIdentity, type ShardManifest } from './manifest.js';

export interface ShardMerge {
  /** The plan all shards share: the aggregate's confirmation reruns its command. */
  readonly identity: PlanIdentity;
  readonly workers: readonly number[];
  readonly iterations: number;
  readonly notes: readonly PlannerNote[];
  /** Missing shards and short shards: a merged report never hides that evidence is absent. */
  readonly warnings: readonly string[];
  readonly shards: NonNullable<Report['shards']>;
}

/** `<dir>/shard.json` parsed and validated, null when the directory is not a shard; a malformed one is an error. */
export async function readShardManifest(dir: string): Promise<ShardManifest | null> {
  const path = join(dir, 'shard.json');
  if (!existsSync(path)) return null;
  let value: unknown;
  try {
    value = await readBoundedJson(path, 'shard');
  } catch (error) {
    throw new ConfigError(`analyze: ${error instanceof Error ? error.message : String(error)}`);
  }
  const manifest = readManifest(value);
  if (typeof manifest === 'string') throw new ConfigError(`analyze: ${path}: ${manifest}`);
  return manifest;
}

/**
 * null when no source is a shard (plain re-analysis). Otherwise every source must be a shard of
 * one plan and one commit, each index once; missing indices become warnings and a planner note,
 * and `incompleteGate` fails the gate on them.
 */
export function mergeShards(sources: readonly { readonly dir: string; readonly manifest: ShardManifest | null }[]): ShardMerge | null {
  if (sources.every((s) => s.manifest === null)) return null;
  const strays = sources.filter((s) => s.manifest === null).map((s) => s.dir);
  if (strays.length > 0) {
    throw new ConfigError(`analyze: ${strays.join(', ')} ${strays.length === 1 ? 'is not a shard' : 'are not shards'} (no shard.json) but the other directories are; merge shards only with shards of the same plan`);
  }
  const loaded = sources.map((s) => ({ path: join(s.dir, 'shard.json'), manifest: s.manifest as ShardManifest }));
  const check = checkShards(loaded);
  if (!check.ok) throw new ConfigError(`analyze: cannot merge these shards:\n  ${check.problems.join('\n  ')}`);
  const identity = loaded[0]?.manifest.identity;
  if (identity === undefined) throw new ConfigError('analyze: no shards given');
  const commit = check.commit === null ? 'unknown commit' : `commit ${check.commit.slice(0, 12)}`;
  const notes: PlannerNote[] = [{ kind: 'discovery', text: `merged shards ${check.merged.join(', ')} of ${check.count} (plan ${check.plan}, ${commit})` }];
  const warnings: string[] =
    check.missing.length === 0
      ? []
      : [`${missingLabel(check.missing, check.count)} missing: the report covers ${check.merged.length} of ${check.count} shards and the gate fails until every shard arrives (did a matrix job fail or its artifact expire?)`];
  // A shard cut short (budget, cancellation) is merged, but the shortfall is said.
  for (const { manifest } of loaded) {
    if (manifest.runs.length < manifest.planned.length) {
      warnings.push(`shard ${manifest.index}/${manifest.count} ran ${manifest.runs.length} of its ${manifest.planned.length} planned runs`);
    }
  }
  for (const text of warnings) notes.push({ kind: 'fallback', text });
  return {
    identity,
    workers: identity.workers,
    iterations: identity.iterations,
    notes,
    warnings,
    shards: { count: check.count, merged: check.merged, missing: check.missing, plan: check.plan, commit: check.commit },
  };
}

/** `shard 2/4` or `shards 2/4, 3/4`. */
export function missingLabel(missing: readonly number[], count: number): string {
  return `shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')}`;
}

/**
 * A merge with shards missing fails the gate (unless fail-on is never): a cancelled shard must not
 * turn a required check green on thin evidence. What the shards present showed stays in the reason.
 */
export function incompleteGate(gate: Gate, shards: NonNullable<Report['shards']>): Gate {
  if (shards.missing.length === 0 || gate.failOn === 'never') return gate;
  const jobs = shards.missing.length === 1 ? 'job' : 'jobs';
  return { ...gate, failed: true, reason: `incomplete: ${missingLabel(shards.missing, shards.count)} missing; rerun the failed shard ${jobs} (${shards.merged.length === 1 ? 'the shard' : `the ${shards.merged.length} shards`} present: ${gate.reason})` };
}
