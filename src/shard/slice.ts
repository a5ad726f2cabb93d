// Which runs of the discovery plan a matrix job executes. Pure.
import type { RunSpec, ShardRef } from '../model.js';

/**
 * `'2/4'` -> `{index: 2, count: 4}`, or a message naming the value and what is allowed.
 * The count is capped by the iterations because a shard takes whole iterations (see sliceShard).
 */
export function parseShard(value: string, iterations: number): ShardRef | string {
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim());
  if (!match) return `'${value}' is not a shard; use i/n, e.g. 1/4 (the i-th of n matrix jobs)`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `'${value}' is out of range; i must be between 1 and n, e.g. 1/4 ... 4/4`;
  if (count > iterations) {
    return `'${value}': ${count} shards need at least ${count} iterations (got ${iterations}); each shard runs whole iterations`;
  }
  return { index, count };
}

/**
 * The shard's slice: a contiguous block of whole iterations, sizes differing by at most one.
 *
 * Why whole iterations: one iteration visits every worker count, so each shard has a serial
 * baseline and every parallel arm measured on the same runner. Splitting an iteration would put
 * w1 on one machine and w4 on another, confounding "parallel" with "other hardware".
 * Why contiguous: shards run one after another in plan order reproduce the single job exactly,
 * and each block keeps the plan's rotation (consecutive iterations start at different counts).
 * Run ids stay the plan's global ids (d-005-w4), so merged shards never collide.
 */
export function sliceShard(plan: readonly RunSpec[], shard: ShardRef, iterations: number): RunSpec[] {
  const [first, last] = iterationRange(shard, iterations);
  return plan.filter((spec) => spec.iteration >= first && spec.iteration <= last);
}

/** 1-based inclusive iteration range of a shard; the first `iterations % count` shards get one more. */
export function iterationRange(shard: ShardRef, iterations: number): [number, number] {
  const base = Math.floor(iterations / shard.count);
  const extra = iterations % shard.count;
  const before = (shard.index - 1) * base + Math.min(shard.index - 1, extra);
  const size = base + (shard.index <= extra ? 1 : 0);
  return [before + 1, before + size];
}
