import type { Ecosystem, FrameworkName, ProcessResult, RetrySetting, RunSpec } from '../model.js';

/** A command ready to spawn: never a shell string built from untrusted text. */
export interface CommandSpec {
  /** Executable (resolved via PATH) and its arguments. */
  readonly file: string;
  readonly args: readonly string[];
  /** Extra environment for this run (added to the clean child environment). */
  readonly env: Readonly<Record<string, string>>;
  /** Human-readable form for logs and the report; never executed. */
  readonly display: string;
}

/** What a preset needs to build one run's command. */
export interface CommandContext {
  readonly workers: number;
  /** Absolute path where the JUnit report must be written (deleted before the run). */
  readonly junitPath: string;
  /** Test ids to run; absent = full suite. Only passed when `capabilities.subsetReruns`. */
  readonly tests?: readonly string[];
  /**
   * The run's empty probe directory (src/run/probe-env.ts), absent when `resource-probe` is off: a
   * preset that must inject a probe into its runner (a preload, a plugin) does so only when set.
   * The run stage itself passes the directory in FLAKEGATE_PROBE_DIR.
   */
  readonly probeDir?: string;
}

/**
 * How a subset of tests reaches the runner: pytest node ids as arguments, a name pattern (plus
 * files or packages when known), flakegate ids verbatim as arguments (custom `{tests}`), or not
 * at all (every rerun is the full suite).
 */
export type TestSelection = 'node-ids' | 'name-pattern' | 'test-ids' | 'none';

/**
 * What a runner hands to one worker: single tests (pytest-xdist `--dist load`), whole files
 * (Jest, Vitest, Mocha, node:test), whole packages (Go's `-p`), or unknown (custom). A subset
 * run can use at most as many workers as it has of these.
 */
export type ParallelUnit = 'test' | 'file' | 'package' | 'unknown';

/** A preset's capabilities, as data the pipeline and the planners read. */
export interface PresetCapabilities {
  /** Reruns of a named subset (confirmation arms, partner search); else every rerun is the full suite. */
  readonly subsetReruns: boolean;
  /**
   * Reruns of an ordered list in one process, in the order given, with the worker id the victim
   * had: what an order replay needs. pytest runs node ids in argument order; Jest and Vitest
   * order files themselves and report reconstructed lanes, not processes.
   */
  readonly orderReplay: boolean;
  readonly testSelection: TestSelection;
  readonly parallelUnit: ParallelUnit;
  /** Env var naming the worker inside a test process, if the framework sets one. */
  readonly workerEnvVar?: string;
  /**
   * Env var the runner reads extra arguments from without a shell (pytest: PYTEST_ADDOPTS, split
   * by Python's shlex), so a wrapper command without `{args}` still passes them on.
   */
  readonly argumentsEnvVar?: string;
  /**
   * The runtime resource probe its test processes load: `node`, the preload
   * src/assets/flakegate-probe.cjs through NODE_OPTIONS (src/run/node-options.ts).
   */
  readonly runtimeProbe?: 'node';
}

/** The runner's own arguments for one run, without how it is started (`python -m pytest`, `npx jest`). */
export interface RunnerArguments {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/** A framework preset resolved for one project (interpreter found, reporter checked). */
export interface ResolvedPreset {
  readonly name: Exclude<FrameworkName, 'auto'>;
  readonly ecosystem: Ecosystem;
  /** The command as the user would read it, with placeholders, for the report. */
  readonly template: string;
  /** What the pipeline may ask of this preset: read as data, never inferred from `name`. */
  readonly capabilities: PresetCapabilities;
  /** Why this preset (e.g. "detected Jest via package.json devDependencies"). */
  readonly reason: string;
  buildCommand(ctx: CommandContext): CommandSpec;
  /**
   * Why this test id cannot be handed to the runner safely (it could be read as an option, or
   * cannot be carried at all), or null. A run asked to include such a test runs the full suite
   * instead, and experiments leave the test out; the planner says so in a note.
   */
  cannotPass(id: string): string | null;
  /** Retry settings found in the project (retries.ts): overridden for the runs, or still on and warned about. */
  readonly retries?: readonly RetrySetting[];
  /** What `{args}` of a wrapper command receives (src/frameworks/wrapped-command.ts); absent for custom. */
  readonly runnerArguments?: (ctx: CommandContext) => RunnerArguments;
  /** Absolute path of the Node probe preload, when `capabilities.runtimeProbe` is `node` and NODE_OPTIONS can carry it. */
  readonly nodePreload?: string;
}

/** A run after its process ended: what the parse stage reads next. */
export interface ExecutedRun {
  readonly spec: RunSpec;
  readonly process: ProcessResult;
  /** Absolute paths of the JUnit report(s) the run was expected to write (may not exist). */
  readonly reportPaths: readonly string[];
  /** Why the run ran differently from its spec (the full suite instead of a subset), for the report. */
  readonly note?: string;
  /** The run's probe directory (absent when the resource probe was off). */
  readonly probeDir?: string;
}
