// Ecosystem-neutral fixes: used where an ecosystem has no specific advice.
import type { Cause, Fix } from '../../model.js';

export const genericFixes: Readonly<Record<Cause, Fix>> = {
  'shared-file-path': { summary: 'Give each test its own temporary directory instead of a fixed path, and remove it afterwards.' },
  'shared-database': { summary: 'Give each worker or test its own database (suffix the name with the worker id) or wrap each test in a rolled-back transaction.' },
  'port-conflict': { summary: 'Bind port 0 and let the OS choose a free port; pass the real port to clients.' },
  'shared-global-state': { summary: 'Do not mutate global or static state from tests; create it per test, or guard it with a lock.' },
  'order-dependence': { summary: 'Make each test create the state it needs; reproduce by running the tests in a shuffled order.' },
  'timing-under-load': { summary: 'Wait for conditions rather than fixed sleeps, size timeouts for loaded CI machines, and avoid more workers than cores.' },
  'worker-crash': { summary: 'Find the test that kills its worker (run the file alone, read the crash output); fix the crash rather than retrying.' },
  'shared-env-or-cwd': { summary: 'Do not change environment variables or the working directory of the process; pass values explicitly or use the framework\'s scoped helpers.' },
  'resource-exhaustion': { summary: 'Close files, sockets and connections after each test; lower the worker count on small machines.' },
  unknown: { summary: 'Run the test with its co-failing tests to find what they share. Running them serially is a last resort, not a fix.' },
};
