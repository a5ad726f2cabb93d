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

/** Replaces every known secret value and every token-looking string with `***`. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  return out.replace(AUTH_SCHEME, (_m, scheme: string, space: string) => `${scheme}${space}${REDACTED}`);
}
