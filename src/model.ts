// The one data model shared by every stage. Plain, readonly, JSON-ready data; imports nothing.
// String unions instead of enums so report.json stays self-describing.

/** Test frameworks flakegate knows. `auto` is resolved to one of the others before any run. */
export type FrameworkName = 'auto' | 'pytest' | 'jest' | 'vitest' | 'node' | 'mocha' | 'go' | 'custom';

/** The ecosystems whose error texts and idiomatic fixes flakegate knows. */
export type Ecosystem = 'python' | 'javascript' | 'go' | 'java' | 'rust' | 'ruby' | 'dotnet' | 'unknown';

/** When the gate fails. `new-parallel-only`: only parallel-only tests not known on the base branch (quarantine, stability history). */
export type FailOn = 'parallel-only' | 'new-parallel-only' | 'flaky' | 'never';

/** Validated configuration, shared by the action and the CLI. Durations in milliseconds. */
export interface Config {
  readonly framework: FrameworkName;
  /** Command template with {workers} {junit} and optionally {tests}; required for `custom`. */
  readonly command: string | null;
  /** Strictly increasing positive integers; the first is the serial baseline. */
  readonly workers: readonly number[];
  readonly iterations: number;
  readonly timeoutMs: number;
  readonly budgetMs: number | null;
  readonly confirm: boolean;
  /**
   * Serial full-suite runs in discovery as well (`serial-discovery`); absent or false =
   * parallel-first (src/run/plan.ts `planDiscovery`), except where src/run/plan.ts
   * `discoveryNeedsSerial` says so.
   */
  readonly serialDiscovery?: boolean;
  /**
   * The resource probe (`resource-probe`): each run's command gets FLAKEGATE_PROBE_DIR and the
   * probes are injected; absent = on, false = neither.
   */
  readonly resourceProbe?: boolean;
  /** Burn-in runs of a pull request's changed tests (`burn-in`, needs `base`); absent or 0 = none. */
  readonly burnIn?: number;
  readonly failOn: FailOn;
  /** The lowest confidence of a parallel-only test that fails the gate (`confirmed` by default: the rule with the stated error rate). */
  readonly failOnConfidence: Confidence;
  /** Absolute project directory the test command runs in. */
  readonly cwd: string;
  /** Absolute output directory (report.json, report.md, runs/). */
  readonly out: string;
  /** `--shard i/n`: run only this slice of the discovery plan (a matrix job); absent = the whole plan. */
  readonly shard?: ShardRef;
  /** Base commit or ref of a pull request (`--base`, else the event's base commit): its changed tests. */
  readonly base?: string;
  /** Absolute path of the quarantine file (`--quarantine`, else `.flakegate.yml` in cwd when it exists). */
  readonly quarantine?: string;
}

/** The i-th of n slices of one discovery plan (1-based, 1 <= index <= count). */
export interface ShardRef {
  readonly index: number;
  readonly count: number;
}

/**
 * Why a run happened. Discovery runs the full suite; confirmation reruns suspects only.
 * `burn-in`: a pull request's changed tests with the tests sharing a resource with them and a
 * random sample of the suite, in parallel (src/changes/burn-in.ts); like discovery it nominates
 * suspects, and it comes before every confirmation run.
 * `confirm-partner`: a partner-search probe, a victim with hand-picked co-runners; an experiment,
 * so it never counts as a sample of how the suite behaves.
 * `confirm-order`: an order replay, the tests one worker ran before a victim, then the victim,
 * serially (src/confirm/order-replay.ts); an experiment too, excluded from every sample.
 */
export type Phase = 'discovery' | 'burn-in' | 'confirm-serial' | 'confirm-parallel' | 'confirm-partner' | 'confirm-order';

/** One planned execution of the test command. */
export interface RunSpec {
  /** Unique, filesystem-safe, e.g. `d-003-w4` (phase letter, sequence, workers). */
  readonly id: string;
  readonly workers: number;
  readonly iteration: number;
  readonly phase: Phase;
  /** Test ids to run (a subset); absent = full suite. */
  readonly tests?: readonly string[];
}

/** How the JUnit report(s) of a run could be read. */
export type ParseStatus = 'ok' | 'salvaged' | 'empty' | 'invalid' | 'missing';

/** Outcome of one test in one run. `lost` = expected but absent because the run or its worker died. */
export type Outcome = 'passed' | 'failed' | 'error' | 'skipped' | 'lost';

/** A retry recorded inside one testcase (Surefire flakyFailure, rerunError, ...). */
export interface Attempt {
  readonly outcome: 'failed' | 'error';
  /** The element it came from, e.g. `flakyFailure`, `rerunError`. */
  readonly kind: string;
  readonly message?: string;
  readonly details?: string;
}

/** `file::classname::name`, normalised so the same test has the same id in every run. */
export type TestId = string;

/** One test case as one report states it, normalised across JUnit dialects. */
export interface TestCase {
  readonly id: TestId;
  readonly file?: string;
  readonly line?: number;
  readonly classname: string;
  readonly name: string;
  readonly outcome: Outcome;
  readonly message?: string;
  /** Stack trace or output excerpt, bounded in size. */
  readonly details?: string;
  readonly durationMs?: number;
  /** Worker that ran it (e.g. `gw1`, `3`), when known. */
  readonly worker?: string;
  /** Epoch milliseconds, when the dialect or flakegate's plugin records them. */
  readonly startedAt?: number;
  readonly endedAt?: number;
  /** Retry attempts that preceded the final outcome, in document order. */
  readonly attempts?: readonly Attempt[];
  /** 1-based index among testcases with the same id in one report (duplicates are kept, not merged). */
  readonly occurrence?: number;
  /**
   * Set when the report did not state this outcome and it was inferred from a hook or suite
   * pseudo-test (src/parse/hook-outcomes.ts): that pseudo-test's id. A test its failing hook kept
   * from running is `failed` because of it; the hook itself is `passed` where its tests ran.
   */
  readonly inferredFrom?: TestId;
}

/** Result of reading one JUnit file (also what `flakegate parse` prints). */
export interface ParsedReport {
  readonly status: ParseStatus;
  readonly error?: string;
  readonly tests: readonly TestCase[];
}

/** What happened to the process of one run. */
export interface ProcessResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly durationMs: number;
  /** Set when the command could not be started at all (e.g. not found). */
  readonly spawnError?: string;
  /** Last part of combined stdout/stderr, bounded; raw (sanitised only when rendered). */
  readonly outputTail: string;
  /** How the run's process tree was held: a child subreaper, or process group + env tag + parentage. */
  readonly containment?: Containment;
  /** Processes of the run still alive when its command ended or was stopped (flakegate ended them); at most 20 named. */
  readonly survivors?: readonly Survivor[];
  /** How many processes `survivors` stands for. */
  readonly survivorCount?: number;
}

/** `subreaper`: nothing the command starts can leave the tree; `process-group`: what clears its environment and leaves the tree escapes. */
export type Containment = 'subreaper' | 'process-group';

/** A process that outlived the test command, as the run record names it. */
export interface Survivor {
  readonly pid: number;
  /** Its command line (bounded; raw, sanitised when rendered). */
  readonly command: string;
}

/** One executed run: spec + process + parse, and the test cases it produced. */
export interface RunRecord {
  readonly id: string;
  readonly workers: number;
  readonly iteration: number;
  readonly phase: Phase;
  readonly subset?: readonly string[];
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly durationMs: number;
  /** Raw reports kept under <out>/runs/, relative to <out>. */
  readonly reportPaths: readonly string[];
  readonly parse: ParseStatus;
  readonly error?: string;
  /** Number of test cases the run's report(s) held. */
  readonly tests: number;
  readonly outputTail?: string;
  readonly containment?: Containment;
  readonly survivors?: readonly Survivor[];
  readonly survivorCount?: number;
}

/** A run together with its parsed test cases (in memory; report.json keeps only the record). */
export interface RunResult {
  readonly record: RunRecord;
  readonly cases: readonly TestCase[];
  /** What the resource probe recorded during the run (src/parse/probe-reader.ts); absent = no probe directory. */
  readonly probe?: RunProbe;
}

/** An operation a resource probe records (docs/resource-probe.md has the file format). */
export type ProbeKind = 'listen' | 'connect' | 'read' | 'write' | 'remove' | 'mkdir' | 'sqlite' | 'chdir' | 'setenv';

/** One validated probe record. */
export interface ProbeRecord {
  /** The file it came from without `.jsonl` (`py-123`, `js-123-2`): one process, or one Node worker thread. */
  readonly process: string;
  readonly pid: number;
  /** Epoch milliseconds. */
  readonly ts: number;
  readonly worker?: string;
  /** The pytest node id of the running test item. */
  readonly test?: string;
  /** Absolute paths of project files on the stack (Node), innermost first. */
  readonly files?: readonly string[];
  readonly kind: ProbeKind;
  /** `host:port`, an absolute path, or an environment variable's name. */
  readonly res: string;
  /** errno code when the operation failed (`EADDRINUSE`). */
  readonly err?: string;
}

/** One run's probe directory as read: the valid records and what was refused. */
export interface RunProbe {
  readonly records: readonly ProbeRecord[];
  /** Probe files read. */
  readonly files: number;
  /** Lines (and files) refused: malformed, over a bound, of a wrong type. */
  readonly rejected: number;
  /** One sentence per kind of refusal, for the report's warnings. */
  readonly problems: readonly string[];
}

/** What a resource is, for the probe: its family decides the cause it points at. */
export type ProbeResourceKind = 'port' | 'database' | 'file' | 'cwd' | 'env';

/** A resource the probe saw shared in runs where the test failed in parallel (report.json `tests[].probe`). */
export interface ProbeFinding {
  /** `port 47210`, a path, or an environment variable's name. */
  readonly resource: string;
  readonly kind: ProbeResourceKind;
  /** What was done to it (`listen`, `write`, ...), sorted. */
  readonly ops: readonly ProbeKind[];
  /** The runs (ids) where the test failed in parallel and the resource was shared. */
  readonly runs: readonly string[];
  /** Most distinct processes that touched it in one of those runs. */
  readonly processes: number;
  /** The other tests that touched it in those runs (sorted, bounded). */
  readonly tests: readonly TestId[];
  /** A collision error seen on it (`EADDRINUSE`). */
  readonly err?: string;
}

export type Verdict = 'parallel-only' | 'flaky' | 'broken' | 'stable' | 'lost' | 'skipped';
export type Confidence = 'confirmed' | 'likely' | 'insufficient';

/** Outcome counts of one test at one worker count. */
export interface WorkerStats {
  readonly runs: number;
  readonly passed: number;
  readonly failed: number;
  readonly lost: number;
  readonly skipped: number;
  /** Wilson 95% interval of the failure rate over runs where the test ran (passed + failed). */
  readonly rateLow: number;
  readonly rateHigh: number;
}

export type Cause =
  | 'shared-file-path'
  | 'shared-database'
  | 'port-conflict'
  | 'shared-global-state'
  | 'order-dependence'
  | 'timing-under-load'
  | 'worker-crash'
  | 'shared-env-or-cwd'
  | 'resource-exhaustion'
  | 'unknown';

export type EvidenceKind =
  | 'signature'
  | 'threshold'
  | 'co-failure'
  | 'confirmation'
  | 'source'
  | 'crash'
  | 'partner'
  | 'timing'
  | 'probe';

export interface Evidence {
  readonly kind: EvidenceKind;
  readonly text: string;
  readonly file?: string;
  readonly line?: number;
}

export interface Fix {
  readonly summary: string;
  readonly example?: string;
}

export interface CauseFinding {
  readonly cause: Cause;
  /** 0..1, higher = more likely; findings are sorted by score, highest first. */
  readonly score: number;
  readonly evidence: readonly Evidence[];
  readonly fix: Fix;
}

/**
 * How a test's source file was found: the report's `file` attribute, a path as classname (Vitest),
 * a dotted module or class (pytest, JUnit/Surefire), a Go package, a stack frame in a test file,
 * or a search of the project's test files for its title.
 */
export type SourceVia = 'report-file' | 'classname-path' | 'python-module' | 'jvm-class' | 'go-package' | 'stack-frame' | 'title-search';

/** The test's source file, relative to the project directory, and how it was found. */
export interface TestSource {
  readonly file: string;
  readonly via: SourceVia;
  /** 1-based line of the test's declaration or failing frame, when that is how it was found. */
  readonly line?: number;
}

/** One arm of a decision sample: which runs, at which worker count(s), and how the test fared. */
export interface SampleArm {
  /** The worker count(s) of the runs (the serial count; the threshold, or every parallel count when pooled). */
  readonly workers: readonly number[];
  readonly failed: number;
  /** Runs where the test ran to a result. */
  readonly n: number;
  /** Their run ids, in execution order. */
  readonly runs: readonly string[];
}

/**
 * The sample a verdict's confidence rests on, and the statistic computed on it (docs/confirmation.md).
 * - `confirmation`: the fresh confirmation reruns of a suspect discovery nominated, in blocks of
 *   serial and parallel observations; `eValue` against `threshold` = `suspects` / `alpha` decides
 *   `confirmed`, the rule with the gate's guarantee. Only the blocks up to the decision count.
 * - `all-runs`: every counted run (discovery and confirmation; experiments excluded), serial
 *   against all parallel counts pooled. Descriptive: these counts include the runs that
 *   nominated the test, so no guarantee rests on them and they never make a test `confirmed`.
 */
export interface DecisionSample {
  readonly source: 'confirmation' | 'all-runs';
  readonly serial: SampleArm;
  readonly parallel: SampleArm;
  /** `confirmation` only: complete blocks in the sample. */
  readonly blocks?: number;
  /** `confirmation` only: the e-value the decision compares (the first to reach the threshold, else the largest so far). */
  readonly eValue?: number;
  /** `confirmation` only: the e-value that confirms, suspects / alpha. */
  readonly threshold?: number;
  /** `confirmation` only: how many tests discovery nominated (K of the Bonferroni split). */
  readonly suspects?: number;
  readonly alpha?: number;
}

/** Everything flakegate concluded about one test. */
export interface TestAnalysis {
  readonly id: TestId;
  /**
   * How the test is printed everywhere (terminal, comment, summary, HTML, report.md, gate reason)
   * and the form a quarantine entry is written in: the id without repeated parts, e.g. the pytest
   * node id `tests/test_db.py::TestDb::test_insert` (parse/test-id.ts `displayTestId`).
   */
  readonly display: string;
  readonly file?: string;
  readonly line?: number;
  readonly classname: string;
  readonly name: string;
  readonly verdict: Verdict;
  readonly confidence: Confidence;
  /**
   * One-sided p value of "fails more in parallel" on `sample`: 1 / eValue (anytime-valid) for a
   * `confirmation` sample, Fisher exact for an `all-runs` one; null when not computable.
   */
  readonly pValue: number | null;
  /** Bayesian P(p_parallel > p_serial) with Jeffreys priors, on `sample`; null when not computable. */
  readonly probParallelWorse: number | null;
  /** For `parallel-only` and `flaky`: the sample the confidence, pValue and probParallelWorse rest on. */
  readonly sample?: DecisionSample;
  /** Keyed by worker count as a string ("1", "4"). */
  readonly byWorkers: Readonly<Record<string, WorkerStats>>;
  /** Smallest worker count with a failure, or null. */
  readonly threshold: number | null;
  /** Index into Report.clusters, or null. */
  readonly cluster: number | null;
  /** For a `parallel-only` test not `confirmed`: confirmation runs (serial and parallel together) estimated to decide it. */
  readonly runsToDecide?: number;
  /** A few failure messages seen (raw; sanitised when rendered). */
  readonly messages: readonly string[];
  /**
   * Collision partners found by the partner search: the tests that must run concurrently for it to
   * fail; with `partnersRunBefore`, the tests it needs to have run before it in its process (found
   * by replaying what ran before it serially: docs/confirmation.md "Serial runs in the suite's order").
   */
  readonly partners?: readonly TestId[];
  /** `partners` are tests it needs to run before it (order dependence), not collision partners. */
  readonly partnersRunBefore?: boolean;
  /** Resources the probe saw shared in runs where it failed in parallel (src/explain/probe-evidence.ts). */
  readonly probe?: readonly ProbeFinding[];
  /** Where its source is (the id is unchanged: this is a lookup, not an identity). */
  readonly source?: TestSource;
  readonly causes: readonly CauseFinding[];
  /** Set when a quarantine entry matches: still run and reported, never fails the gate. */
  readonly quarantined?: Quarantined;
}

/** The quarantine entry a test matched (`.flakegate.yml`); `owner` or `issue` is always set. */
export interface Quarantined {
  /** The entry's `test` pattern. */
  readonly entry: string;
  readonly reason: string;
  readonly owner?: string;
  readonly issue?: string;
  /** ISO date (YYYY-MM-DD); past it the entry fails the gate loudly. */
  readonly expires?: string;
}

/**
 * What the project is, found from its own files whatever command runs its tests (report.json
 * `project`): the ecosystem whose error texts and fixes apply, and the test framework (the
 * preset's, or for a custom command the one the project's files show).
 */
export interface ProjectProfile {
  readonly ecosystem: Ecosystem;
  readonly framework: Exclude<FrameworkName, 'auto' | 'custom'> | null;
  /** What decided the ecosystem (e.g. "the report's tests are in 12 python file(s)"). */
  readonly evidence: string;
}

/** What the partner search (src/confirm/partner-search.ts) found for one confirmed victim. */
export interface PartnerFinding {
  readonly victim: TestId;
  /** `predecessor`: the partners are tests the victim needs to run before it (src/confirm/needed-predecessor.ts); absent: collision partners. */
  readonly kind?: 'predecessor';
  readonly workers: number;
  readonly partners: readonly TestId[];
  readonly found: boolean;
  /** Runs the search spent (reused runs are not counted). */
  readonly probes: number;
  readonly evidence: readonly string[];
}

/** Tests that fail in the same runs. */
export interface Cluster {
  readonly id: number;
  readonly tests: readonly TestId[];
  /** Runs where at least two members failed together. */
  readonly runs: readonly string[];
}

export interface Summary {
  readonly parallelOnly: number;
  readonly flaky: number;
  readonly broken: number;
  readonly stable: number;
  readonly lost: number;
  readonly skipped: number;
}

export interface Gate {
  readonly failed: boolean;
  readonly failOn: FailOn;
  readonly reason: string;
  /** Parallel-only / flaky tests that would have failed the gate but are quarantined. */
  readonly quarantined?: readonly TestId[];
  /** `new-parallel-only`: parallel-only tests already known on the base branch (did not fail the gate). */
  readonly known?: readonly TestId[];
  /** Quarantine entries past their expiry (`pattern (expired YYYY-MM-DD)`): these fail the gate. */
  readonly expired?: readonly string[];
  /**
   * The lowest confidence of a parallel-only test that fails the gate (`fail-on-confidence`).
   * Absent in reports written before it existed, whose gate failed at `likely`.
   */
  readonly failOnConfidence?: Confidence;
  /** Parallel-only tests below `failOnConfidence` (not quarantined): reported as warnings, they did not fail the gate. */
  readonly undecided?: readonly TestId[];
}

/** A decision the planner took (rerun, skip for budget, fallback), for the report. */
export interface PlannerNote {
  readonly kind: 'discovery' | 'confirm' | 'budget' | 'fallback' | 'stop';
  readonly text: string;
}

/**
 * A retry setting found in the project. Retries turn a parallel failure into a pass, so flakegate
 * overrides them for its runs where the framework allows it, and warns where it cannot.
 */
export interface RetrySetting {
  /** Where it was found: a file relative to the project, or an environment variable. */
  readonly where: string;
  /** What it is: `--reruns`, `flaky marker`, `jest.retryTimes`, `retry`, `retries`, `this.retries`. */
  readonly setting: string;
  /** True when flakegate's runs override it; false when it still applies (a warning says so). */
  readonly disabled: boolean;
  /** How it is overridden, or what the user can do about it. */
  readonly how: string;
}

/** An estimate of the session's wall time (= runner minutes on one runner), made during the run. */
export interface CostEstimate {
  /** The run after which it was made (`d-001-w1`) and how many runs the price model rests on. */
  readonly afterRun: string;
  readonly fittedOn: number;
  /** Discovery: finished runs as measured plus the planned ones as priced. */
  readonly discoveryMs: number;
  /** Confirmation as today's planner is expected to run it (see `basis`). */
  readonly confirmationMs: number;
  readonly totalMs: number;
  /** What the confirmation part assumes, in words. */
  readonly basis: string;
}

/** What the check cost: the estimates made on the way and what it took. */
export interface ReportCost {
  readonly estimates: readonly CostEstimate[];
  /** From the pipeline's start to the report, i.e. the step's runner time. */
  readonly actualMs: number;
  /** Sum of the runs' wall times (the rest is flakegate's own start-up, parsing and reporting). */
  readonly runsMs: number;
}

/** The whole result: `report.json`. */
export interface Report {
  readonly schema: 'flakegate/report@1';
  readonly tool: { readonly name: 'flakegate'; readonly version: string };
  /** The run's Config without the output directory; `command` is the resolved template. */
  readonly config: Omit<Config, 'out' | 'command' | 'failOnConfidence'> & { readonly command: string; readonly failOnConfidence?: Confidence };
  readonly runs: readonly RunRecord[];
  readonly tests: readonly TestAnalysis[];
  readonly clusters: readonly Cluster[];
  readonly summary: Summary;
  readonly gate: Gate;
  readonly planner: readonly PlannerNote[];
  readonly warnings: readonly string[];
  /** The project's ecosystem and framework as the explain stage used them. */
  readonly project?: ProjectProfile;
  /** Set on a shard's partial report: it holds one slice of the runs, and its gate decides nothing. */
  readonly shard?: ShardRef & { readonly partial: true; readonly plan: string; readonly commit: string | null };
  /** Set on a report merged from shards: which slices it holds and which never arrived. */
  readonly shards?: { readonly count: number; readonly merged: readonly number[]; readonly missing: readonly number[]; readonly plan: string; readonly commit: string | null };
  /** Set by `run`: estimates of the session's runner time and what it cost. */
  readonly cost?: ReportCost;
  /** Set by `run`: retry settings found in the project and whether its runs overrode them. */
  readonly retries?: readonly RetrySetting[];
}

/** A sink for human-readable progress; stages never print directly. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}
