// The resource probe's contract with the test command (docs/resource-probe.md): the run stage
// gives every command its own empty directory in this variable; a probe (the pytest plugin, the
// Node preload) writes its records there and does nothing without it.
import { join } from 'node:path';

/** The variable that names the directory a probe writes to. Every reader and writer imports it from here. */
export const PROBE_DIR_ENV = 'FLAKEGATE_PROBE_DIR';

/** Name of the probe directory inside a run's directory (`<out>/runs/<id>/probe/`). */
export const PROBE_DIR_NAME = 'probe';

/** `<runDir>/probe`: where one run's probe files are kept, so `analyze` reads them again. */
export function probeDirectory(runDir: string): string {
  return join(runDir, PROBE_DIR_NAME);
}
