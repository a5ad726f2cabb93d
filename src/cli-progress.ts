// Progress on stderr while runs execute: which run, how many left, time remaining, failures so far.
import type { Logger } from './model.js';
import type { Progress } from './pipeline.js';
import { sanitizeTerminal } from './report/sanitize-terminal.js';
import { collectSecrets, guardOutgoing } from './report/sanitize.js';

/** An error the CLI ends with: its message may quote an input or artifact, so it is redacted too. */
export function printError(text: string): void {
  process.stderr.write(guardOutgoing(text, SECRETS));
}

/** Standard output of the CLI (the terminal report, --json, parse): redacted, own colours kept. */
export function printOut(text: string): void {
  process.stdout.write(guardOutgoing(text, SECRETS, { keepEscapes: true }));
}

/** Secret-looking values of the environment: every line printed is redacted (sanitizeTerminal). */
const SECRETS = collectSecrets(process.env);

export function createCliLogger(opts: { verbose: boolean; quiet: boolean }): Logger {
  const write = (prefix: string, m: string): void => void process.stderr.write(`${prefix}${sanitizeTerminal(m, 2000, SECRETS)}\n`);
  return {
    info: (m) => (opts.quiet ? undefined : write('', m)),
    warn: (m) => write('warning: ', m),
    debug: (m) => (opts.verbose ? write('debug: ', m) : undefined),
  };
}

export function printProgress(p: Progress, tty: boolean): void {
  const r = p.run.record;
  const status = r.error ? `problem: ${r.error}` : `exit ${r.exitCode ?? r.signal}`;
  const line =
    `[${r.phase === 'discovery' ? `${p.done}/${p.total}` : `${p.done}`}] ${r.id} workers=${r.workers} ${(r.durationMs / 1000).toFixed(1)}s, ${r.tests} tests, ${status}` +
    ` | ${p.failingTestsSoFar} failing so far | ${r.phase === 'discovery' ? `~${formatEta(p.remainingMs)} left` : 'confirming suspects'}`;
  process.stderr.write(tty ? `\r\u001b[2K${sanitizeTerminal(line, 300, SECRETS)}${p.done === p.total ? '\n' : ''}` : `${sanitizeTerminal(line, 300, SECRETS)}\n`);
}

function formatEta(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 90 ? `${s}s` : `${Math.round(s / 60)}m`;
}
