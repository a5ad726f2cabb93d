// Whether a set of shards may be merged: one plan, one commit, no duplicates; which never arrived. Pure.
import type { PlanIdentity, ShardManifest } from './manifest.js';

export interface LoadedShard {
  /** Where the manifest was read, for messages. */
  readonly path: string;
  readonly manifest: ShardManifest;
}

export type ShardCheck =
  | { readonly ok: true; readonly count: number; readonly plan: string; readonly commit: string | null; readonly merged: readonly number[]; readonly missing: readonly number[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The first shard (lowest index) is the reference. A foreign plan or commit and a duplicate index
 * are problems (nothing is merged); missing indices are not: the caller reports them.
 */
export function checkShards(shards: readonly LoadedShard[]): ShardCheck {
  // Stable: among equal indices the order given (the command line) is kept, so messages read in that order.
  const sorted = [...shards].sort((a, b) => a.manifest.index - b.manifest.index);
  const ref = sorted[0];
  if (ref === undefined) return { ok: false, problems: ['no shard manifests (shard.json) found'] };
  const problems: string[] = [];
  const byIndex = new Map<number, string>();
  for (const shard of sorted) {
    const m = shard.manifest;
    if (shard !== ref) {
      const field = differingField(ref.manifest, m);
      if (field !== null) {
        const what = field === 'commit' ? 'another commit' : 'another plan';
        problems.push(`${shard.path} belongs to ${what}: ${field} is ${fieldValue(m, field)} but ${ref.path} has ${fieldValue(ref.manifest, field)}; not merged`);
        continue;
      }
    }
    const other = byIndex.get(m.index);
    if (other !== undefined) {
      problems.push(`shard ${m.index}/${m.count} appears twice: ${other} and ${shard.path}; not merged`);
      continue;
    }
    byIndex.set(m.index, shard.path);
  }
  if (problems.length > 0) return { ok: false, problems };
  const count = ref.manifest.count;
  const merged = [...byIndex.keys()].sort((a, b) => a - b);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  return { ok: true, count, plan: ref.manifest.plan, commit: ref.manifest.commit, merged, missing };
}

type Field = keyof PlanIdentity | 'plan' | 'commit';

/** The first field that differs, identity fields before the hash, so the message says what changed. */
function differingField(a: ShardManifest, b: ShardManifest): Field | null {
  const keys: (keyof PlanIdentity)[] = ['framework', 'command', 'workers', 'iterations', 'shards'];
  for (const key of keys) if (JSON.stringify(a.identity[key]) !== JSON.stringify(b.identity[key])) return key;
  if (a.plan !== b.plan) return 'plan';
  if (a.commit !== b.commit) return 'commit';
  return null;
}

function fieldValue(m: ShardManifest, field: Field): string {
  if (field === 'plan') return m.plan;
  if (field === 'commit') return m.commit ?? 'unknown';
  return JSON.stringify(m.identity[field]);
}
