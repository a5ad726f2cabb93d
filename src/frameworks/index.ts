import type { Config, Logger } from '../model.js';
import { chooseFramework } from './choose-framework.js';
import { resolveCustom } from './custom.js';
import { detectFrameworks, type DetectableFramework } from './detect.js';
import { resolveGo } from './go.js';
import { resolveJest } from './jest.js';
import { resolveMocha } from './mocha.js';
import { resolveNodeTest } from './node-test.js';
import { resolvePytest } from './pytest.js';
import type { ResolvedPreset } from './types.js';
import { resolveVitest } from './vitest.js';

/**
 * The preset for this project: the configured framework, or for `auto` the one detected in
 * `config.cwd`. Checks what the preset needs (interpreter, JUnit reporter) and throws a
 * `SetupError` with a one-line fix when something is missing.
 */
export async function resolvePreset(config: Config, log: Logger): Promise<ResolvedPreset> {
  if (config.framework === 'custom') return resolveCustom(config, 'framework custom with a command template');
  if (config.framework !== 'auto') return resolveFramework(config.framework, config, log, `framework ${config.framework} as configured`);
  const { name, reason } = chooseFramework(await detectFrameworks(config.cwd), config.cwd);
  // debug: the pipeline prints `framework: <name> (<reason>)` at info already.
  log.debug(reason);
  return resolveFramework(name, config, log, reason);
}

function resolveFramework(name: DetectableFramework, config: Config, log: Logger, reason: string): Promise<ResolvedPreset> {
  switch (name) {
    case 'pytest':
      return resolvePytest(config, log, reason);
    case 'jest':
      return resolveJest(config, log, reason);
    case 'vitest':
      return resolveVitest(config, log, reason);
    case 'mocha':
      return resolveMocha(config, log, reason);
    case 'node':
      return resolveNodeTest(config, log, reason);
    case 'go':
      return resolveGo(config, log, reason);
  }
}
