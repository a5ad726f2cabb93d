// Applying quarantine entries to analysed tests: pure, with "today" passed in (YYYY-MM-DD, UTC).
import type { Quarantined, TestAnalysis } from '../model.js';
import type { QuarantineEntry } from './parse.js';

export interface QuarantineOutcome {
  /** The same tests, `quarantined` set on those an unexpired entry matches. */
  readonly tests: TestAnalysis[];
  /** Entries past their expiry: `pattern (expired YYYY-MM-DD)`; they quarantine nothing and fail the gate. */
  readonly expired: string[];
  /** Warnings: expired entries (loudly) and entries matching no test (stale). */
  readonly warnings: string[];
}

/** `*` matches any run of characters; everything else is literal. An id without `*` must match exactly. */
export function matchesPattern(pattern: string, id: string): boolean {
  if (!pattern.includes('*')) return pattern === id;
  const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 's');
  return re.test(id);
}

export function applyQuarantine(tests: readonly TestAnalysis[], entries: readonly QuarantineEntry[], today: string, file: string): QuarantineOutcome {
  const expired: string[] = [];
  const warnings: string[] = [];
  const active: QuarantineEntry[] = [];
  for (const entry of entries) {
    if (entry.expires !== undefined && entry.expires < today) {
      expired.push(`${entry.test} (expired ${entry.expires})`);
      warnings.push(`${file}: quarantine of '${entry.test}' expired on ${entry.expires}; renew it with a new date or fix the test and remove the entry (${whoOf(entry)})`);
    } else {
      active.push(entry);
    }
  }
  const used = new Set<QuarantineEntry>();
  const out = tests.map((t) => {
    const entry = active.find((e) => matchesPattern(e.test, t.id));
    if (entry === undefined) return t;
    used.add(entry);
    return { ...t, quarantined: toQuarantined(entry) };
  });
  for (const entry of active) {
    if (!used.has(entry)) warnings.push(`${file}: quarantine entry '${entry.test}' matches no test in this run (stale? remove it when the test is gone)`);
  }
  return { tests: out, expired, warnings };
}

function toQuarantined(e: QuarantineEntry): Quarantined {
  return {
    entry: e.test,
    reason: e.reason,
    ...(e.owner === undefined ? {} : { owner: e.owner }),
    ...(e.issue === undefined ? {} : { issue: e.issue }),
    ...(e.expires === undefined ? {} : { expires: e.expires }),
  };
}

function whoOf(e: QuarantineEntry): string {
  return [e.owner === undefined ? null : `owner ${e.owner}`, e.issue === undefined ? null : `issue ${e.issue}`].filter((x) => x !== null).join(', ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
