// Which presets get the Node probe preload (src/assets/flakegate-probe.cjs), and where it is.
import type { Logger } from '../model.js';
import { preloadOption } from '../run/node-options.js';
import { locateAsset } from './asset-path.js';
import { detectFrameworks, FRAMEWORK_ECOSYSTEM } from './detect.js';
import { readPackageManifest } from './package-json.js';
import type { PresetCapabilities, ResolvedPreset } from './types.js';

export const NODE_PROBE_FILE = 'flakegate-probe.cjs';

/**
 * A custom command's processes run Node code when the project is a JS project by its files (the
 * strongest framework evidence is a JS runner, or else it has a package.json), whatever the
 * command string says: `make test` in a Jest project runs Jest.
 */
export async function customRuntimeProbe(cwd: string): Promise<PresetCapabilities['runtimeProbe']> {
  const strongest = (await detectFrameworks(cwd))[0];
  if (strongest !== undefined) return FRAMEWORK_ECOSYSTEM[strongest.name] === 'javascript' ? 'node' : undefined;
  return (await readPackageManifest(cwd)) === null ? undefined : 'node';
}

/**
 * The preset with `nodePreload` set when its capabilities ask for the Node probe and NODE_OPTIONS
 * can carry the preload's path; otherwise unchanged, with a warning when the path is the reason.
 * Whether a run probes at all is the run stage's choice (a probe directory in its environment).
 */
export function withNodePreload(preset: ResolvedPreset, log: Logger, locate: (name: string) => string = locateAsset): ResolvedPreset {
  if (preset.capabilities.runtimeProbe !== 'node') return preset;
  const preload = locate(NODE_PROBE_FILE);
  const checked = preloadOption(preload);
  if (!checked.ok) {
    log.warn(`resource probe: not loading the Node probe, ${checked.problem}; reinstall flakegate in a plainer directory to get it`);
    return preset;
  }
  return { ...preset, nodePreload: preload };
}
