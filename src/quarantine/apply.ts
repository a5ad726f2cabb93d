// Applying quarantine entries to analysed tests: pure, with "today" passed in (YYYY-MM-DD, UTC).
import type { Quarantined, TestAnalysis } from '../model.js';
import { createTestIndex, type EntryMatch } from './match.js';
import type { QuarantineEntry } from './parse.js';

export { matchesPattern } from './match.js';

export interface QuarantineOutcome {
  /** The same tests, `quarantined` set on those an unexpired entry matches. */
  readonly tests: TestAnalysis[];
  /** Expired entries that still match a test: `pattern (expired YYYY-MM-DD)`; they quarantine nothing and fail the gate. */
  readonly expired: string[];
  /** Warnings: expired entries, entries matching no test (stale, with the closest id) or several by another form. */
  readonly warnings: string[];
}

/** Unmatched entries for which the closest test is looked for (each is a scan of every test). */
const MAX_SUGGESTIONS = 20;
/** Tests an ambiguous entry's warning names. */
const NAMED_CANDIDATES = 5;

/**
 * Each entry names tests as `match.ts` reads it; a test takes the first unexpired entry that names
 * it. An expired entry fails the gate only while it still names a test: one whose test is gone (fixed
 * and deleted, renamed) is only a warning, so a forgotten entry cannot fail every later build.
 */
export function applyQuarantine(tests: readonly TestAnalysis[], entries: readonly QuarantineEntry[], today: string, file: string): QuarantineOutcome {
  const index = createTestIndex(tests);
  const expired: string[] = [];
  const warnings: string[] = [];
  const assigned = new Map<TestAnalysis, QuarantineEntry>();
  let suggestions = 0;
  for (const entry of entries) {
    const match = index.match(entry.test, suggestions < MAX_SUGGESTIONS);
    if (match.kind === 'none' && !entry.test.includes('*')) suggestions++;
    const isExpired = entry.expires !== undefined && entry.expires < today;
    if (match.kind === 'tests') {
      if (isExpired) {
        expired.push(`${entry.test} (expired ${entry.expires})`);
        warnings.push(`${file}: quarantine of '${entry.test}' expired on ${entry.expires}; renew it with a new date or fix the test and remove the entry (${whoOf(entry)})`);
      } else {
        for (const t of match.tests) if (!assigned.has(t)) assigned.set(t, entry);
      }
    } else if (isExpired) {
      warnings.push(`${file}: quarantine entry '${entry.test}' expired on ${entry.expires} and ${unmatched(match)}; remove it (${whoOf(entry)})`);
    } else {
      warnings.push(`${file}: quarantine entry '${entry.test}' ${unmatched(match)}${match.kind === 'none' ? ' (stale? remove it when the test is gone)' : ''}`);
    }
  }
  const out = tests.map((t) => {
    const entry = assigned.get(t);
    return entry === undefined ? t : { ...t, quarantined: toQuarantined(entry) };
  });
  return { tests: out, expired, warnings };
}

function unmatched(match: Exclude<EntryMatch, { kind: 'tests' }>): string {
  if (match.kind === 'ambiguous') {
    const named = match.candidates.slice(0, NAMED_CANDIDATES).map((t) => `'${t.display}'`);
    const more = match.candidates.length > NAMED_CANDIDATES ? ` and ${match.candidates.length - NAMED_CANDIDATES} more` : '';
    return `fits ${match.candidates.length} tests (${named.join(', ')}${more}), so it quarantines none; write the id as flakegate prints it, or a pattern with *`;
  }
  return match.closest === undefined ? 'matches no test in this run' : `matches no test in this run; closest: '${match.closest}'`;
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
