// One parser for the action's inputs and the CLI's flags: parsed once, completely, then frozen.
// Every error names the input, the value and what is allowed (exit code 2 at the entries).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config, FailOn, FrameworkName } from './model.js';
import { parseTemplate } from './run/command-template.js';
import { parseShard } from './shard/slice.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const FRAMEWORKS: readonly FrameworkName[] = ['auto', 'pytest', 'jest', 'vitest', 'node', 'mocha', 'go', 'custom'];
export const FAIL_ON: readonly FailOn[] = ['parallel-only', 'flaky', 'never', 'new-parallel-only'];
/** The quarantine file looked for in the working directory when none is named. */
export const DEFAULT_QUARANTINE = '.flakegate.yml';

/** Raw settings by their public names (CLI flag = action input, minus the -minutes suffix). */
export type RawSettings = Readonly<Record<string, string | undefined>>;

export const DEFAULTS = {
  framework: 'auto',
  workers: '1,2,4',
  iterations: '5',
  timeout: '10m',
  confirm: 'true',
  'fail-on': 'parallel-only',
  cwd: '.',
  out: '.flakegate',
} as const;

const MAX_WORKERS = 512;
const MAX_ITERATIONS = 1000;

/** `source` only changes how inputs are named in messages (`--workers` vs input `workers`). */
export function parseConfig(raw: RawSettings, source: 'cli' | 'action', baseDir = process.cwd()): Config {
  const name = (key: string): string => (source === 'cli' ? `--${key}` : `input '${key}'`);
  const get = (key: keyof typeof DEFAULTS): string => {
    const value = raw[key]?.trim();
    return value === undefined || value === '' ? DEFAULTS[key] : value;
  };

  const framework = get('framework');
  if (!(FRAMEWORKS as readonly string[]).includes(framework)) {
    throw new ConfigError(`${name('framework')}: unknown framework '${framework}'; allowed: ${FRAMEWORKS.join(', ')}`);
  }
  const commandRaw = raw.command?.trim() || null;
  let resolvedFramework = framework as FrameworkName;
  if (commandRaw !== null) {
    if (resolvedFramework === 'auto') resolvedFramework = 'custom';
    if (resolvedFramework !== 'custom') {
      throw new ConfigError(
        `${name('command')} is only used with framework 'custom' (got framework '${framework}'); drop ${name('framework')} or set it to custom`,
      );
    }
    const parsed = parseTemplate(commandRaw);
    if (!parsed.ok) throw new ConfigError(`${name("command")} ${parsed.problem}`);
  } else if (resolvedFramework === 'custom') {
    throw new ConfigError(`${name('framework')} custom needs ${name('command')}, a template with {workers} and {junit}`);
  }

  const workers = parseWorkers(get('workers'), name('workers'));
  const iterations = parseCount(get('iterations'), name('iterations'), MAX_ITERATIONS);
  const shardRaw = raw.shard?.trim();
  const shard = shardRaw ? parseShard(shardRaw, iterations) : undefined;
  if (typeof shard === 'string') throw new ConfigError(`${name('shard')}: ${shard}`);
  const timeoutMs = parseDuration(get('timeout'), name(source === 'cli' ? 'timeout' : 'timeout-minutes'));
  const budgetRaw = raw.budget?.trim();
  const budgetMs = budgetRaw ? parseDuration(budgetRaw, name(source === 'cli' ? 'budget' : 'budget-minutes')) : null;
  const confirm = parseBoolean(get('confirm'), name('confirm'));
  const failOn = get('fail-on');
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new ConfigError(`${name('fail-on')}: unknown value '${failOn}'; allowed: ${FAIL_ON.join(', ')}`);
  }
  const cwd = resolve(baseDir, get('cwd'));
  if (!isDirectory(cwd)) {
    throw new ConfigError(`${name(source === 'cli' ? 'cwd' : 'working-directory')}: '${cwd}' is not a directory`);
  }
  const out = resolve(baseDir, get('out'));
  // Named explicitly: must exist (a typo must not silently disable the quarantine); default: optional.
  const quarantineRaw = raw.quarantine?.trim();
  const quarantine = quarantineRaw ? resolve(baseDir, quarantineRaw) : resolve(cwd, DEFAULT_QUARANTINE);
  if (quarantineRaw && !existsSync(quarantine)) {
    throw new ConfigError(`${name('quarantine')}: '${quarantine}' does not exist; name an existing YAML file or leave it empty for ${DEFAULT_QUARANTINE} in the working directory`);
  }

  return Object.freeze({
    framework: resolvedFramework,
    command: commandRaw,
    workers: Object.freeze(workers),
    iterations,
    timeoutMs,
    budgetMs,
    confirm,
    failOn: failOn as FailOn,
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
