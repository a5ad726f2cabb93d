// Static check that a pattern can only backtrack a bounded amount: every quantifier is bounded
// ({m,n}, ?) and no repeated group contains another quantifier.

/** Problems found in a RegExp source; empty when it is linear-time by construction. */
export function regexProblems(source: string): string[] {
  const problems: string[] = [];
  // Each open group records whether it contains a quantifier.
  const groups: boolean[] = [];
  let lastGroupHadQuantifier = false;
  let afterGroup = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i += 1;
      afterGroup = false;
      continue;
    }
    if (ch === '[') {
      // Skip the class; `]` right after `[` or `[^` is literal.
      let j = i + 1;
      if (source[j] === '^') j += 1;
      if (source[j] === ']') j += 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
      afterGroup = false;
      continue;
    }
    if (ch === '(') {
      groups.push(false);
      afterGroup = false;
      continue;
    }
    if (ch === ')') {
      lastGroupHadQuantifier = groups.pop() ?? false;
      afterGroup = true;
      continue;
    }
    const quantifier = ch === '*' || ch === '+' || ch === '?' || ch === '{';
    if (!quantifier) {
      afterGroup = false;
      continue;
    }
    // `?` directly after `(` is group syntax (`(?:`, `(?<!`), and after a quantifier it makes it lazy.
    if (ch === '?' && (source[i - 1] === '(' || /[*+?}]/.test(source[i - 1] ?? ''))) continue;
    let bounded = ch === '?';
    if (ch === '{') {
      const close = source.indexOf('}', i);
      const body = source.slice(i + 1, close);
      bounded = /^\d+(?:,\d+)?$/.test(body);
      if (!/^\d*(?:,\d*)?$/.test(body)) continue; // a literal brace
      i = close;
    }
    if (!bounded) problems.push(`unbounded quantifier '${ch}' at ${i}`);
    // An optional group (`(...)?`) is tried at most twice: not a repetition.
    if (afterGroup && lastGroupHadQuantifier && ch !== '?') problems.push(`nested quantifier at ${i}`);
    if (groups.length > 0) groups[groups.length - 1] = true;
    afterGroup = false;
  }
  return problems;
}
