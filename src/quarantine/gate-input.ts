// Between explain and report: apply the quarantine file and decide the gate with what is known on
// the base branch. Reads the quarantine file (the one I/O); the decisions are pure (apply.ts, gate.ts).
import { decideGate } from '../analyse/gate.js';
import type { Config, Gate, Logger, TestAnalysis, TestId } from '../model.js';
import { applyQuarantine } from './apply.js';
import { loadQuarantine } from './load.js';
import type { QuarantineEntry } from './parse.js';

/** Tests known on the base branch for `fail-on: new-parallel-only` (from the stability history). */
export interface KnownTests {
  readonly ids: ReadonlySet<TestId>;
  /** Set when the history could not be read: every parallel-only test then counts as new, and the gate reason says why. */
  readonly note?: string;
}

export interface GateResult {
  readonly tests: TestAnalysis[];
  readonly gate: Gate;
  readonly warnings: string[];
}

export interface GateOptions {
  readonly known?: KnownTests;
  /** Entries already read (a run reads the file once, before its first run); absent = read config.quarantine now. */
  readonly entries?: readonly QuarantineEntry[];
  /** YYYY-MM-DD (UTC); decides expiry; injected so tests can pin it. */
  readonly today?: string;
}

export async function gateWithQuarantine(tests: readonly TestAnalysis[], config: Config, log: Logger, opts: GateOptions = {}): Promise<GateResult> {
  const { known, today = new Date().toISOString().slice(0, 10) } = opts;
  const entries = opts.entries ?? (config.quarantine === undefined ? [] : await loadQuarantine(config.quarantine));
  const applied = applyQuarantine(tests, entries, today, config.quarantine ?? '.flakegate.yml');
  for (const w of applied.warnings) log.warn(w);
  const note = config.failOn === 'new-parallel-only' ? (known?.note ?? (known === undefined ? 'no stability history was available, so only quarantined tests count as known' : undefined)) : undefined;
  const gate = decideGate(applied.tests, config.failOn, {
    expired: applied.expired,
    failOnConfidence: config.failOnConfidence,
    ...(known === undefined ? {} : { known: known.ids }),
    ...(note === undefined ? {} : { knownNote: note }),
  });
  return { tests: applied.tests, gate, warnings: applied.warnings };
}
