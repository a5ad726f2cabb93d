// shard.json: what a shard ran and which plan it belongs to, so the aggregate can refuse strangers. Pure.
import { createHash } from 'node:crypto';
import type { ShardRef } from '../model.js';

export const SHARD_SCHEMA = 'flakegate/shard@1';

/** What makes two shards slices of the same plan. */
export interface PlanIdentity {
  readonly framework: string;
  /** The resolved command template (after framework detection), not the raw input. */
  readonly command: string;
  readonly workers: readonly number[];
  readonly iterations: number;
  readonly shards: number;
}

export interface ShardManifest extends ShardRef {
  readonly schema: typeof SHARD_SCHEMA;
  /** sha256 of the plan identity, hex, first 16 characters. */
  readonly plan: string;
  readonly identity: PlanIdentity;
  /** The commit tested (GITHUB_SHA, else `git rev-parse HEAD`), null when neither is known. */
  readonly commit: string | null;
  /** Global run ids of the slice that finished. */
  readonly runs: readonly string[];
  /** Run ids of the slice as planned (a budget or cancellation can leave some unrun). */
  readonly planned: readonly string[];
}

export function planHash(identity: PlanIdentity): string {
  const canonical = JSON.stringify([identity.framework, identity.command, [...identity.workers], identity.iterations, identity.shards]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** A parsed shard.json, or a message saying what is wrong with it. */
export function readManifest(value: unknown): ShardManifest | string {
  if (typeof value !== 'object' || value === null) return 'is not a JSON object';
  const m = value as Partial<ShardManifest>;
  if (m.schema !== SHARD_SCHEMA) return `has schema ${JSON.stringify(m.schema)}, expected ${SHARD_SCHEMA}`;
  const ints = [m.index, m.count].every((n) => Number.isSafeInteger(n) && (n as number) >= 1);
  if (!ints || (m.index as number) > (m.count as number)) return `has an invalid index/count ${String(m.index)}/${String(m.count)}`;
  if (typeof m.plan !== 'string' || typeof m.identity !== 'object' || m.identity === null) return 'has no plan identity';
  if (!Array.isArray(m.runs) || !Array.isArray(m.planned)) return 'has no run list';
  if (m.commit !== null && typeof m.commit !== 'string') return 'has an invalid commit';
  return m as ShardManifest;
}

export function buildManifest(shard: ShardRef, identity: PlanIdentity, commit: string | null, planned: readonly string[], runs: readonly string[]): ShardManifest {
  return { schema: SHARD_SCHEMA, index: shard.index, count: shard.count, plan: planHash(identity), identity, commit, runs, planned };
}
