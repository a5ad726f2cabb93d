// A compact, hidden digest of a result, stored in the sticky comment so the next run can say what
// changed (EnricoMi/publish-unit-test-result-action does the same). Test ids are hashed: the
// digest carries no untrusted text, and a comment edited by hand only loses the comparison.
import { createHash } from 'node:crypto';
import type { Report, Verdict } from '../model.js';
import { findings, plural } from './format.js';
import { codeSpan } from './sanitize.js';

const CODES: Readonly<Record<string, Verdict>> = { p: 'parallel-only', f: 'flaky', b: 'broken', l: 'lost' };
/** Bounded so the digest never eats the comment's budget (12 hex chars + 1 per test). */
const MAX_ENTRIES = 2000;
const DIGEST = /<!-- flakegate:digest v1 gate=(passed|failed)((?: [pfbl]=[0-9a-f.]*)*) -->/;

export interface Digest {
  readonly gate: 'passed' | 'failed';
  /** Hashed test id -> verdict, for the reported (non-stable) tests. */
  readonly tests: ReadonlyMap<string, Verdict>;
}

export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}

export function digestOf(report: Report): Digest {
  const tests = new Map<string, Verdict>();
  for (const t of findings(report).slice(0, MAX_ENTRIES)) tests.set(hashId(t.id), t.verdict);
  return { gate: report.gate.failed ? 'failed' : 'passed', tests };
}

export function formatDigest(d: Digest): string {
  const groups = Object.entries(CODES).map(([code, verdict]) => {
    const hashes = [...d.tests].filter(([, v]) => v === verdict).map(([h]) => h).sort();
    return ` ${code}=${hashes.join('.')}`;
  });
  return `<!-- flakegate:digest v1 gate=${d.gate}${groups.join('')} -->`;
}

/** The digest found in a previous comment body, or null (none, or edited beyond recognition). */
export function parseDigest(body: string): Digest | null {
  const m = DIGEST.exec(body);
  if (m === null) return null;
  const tests = new Map<string, Verdict>();
  for (const part of (m[2] ?? '').trim().split(' ')) {
    const [code, list] = part.split('=');
    const verdict = code === undefined ? undefined : CODES[code];
    if (verdict === undefined || list === undefined) continue;
    for (const h of list.split('.')) if (/^[0-9a-f]{12}$/.test(h)) tests.set(h, verdict);
  }
  return { gate: m[1] === 'failed' ? 'failed' : 'passed', tests };
}

/** "Since the last run: ..." in markdown, or '' when there is nothing to compare with. */
export function describeChanges(report: Report, previous: Digest | null, secrets: readonly string[]): string {
  if (previous === null) return '';
  const current = digestOf(report);
  const byHash = new Map(report.tests.map((t) => [hashId(t.id), t]));
  const name = (h: string): string => {
    const t = byHash.get(h);
    return t === undefined ? 'a test no longer in the suite' : codeSpan(t.display, { secrets, max: 80 });
  };
  const list = (hashes: string[]): string => {
    const shown = hashes.slice(0, 5).map(name).join(', ');
    return hashes.length > 5 ? `${shown} and ${hashes.length - 5} more` : shown;
  };
  const changed: string[] = [];
  const added = [...current.tests].filter(([h, v]) => previous.tests.get(h) !== v);
  for (const verdict of Object.values(CODES)) {
    const hs = added.filter(([, v]) => v === verdict).map(([h]) => h).sort();
    if (hs.length > 0) changed.push(`${hs.length} newly ${verdict}: ${list(hs)}`);
  }
  const gone = [...previous.tests.keys()].filter((h) => !current.tests.has(h)).sort();
  if (gone.length > 0) changed.push(`${plural(gone.length, 'test')} no longer reported: ${list(gone)}`);
  const gate = previous.gate === current.gate ? '' : ` The gate went from ${previous.gate} to ${current.gate}.`;
  if (changed.length === 0) return `**Since the last run:** no change.${gate}`;
  return `**Since the last run:**${gate}\n\n${changed.map((c) => `- ${c}`).join('\n')}`;
}
