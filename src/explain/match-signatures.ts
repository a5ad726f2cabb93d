// Runs the signature catalogue over a test's failure texts.
import { signatures } from './signatures/index.js';
import type { FailureText } from './failure-texts.js';
import type { Signature } from './types.js';

/** Causes a run's shared output tail may speak for: a crash takes every test of the worker with it. */
const OUTPUT_CAUSES = new Set(['worker-crash', 'resource-exhaustion']);
const EXCERPT_CHARS = 200;

export interface SignatureMatch {
  readonly signature: Signature;
  /** The line around the first match, trimmed and capped. */
  readonly excerpt: string;
  /** How many of the failure texts matched. */
  readonly count: number;
}

/** Matches in catalogue order; each signature at most once, with how often it matched. */
export function matchSignatures(
  texts: readonly FailureText[],
  catalogue: readonly Signature[] = signatures,
): SignatureMatch[] {
  const matches: SignatureMatch[] = [];
  for (const signature of catalogue) {
    let excerpt: string | null = null;
    let count = 0;
    for (const t of texts) {
      if (t.origin === 'output' && !OUTPUT_CAUSES.has(signature.cause)) continue;
      const m = signature.pattern.exec(t.text);
      if (m === null) continue;
      count += t.occurrences ?? 1;
      excerpt ??= lineAround(t.text, m.index, m[0].length);
    }
    if (excerpt !== null) matches.push({ signature, excerpt, count });
  }
  return matches;
}

function lineAround(text: string, index: number, length: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const newline = text.indexOf('\n', index + length);
  const raw = text.slice(start, newline === -1 ? text.length : newline);
  const line = raw.trim();
  if (line.length <= EXCERPT_CHARS) return line;
  // Keep the match visible when the line is long (minified output, one-line JSON).
  const from = Math.max(0, index - start - 60);
  return `…${raw.slice(from, from + EXCERPT_CHARS - 2).trim()}…`;
}
