import { describe, expect, it } from 'vitest';
import { signatures } from '../../../src/explain/signatures/index.js';
import { GLOBAL_WRITE_PATTERNS } from '../../../src/explain/global-writes.js';
import { MODULE_STATE_PATTERNS } from '../../../src/explain/module-state.js';
import { PROCESS_MODEL_PATTERNS } from '../../../src/explain/process-model.js';
import { PROCESS_STATE_PATTERNS } from '../../../src/explain/process-state.js';
import { CLEANUP, CREATES, lineRules } from '../../../src/explain/source-rules.js';
import { TIMING_PATTERNS } from '../../../src/explain/timing-sensitive.js';
import { ENV_RESTORE_PATTERNS } from '../../../src/explain/env-restore.js';
import { PORT_CONSTANT_PATTERNS } from '../../../src/explain/port-constants.js';
import { LOGGER_BINDING_PATTERNS } from '../../../src/explain/logger-binding.js';
import { PYTHON_CALL_PATTERNS } from '../../../src/explain/python-calls.js';
import { SCOPE_BRACES_PATTERNS } from '../../../src/explain/scope-braces.js';
import { IMPORT_PATTERNS } from '../../../src/explain/imports.js';
import { CONCURRENT_STATIC_PATTERNS } from '../../../src/explain/concurrent-static.js';
import { PATH_FLOW_PATTERNS } from '../../../src/explain/path-flow.js';
import { SETTING_USE_PATTERNS } from '../../../src/explain/setting-uses.js';
import { regexProblems } from './regex-safety.js';

describe('regexProblems (the checker itself)', () => {
  it.each([
    ['a.*b', true],
    ['(a+)+', true],
    ['(?:\\w{1,5}){0,3}', true],
    ['x{2,}', true],
    ['\\d{1,9} ?ms', false],
    ['[^*+]{0,10}', false],
    ['(?<![\\w$.])x\\s{0,5}=(?!=)', false],
    ['\\+{5,40} Timeout', false],
    ['a{0,5}?b', false],
    ['(?:IF NOT\\s{1,5})?x', false],
  ])('%s -> has problems: %s', (source, bad) => {
    expect(regexProblems(source).length > 0).toBe(bad);
  });
});

describe('every explain pattern is linear-time by construction', () => {
  it.each(signatures.map((s) => [s.id, s.pattern] as const))('signature %s', (_id, pattern) => {
    expect(regexProblems(pattern.source)).toEqual([]);
    expect(pattern.flags).not.toMatch(/[gy]/);
  });

  it.each(lineRules.map((r, i) => [`${r.kind}#${i}`, r] as const))('line rule %s', (_id, rule) => {
    expect(regexProblems(rule.pattern.source)).toEqual([]);
    expect(regexProblems(rule.unless?.source ?? '')).toEqual([]);
  });

  it.each([...TIMING_PATTERNS, ...PROCESS_STATE_PATTERNS, ...GLOBAL_WRITE_PATTERNS, ...MODULE_STATE_PATTERNS, ...PROCESS_MODEL_PATTERNS, ...ENV_RESTORE_PATTERNS, ...PORT_CONSTANT_PATTERNS, ...PATH_FLOW_PATTERNS, ...LOGGER_BINDING_PATTERNS, ...PYTHON_CALL_PATTERNS, ...SCOPE_BRACES_PATTERNS, ...IMPORT_PATTERNS, ...CONCURRENT_STATIC_PATTERNS, ...SETTING_USE_PATTERNS].map((p, i) => [i, p] as const))('timing and process-state pattern %s', (_i, pattern) => {
    expect(regexProblems(pattern.source)).toEqual([]);
    expect(pattern.flags).not.toMatch(/[gy]/);
  });

  it('cleanup and creation patterns', () => {
    expect(regexProblems(CLEANUP.source)).toEqual([]);
    expect(regexProblems(CREATES.source)).toEqual([]);
  });
});
