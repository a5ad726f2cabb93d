// Python's block structure read from indentation: a `def`/`class` block with its signature's
// parameters, decorators, and the lines inside triple-quoted strings (which may start at column 0).
import { indentOf, isBlankOrComment } from './source-lang.js';

export interface Block {
  readonly start: number;
  readonly end: number;
  readonly params: readonly string[];
}

/** True for lines strictly inside a triple-quoted string (its opening line is code). */
export function tripleQuoted(lines: readonly string[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (const line of lines) {
    inside.push(open);
    if (tripleQuotes(line) % 2 === 1) open = !open;
  }
  return inside;
}

export function decoratorsStart(lines: readonly string[], at: number): number {
  let start = at;
  while (start > 0 && (lines[start - 1] ?? '').trim().startsWith('@')) start -= 1;
  return start;
}

/** A def/class block: the signature (which may span lines) and every deeper-indented line after it. */
export function block(lines: readonly string[], at: number): Block {
  const indent = indentOf(lines[at] ?? '');
  let depth = 0;
  let signature = '';
  let k = at;
  for (; k < lines.length && k < at + 40; k++) {
    const line = lines[k] ?? '';
    signature += `${line}\n`;
    for (const ch of line) {
      if (ch === '(' || ch === '[' || ch === '{') depth += 1;
      else if (ch === ')' || ch === ']' || ch === '}') depth -= 1;
    }
    if (depth <= 0) break;
  }
  let end = k;
  // Lines inside a triple-quoted string (SQL, expected output) may start at column 0.
  let inString = false;
  for (let j = k + 1; j < lines.length; j++) {
    const line = lines[j] ?? '';
    const startsInside = inString;
    if (tripleQuotes(line) % 2 === 1) inString = !inString;
    if (startsInside) {
      end = j;
      continue;
    }
    if (isBlankOrComment(line, 'python')) continue;
    if (indentOf(line) <= indent) break;
    end = j;
  }
  return { start: at, end, params: paramsOf(signature) };
}

function tripleQuotes(line: string): number {
  return (line.match(/"""|'''/g) ?? []).length;
}

function paramsOf(signature: string): string[] {
  const open = signature.indexOf('(');
  const close = signature.lastIndexOf(')');
  if (open === -1 || close <= open) return [];
  return signature
    .slice(open + 1, close)
    .split(',')
    .map((p) => /^\s{0,200}\*{0,2}(\w{1,200})/.exec(p)?.[1] ?? '')
    .filter((p) => p !== '' && p !== 'self' && p !== 'cls');
}
