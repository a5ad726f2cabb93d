/*
 * A preset run through the project's own command: `framework: pytest` with
 * `command: ./scripts/test.sh {args}` (or `npm test -- {args}`, `make test`). The preset still
 * decides every argument (workers, report, plugin, the subset of a rerun); the user's command only
 * says how the runner is started, so projects that test through a script keep subset reruns,
 * partner search and order replay.
 *
 * The template is the user's trusted configuration, split into argv words once (shell-quote's
 * parser: quotes and escapes, no expansion). It is never run by a shell: `{args}` becomes the
 * preset's arguments as separate argv words, so a test id reaches the wrapper as one word however
 * it is spelled, and the wrapper passes it on with "$@". Shell syntax (`&&`, pipes, `$VAR`,
 * globs) is refused with the alternatives, since honouring it would need `sh -c`.
 *
 * Without `{args}`, a runner that reads extra arguments from the environment (pytest's
 * PYTEST_ADDOPTS, split by Python's shlex, not a shell) gets them there: `make test` works as long
 * as the target runs pytest without test paths of its own.
 */
import { parse } from 'shell-quote';
import { displayCommand } from './display.js';
import type { CommandContext, CommandSpec, ResolvedPreset, RunnerArguments } from './types.js';

export const ARGS_PLACEHOLDER = '{args}';

export type WrappablePreset = ResolvedPreset & { readonly runnerArguments: (ctx: CommandContext) => RunnerArguments };

/** A validated wrapper template: argv words, one of which may be `{args}`. */
export interface WrappedTemplate {
  readonly source: string;
  readonly words: readonly string[];
  /** Index of the `{args}` word, or null (arguments travel in the runner's env var). */
  readonly argsAt: number | null;
}

export type WrappedTemplateResult = { readonly ok: true; readonly template: WrappedTemplate } | { readonly ok: false; readonly problem: string };

const SHELL_HINT = 'the command is run without a shell; put shell syntax in a script and name the script, or use framework custom';

/** Splits and checks a wrapper template; `problem` says what is wrong and what to write instead. */
export function parseWrappedTemplate(source: string, framework: string, argumentsEnvVar?: string): WrappedTemplateResult {
  const fail = (problem: string): WrappedTemplateResult => ({ ok: false, problem });
  if (source.trim() === '') return fail(`is empty; give the command that starts ${framework}, e.g. "./scripts/test.sh {args}"`);
  const variables: string[] = [];
  const entries = parse(source, (name: string) => {
    variables.push(name);
    return '';
  });
  if (variables.length > 0) return fail(`uses $${variables[0]}: variables are not expanded (${SHELL_HINT})`);
  const words: string[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') {
      words.push(entry);
      continue;
    }
    const text = 'op' in entry ? (entry.op === 'glob' ? entry.pattern : entry.op) : `#${entry.comment}`;
    return fail(`has shell syntax '${text}' (${SHELL_HINT})`);
  }
  const first = words[0];
  if (first === undefined || first === ARGS_PLACEHOLDER) return fail(`must start with the program to run, e.g. "./scripts/test.sh {args}"`);
  const other = words.find((w) => /\{(?:workers|junit|tests)\}/.test(w));
  if (other !== undefined) {
    return fail(`has '${other}': with framework ${framework} the preset passes the workers, the report path and the tests itself, through {args}; {workers}/{junit}/{tests} belong to framework custom`);
  }
  const at = words.flatMap((w, i) => (w === ARGS_PLACEHOLDER ? [i] : []));
  if (at.length > 1) return fail('has {args} more than once');
  const embedded = words.find((w) => w !== ARGS_PLACEHOLDER && w.includes(ARGS_PLACEHOLDER));
  if (embedded !== undefined) {
    // `make test ARGS={args}` would hand test ids to make, which expands $(...) in them and runs
    // its recipe through a shell: no quoting of ours could make that safe.
    return fail(`has {args} inside the word '${embedded}': {args} must be a word of its own, which the command passes on as "$@" (a make variable or a quoted string would re-parse test names as shell text)`);
  }
  if (at.length === 0 && argumentsEnvVar === undefined) {
    return fail(`needs {args} as a word of its own where ${framework}'s arguments go, e.g. "${source.trim()} {args}" (npm scripts: "npm test -- {args}")`);
  }
  return { ok: true, template: { source, words, argsAt: at[0] ?? null } };
}

/**
 * The preset run through the wrapper. Capabilities stay the preset's: the wrapper receives exactly
 * the arguments the runner would. `inheritedArguments` is the user's own value of the runner's
 * argument env var (kept first, so flakegate's arguments win where they collide, e.g. `-n`).
 */
export function wrapPreset(preset: WrappablePreset, template: WrappedTemplate, inheritedArguments = ''): ResolvedPreset {
  const envVar = preset.capabilities.argumentsEnvVar;
  const [file = '', ...rest] = template.words;
  const place = (args: readonly string[]): string[] => (template.argsAt === null ? rest : [...template.words.slice(1, template.argsAt), ...args, ...template.words.slice(template.argsAt + 1)]);
  const build = (runner: RunnerArguments): { args: string[]; env: Record<string, string> } => {
    if (template.argsAt !== null || envVar === undefined) return { args: place(runner.args), env: { ...runner.env } };
    const joined = [inheritedArguments.trim(), ...runner.args.map(shlexQuote)].filter((part) => part !== '').join(' ');
    return { args: place([]), env: { ...runner.env, [envVar]: joined } };
  };
  return {
    ...preset,
    template: template.source.trim(),
    reason: `${preset.reason}, run through the project's command`,
    buildCommand(ctx: CommandContext): CommandSpec {
      const { args, env } = build(preset.runnerArguments(ctx));
      return { file, args, env, display: displayCommand(file, args, env) };
    },
  };
}

/**
 * A word quoted for Python's `shlex.split` (POSIX mode), which is how pytest reads PYTEST_ADDOPTS:
 * inside single quotes nothing is special, and a quote is closed, escaped and reopened.
 */
export function shlexQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'"'"'`)}'`;
}
