// Loggers bound when a module is imported do not follow a later reconfiguration. structlog's
// `get_logger()` at module scope returns a proxy that assembles its logger on first use and, with
// `cache_logger_on_first_use=True`, keeps it: a test that swaps the processors or the logger factory
// to capture output misses what a logger some earlier test already used writes. The standard
// library's `logging.config.dictConfig`/`fileConfig` disable every logger that exists when called
// (`disable_existing_loggers` defaults to true), so loggers made at import by `getLogger(__name__)`
// go silent for the tests that run after it. Either way what a test captures depends on which tests
// its process ran before (or, under threads, at the same time): the process model decides.
import type { Cause } from '../model.js';
import { stateCause } from './process-model.js';
import { isBlankOrComment, MAX_LINE_CHARS, type Region } from './source-lang.js';

export interface LoggerBindingLine {
  readonly region: Region;
  /** 0-based: the reconfiguration in the test's own code. */
  readonly line: number;
  readonly cause: Cause;
  readonly resource: string;
}

type Family = 'structlog' | 'stdlib';

const RECONFIGURE: ReadonlyArray<readonly [Family, RegExp]> = [
  ['structlog', /\bstructlog\.(?:configure|configure_once|reset_defaults)\(/],
  ['stdlib', /\blogging\.config\.(?:dictConfig|fileConfig)\(/],
];
/** Keeps the loggers that exist enabled: no stale stdlib logger. */
const KEEPS_EXISTING = /['"]?disable_existing_loggers['"]?\s{0,5}[:=]\s{0,5}False\b/;

const MODULE_LOGGER: ReadonlyArray<readonly [Family, RegExp]> = [
  ['structlog', /^[A-Za-z_]\w{0,100}\s{0,5}(?::[^=]{1,100})?=\s{0,5}structlog\.(?:stdlib\.)?(?:get_logger|getLogger|wrap_logger)\(/],
  // structlog's documented boilerplate, `from structlog import get_logger` then `log = get_logger()`.
  ['structlog', /^[A-Za-z_]\w{0,100}\s{0,5}(?::[^=]{1,100})?=\s{0,5}get_logger\(/],
  ['stdlib', /^[A-Za-z_]\w{0,100}\s{0,5}(?::[^=]{1,100})?=\s{0,5}logging\.getLogger\(/],
];

const STRUCTLOG_IMPORT = /^from\s{1,5}structlog\s{1,5}import\s{1,5}[^#\n]{0,200}\bget_logger\b/;

/** The test's own code: where a reconfiguration singles this test out (an autouse set-up does not). */
const OWN_SCOPES = new Set(['test', 'fixture', 'class']);
/** Modules the test imports: their top-level lines ran at import, before any test. */
const IMPORTED_SCOPES = new Set(['helper', 'library']);

function boundAtImport(regions: readonly Region[]): Set<Family> {
  const found = new Set<Family>();
  for (const r of regions) {
    if (!IMPORTED_SCOPES.has(r.scope) || !r.path.endsWith('.py')) continue;
    const structlogImported = r.lines.some((l) => STRUCTLOG_IMPORT.test(l.slice(0, MAX_LINE_CHARS)));
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      MODULE_LOGGER.forEach(([family, pattern], k) => {
        // A bare `get_logger(` is structlog's only where the module imports it from structlog.
        if (pattern.test(line) && (k !== 1 || structlogImported)) found.add(family);
      });
    }
  }
  return found;
}

/** Python: a reconfiguration of logging in the test's own code, beside loggers its imports bind at import. */
export function loggerBindingLines(regions: readonly Region[]): LoggerBindingLine[] {
  const own = regions.filter((r) => OWN_SCOPES.has(r.scope) && r.path.endsWith('.py'));
  if (own.length === 0) return [];
  const bound = boundAtImport(regions);
  if (bound.size === 0) return [];
  const out: LoggerBindingLine[] = [];
  for (const r of own) {
    const body = r.lines.slice(r.start, r.end + 1);
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      if (isBlankOrComment(line, 'python')) continue;
      const family = RECONFIGURE.find(([, p]) => p.test(line))?.[0];
      if (family === undefined || !bound.has(family)) continue;
      if (family === 'stdlib' && body.some((l) => KEEPS_EXISTING.test(l.slice(0, MAX_LINE_CHARS)))) continue;
      out.push({ region: r, line: i, cause: stateCause('python'), resource: 'global:logging' });
    }
  }
  return out;
}

export const LOGGER_BINDING_PATTERNS: readonly RegExp[] = [...RECONFIGURE.map(([, p]) => p), KEEPS_EXISTING, STRUCTLOG_IMPORT, ...MODULE_LOGGER.map(([, p]) => p)];
