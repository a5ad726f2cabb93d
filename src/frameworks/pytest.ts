/*
 * pytest + pytest-xdist.
 *
 * Workers: `-n N` starts N worker *processes* (execnet), each importing the test modules and
 * running its own session-scoped fixtures; a controller process distributes tests (`--dist load`
 * by default) and writes the JUnit report. Nothing in memory is shared between workers; what they
 * share is the machine: files, ports, databases, env of the parent, the cwd.
 * 1 worker: `-n 0`, pytest's plain in-process run, i.e. the serial run developers know, not one
 * xdist subprocess (`-n 1`), so "parallel-only" means "fails only once xdist splits the suite".
 * Crash: a worker dying mid-test is reported by xdist ("node down", "worker 'gw1' crashed while
 * running 'tests/x.py::test_a'") as an error on that test and a replacement worker continues; a
 * crash of the whole process (or of `-n 0`) leaves no JUnit file (junitxml writes at session end).
 */
import { delimiter, dirname } from 'node:path';
import type { Config, Logger } from '../model.js';
import { locateAsset } from './asset-path.js';
import { displayCommand, displayTemplate } from './display.js';
import { pytestNodeId } from './pytest-node-id.js';
import { PYTEST_PLUGIN_MODULE } from './python-probe-env.js';
import { decidePytestBlocks, PYTEST_CONFIG_FILES, pytestBlocks, type PytestBlocks } from './pytest-options.js';
import { pytestRetries } from './retries.js';
import { findPytestInterpreter, pythonCandidates } from './python-interpreter.js';
import { pathArgument, unpassableId } from './safe-args.js';
import { unique } from './test-id-parts.js';
import { CAPABILITIES } from './capabilities.js';
import type { CommandContext, CommandSpec, ResolvedPreset } from './types.js';

export const PYTEST_PLUGIN_FILE = 'flakegate_pytest.py';
const PLUGIN_MODULE = PYTEST_PLUGIN_MODULE;

export interface PytestSetup {
  /** The interpreter that has pytest and xdist (absolute). */
  readonly python: string;
  /** Directory of flakegate_pytest.py, put first on PYTHONPATH. */
  readonly pluginDir: string;
  /** The user's own PYTHONPATH, kept after ours. */
  readonly pythonPath?: string;
  readonly blocks?: PytestBlocks;
  readonly reason: string;
}

/** Finds the interpreter and the plugin, checks the configuration, and returns the preset. */
export async function resolvePytest(
  config: Config,
  log: Logger,
  reason: string,
  env: NodeJS.ProcessEnv = process.env,
  wrapped = false,
): Promise<ResolvedPreset> {
  const pluginDir = dirname(locateAsset(PYTEST_PLUGIN_FILE));
  const blocks = await pytestBlocks(config.cwd, env);
  for (const note of blocks.notes) log.info(note);
  const retries = await pytestRetries(config.cwd, PYTEST_CONFIG_FILES, env);
  // Through the project's command, its own Python runs pytest: nothing here to probe.
  if (wrapped) return { ...createPytestPreset({ python: 'python3', pluginDir, pythonPath: env['PYTHONPATH'], blocks, reason }), retries };
  const candidates = pythonCandidates(config.cwd, env);
  const interpreter = await findPytestInterpreter(candidates, config.cwd, env);
  const explicit = env['FLAKEGATE_PYTHON'];
  if (explicit !== undefined && explicit !== '' && interpreter.candidate !== explicit) {
    log.warn(`FLAKEGATE_PYTHON=${explicit} has no pytest with pytest-xdist; using ${interpreter.executable}`);
  }
  log.info(`pytest: ${interpreter.executable} (pytest ${interpreter.pytestVersion}, pytest-xdist ${interpreter.xdistVersion})`);
  const preset = createPytestPreset({ python: interpreter.executable, pluginDir, pythonPath: env['PYTHONPATH'], blocks, reason });
  return { ...preset, retries };
}

/** The preset for a known interpreter: pure, so the argv can be tested without Python. */
export function createPytestPreset(setup: PytestSetup): ResolvedPreset {
  const blocks = setup.blocks ?? decidePytestBlocks([]);
  const fixedArgs = (workers: string, junit: string): string[] => [
    '-m',
    'pytest',
    // Explicit so it loads even under PYTEST_DISABLE_PLUGIN_AUTOLOAD=1.
    '-p',
    'xdist',
    '-n',
    workers,
    `--junitxml=${junit}`,
    // xunit1 writes `file` and `line` on every testcase; xunit2 (pytest's default) drops them.
    '-o',
    'junit_family=xunit1',
    '-p',
    PLUGIN_MODULE,
    ...(blocks.cacheprovider ? ['-p', 'no:cacheprovider'] : []),
    ...(blocks.randomly ? ['-p', 'no:randomly'] : []),
  ];
  const env: Record<string, string> = {
    PYTHONPATH: [setup.pluginDir, setup.pythonPath].filter((part) => part !== undefined && part !== '').join(delimiter),
  };
  return {
    name: 'pytest',
    ecosystem: 'python',
    template: displayTemplate(setup.python, fixedArgs('{workers}', '{junit}')),
    capabilities: CAPABILITIES.pytest,
    reason: setup.reason,
    buildCommand(ctx: CommandContext): CommandSpec {
      const args = [...fixedArgs(String(xdistWorkers(ctx.workers)), ctx.junitPath), ...pytestSelection(ctx.tests)];
      return { file: setup.python, args, env, display: displayCommand(setup.python, args, env) };
    },
    cannotPass: unpassableId,
    runnerArguments: (ctx) => ({ args: [...fixedArgs(String(xdistWorkers(ctx.workers)), ctx.junitPath).slice(2), ...pytestSelection(ctx.tests)], env }),
  };
}

/** `-n` for a worker count: 1 is the in-process serial run (`-n 0`), see the header. */
export function xdistWorkers(workers: number): number {
  return workers <= 1 ? 0 : workers;
}

/**
 * Node ids as positional arguments: argv words, so no quoting of `[a b]` or `$(x)` is needed. Each
 * starts with `./` (or `/`), so pytest's parser never takes one for an option or an @file: a test
 * file named `--junitxml=evil_test.py` is the path `./--junitxml=evil_test.py::test_x`, which
 * pytest resolves against the invocation directory as it does the bare node id.
 */
export function pytestSelection(tests: readonly string[] | undefined): string[] {
  return tests === undefined ? [] : unique(tests.map((id) => pathArgument(pytestNodeId(id))));
}
