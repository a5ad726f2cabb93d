// Go testing / race detector / runtime error texts.
import type { Signature } from '../types.js';

export const goSignatures: readonly Signature[] = [
  {
    id: 'go.bind-in-use',
    ecosystem: 'go',
    pattern: /bind: address already in use/,
    cause: 'port-conflict',
    weight: 0.9,
    note: 'net.Listen on a fixed port another test or package binary holds.',
  },
  {
    id: 'go.data-race',
    ecosystem: 'go',
    pattern: /WARNING: DATA RACE/,
    cause: 'shared-global-state',
    weight: 0.85,
    note: 'The race detector saw unsynchronised access to shared memory.',
  },
  {
    id: 'go.concurrent-map',
    ecosystem: 'go',
    pattern: /concurrent map (?:writes|read and map write|iteration and map write)/,
    cause: 'shared-global-state',
    weight: 0.85,
    note: 'A package-level map is written from parallel tests.',
  },
  {
    id: 'go.deadline-exceeded',
    ecosystem: 'go',
    pattern: /context deadline exceeded|panic: test timed out after/,
    cause: 'timing-under-load',
    weight: 0.5,
    ambiguous: true,
    note: 'A deadline passed: slow under load, or blocked on something another test holds.',
  },
  {
    id: 'go.fatal-signal',
    ecosystem: 'go',
    pattern: /fatal error: unexpected signal|fatal error: out of memory/,
    cause: 'worker-crash',
    weight: 0.75,
    note: 'The test binary crashed.',
  },
];
