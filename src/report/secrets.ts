// Secret redaction for untrusted text (test output can echo the environment). Re-exported by
// sanitize.ts, the one sanitiser; kept apart because it is the part that must never regress.

/** Env var names whose values we treat as secrets (the runner masks only what it was told about). */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL|AUTH/i;
/** Our own non-secret inputs whose names happen to match (the comment key is the job name). */
const NOT_SECRET_NAMES = new Set(['INPUT_COMMENT-KEY', 'INPUT_COMMENT_KEY']);
/** Shorter values ("true", "1", "none") would redact ordinary words everywhere. */
const MIN_SECRET_LENGTH = 6;

export const REDACTED = '***';

/**
 * Token shapes redacted even when we were not told the value. Sources: GitHub token formats
 * (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/), AWS access
 * key ids, Slack tokens, JWTs, PEM private keys, HTTP Authorization schemes.
 */
const TOKEN_SHAPES: readonly RegExp[] = [
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  /\bgh[pousr]_[A-Za-z0-9]{36,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bxox[baprs]-[A-Za-z0-9-]{10,}/g,
  /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g,
];
/** `Bearer <x>` / `Basic <x>`: keep the scheme so the reader sees what was there. */
const AUTH_SCHEME = /\b(Bearer|Basic)(\s+)[A-Za-z0-9\-._~+/]{6,}=*/gi;

/**
 * Values of the secret-looking variables of `env`, longest first (so a secret containing another
 * is replaced whole). Multi-line values also contribute each line, as the runner's masker does.
 */
export function collectSecrets(env: Readonly<Record<string, string | undefined>>, extra: readonly (string | undefined)[] = []): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined): void => {
    if (value === undefined) return;
    const trimmed = value.trim();
    if (trimmed.length >= MIN_SECRET_LENGTH) found.add(trimmed);
    if (trimmed.includes('\n')) {
      for (const line of trimmed.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET_LENGTH) found.add(line.trim());
    }
  };
  for (const [name, value] of Object.entries(env)) {
    if (SECRET_NAME.test(name) && !NOT_SECRET_NAMES.has(name.toUpperCase())) add(value);
  }
  for (const value of extra) add(value);
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Where a value may have been cut short before it reached us: the end of the text, and the
 * truncation notes of the parse stage (`… [truncated: N more characters]`) and of `truncate`
 * (`… (N more characters)`). A secret or token cut there survives only as a prefix, which the
 * full-value patterns no longer match.
 */
const CUT = /(?=\n?… [[(](?:truncated: )?\d+ more characters[\])])|$/g;
/** Token prefixes long enough to be a cut token rather than an ordinary word. */
const TOKEN_PREFIXES: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{4,}$/,
  /\bgithub_pat_[A-Za-z0-9_]{4,}$/,
  /\b(?:AKIA|ASIA)[0-9A-Z]{4,}$/,
  /\bxox[baprs]-[A-Za-z0-9-]{4,}$/,
  /\beyJ[A-Za-z0-9_-]{5,}(?:\.[A-Za-z0-9_-]*){0,2}$/,
];

/**
 * Replaces every known secret value and every token-looking string with `***`, including what is
 * left of one that was cut short (see CUT) when at least MIN_SECRET_LENGTH of its characters
 * remain. Callers strip escape sequences first (sanitize.ts), so colour codes cannot split a value.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  out = out.replace(AUTH_SCHEME, (_m, scheme: string, space: string) => `${scheme}${space}${REDACTED}`);
  return redactCutTails(out, secrets);
}

function redactCutTails(text: string, secrets: readonly string[]): string {
  const cuts = [...text.matchAll(CUT)].map((m) => m.index).filter((at, i, all) => all.indexOf(at) === i);
  // From the last cut backwards, so earlier indices stay valid while the text changes.
  let out = text;
  for (const at of cuts.reverse()) {
    const head = out.slice(0, at);
    const kept = cutTailLength(head, secrets);
    if (kept > 0) out = `${head.slice(0, head.length - kept)}${REDACTED}${out.slice(at)}`;
  }
  return out;
}

/** Length of the longest end of `head` that is a cut token or the start of a secret (0: none). */
function cutTailLength(head: string, secrets: readonly string[]): number {
  let longest = 0;
  for (const shape of TOKEN_PREFIXES) longest = Math.max(longest, shape.exec(head)?.[0].length ?? 0);
  for (const secret of secrets) {
    for (let k = Math.min(secret.length - 1, head.length); k >= MIN_SECRET_LENGTH && k > longest; k--) {
      if (head.endsWith(secret.slice(0, k))) {
        longest = k;
        break;
      }
    }
  }
  return longest;
}
