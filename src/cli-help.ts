export const HELP = `flakegate - find the tests that fail only when run in parallel

Usage:
  flakegate run [options]                       run the suite at several worker counts and classify every test
  flakegate analyze [--out DIR] [--confirm] <report.json | out dir>...
                                                re-analyse kept raw reports (and merge several result dirs;
                                                --confirm reruns merged shards' suspects in --cwd)
  flakegate parse <junit.xml>                   print the normalised test cases of one JUnit report as JSON

Options for run:
  --framework NAME   auto (default) | pytest | jest | vitest | node | mocha | go | custom
  --command TPL      custom command template with {workers} and {junit}, optionally {tests}
  --workers LIST     worker counts, the smallest is the serial baseline (default 1,2,4)
  --iterations N     full-suite runs per worker count (default 5)
  --timeout DUR      per-run timeout, e.g. 90s, 10m (default 10m); kills the whole process tree
  --budget DUR       total time budget; runs that do not fit are skipped and reported
  --fail-on WHAT     parallel-only (default) | new-parallel-only | flaky | never
                     (new-parallel-only: only tests neither quarantined nor in the stability history)
  --quarantine FILE  quarantined tests (YAML; default .flakegate.yml in --cwd when it exists): run and
                     reported, never fail the gate; an expired entry fails it
  --cwd DIR          project directory (default .)
  --out DIR          output directory for report.json, report.md, report.html and runs/ (default .flakegate)
  --shard I/N        run only the I-th of N slices of the plan (a matrix job); writes shard.json and a
                     partial report, skips confirmation, exits 0 on the gate; merge with analyze
  --json             print report.json to stdout instead of the table
  --all              list stable and skipped tests in the table too
  --no-color         plain output (also when NO_COLOR is set or stdout is not a terminal)
  --verbose          log every step

Examples:
  flakegate run --framework pytest --workers 1,4 --iterations 5
  flakegate run --framework jest --cwd packages/api --timeout 5m
  flakegate run --command "python -m pytest -n {workers} --junitxml={junit}" --workers 1,2,4
  flakegate run --framework pytest --iterations 8 --shard 2/4 --out shard-2
  flakegate analyze --out merged shard-1 shard-2 shard-3 shard-4
  flakegate parse reports/junit.xml

Exit codes: 0 gate passed, 1 gate failed, 2 usage or setup error,
130/143 interrupted (SIGINT/SIGTERM: the current run is stopped and the report of the finished runs written).
`;
