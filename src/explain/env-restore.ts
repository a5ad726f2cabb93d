// An environment variable a test file sets in set-up and puts back in tear-down (`const orig =
// process.env.X` ... `process.env.X = orig`, `del os.environ["X"]`) does not outlive the tests that
// set it. pytest-xdist, Jest, Vitest and Mocha workers are processes (or threads with their own
// environment), so such a write reaches no other worker: it is not the "set without restore" the
// env class is about. Go and the JVM run tests as threads of one process, where a restore does not
// help a test running at the same moment: their writes stay.
import type { Lang } from './source-lang.js';
import type { SourceFinding } from './types.js';

/** A line that puts a variable back: a saved value, or the variable removed. */
const RESTORES = /=\s{0,5}(?:this\.|self\.)?(?:_{0,2})(?:orig|old|saved|prev|previous|backup|before|initial|original|snapshot)\w{0,40}\b|\bdelete process\.env\b|\bdel os\.environ\b|\bos\.environ\.pop\(/i;

const PROCESS_PER_WORKER: ReadonlySet<Lang> = new Set(['python', 'js']);

export function withoutRestoredEnv(findings: readonly SourceFinding[], lang: Lang): SourceFinding[] {
  if (!PROCESS_PER_WORKER.has(lang)) return [...findings];
  const restored = new Set<string>();
  for (const f of findings) {
    if (f.kind === 'env-mutation' && f.resource !== undefined && f.resource !== 'env:' && RESTORES.test(f.text)) restored.add(`${f.file}\u0000${f.resource}`);
  }
  return findings.filter((f) => f.kind !== 'env-mutation' || !restored.has(`${f.file}\u0000${f.resource ?? ''}`));
}

export const ENV_RESTORE_PATTERNS: readonly RegExp[] = [RESTORES];
