// Loads flakegate's pytest plugin (and with it the resource probe) into a Python project run
// through a command flakegate does not build (framework custom): pytest imports every module
// named in PYTEST_PLUGINS at start-up, in the controller and in each xdist worker (they inherit
// the environment). A run that also passes `-p flakegate_pytest` registers it once: pytest skips
// a plugin name it has already imported.
import { delimiter, dirname } from 'node:path';
import { locateAsset } from './asset-path.js';

export const PYTEST_PLUGIN_MODULE = 'flakegate_pytest';
const PYTEST_PLUGIN_ASSET = 'flakegate_pytest.py';

/**
 * The variables to add so pytest loads the plugin: PYTEST_PLUGINS gains the module (after the
 * user's own), PYTHONPATH gains the plugin's directory first (the user's entries kept after it).
 * `env` is the environment the command would otherwise get.
 */
export function pythonProbeEnv(env: Readonly<Record<string, string | undefined>>, pluginDir = dirname(locateAsset(PYTEST_PLUGIN_ASSET))): Record<string, string> {
  const plugins = (env['PYTEST_PLUGINS'] ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  const path = (env['PYTHONPATH'] ?? '').split(delimiter).filter((p) => p !== '');
  return {
    PYTEST_PLUGINS: (plugins.includes(PYTEST_PLUGIN_MODULE) ? plugins : [...plugins, PYTEST_PLUGIN_MODULE]).join(','),
    PYTHONPATH: (path.includes(pluginDir) ? path : [pluginDir, ...path]).join(delimiter),
  };
}
