/*
 * custom: the user's own command template (`--command`), run through `sh -c` by
 * src/run/command-template.ts, which passes {junit} in the environment and {tests} as positional
 * arguments so no filled-in text is parsed by the shell.
 *
 * Workers, sharing and crashes are whatever the user's command does with {workers}. Subset
 * reruns need {tests} in the template; it receives flakegate test ids (`file::classname::name`)
 * verbatim, one argument each, since flakegate cannot know which runner's selector syntax the
 * command expects.
 */
import type { Config, Ecosystem } from '../model.js';
import { buildTemplateCommand, parseTemplate } from '../run/command-template.js';
import { SetupError } from './errors.js';
import { pythonProbeEnv } from './python-probe-env.js';
import { looksLikeOption, unpassableId } from './safe-args.js';
import type { CommandContext, CommandSpec, PresetCapabilities, ResolvedPreset } from './types.js';

export function resolveCustom(config: Config, reason: string, parentEnv: NodeJS.ProcessEnv = process.env, runtimeProbe?: PresetCapabilities['runtimeProbe']): ResolvedPreset {
  if (config.command === null) {
    throw new SetupError('framework custom needs a command template', 'pass --command "<your test command with {workers} and {junit}>" (action input command)');
  }
  const parsed = parseTemplate(config.command);
  if (!parsed.ok) throw new SetupError(parsed.error, 'fix the command template: it needs {workers} and {junit}, and {tests} for reruns');
  const { template } = parsed;
  const runner = guessRunner(template.source);
  return {
    name: 'custom',
    ecosystem: runner?.ecosystem ?? 'unknown',
    template: template.source,
    capabilities: {
      subsetReruns: template.supportsSubset,
      // The ids reach the command verbatim: no runner is known to rerun them in a given order.
      orderReplay: false,
      testSelection: template.supportsSubset ? 'test-ids' : 'none',
      parallelUnit: 'unknown',
      ...(runner?.workerEnvVar === undefined ? {} : { workerEnvVar: runner.workerEnvVar }),
      ...(runtimeProbe === undefined ? {} : { runtimeProbe }),
    },
    reason,
    // The ids reach the command verbatim as arguments; flakegate cannot know how it parses them,
    // so an id that a parser could read as an option or an @file is never passed.
    cannotPass: (id) => unpassableId(id) ?? (looksLikeOption(id) ? `it starts with '${id[0] ?? ''}', so the command could read it as an option or an arguments file` : null),
    buildCommand(ctx: CommandContext): CommandSpec {
      const cmd = buildTemplateCommand(template, ctx);
      if (ctx.probeDir === undefined) return cmd;
      // A Python project behind any command: pytest loads the plugin from the environment.
      return { ...cmd, env: { ...cmd.env, ...pythonProbeEnv({ ...parentEnv, ...cmd.env }) } };
    },
  };
}

interface RunnerGuess {
  readonly ecosystem: Ecosystem;
  readonly workerEnvVar?: string;
}

// Only for the report's idiomatic fixes and the worker env var: a wrong guess costs a less
// specific hint, never a wrong run. First match wins, so test runners precede their languages.
const RUNNERS: readonly { readonly pattern: RegExp; readonly guess: RunnerGuess }[] = [
  { pattern: /\bpytest\b/, guess: { ecosystem: 'python', workerEnvVar: 'PYTEST_XDIST_WORKER' } },
  { pattern: /(?:^|[\s/])jest\b/, guess: { ecosystem: 'javascript', workerEnvVar: 'JEST_WORKER_ID' } },
  { pattern: /\bvitest\b/, guess: { ecosystem: 'javascript', workerEnvVar: 'VITEST_POOL_ID' } },
  { pattern: /\bmocha\b/, guess: { ecosystem: 'javascript', workerEnvVar: 'MOCHA_WORKER_ID' } },
  { pattern: /\b(?:node|npm|npx|pnpm|yarn|bun|deno)\b/, guess: { ecosystem: 'javascript' } },
  { pattern: /\b(?:go test|gotestsum)\b/, guess: { ecosystem: 'go' } },
  { pattern: /\b(?:python3?|tox|nox|uv)\b/, guess: { ecosystem: 'python' } },
  { pattern: /\b(?:mvn|mvnw|gradle|gradlew)\b/, guess: { ecosystem: 'java' } },
  { pattern: /\bcargo\b/, guess: { ecosystem: 'rust' } },
  { pattern: /\b(?:rspec|rake|bundle exec)\b/, guess: { ecosystem: 'ruby' } },
  { pattern: /\bdotnet\b/, guess: { ecosystem: 'dotnet' } },
];

export function guessRunner(template: string): RunnerGuess | undefined {
  return RUNNERS.find(({ pattern }) => pattern.test(template))?.guess;
}
