// .NET / xUnit / NUnit / MSTest error texts.
import type { Signature } from '../types.js';

export const dotnetSignatures: readonly Signature[] = [
  {
    id: 'dotnet.socket-in-use',
    ecosystem: 'dotnet',
    pattern: /Only one usage of each socket address/,
    cause: 'port-conflict',
    weight: 0.85,
    note: 'Windows: a fixed port is already bound.',
  },
  {
    id: 'dotnet.file-in-use',
    ecosystem: 'dotnet',
    pattern: /because it is being used by another process/,
    cause: 'shared-file-path',
    weight: 0.8,
    note: 'Another test holds the same file open.',
  },
  {
    id: 'dotnet.collection-modified',
    ecosystem: 'dotnet',
    pattern: /Collection was modified; enumeration operation may not execute|An item with the same key has already been added/,
    cause: 'shared-global-state',
    weight: 0.7,
    note: 'A static collection is mutated from parallel tests.',
  },
  {
    id: 'dotnet.host-crashed',
    ecosystem: 'dotnet',
    pattern: /Test host process crashed|The active test run was aborted/,
    cause: 'worker-crash',
    weight: 0.85,
    note: 'The test host process died.',
  },
  {
    id: 'dotnet.out-of-memory',
    ecosystem: 'dotnet',
    pattern: /System\.OutOfMemoryException/,
    cause: 'resource-exhaustion',
    weight: 0.8,
    note: 'The test host ran out of memory.',
  },
];
