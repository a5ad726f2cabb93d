import type { Ecosystem, FrameworkName, ProcessResult, RunSpec } from '../model.js';

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
  /** Test ids to run; absent = full suite. Only passed when `supportsSubset`. */
  readonly tests?: readonly string[];
}

/** A framework preset resolved for one project (interpreter found, reporter checked). */
export interface ResolvedPreset {
  readonly name: Exclude<FrameworkName, 'auto'>;
  readonly ecosystem: Ecosystem;
  /** The command as the user would read it, with placeholders, for the report. */
  readonly template: string;
  readonly supportsSubset: boolean;
  /** Env var naming the worker inside a test process, if the framework sets one. */
  readonly workerEnvVar?: string;
  /** Why this preset (e.g. "detected Jest via package.json devDependencies"). */
  readonly reason: string;
  buildCommand(ctx: CommandContext): CommandSpec;
}

/** A run after its process ended: what the parse stage reads next. */
export interface ExecutedRun {
  readonly spec: RunSpec;
  readonly process: ProcessResult;
  /** Absolute paths of the JUnit report(s) the run was expected to write (may not exist). */
  readonly reportPaths: readonly string[];
}
