// A collision partner that changes the process environment or working directory while the two run
// at once in one process (src/explain/clues.ts `partnerWriteClues`), and a field of a local Go
// struct handed by address, which is not a package variable (src/explain/module-state.ts).
// Synthetic Go and Java packages written for these tests.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import type { Cause, Ecosystem, RunResult, TestAnalysis } from '../../../src/model.js';
import { analysis, run, tc } from './build.js';

function both(victim: TestAnalysis, partner: TestAnalysis): RunResult[] {
  return [
    run('d-001-w1', 1, [tc(victim, 'passed'), tc(partner, 'passed')]),
    ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(victim, 'failed', { message: 'want the US card' }), tc(partner, 'passed')])),
  ];
}

function topOf(victim: TestAnalysis, partner: TestAnalysis, sources: Record<string, string>, ecosystem: Ecosystem, partnered = true): { cause: Cause; score: number; evidence: string } {
  const [out] = explain({
    tests: [victim, partner],
    runs: both(victim, partner),
    clusters: [],
    ecosystem,
    sources: new Map(Object.entries(sources)),
    files: Object.keys(sources),
    cores: 2,
    ...(partnered ? { partners: { [victim.id]: [partner.id] } } : {}),
  });
  const first = out?.causes[0];
  return { cause: first?.cause ?? 'unknown', score: first?.score ?? 0, evidence: (first?.evidence ?? []).map((e) => e.text).join('\n') };
}

const goTest = (file: string, name: string, verdict: 'parallel-only' | 'stable' = 'parallel-only'): TestAnalysis => analysis({ file, name, verdict });

describe('a collision partner that changes process-wide state', () => {
  const loader = [
    'package tariff',
    '',
    'import (',
    '\t"encoding/json"',
    '\t"os"',
    '\t"path/filepath"',
    ')',
    '',
    'type Table struct {',
    '\tCurrency string',
    '\tBands    []string',
    '}',
    '',
    'func Load(dir string) (*Table, error) {',
    '\tvar table Table',
    '\tdata, err := os.ReadFile(filepath.Join(dir, "bands.json"))',
    '\tif err != nil {',
    '\t\treturn nil, err',
    '\t}',
    '\tif err := json.Unmarshal(data, &table.Bands); err != nil {',
    '\t\treturn nil, err',
    '\t}',
    '\treturn &table, nil',
    '}',
    '',
  ].join('\n');
  const tests = [
    'package tariff',
    '',
    'import (',
    '\t"os"',
    '\t"testing"',
    ')',
    '',
    'func enterDir(t *testing.T, dir string) {',
    '\told, _ := os.Getwd()',
    '\tif err := os.Chdir(dir); err != nil {',
    '\t\tt.Fatal(err)',
    '\t}',
    '\tt.Cleanup(func() { os.Chdir(old) })',
    '}',
    '',
    'func TestLoadsFromWorkingDir(t *testing.T) {',
    '\tt.Parallel()',
    '\tenterDir(t, "testdata/eu")',
    '\tif _, err := Load("."); err != nil {',
    '\t\tt.Fatal(err)',
    '\t}',
    '}',
    '',
    'func TestLoadsUSTable(t *testing.T) {',
    '\tt.Parallel()',
    '\ttable, err := Load("testdata/us")',
    '\tif err != nil || table.Currency != "USD" {',
    '\t\tt.Fatalf("got %v, %v", table, err)',
    '\t}',
    '}',
    '',
  ].join('\n');
  const sources = { 'tariff/tariff.go': loader, 'tariff/tariff_test.go': tests };
  const victim = goTest('tariff/tariff_test.go', 'TestLoadsUSTable');
  const partner = goTest('tariff/tariff_test.go', 'TestLoadsFromWorkingDir', 'stable');

  it('Go: the partner chdirs (through a helper) while the victim uses relative paths: shared working directory', () => {
    const got = topOf(victim, partner, sources, 'go');
    expect(got.cause).toBe('shared-env-or-cwd');
    expect(got.score).toBeGreaterThanOrEqual(0.35);
    expect(got.evidence).toMatch(/collision partner .*TestLoadsFromWorkingDir.*os\.Chdir/);
  });

  it('without a partner found, a co-passing test that chdirs says nothing', () => {
    expect(topOf(victim, partner, sources, 'go', false).cause).toBe('unknown');
  });

  it('a field of a local struct handed by address (`&table.Bands`) is not package state', () => {
    const got = topOf(victim, partner, sources, 'go');
    expect(got.evidence).not.toMatch(/table\.Bands/);
  });

  it('Go: the partner sets an environment variable the victim reads only through code it calls', () => {
    const env = {
      'quote/quote_test.go': [
        'package quote',
        '',
        'import (',
        '\t"os"',
        '\t"testing"',
        ')',
        '',
        'func TestEuroQuotes(t *testing.T) {',
        '\tt.Parallel()',
        '\tos.Setenv("TARIFF_REGION", "eu")',
        '\tdefer os.Unsetenv("TARIFF_REGION")',
        '\tif Price(3).Currency != "EUR" {',
        '\t\tt.Fatal("want EUR")',
        '\t}',
        '}',
        '',
        'func TestDollarQuotes(t *testing.T) {',
        '\tt.Parallel()',
        '\tif Price(3).Currency != "USD" {',
        '\t\tt.Fatal("want USD")',
        '\t}',
        '}',
        '',
      ].join('\n'),
    };
    const got = topOf(goTest('quote/quote_test.go', 'TestDollarQuotes'), goTest('quote/quote_test.go', 'TestEuroQuotes', 'stable'), env, 'go');
    expect(got.cause).toBe('shared-env-or-cwd');
    expect(got.evidence).toMatch(/os\.Setenv\("TARIFF_REGION"/);
  });

  it('pytest-xdist workers are processes: a partner changing os.environ in its own process is not this cause', () => {
    const py = {
      'tests/test_region.py':
        'import os\n\n\ndef test_euro_quotes():\n    os.environ["TARIFF_REGION"] = "eu"\n    assert price(3).currency == "EUR"\n\n\ndef test_dollar_quotes():\n    assert price(3).currency == "USD"\n',
    };
    const v = analysis({ file: 'tests/test_region.py', name: 'test_dollar_quotes' });
    const p = analysis({ file: 'tests/test_region.py', name: 'test_euro_quotes', verdict: 'stable' });
    expect(topOf(v, p, py, 'python').evidence).not.toMatch(/collision partner/);
  });
});
