// xUnit / NUnit / MSTest fixes.
import type { Cause, Fix } from '../../model.js';

export const dotnetFixes: Partial<Record<Cause, Fix>> = {
  'shared-file-path': {
    summary: 'Create a unique directory per test (`Directory.CreateTempSubdirectory()` on .NET 7+) and delete it in `Dispose`.',
    example: 'var dir = Directory.CreateTempSubdirectory("cache-");',
  },
  'port-conflict': {
    summary: 'Listen on port 0 (`new TcpListener(IPAddress.Loopback, 0)`) and read `LocalEndpoint`.',
  },
  'shared-global-state': {
    summary: 'Avoid static mutable state; put tests sharing it in one xUnit `[Collection]` (or NUnit `[NonParallelizable]`).',
    example: '[Collection("registry")]\npublic class RegistryTests { }',
  },
  'shared-env-or-cwd': {
    summary: 'Environment and current directory are process-wide: pass values explicitly, or put the tests in one `[Collection]`.',
  },
};
