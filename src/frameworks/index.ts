import type { Config, Logger } from '../model.js';
import { chooseFramework } from './choose-framework.js';
import { resolveCustom } from './custom.js';
import { detectFrameworks, type DetectableFramework } from './detect.js';
import { resolveGo } from './go.js';
import { resolveJest } from './jest.js';
import { resolveMocha } from './mocha.js';
import { customRuntimeProbe, withNodePreload } from './node-probe.js';
import { resolveNodeTest } from './node-test.js';
import { resolvePytest } from './pytest.js';
import { CAPABILITIES } from './capabilities.js';
import { SetupError } from './errors.js';
import type { ResolvedPreset } from './types.js';
import { parseWrappedTemplate, wrapPreset } from './wrapped-command.js';
import { resolveVitest } from './vitest.js';

/**
 * The preset for this project: the configured framework, or for `auto` the one detected in
 * `config.cwd`. Checks what the preset needs (interpreter, JUnit reporter) and throws a
 * `SetupError` with a one-line fix when something is missing.
 */
export async function resolvePreset(config: Config, log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedPreset> {
  return withNodePreload(await resolveAny(config, log, env), log);
}

async function resolveAny(config: Config, log: Logger, env: NodeJS.ProcessEnv): Promise<ResolvedPreset> {
  if (config.framework === 'custom') return resolveCustom(config, 'framework custom with a command template', env, await customRuntimeProbe(config.cwd));
  if (config.framework !== 'auto' && config.command !== null) return resolveWrapped(config.framework, config.command, config, log, env);
  if (config.framework !== 'auto') return resolveFramework(config.framework, config, log, `framework ${config.framework} as configured`);
  const { name, reason } = chooseFramework(await detectFrameworks(config.cwd), config.cwd);
  // debug: the pipeline prints `framework: <name> (<reason>)` at info already.
  log.debug(reason);
  return resolveFramework(name, config, log, reason);
}

/** A preset started through the project's own command (src/frameworks/wrapped-command.ts). */
async function resolveWrapped(name: DetectableFramework, command: string, config: Config, log: Logger, env: NodeJS.ProcessEnv): Promise<ResolvedPreset> {
  const parsed = parseWrappedTemplate(command, name, CAPABILITIES[name].argumentsEnvVar);
  if (!parsed.ok) throw new SetupError(`input "command" ${parsed.problem}`, 'see "Your own test command" in the README');
  const preset = await resolveFramework(name, config, log, `framework ${name} as configured`, true);
  if (preset.runnerArguments === undefined) throw new SetupError(`framework ${name} cannot run through a command of the project's`, 'use framework custom');
  const envVar = preset.capabilities.argumentsEnvVar;
  if (parsed.template.argsAt === null && envVar !== undefined) log.info(`${name}: no {args} in the command, so flakegate's ${name} arguments travel in ${envVar}`);
  return wrapPreset({ ...preset, runnerArguments: preset.runnerArguments }, parsed.template, envVar === undefined ? '' : (env[envVar] ?? ''));
}

function resolveFramework(name: DetectableFramework, config: Config, log: Logger, reason: string, wrapped = false): Promise<ResolvedPreset> {
  switch (name) {
    case 'pytest':
      return resolvePytest(config, log, reason, process.env, wrapped);
    case 'jest':
      return resolveJest(config, log, reason, wrapped);
    case 'vitest':
      return resolveVitest(config, log, reason, wrapped);
    case 'mocha':
      return resolveMocha(config, log, reason, wrapped);
    case 'node':
      return resolveNodeTest(config, log, reason, wrapped);
    case 'go':
      return resolveGo(config, log, reason);
  }
}
