// The one sanitiser for untrusted text (test names, messages, output excerpts, anything a test
// process wrote). Every renderer goes through these functions; each has its own tests.
// Order matters: strip escapes first (so colour codes cannot split a secret), then redact, then
// bound, then escape for the target (HTML + markdown, code span, table cell, log line).
import { redactSecrets } from './secrets.js';

export { collectSecrets, redactSecrets, REDACTED } from './secrets.js';

export interface SanitizeOptions {
  /** Secret values to redact (see `collectSecrets`); token shapes are redacted regardless. */
  readonly secrets?: readonly string[];
  /** Maximum length in code points before `truncate` cuts with a visible note. */
  readonly max?: number;
}

const DEFAULT_INLINE_MAX = 300;
const DEFAULT_BLOCK_MAX = 4000;

/**
 * Every form an escape sequence reaches us in. As a character: raw ESC; U+FFFD, which the parse
 * stage puts where a report held a raw ESC (XML 1.0 forbids it); U+241B, the printable ESC symbol.
 * Spelt out as text by reporters that escape their output (`\x1b`, `\u001b`, `\033`, `\e`, `^[`):
 * only colour codes (SGR, `[...m`), so ordinary text such as a regex `^[a-z]` is left alone.
 */
const ESC_CHAR = '(?:\\u001b|\\uFFFD|\\u241B)';
const ESC_TEXT = String.raw`(?:\\x1[bB]|\\u001[bB]|\\033|\\e|\^\[)`;
// CSI (ESC [ ... final), OSC (ESC ] ... BEL | ESC \), single-char escapes, and the 8-bit CSI (C1).
const ANSI = new RegExp(
  [
    `${ESC_CHAR}\\[[0-?]*[ -/]*[@-~]`,
    `${ESC_CHAR}\\][^\\u0007\\u001b\\uFFFD]*(?:\\u0007|${ESC_CHAR}\\\\)?`,
    `${ESC_TEXT}\\[[0-9;]*m`,
    '\\u001b[@-Z\\\\-_]',
    '\\u009b[0-?]*[ -/]*[@-~]',
  ].join('|'),
  'g',
);
// C0/C1 controls except \t and \n, plus bidi overrides (they reorder what a reviewer reads).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Zero-width joiner: GitHub no longer sees `@name` / `#123`, the reader still does. */
const ZWJ = '\u200d';

/** Removes escape sequences (in every form, see ESC) and control characters; normalises line ends to `\n`. */
export function stripControl(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ANSI, '').replace(CONTROL, '');
}

/**
 * Cuts `text` to at most `max` code points (never inside a surrogate pair), ending with a visible
 * "… (N more characters)" note that counts what was left out. The note fits inside `max`.
 */
export function truncate(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  let keep = Math.max(0, max - note(points.length).length);
  // The note's digit count depends on how much is dropped; settle it (at most a couple of steps).
  while (keep > 0 && keep + note(points.length - keep).length > max) keep -= 1;
  return points.slice(0, keep).join('') + note(points.length - keep);
}

function note(dropped: number): string {
  return `… (${dropped} more characters)`;
}

/** Escapes the characters HTML gives meaning to (so `<img onerror=...>` stays text). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Backslash-escapes inline markdown syntax and line-start block markers in one line of prose. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]~]/g, '\\$&').replace(/^(\s*)([#>+=-]|\d+[.)])/, '$1\\$2');
}

/** Stops `@user`, `@org/team`, `#123`, `GH-123` from notifying people or linking issues. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/(^|[^\w`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?)/g, `$1@${ZWJ}$2`)
    .replace(/(?<!&)#(\d+)/g, `#${ZWJ}$1`)
    .replace(/\bGH-(\d+)/gi, (m) => `${m.slice(0, 2)}${ZWJ}${m.slice(2)}`);
}

/**
 * Makes text safe to print to the job log: the runner executes a line whose trimmed start is `::`
 * (`::add-mask::`, `::stop-commands::`, `::error::`) and a legacy `##[command]` anywhere in a
 * line (actions/runner ActionCommand.TryParseV2 / TryParse). We prefix the first and break the
 * second.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trimStart().startsWith('::') ? `· ${line}` : line))
    .join('\n')
    .replace(/##\[/g, `#${ZWJ}#[`);
}

/**
 * The last pass of every string that leaves the process (log lines, the step's failure message,
 * annotations, job summary, outputs, comment, check run, issue bodies, report.md/.html): known
 * secrets and token shapes are redacted, including values that were split by escape sequences or
 * cut short upstream. The per-field sanitisers below already did this for test text; this pass is
 * what makes it true for every string, whichever renderer or message built it. `keepEscapes`:
 * the CLI's own colours on a terminal stay (test text in them was stripped field by field).
 */
export function guardOutgoing(text: string, secrets: readonly string[], opts: { readonly keepEscapes?: boolean } = {}): string {
  return redactSecrets(opts.keepEscapes === true ? text : stripControl(text), secrets);
}

/** Untrusted text as one line of markdown prose (headline reasons, notes, fixes, messages). */
export function sanitizeInline(text: string, opts: SanitizeOptions = {}): string {
  const clean = redactSecrets(stripControl(text), opts.secrets).replace(/\s+/g, ' ').trim();
  return neutraliseMentions(escapeMarkdown(escapeHtml(truncate(clean, opts.max ?? DEFAULT_INLINE_MAX))));
}

/** Untrusted multi-line text (stack traces, output tails) as a fenced code block. */
export function sanitizeBlock(text: string, opts: SanitizeOptions & { readonly language?: string } = {}): string {
  const clean = truncate(redactSecrets(stripControl(text), opts.secrets).replace(/\s+$/, ''), opts.max ?? DEFAULT_BLOCK_MAX);
  const fence = '`'.repeat(Math.max(3, longestRun(clean, '`') + 1));
  return `${fence}${opts.language ?? 'text'}\n${clean}\n${fence}`;
}

/** Untrusted text as plain log / annotation text: no escapes, no secrets, no workflow commands. */
export function sanitizeLog(text: string, opts: SanitizeOptions = {}): string {
  const clean = redactSecrets(stripControl(text), opts.secrets).replace(/\t/g, ' ').trimEnd();
  return neutraliseWorkflowCommands(truncate(clean, opts.max ?? DEFAULT_BLOCK_MAX));
}

/**
 * Untrusted text (a test name, an id) as a markdown code span whose fence is longer than any
 * backtick run inside, so nothing can close it early; one line, bounded, redacted.
 */
export function codeSpan(text: string, opts: SanitizeOptions = {}): string {
  const clean = truncate(redactSecrets(stripControl(text), opts.secrets).replace(/\s+/g, ' ').trim(), opts.max ?? DEFAULT_INLINE_MAX);
  if (clean === '') return '` `';
  const fence = '`'.repeat(longestRun(clean, '`') + 1);
  // CommonMark strips one space each side, so pad when the content touches a backtick or space.
  const pad = /^[` ]|[` ]$/.test(clean) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Untrusted text as HTML `<code>` (for `<summary>`, where markdown is not rendered). */
export function htmlCode(text: string, opts: SanitizeOptions = {}): string {
  const clean = truncate(redactSecrets(stripControl(text), opts.secrets).replace(/\s+/g, ' ').trim(), opts.max ?? DEFAULT_INLINE_MAX);
  return `<code>${escapeHtml(clean)}</code>`;
}

/**
 * Already-rendered markdown made safe for one GFM table cell: newlines collapse to a space and
 * every `|` gets an odd number of backslashes before it (GFM splits cells before inline parsing,
 * even inside code spans; an even run would escape the backslash, not the pipe).
 */
export function tableCell(markdown: string): string {
  const oneLine = markdown.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const escaped = oneLine.replace(/(\\*)\|/g, (_m, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`));
  return escaped === '' ? ' ' : escaped;
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

