import type { Outcome, Phase, RunResult, TestCase, TestId } from '../model.js';
import { compareIds, effectiveOutcome, isFailure, outcomeRank } from '../observe/index.js';
import { isCleanRun } from './run-health.js';

/** One run as the analysis sees it. */
export interface MatrixRun {
  readonly id: string;
  readonly workers: number;
  readonly phase: Phase;
  /** Finished cleanly (see `isCleanRun`): its report lists every test it ran. */
  readonly clean: boolean;
  /** The tests a subset run was asked to run; null for a full-suite run. */
  readonly subset: ReadonlySet<TestId> | null;
}

/** One test across all runs. */
export interface MatrixRow {
  readonly id: TestId;
  readonly file?: string;
  readonly line?: number;
  readonly classname: string;
  readonly name: string;
  /** Outcome per run, same index as `OutcomeMatrix.runs`; undefined = not counted in that run. */
  readonly outcomes: readonly (Outcome | undefined)[];
  /** Up to MAX_MESSAGES distinct failure messages, each capped, in run order; raw. */
  readonly messages: readonly string[];
  /** Runs where absence was read as `passed` because the row is an event row (see below). */
  readonly implicitPasses: number;
}

/** Every test by every run; rows sorted by id. */
export interface OutcomeMatrix {
  readonly runs: readonly MatrixRun[];
  readonly rows: readonly MatrixRow[];
}

export const MAX_MESSAGES = 3;
export const MAX_MESSAGE_CHARS = 500;

interface Draft {
  readonly id: TestId;
  file?: string;
  line?: number;
  readonly classname: string;
  readonly name: string;
  readonly outcomes: (Outcome | undefined)[];
  readonly messages: string[];
  failedSomewhere: boolean;
  passedOrSkippedSomewhere: boolean;
}

/**
 * The outcome matrix: per test, per run, one outcome.
 *
 * - Duplicates of an id in one run combine to the worst outcome and count as one run.
 * - Outcomes are effective outcomes (src/observe): a retried test (`attempts`) that finally passed
 *   counts as failed in that run.
 * - Absent from a run that did not finish cleanly (and expected there: full suite, or in the
 *   subset) -> `lost`. Absent from a clean run -> not counted: it was not selected or collected.
 * - Event rows: an id that never passed or skipped anywhere and only ever failed is usually a
 *   framework's stand-in for something that went wrong (a failing hook, "Test suite failed to run",
 *   "worker 'gw1' crashed"), which reporters emit only when it happens. In a clean run where it was
 *   expected AND its neighbours ran (another case with its file or classname is present), its
 *   absence means the event did not happen, so it counts as `passed` there. Without this a crash
 *   seen only in parallel could never reach `likely`: it would have no serial runs. The neighbour
 *   condition keeps an always-failing test broken when shards that never ran its file are merged.
 */
export function buildMatrix(runs: readonly RunResult[]): OutcomeMatrix {
  const matrixRuns = runs.map(toMatrixRun);
  const drafts = new Map<TestId, Draft>();
  // Runs usually list tests in the same order: trying the previous run's row at the same position
  // first saves hashing most of the (runs x tests) ids.
  let previous: readonly TestCase[] = [];
  let previousDrafts: Draft[] = [];
  for (let r = 0; r < runs.length; r++) {
    const cases = runs[r]?.cases ?? [];
    const caseDrafts: Draft[] = new Array<Draft>(cases.length);
    for (let j = 0; j < cases.length; j++) {
      const testCase = cases[j];
      if (testCase === undefined) continue;
      let draft = previous[j]?.id === testCase.id ? previousDrafts[j] : drafts.get(testCase.id);
      if (draft === undefined) {
        draft = newDraft(testCase, runs.length);
        drafts.set(testCase.id, draft);
      }
      caseDrafts[j] = draft;
      addCase(draft, testCase, r);
    }
    previous = cases;
    previousDrafts = caseDrafts;
  }
  const ids = [...drafts.keys()].sort(compareIds);
  const neighbours = neighboursOf(runs);
  const rows: MatrixRow[] = [];
  for (const id of ids) {
    const draft = drafts.get(id);
    if (draft !== undefined) rows.push(finish(draft, matrixRuns, neighbours));
  }
  return { runs: matrixRuns, rows };
}

function toMatrixRun(run: RunResult): MatrixRun {
  const { record } = run;
  return {
    id: record.id,
    workers: record.workers,
    phase: record.phase,
    clean: isCleanRun(run),
    subset: record.subset ? new Set(record.subset) : null,
  };
}

function newDraft(testCase: TestCase, runCount: number): Draft {
  return {
    id: testCase.id,
    file: undefined,
    line: undefined,
    classname: testCase.classname,
    name: testCase.name,
    outcomes: new Array<Outcome | undefined>(runCount).fill(undefined),
    messages: [],
    failedSomewhere: false,
    passedOrSkippedSomewhere: false,
  };
}

function addCase(draft: Draft, testCase: TestCase, r: number): void {
  if (draft.file === undefined && testCase.file !== undefined) draft.file = testCase.file;
  if (draft.line === undefined && testCase.line !== undefined) draft.line = testCase.line;
  const outcome = effectiveOutcome(testCase);
  const previous = draft.outcomes[r];
  if (previous === undefined || outcomeRank(outcome) > outcomeRank(previous)) draft.outcomes[r] = outcome;
  if (isFailure(outcome)) {
    draft.failedSomewhere = true;
    addMessage(draft, testCase.message, testCase.details);
    for (const attempt of testCase.attempts ?? []) addMessage(draft, attempt.message, attempt.details);
  } else if (outcome === 'passed' || outcome === 'skipped') {
    draft.passedOrSkippedSomewhere = true;
  }
}

function addMessage(draft: Draft, message: string | undefined, details: string | undefined): void {
  if (draft.messages.length >= MAX_MESSAGES) return;
  const text = messageText(message, details);
  if (text !== '' && !draft.messages.includes(text)) draft.messages.push(text);
}

/** The text `messages` keeps of one failure: its message, else the first line of its details, capped. */
export function messageText(message: string | undefined, details: string | undefined): string {
  return (message?.trim() || details?.trim().split('\n', 1)[0] || '').slice(0, MAX_MESSAGE_CHARS);
}

/** Files and classnames present in each run, built on first use (only event rows need them). */
type Neighbours = (run: number) => { readonly files: ReadonlySet<string>; readonly classnames: ReadonlySet<string> };

function neighboursOf(runs: readonly RunResult[]): Neighbours {
  const cache = new Map<number, { files: Set<string>; classnames: Set<string> }>();
  return (r) => {
    let entry = cache.get(r);
    if (entry === undefined) {
      entry = { files: new Set(), classnames: new Set() };
      for (const testCase of runs[r]?.cases ?? []) {
        if (testCase.file) entry.files.add(testCase.file);
        if (testCase.classname) entry.classnames.add(testCase.classname);
      }
      cache.set(r, entry);
    }
    return entry;
  };
}

function finish(draft: Draft, runs: readonly MatrixRun[], neighbours: Neighbours): MatrixRow {
  const eventRow = draft.failedSomewhere && !draft.passedOrSkippedSomewhere;
  let implicitPasses = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (run === undefined || draft.outcomes[r] !== undefined) continue;
    if (run.subset !== null && !run.subset.has(draft.id)) continue;
    if (!run.clean) draft.outcomes[r] = 'lost';
    else if (eventRow && hasNeighbour(draft, neighbours(r))) {
      draft.outcomes[r] = 'passed';
      implicitPasses++;
    }
  }
  return {
    id: draft.id,
    file: draft.file,
    line: draft.line,
    classname: draft.classname,
    name: draft.name,
    outcomes: draft.outcomes,
    messages: draft.messages,
    implicitPasses,
  };
}

function hasNeighbour(draft: Draft, present: ReturnType<Neighbours>): boolean {
  return (draft.file !== undefined && present.files.has(draft.file)) || (draft.classname !== '' && present.classnames.has(draft.classname));
}
