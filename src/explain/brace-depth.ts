// Brace depth at the start of every line, skipping strings and comments, for the C-like languages.
// Approximate by design (no regex literals, no nested template expressions): it only has to
// find where a test function's body ends.
import type { Lang } from './source-lang.js';

export function braceDepths(lines: readonly string[], lang: Lang): number[] {
  const depths: number[] = [];
  // Rust uses ' for lifetimes, so only " opens a string there.
  const quotes = lang === 'rust' ? '"' : '"\'`';
  let depth = 0;
  let quote: string | null = null;
  let blockComment = false;
  for (const line of lines) {
    depths.push(depth);
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] ?? '';
      const next = line[i + 1] ?? '';
      if (blockComment) {
        if (ch === '*' && next === '/') {
          blockComment = false;
          i += 1;
        }
      } else if (quote !== null) {
        if (ch === '\\') i += 1;
        else if (ch === quote) quote = null;
      } else if (ch === '/' && next === '/') {
        break;
      } else if (ch === '/' && next === '*') {
        blockComment = true;
        i += 1;
      } else if (quotes.includes(ch)) {
        quote = ch;
      } else if (ch === '{') {
        depth += 1;
      } else if (ch === '}') {
        depth = Math.max(0, depth - 1);
      }
    }
    // Only template literals and Go raw strings span lines; an unclosed ' or " is a lexing miss.
    if (quote !== null && quote !== '`') quote = null;
  }
  depths.push(depth);
  return depths;
}

/** Last line of the block that opens on `start` (or within a few lines after it). */
export function blockEnd(lines: readonly string[], depths: readonly number[], start: number): number {
  const base = depths[start] ?? 0;
  let open = start;
  // The opening brace may sit on a following line (multi-line signatures, Allman style).
  while (open < start + 5 && open + 1 < lines.length && !(lines[open] ?? '').includes('{')) open += 1;
  for (let j = open; j < lines.length; j++) {
    if ((depths[j + 1] ?? 0) <= base) return j;
  }
  return lines.length - 1;
}
