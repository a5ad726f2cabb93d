// One parser for the action's inputs and the CLI's flags: parsed once, completely, then frozen.
// Defaults, allowed values and the names in messages come from the declarations in inputs.ts.
// Every error names the input, the value and what is allowed (exit code 2 at the entries).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { choicesOf, INPUTS, settingNamed, type InputDeclaration } from './inputs.js';
import type { Confidence, Config, FailOn, FrameworkName } from './model.js';
import { CAPABILITIES, isPresetName } from './frameworks/capabilities.js';
import { parseWrappedTemplate } from './frameworks/wrapped-command.js';
import { isSafeRef } from './run/changed-files.js';
import { parseTemplate } from './run/command-template.js';
import { parseShard } from './shard/slice.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const FRAMEWORKS = choicesOf('framework') as readonly FrameworkName[];
export const FAIL_ON = choicesOf('fail-on') as readonly FailOn[];
export const CONFIDENCES = choicesOf('fail-on-confidence') as readonly Confidence[];
/** The quarantine file looked for in the working directory when none is named. */
export const DEFAULT_QUARANTINE = '.flakegate.yml';

/** Raw settings keyed by their CLI flags (inputs.ts maps each to its action input). */
export type RawSettings = Readonly<Record<string, string | undefined>>;

/** The declaration of the setting parseConfig reads under `key`. */
function setting(key: string): InputDeclaration {
  const found = settingNamed(key);
  if (found === undefined) throw new Error(`parseConfig reads undeclared setting '${key}'`);
  return found;
}

/** How an error names a setting: `--timeout` on the command line, `input 'timeout-minutes'` in the action. */
export function settingLabel(key: string, source: 'cli' | 'action'): string {
  const decl = setting(key);
  return source === 'cli' ? `--${decl.cli?.flag ?? key}` : `input '${decl.name}'`;
}

/**
 * The action's inputs as raw settings (`working-directory` -> `cwd`, ...): every declared config
 * setting, or only `keys`. Unset inputs read as '' and so take the declared default.
 */
export function settingsFromInputs(input: (name: string) => string, keys?: readonly string[]): RawSettings {
  const decls = (INPUTS as readonly InputDeclaration[]).filter((d) => d.config && d.action && d.cli !== null && (keys === undefined || keys.includes(d.cli.flag)));
  return Object.fromEntries(decls.map((d) => [d.cli?.flag ?? d.name, input(d.name)]));
}

/** A choice input's value, or a ConfigError naming the input, the value and what is allowed. */
export function parseChoice(decl: InputDeclaration, value: string, label: string): string {
  const allowed = decl.values ?? [];
  if (!allowed.includes(value)) throw new ConfigError(`${label}: unknown value '${value}'; allowed: ${allowed.join(', ')}`);
  return value;
}

const MAX_WORKERS = 512;
const MAX_ITERATIONS = 1000;

/** `source` only changes how inputs are named in messages (`--workers` vs input `workers`). */
export function parseConfig(raw: RawSettings, source: 'cli' | 'action', baseDir = process.cwd()): Config {
  for (const key of Object.keys(raw)) setting(key);
  const name = (key: string): string => settingLabel(key, source);
  const get = (key: string): string => {
    const value = raw[key]?.trim();
    return value === undefined || value === '' ? setting(key).default : value;
  };

  const framework = get('framework');
  if (!(FRAMEWORKS as readonly string[]).includes(framework)) {
    throw new ConfigError(`${name('framework')}: unknown framework '${framework}'; allowed: ${FRAMEWORKS.join(', ')}`);
  }
  const commandRaw = get('command') || null;
  let resolvedFramework = framework as FrameworkName;
  if (commandRaw !== null) {
    if (resolvedFramework === 'auto') resolvedFramework = 'custom';
    // A preset with a command: the project's own way of starting the runner, `{args}` where the
    // preset's arguments go (src/frameworks/wrapped-command.ts).
    const parsed = isPresetName(resolvedFramework)
      ? parseWrappedTemplate(commandRaw, resolvedFramework, CAPABILITIES[resolvedFramework].argumentsEnvVar)
      : parseTemplate(commandRaw);
    if (!parsed.ok) throw new ConfigError(`${name("command")} ${parsed.problem}`);
  } else if (resolvedFramework === 'custom') {
    throw new ConfigError(`${name('framework')} custom needs ${name('command')}, a template with {workers} and {junit}`);
  }

  const workers = parseWorkers(get('workers'), name('workers'));
  const iterations = parseCount(get('iterations'), name('iterations'), MAX_ITERATIONS);
  const shardRaw = get('shard');
  const shard = shardRaw ? parseShard(shardRaw, iterations) : undefined;
  if (typeof shard === 'string') throw new ConfigError(`${name('shard')}: ${shard}`);
  const timeoutMs = parseDuration(get('timeout'), name('timeout'));
  const budget = get('budget');
  const budgetMs = budget === '' ? null : parseDuration(budget, name('budget'));
  const confirm = parseBoolean(get('confirm'), name('confirm'));
  const serialDiscovery = parseBoolean(get('serial-discovery'), name('serial-discovery'));
  const resourceProbe = parseBoolean(get('resource-probe'), name('resource-probe'));
  const burnIn = parseCountOrZero(get('burn-in'), name('burn-in'), MAX_BURN_IN);
  const failOn = parseChoice(setting('fail-on'), get('fail-on'), name('fail-on'));
  const failOnConfidence = parseChoice(setting('fail-on-confidence'), get('fail-on-confidence'), name('fail-on-confidence'));
  const cwd = resolve(baseDir, get('cwd'));
  if (!isDirectory(cwd)) {
    throw new ConfigError(`${name('cwd')}: '${cwd}' is not a directory`);
  }
  const out = resolve(baseDir, get('out'));
  // Named explicitly: must exist (a typo must not silently disable the quarantine); default: optional.
  const quarantineRaw = get('quarantine');
  const quarantine = quarantineRaw ? resolve(baseDir, quarantineRaw) : resolve(cwd, DEFAULT_QUARANTINE);
  if (quarantineRaw && !existsSync(quarantine)) {
    throw new ConfigError(`${name('quarantine')}: '${quarantine}' does not exist; name an existing YAML file or leave it empty for ${DEFAULT_QUARANTINE} in the working directory`);
  }

  const base = get('base');
  if (base && !isSafeRef(base)) throw new ConfigError(`${name('base')}: '${base}' is not a commit or ref name (letters, digits, . _ / @ ^ ~ -, not starting with -)`);

  return Object.freeze({
    ...(base ? { base } : {}),
    framework: resolvedFramework,
    command: commandRaw,
    workers: Object.freeze(workers),
    iterations,
    timeoutMs,
    budgetMs,
    confirm,
    serialDiscovery,
    resourceProbe,
    burnIn,
    failOn: failOn as FailOn,
    failOnConfidence: failOnConfidence as Confidence,
    cwd,
    out,
    ...(shard ? { shard: Object.freeze(shard) } : {}),
    ...(existsSync(quarantine) ? { quarantine } : {}),
  });
}

/** "1,2,4" -> [1, 2, 4]: positive integers, deduplicated and sorted; the smallest is the serial arm. */
export function parseWorkers(value: string, label: string): number[] {
  const parts = value.split(/[\s,]+/).filter((p) => p !== '');
  const counts = parts.map((p) => {
    if (!/^\d+$/.test(p) || Number(p) < 1 || Number(p) > MAX_WORKERS) {
      throw new ConfigError(`${label}: '${p}' is not a worker count; use positive integers up to ${MAX_WORKERS}, e.g. 1,2,4`);
    }
    return Number(p);
  });
  const unique = [...new Set(counts)].sort((a, b) => a - b);
  if (unique.length < 2) {
    throw new ConfigError(`${label}: '${value}' needs at least two different worker counts (a serial baseline and a parallel one), e.g. 1,4`);
  }
  return unique;
}

/** Burn-in runs per pull request: each is a fraction of a full-suite run, but a bound keeps a typo from costing hours. */
const MAX_BURN_IN = 100;

function parseCountOrZero(value: string, label: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new ConfigError(`${label}: '${value}' is not a whole number from 0 to ${max}`);
  }
  return Number(value);
}

function parseCount(value: string, label: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new ConfigError(`${label}: '${value}' is not a positive integer up to ${max}`);
  }
  return Number(value);
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** A run limit below a second cannot start a test runner; `0.4ms` must not round to "no limit". */
export const MIN_DURATION_MS = 1000;
/** A week: far above any CI job, and below setTimeout's 2^31-1 ms ceiling (~24.8 days). */
export const MAX_DURATION_MS = 7 * 24 * 3_600_000;

/** "90s", "10m", "1.5h"; a bare number means minutes (the action's *-minutes inputs). Checked after rounding. */
export function parseDuration(value: string, label: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  const ms = match ? Math.round(Number(match[1]) * (UNIT_MS[match[2] ?? 'm'] ?? 60_000)) : NaN;
  if (!Number.isFinite(ms)) {
    throw new ConfigError(`${label}: '${value}' is not a duration; use e.g. 90s, 10m or 1h (a bare number means minutes)`);
  }
  if (ms < MIN_DURATION_MS || ms > MAX_DURATION_MS) {
    throw new ConfigError(`${label}: '${value}' is ${ms} ms; use a duration from 1s to 7 days, e.g. 90s, 10m or 1h (a bare number means minutes)`);
  }
  return ms;
}

function parseBoolean(value: string, label: string): boolean {
  const v = value.toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new ConfigError(`${label}: '${value}' is not a boolean; use true or false`);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
