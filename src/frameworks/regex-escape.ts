/**
 * Escapes text for a JavaScript RegExp, in or out of `u` mode: only syntax characters get a
 * backslash (`\-` or `\ ` would be syntax errors with `u`). Test names are arbitrary text
 * (`adds 1+1 [ok] $HOME`), and Jest, Vitest, Mocha and node:test all read name filters as regexes.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Escapes a test name from a flakegate id for matching the real name: the parse stage collapses
 * runs of whitespace in ids (`a  b` -> `a b`), so each space matches any run of whitespace.
 */
export function escapeTestName(text: string): string {
  return escapeRegExp(text).replace(/ /g, '\\s+');
}

/**
 * A pattern for titles that a report joined with `separator`, matching them joined by a single
 * space (how Jest, Vitest < 5, Mocha and node:test 22+ build full names) or by the separator
 * itself (a title may contain it, and Vitest 5 matches ` > `-joined names).
 */
export function joinedTitlesPattern(titles: readonly string[], separator: string): string {
  return titles.map(escapeTestName).join(`(?:\\s+|${escapeTestName(separator)})`);
}

/** Escapes text for Go's RE2 syntax, as Go's regexp.QuoteMeta does. */
export function escapeGoRegExp(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** `^(?:a|b)$`: exactly one of the alternatives (already patterns), without repeats. */
export function anchoredAlternation(patterns: Iterable<string>): string {
  return `^(?:${[...new Set(patterns)].join('|')})$`;
}
