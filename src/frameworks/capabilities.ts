// What each preset can do, as data: the pipeline, the planners and config validation read this
// table (through `ResolvedPreset.capabilities`) instead of asking which framework it is.
import type { FrameworkName } from '../model.js';
import type { PresetCapabilities } from './types.js';

export type PresetName = Exclude<FrameworkName, 'auto' | 'custom'>;

export const CAPABILITIES: Readonly<Record<PresetName, PresetCapabilities>> = {
  // Node ids in argument order, one process per xdist worker, tests dealt out one at a time.
  pytest: { subsetReruns: true, orderReplay: true, testSelection: 'node-ids', parallelUnit: 'test', workerEnvVar: 'PYTEST_XDIST_WORKER', argumentsEnvVar: 'PYTEST_ADDOPTS' },
  // The JS runners order files themselves and report reconstructed lanes, not processes: no replay.
  jest: { subsetReruns: true, orderReplay: false, testSelection: 'name-pattern', parallelUnit: 'file', workerEnvVar: 'JEST_WORKER_ID', runtimeProbe: 'node' },
  vitest: { subsetReruns: true, orderReplay: false, testSelection: 'name-pattern', parallelUnit: 'file', workerEnvVar: 'VITEST_POOL_ID', runtimeProbe: 'node' },
  mocha: { subsetReruns: true, orderReplay: false, testSelection: 'name-pattern', parallelUnit: 'file', workerEnvVar: 'MOCHA_WORKER_ID', runtimeProbe: 'node' },
  node: { subsetReruns: true, orderReplay: false, testSelection: 'name-pattern', parallelUnit: 'file', runtimeProbe: 'node' },
  // `-p N` runs package binaries side by side; Go names no worker.
  go: { subsetReruns: true, orderReplay: false, testSelection: 'name-pattern', parallelUnit: 'package' },
};

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(CAPABILITIES, name);
}
