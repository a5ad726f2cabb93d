// The one declaration of every input and output: the action's `with:` keys, the CLI's flags.
// action.yml and the README's tables are generated from it (`npm run docs`, checked by
// test/unit/inputs.test.ts); the CLI's --help (cli-help.ts), its argument parser (cli.ts), the
// action's input reading (action-inputs.ts) and parseConfig's defaults, allowed values and error
// labels (config.ts) read it at run time.
import type { Confidence, FailOn, FrameworkName } from './model.js';

/** How a value is written and checked (parseConfig does the checking). */
export type InputType = 'choice' | 'text' | 'count' | 'worker-counts' | 'duration' | 'boolean' | 'path' | 'slice' | 'secret';

export interface CliFlag {
  /** Long flag without the dashes; for a config setting also its key in `RawSettings`. */
  readonly flag: string;
  /** The value's placeholder in --help (`N`, `DUR`); absent for a switch. */
  readonly metavar?: string;
  /** A switch that also has `--no-<flag>`. */
  readonly negatable?: boolean;
  /** One-letter alias. */
  readonly short?: string;
  /** --help text (the README's CLI block is --help itself); lines after the first are continuations. */
  readonly help: string;
  /** The default as the CLI spells it, when it differs from the action's (`10m` for `10`). */
  readonly default?: string;
}

export interface InputDeclaration {
  /** The action input (`with:` key, env `INPUT_<NAME>`); for a CLI-only flag, the flag. */
  readonly name: string;
  readonly type: InputType;
  /** The action input's description (action.yml, the README table). */
  readonly description: string;
  /** The default ('' = none); the action's default is also the CLI's unless `cli.default` says otherwise. */
  readonly default: string;
  /** For `choice`: every allowed value. */
  readonly values?: readonly string[];
  /** Read by parseConfig (under the key `cli.flag`); otherwise the entry that declares it reads it. */
  readonly config: boolean;
  /** An input of the action (action.yml). */
  readonly action: boolean;
  /** The CLI flag; null = action only. */
  readonly cli: CliFlag | null;
}

export interface OutputDeclaration {
  readonly name: string;
  readonly description: string;
}

const FRAMEWORK_VALUES = ['auto', 'pytest', 'jest', 'vitest', 'node', 'mocha', 'go', 'custom'] as const satisfies readonly FrameworkName[];
const FAIL_ON_VALUES = ['parallel-only', 'new-parallel-only', 'flaky', 'never'] as const satisfies readonly FailOn[];
const CONFIDENCE_VALUES = ['confirmed', 'likely', 'insufficient'] as const satisfies readonly Confidence[];

export const INPUTS = [
  {
    name: 'framework',
    type: 'choice',
    values: FRAMEWORK_VALUES,
    description: 'Test framework: auto, pytest, jest, vitest, node, mocha, go or custom (custom needs `command`).',
    default: 'auto',
    config: true,
    action: true,
    cli: { flag: 'framework', metavar: 'NAME', help: 'test framework; auto detects it from the project' },
  },
  {
    name: 'command',
    type: 'text',
    description: 'For framework custom: a template with {workers} and {junit} (and {tests} for subset reruns), e.g. `npx mytest --jobs {workers} --junit {junit}`. For a preset (pytest, jest, ...): the project\'s own command that starts the runner, with {args} where the preset\'s arguments go, e.g. `./scripts/test.sh {args}` or `npm test -- {args}` (pytest also takes a command without {args}: the arguments then travel in PYTEST_ADDOPTS).',
    default: '',
    config: true,
    action: true,
    cli: { flag: 'command', metavar: 'TPL', help: 'custom: template with {workers} {junit} [{tests}]; a preset: the\nproject\'s command with {args}, e.g. "./scripts/test.sh {args}"' },
  },
  {
    name: 'workers',
    type: 'worker-counts',
    description: 'Comma-separated worker counts, e.g. 1,2,4; the smallest is the serial baseline (at least two different counts).',
    default: '1,2,4',
    config: true,
    action: true,
    cli: { flag: 'workers', metavar: 'LIST', help: 'worker counts, the smallest is the serial baseline' },
  },
  {
    name: 'iterations',
    type: 'count',
    description: 'Full-suite runs per worker count.',
    default: '5',
    config: true,
    action: true,
    cli: { flag: 'iterations', metavar: 'N', help: 'full-suite runs per worker count' },
  },
  {
    name: 'serial-discovery',
    type: 'boolean',
    description:
      'Also run the full suite serially in discovery. Off by default (parallel-first): discovery runs the full suite at the parallel worker counts, and the serial evidence comes from serial reruns of the suspects only. Serial full-suite runs happen anyway when the framework cannot rerun a subset and with confirm off. Turn it on to see, in discovery, tests that fail only when run serially.',
    default: 'false',
    config: true,
    action: true,
    cli: { flag: 'serial-discovery', help: 'also run the full suite serially in discovery (default: parallel counts\nonly; suspects are rerun serially in confirmation)' },
  },
  {
    name: 'burn-in',
    type: 'count',
    description:
      'With base (a pull request): this many extra parallel runs, at the largest worker count, of the tests in files the pull request changes, together with the tests that share a literal port, path, database or env var with them and a seeded random sample of the suite; a test that fails there is confirmed like any other suspect. 0 = off.',
    default: '4',
    config: true,
    action: true,
    cli: { flag: 'burn-in', metavar: 'N', help: 'with --base: N parallel runs of the changed tests, the tests sharing a\nresource with them and a random sample of the suite (default 4; 0 = off)' },
  },
  {
    name: 'timeout-minutes',
    type: 'duration',
    description: 'Time limit of one run, in minutes; a run that exceeds it is killed with its process tree.',
    default: '10',
    config: true,
    action: true,
    cli: { flag: 'timeout', metavar: 'DUR', default: '10m', help: 'per-run timeout, e.g. 90s, 10m; kills the whole process tree' },
  },
  {
    name: 'budget-minutes',
    type: 'duration',
    description: 'Time budget for all runs, in minutes; empty = no budget. Planned runs that would exceed it are skipped (and reported).',
    default: '',
    config: true,
    action: true,
    cli: { flag: 'budget', metavar: 'DUR', help: 'total time budget, e.g. 30m; runs that do not fit are skipped and reported' },
  },
  {
    name: 'confirm',
    type: 'boolean',
    description:
      "Rerun suspects (serially in isolation and in parallel with their co-failing tests) until the evidence decides. With mode: aggregate, the merged shards' suspects are rerun in working-directory (the project must be checked out and set up there).",
    default: 'true',
    config: true,
    action: true,
    cli: {
      flag: 'confirm',
      negatable: true,
      help: 'rerun suspects until the evidence decides (run: on by default; --no-confirm\nonly reports discovery); analyze --confirm reruns merged shards\' suspects in --cwd',
    },
  },
  {
    name: 'resource-probe',
    type: 'boolean',
    description:
      'Watch which ports, files, SQLite databases and working directories each test touches while it runs, and under pytest the environment variables it sets (pytest through flakegate\'s plugin, Node through a preload; Go and JVM commands are not probed; each run writes them under `out`/runs/<id>/probe/). A resource that tests in different worker processes touch in the same run is the strongest evidence of a cause. false: no probe variable and no injection into the test command.',
    default: 'true',
    config: true,
    action: true,
    cli: { flag: 'resource-probe', negatable: true, help: 'record the ports, files and databases each test touches (default on;\n--no-resource-probe runs the command without any probe)' },
  },
  {
    name: 'fail-on',
    type: 'choice',
    values: FAIL_ON_VALUES,
    description:
      'When the step fails: parallel-only, new-parallel-only (only parallel-only tests not known on the base branch: not quarantined and not in the stability tracking issue), flaky (parallel-only or flaky) or never. Expired quarantine entries that still match a test fail it too.',
    default: 'parallel-only',
    config: true,
    action: true,
    cli: { flag: 'fail-on', metavar: 'WHAT', help: 'when the gate fails (new-parallel-only: only tests neither quarantined\nnor in the stability history)' },
  },
  {
    name: 'fail-on-confidence',
    type: 'choice',
    values: CONFIDENCE_VALUES,
    description:
      'How sure a parallel-only test must be to fail the step: confirmed (default: the decision rule with its stated error rate, at most 1% per run of failing because of a test that is not parallel-only), likely (also tests whose evidence leans parallel-only without meeting the rule) or insufficient (any parallel-only test). Tests below it are reported as warnings with the runs that would decide them.',
    default: 'confirmed',
    config: true,
    action: true,
    cli: { flag: 'fail-on-confidence', metavar: 'TIER', help: 'lowest tier of a parallel-only test that fails the gate: confirmed (the\n1% rule), likely or insufficient; lower tiers are warnings' },
  },
  {
    name: 'working-directory',
    type: 'path',
    description: 'Project directory the tests run in, relative to the workspace.',
    default: '.',
    config: true,
    action: true,
    cli: { flag: 'cwd', metavar: 'DIR', help: 'project directory' },
  },
  {
    name: 'out',
    type: 'path',
    description: 'Output directory for report.json, report.md, report.html and the raw reports of every run (runs/).',
    default: '.flakegate',
    config: true,
    action: true,
    cli: { flag: 'out', metavar: 'DIR', help: 'output directory for report.json, report.md, report.html and runs/' },
  },
  {
    name: 'comment',
    type: 'choice',
    values: ['always', 'on-failure', 'off'],
    description: 'Sticky PR comment: always, on-failure (and delete it once the gate passes) or off.',
    default: 'always',
    config: false,
    action: true,
    cli: null,
  },
  {
    name: 'comment-key',
    type: 'text',
    description:
      "Identifies this job's sticky comment; set it when several flakegate jobs (e.g. a matrix) comment on one PR, and to the same value in a mode: comment workflow.",
    default: '${{ github.job }}',
    config: false,
    action: true,
    cli: null,
  },
  {
    name: 'check-name',
    type: 'text',
    description: 'Name of the check run created on the commit under test; empty = no check run.',
    default: 'flakegate',
    config: false,
    action: true,
    cli: null,
  },
  {
    name: 'token',
    type: 'secret',
    description: 'Token for the comment and check run (needs pull-requests: write and checks: write). Read-only tokens (fork PRs) only skip those, with a notice.',
    default: '${{ github.token }}',
    config: false,
    action: true,
    cli: null,
  },
  {
    name: 'mode',
    type: 'choice',
    values: ['run', 'comment', 'aggregate', 'stability'],
    description:
      'run (run the tests and publish), comment (post the comment for an already-downloaded report.json, for the workflow_run half of the fork-PR setup; runs no tests) aggregate (merge the shard results in `shards`, then report, comment and check once) or stability (for `schedule:` workflows: run like `run`, then record the result in the tracking issue "Parallel-only and flaky tests"; needs `issues: write`; fails only on configuration errors, never on the gate).',
    default: 'run',
    config: false,
    action: true,
    cli: null,
  },
  {
    name: 'report',
    type: 'path',
    description: 'Path of report.json, for mode: comment.',
    default: '',
    config: false,
    action: true,
    cli: null,
  },
  {
    name: 'shard',
    type: 'slice',
    description:
      'Run only slice i/n of the plan (e.g. 2/4 in a matrix job): whole iterations, no confirmation, no comment or check, never fails on the gate; upload `out` as an artifact for mode: aggregate.',
    default: '',
    config: true,
    action: true,
    cli: {
      flag: 'shard',
      metavar: 'I/N',
      help: 'run only the I-th of N slices of the plan (a matrix job); writes shard.json and a\npartial report, skips confirmation, exits 0 on the gate; merge with analyze',
    },
  },
  {
    name: 'shards',
    type: 'path',
    description: 'For mode: aggregate, the directory holding the downloaded shard artifacts, one sub-directory each (download-artifact without merge-multiple).',
    default: 'shard-results',
    config: false,
    action: true,
    cli: null,
  },
  {
    name: 'base',
    type: 'text',
    description:
      'Base commit or ref of the pull request, for finding the tests it changes (git diff base...HEAD; needs the base in the checkout, e.g. actions/checkout with fetch-depth: 0): they are listed in the report and get the burn-in runs (burn-in). Default: the pull_request event\'s base commit.',
    default: '',
    config: true,
    action: true,
    cli: { flag: 'base', metavar: 'REF', help: 'base commit or ref of a pull request: its changed tests and the tests\nsharing a resource with them are listed in the report' },
  },
  {
    name: 'quarantine',
    type: 'path',
    description:
      'Quarantine file (YAML: known tests with reason, owner or issue, optional expires); default .flakegate.yml in working-directory when it exists. Quarantined tests are run and reported but never fail the gate.',
    default: '',
    config: true,
    action: true,
    cli: {
      flag: 'quarantine',
      metavar: 'FILE',
      help: 'quarantined tests (YAML; default .flakegate.yml in --cwd when it exists): run and\nreported, never fail the gate; an expired entry that still matches a test fails it',
    },
  },
  { name: 'json', type: 'boolean', description: '', default: '', config: false, action: false, cli: { flag: 'json', help: 'print report.json to stdout instead of the table' } },
  { name: 'all', type: 'boolean', description: '', default: '', config: false, action: false, cli: { flag: 'all', help: 'list stable and skipped tests in the table too' } },
  {
    name: 'no-color',
    type: 'boolean',
    description: '',
    default: '',
    config: false,
    action: false,
    cli: { flag: 'no-color', help: 'plain output (also when NO_COLOR is set or stdout is not a terminal)' },
  },
  { name: 'verbose', type: 'boolean', description: '', default: '', config: false, action: false, cli: { flag: 'verbose', help: 'log every step' } },
  { name: 'help', type: 'boolean', description: '', default: '', config: false, action: false, cli: { flag: 'help', short: 'h', help: 'this help' } },
  { name: 'version', type: 'boolean', description: '', default: '', config: false, action: false, cli: { flag: 'version', short: 'v', help: "print flakegate's version" } },
] as const satisfies readonly InputDeclaration[];

export const OUTPUTS: readonly OutputDeclaration[] = [
  { name: 'parallel-only', description: 'Number of tests that fail only in parallel.' },
  { name: 'flaky', description: 'Number of flaky tests (fail also serially).' },
  { name: 'broken', description: 'Number of broken tests (fail in every run at every worker count).' },
  { name: 'lost', description: 'Number of tests that went missing from a run whose process or worker crashed, hung or left no report.' },
  { name: 'gate', description: 'passed or failed.' },
  { name: 'summary', description: 'One line for a notification or a later step, e.g. `flakegate: 2 parallel-only tests, 1 flaky test — gate failed`.' },
  { name: 'report-json', description: 'Path of report.json.' },
  { name: 'report-md', description: 'Path of report.md (the summary as markdown).' },
  { name: 'report-html', description: 'Path of report.html (the interactive report; upload `out` as an artifact to read it).' },
];

export type InputName = (typeof INPUTS)[number]['name'];

/** The declaration of one input or flag, by its action name (CLI-only flags: the flag). */
export function inputNamed(name: InputName): InputDeclaration {
  const found = (INPUTS as readonly InputDeclaration[]).find((i) => i.name === name);
  if (found === undefined) throw new Error(`undeclared input ${name}`);
  return found;
}

/** The declaration parseConfig reads under `key` (the CLI flag). */
export function settingNamed(key: string): InputDeclaration | undefined {
  return (INPUTS as readonly InputDeclaration[]).find((i) => i.config && i.cli?.flag === key);
}

/** The environment variable the runner passes an input in (@actions/core's getInput reads it). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The allowed values of a choice input. */
export function choicesOf(name: InputName): readonly string[] {
  return inputNamed(name).values ?? [];
}
