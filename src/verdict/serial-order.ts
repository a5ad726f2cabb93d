// Two kinds of serial observation (docs/confirmation.md, "Serial runs in the suite's order"): in the
// suite's own order (a full-suite run at the serial count: every test the suite runs before this
// one ran before it, as in the project's serial CI) and alone (a serial subset rerun of the
// suspects, without the tests that precede them in the suite). A test that needs state an earlier
// test leaves behind passes the first kind and fails the second; it is order dependent, and its
// failures alone are evidence of that, not of failing serially. Pure.
import { observationsOf } from '../observe/index.js';
import type { RunResult, TestId } from '../model.js';

/** Failures and observations of one kind, with the runs they came from. */
export interface SerialKind {
  readonly failed: number;
  readonly n: number;
  readonly runs: readonly string[];
}

export interface SerialSplit {
  /** Serial subset reruns (`confirm-serial` with a subset): the test without its predecessors. */
  readonly alone: SerialKind;
  /** Serial full-suite runs, discovery or confirmation: the test after its predecessors. */
  readonly inOrder: SerialKind;
}

/**
 * Alone failures (all of its alone runs failing) after which a suspect's serial arm is observed in
 * the suite's order (full-suite serial runs) instead of alone. Two, not one: a flaky test that
 * fails once alone is ended as `flaky` by its next alone run at the cost of one subset rerun,
 * while every switched suspect costs full-suite serial runs.
 */
export const ALONE_FAILURES_BEFORE_ORDER = 2;

/** In-order passes it takes, with no in-order failure, before alone failures read as order dependence. */
export const IN_ORDER_PASSES = 2;

/** A test's counted serial observations (experiments excluded), split by kind. */
export function serialSplit(runs: readonly RunResult[], id: TestId, serialWorkers: number): SerialSplit {
  const alone = { failed: 0, n: 0, runs: [] as string[] };
  const inOrder = { failed: 0, n: 0, runs: [] as string[] };
  for (const o of observationsOf(runs, id)) {
    if (o.experiment || o.workers !== serialWorkers) continue;
    // Only confirmation's serial arm reruns a subset serially; a serial full-suite run of any
    // phase is the suite's order. (Burn-in subsets run at the largest count, never serially.)
    const kind = o.subset ? (o.phase === 'confirm-serial' ? alone : null) : inOrder;
    if (kind === null) continue;
    kind.n++;
    kind.runs.push(o.run);
    if (o.failed) kind.failed++;
  }
  return { alone, inOrder };
}

/**
 * Needs what an earlier test leaves behind: failed in every serial run alone (at least one), and
 * passed every serial run in the suite's order (at least IN_ORDER_PASSES). Its alone failures are
 * then not serial failures for the verdict: in the suite's order it passes.
 */
export function needsPredecessors(split: SerialSplit): boolean {
  const { alone, inOrder } = split;
  return alone.failed >= 1 && alone.failed === alone.n && inOrder.failed === 0 && inOrder.n >= IN_ORDER_PASSES;
}

/**
 * Which serial arm a suspect's next serial observation comes from: `in-order` once every alone
 * run of it failed, ALONE_FAILURES_BEFORE_ORDER times or more (and no in-order run failed), else
 * `alone`. A predictable choice: it reads only observations already made.
 */
export function serialArmOf(split: SerialSplit): 'alone' | 'in-order' {
  const { alone, inOrder } = split;
  return alone.failed >= ALONE_FAILURES_BEFORE_ORDER && alone.failed === alone.n && inOrder.failed === 0 ? 'in-order' : 'alone';
}

/**
 * The serial failures that make a test `flaky` (or `broken`): every one, except alone failures of
 * a test that needs its predecessors (`needsPredecessors`).
 */
export function countedSerialFailures(split: SerialSplit): number {
  return needsPredecessors(split) ? split.inOrder.failed : split.alone.failed + split.inOrder.failed;
}
