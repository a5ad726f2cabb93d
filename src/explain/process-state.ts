// Process-wide state a test reaches through a library rather than a variable of its own: a
// singleton or instance cache, a memoised function's cache, the logging configuration, the module
// table, a runtime default (Go's `log`, `http.DefaultClient`, flags; Java's `System.setOut`,
// `Locale.setDefault`). Which cause it points at follows the runner's process model
// (src/explain/process-model.ts).
import type { Cause } from '../model.js';
import { stateCause } from './process-model.js';
import { languageOf, MAX_LINE_CHARS, type Lang, type Region } from './source-lang.js';

export interface ProcessStateLine {
  readonly region: Region;
  /** 0-based. */
  readonly line: number;
  readonly cause: Cause;
  /** `global:<what>`: the same cache or singleton in two tests' sources is one shared thing. */
  readonly resource: string;
}

interface Rule {
  readonly pattern: RegExp;
  /** The resource when the pattern captures nothing. */
  readonly name: string;
}

const RULES: Partial<Record<Lang, readonly Rule[]>> = {
  python: [
    // `OCRAgent.get_instance(...)`, a spy or patch on it, a class-level instance cache.
    { name: 'singleton', pattern: /\b([A-Z]\w{0,60})\.(?:get_instance|_instance|_instances|instance)\b/ },
    { name: 'singleton', pattern: /\b(?:spy|object)\(\s{0,5}([A-Z][\w.]{0,60})\s{0,5},\s{0,5}['"](?:get_instance|_instance|_instances|instance|_cache)['"]/ },
    // Clearing a memoised function's cache: the test knows the process keeps its result.
    { name: 'cache', pattern: /\b([\w.]{1,100})\.cache_clear\(\)/ },
    // Captured log records depend on the process's logging configuration (levels, `disable`,
    // handlers, `propagate`), which any earlier test may have changed.
    { name: 'logging', pattern: /\bcaplog\.(?:records|text|messages|record_tuples)\b/ },
    { name: 'metrics', pattern: /\b(?:prometheus_client\.)?REGISTRY\.(?:register|unregister|get_sample_value)\(/ },
    { name: 'logging', pattern: /\blogging\.(?:disable|basicConfig)\(|\blogging\.getLogger\([^)]{0,100}\)\.(?:setLevel|addHandler|removeHandler|handlers|propagate|disabled)\b/ },
    // Django resolves URLs through a resolver cached per process for the ROOT_URLCONF of the
    // moment (the docs: `clear_url_caches()` after changing it); a test resolving a literal URL
    // reads what earlier tests left there.
    { name: 'django-urlconf', pattern: /\b(?:resolve|reverse|get_resolver)\(\s{0,5}['"]|\bclear_url_caches\(/ },
    { name: 'modules', pattern: /\bsys\.modules\[[^\]]{1,100}\]\s{0,5}=(?!=)|\bimportlib\.reload\(/ },
    { name: 'sys-path', pattern: /\bsys\.path\.(?:insert|append|extend|remove|pop)\(/ },
    { name: 'logging', pattern: /\bstructlog\.(?:configure|configure_once|reset_defaults)\(|\blogging\.config\.(?:dictConfig|fileConfig)\(/ },
  ],
  js: [
    { name: 'singleton', pattern: /\b([A-Z]\w{0,60})\.(?:getInstance|_instance|sharedInstance|resetInstance)\b/ },
    { name: 'singleton', pattern: /\bspyOn\(\s{0,5}([A-Z][\w.]{0,60})\s{0,5},\s{0,5}['"`](?:getInstance|instance|_instance)['"`]/ },
  ],
  go: [
    { name: 'log', pattern: /\b(?:log\.Set(?:Output|Flags|Prefix)|slog\.SetDefault|zap\.ReplaceGlobals)\(/ },
    { name: 'http-default', pattern: /\bhttp\.Default(?:Client|Transport|ServeMux)\b[^\n]{0,100}?(?:=(?!=)|\.(?:Handle|HandleFunc)\()/ },
    { name: 'flags', pattern: /\bflag\.(?:Set|CommandLine\.Set|Parse)\(/ },
    { name: 'metrics', pattern: /\bprometheus\.(?:MustRegister|Register|DefaultRegisterer)\b/ },
    // Viper's package-level functions work on one global instance (its docs suggest `viper.New()`).
    { name: 'viper', pattern: /\bviper\.(?:Set|SetDefault|Reset|SetConfigFile|SetConfigName|SetConfigType|AddConfigPath|ReadInConfig|ReadConfig|MergeConfig|AutomaticEnv|SetEnvPrefix|BindEnv|BindPFlag|BindPFlags)\(/ },
  ],
  java: [
    // Micrometer's global composite registry: every meter registry added to it sees every test's meters.
    { name: 'metrics', pattern: /\bMetrics\.(?:addRegistry|removeRegistry|globalRegistry)\b/ },
    { name: 'stdio', pattern: /\bSystem\.set(?:Out|Err|In)\(/ },
    { name: 'defaults', pattern: /\b(?:Locale|TimeZone)\.setDefault\(|\bDateTimeUtils\.setCurrentMillis/ },
    { name: 'singleton', pattern: /\b([A-Z]\w{0,60})\.(?:resetInstance|setInstance)\(/ },
  ],
};

/** What the test and its fixtures, hooks and helpers run: not module data, not unused file lines. */
const RUN_SCOPES = new Set(['test', 'fixture', 'class', 'setup', 'helper']);

/**
 * Python modules the test imports (helpers, the code under test) that keep one object for the
 * whole process: a function rebinding a module-level name (the lazy singleton `global _backend;
 * if _backend is None: _backend = make()`) or a memoised function of no arguments (`@lru_cache`
 * on `def get_settings():`, a singleton by another name; a cache of a pure function of its
 * arguments is not state a test can leave behind). The resource is the module's name, so two
 * tests reaching the same singleton are seen to share it.
 */
const PY_LAZY_GLOBAL = /^\s{1,200}global\s{1,5}([A-Za-z_]\w{0,100})/;
const PY_MEMOISED = /^\s{0,200}@(?:functools\.)?(?:lru_cache|cache)\b/;
const PY_DEF = /^\s{0,200}(?:async\s{1,5})?def\s{1,5}([A-Za-z_]\w{0,100})\s{0,5}\((\s{0,5}\))?/;
const MODULE_SCOPES = new Set(['helper', 'library']);

function moduleSingletons(r: Region, cause: Cause): ProcessStateLine[] {
  const out: ProcessStateLine[] = [];
  for (let i = r.start; i <= r.end; i++) {
    const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
    const rebound = PY_LAZY_GLOBAL.exec(line)?.[1];
    if (rebound !== undefined) {
      out.push({ region: r, line: i, cause, resource: `global:${r.path}#${rebound}` });
      continue;
    }
    if (!PY_MEMOISED.test(line)) continue;
    for (let j = i + 1; j <= Math.min(r.end, i + 4); j++) {
      const def = PY_DEF.exec((r.lines[j] ?? '').slice(0, MAX_LINE_CHARS));
      if (def === null) continue;
      if (def[2] !== undefined) out.push({ region: r, line: i, cause, resource: `global:${r.path}#${def[1]}` });
      break;
    }
  }
  return out;
}

export function processStateLines(regions: readonly Region[], fallback: Lang): ProcessStateLine[] {
  const out: ProcessStateLine[] = [];
  for (const r of regions) {
    const lang = r.path.includes('.') ? languageOf(r.path, 'unknown') : fallback;
    const cause: Cause = stateCause(lang);
    if (lang === 'python' && MODULE_SCOPES.has(r.scope)) out.push(...moduleSingletons(r, cause));
    if (!RUN_SCOPES.has(r.scope)) continue;
    const rules = RULES[lang];
    if (rules === undefined) continue;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      for (const rule of rules) {
        const m = rule.pattern.exec(line);
        if (m === null) continue;
        out.push({ region: r, line: i, cause, resource: `global:${m[1] ?? rule.name}` });
        break;
      }
    }
  }
  return out;
}

export const PROCESS_STATE_PATTERNS: readonly RegExp[] = [...Object.values(RULES).flatMap((rules) => (rules ?? []).map((r) => r.pattern)), PY_LAZY_GLOBAL, PY_MEMOISED, PY_DEF];
