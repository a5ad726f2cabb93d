// JUnit 5 / Surefire fixes.
import type { Cause, Fix } from '../../model.js';

export const javaFixes: Partial<Record<Cause, Fix>> = {
  'shared-file-path': {
    summary: 'Inject a per-test directory with JUnit `@TempDir`.',
    example: '@Test\nvoid writesCache(@TempDir Path dir) throws IOException {\n    Files.writeString(dir.resolve("cache.json"), "{}");\n}',
  },
  'shared-database': {
    summary: 'Use a database per fork (suffix the name with `${surefire.forkNumber}`) or an in-memory database per test class.',
    example: '<systemPropertyVariables>\n  <db.name>test_${surefire.forkNumber}</db.name>\n</systemPropertyVariables>',
  },
  'port-conflict': {
    summary: 'Bind port 0 (`new ServerSocket(0)`, Spring `RANDOM_PORT`) and read the port back.',
    example: 'try (ServerSocket s = new ServerSocket(0)) {\n    int port = s.getLocalPort();\n}',
  },
  'shared-global-state': {
    summary: 'Avoid mutable statics; otherwise declare the shared resource with `@ResourceLock` so JUnit never runs its users concurrently.',
    example: '@Test\n@ResourceLock("registry")\nvoid registersHandler() { /* ... */ }',
  },
  'shared-env-or-cwd': {
    summary: 'Pass settings explicitly instead of `System.setProperty`; where unavoidable, `@ResourceLock(Resources.SYSTEM_PROPERTIES)`.',
    example: '@ResourceLock(Resources.SYSTEM_PROPERTIES)',
  },
  'worker-crash': {
    summary: 'Check the fork dump files (`*.dumpstream`); tune Surefire `forkCount`/`reuseForks` and heap for the forks.',
    example: '<forkCount>1C</forkCount>\n<reuseForks>true</reuseForks>\n<argLine>-Xmx1g</argLine>',
  },
  'resource-exhaustion': {
    summary: 'Lower Surefire `forkCount` or JUnit parallelism, raise fork heap, close resources in `@AfterEach`.',
  },
  unknown: {
    summary: 'Run the class with its co-failing classes; as a last resort serialise them with `@ResourceLock` or `@Execution(SAME_THREAD)`.',
  },
};
