// shard.json: what a shard ran and which plan it belongs to, so the aggregate can refuse strangers. Pure.
import { createHash } from 'node:crypto';
import type { ShardRef } from '../model.js';
import { validate } from '../schema/validator.js';

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

/**
 * A parsed shard.json checked against schema/shard@1.json (bounded counts and run ids, so a
 * claimed count of 10^9 is refused before anything is allocated for it), or a message naming the
 * field that is wrong.
 */
export function readManifest(value: unknown): ShardManifest | string {
  const schema = typeof value === 'object' && value !== null ? (value as { schema?: unknown }).schema : undefined;
  if (schema !== SHARD_SCHEMA) return `has schema ${JSON.stringify(schema) ?? 'missing'}, expected ${SHARD_SCHEMA}`;
  const result = validate('shard', value);
  if (!result.ok) return result.problem;
  const m = value as ShardManifest;
  if (m.index > m.count) return `index ${m.index} is above its count ${m.count}`;
  if (m.identity.shards !== m.count) return `identity.shards ${m.identity.shards} differs from count ${m.count}`;
  return m;
}

export function buildManifest(shard: ShardRef, identity: PlanIdentity, commit: string | null, planned: readonly string[], runs: readonly string[]): ShardManifest {
  return { schema: SHARD_SCHEMA, index: shard.index, count: shard.count, plan: planHash(identity), identity, commit, runs, planned };
}
