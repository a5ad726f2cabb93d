// JVM / JUnit / Surefire error texts.
import type { Signature } from '../types.js';

export const javaSignatures: readonly Signature[] = [
  {
    id: 'java.bind-exception',
    ecosystem: 'java',
    pattern: /java\.net\.BindException/,
    cause: 'port-conflict',
    weight: 0.85,
    note: 'A server bound a fixed port that another fork or test holds.',
  },
  {
    id: 'java.concurrent-modification',
    ecosystem: 'java',
    pattern: /\bConcurrentModificationException\b/,
    cause: 'shared-global-state',
    weight: 0.75,
    note: 'A shared collection was modified during iteration.',
  },
  {
    id: 'java.out-of-memory',
    ecosystem: 'java',
    pattern: /java\.lang\.OutOfMemoryError/,
    cause: 'resource-exhaustion',
    weight: 0.8,
    note: 'A JVM fork ran out of heap.',
  },
  {
    id: 'java.fork-crashed',
    ecosystem: 'java',
    pattern: /forked VM terminated without properly saying goodbye|There was an error in the forked process|A fatal error has been detected by the Java Runtime/,
    cause: 'worker-crash',
    weight: 0.85,
    note: 'A Surefire fork died.',
  },
  {
    id: 'java.file-race',
    ecosystem: 'java',
    pattern: /\b(?:FileAlreadyExistsException|NoSuchFileException|DirectoryNotEmptyException)\b/,
    cause: 'shared-file-path',
    weight: 0.45,
    note: 'A path appeared or vanished: possibly another test using the same path.',
  },
  {
    id: 'java.unique-violation',
    ecosystem: 'java',
    pattern: /SQLIntegrityConstraintViolationException|Unique index or primary key violation/,
    cause: 'shared-database',
    weight: 0.65,
    note: 'Two tests inserted the same key into a shared database.',
  },
  {
    id: 'java.timeout',
    ecosystem: 'java',
    pattern: /\bTimeoutException\b|execution timed out after/,
    cause: 'timing-under-load',
    weight: 0.5,
    ambiguous: true,
    note: 'A timeout: slow under load, or blocked on a shared resource.',
  },
];
