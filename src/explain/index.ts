// The explain stage: for each test that fails in parallel (or is flaky, or lost), why, with the
// evidence and the idiomatic fix. Pure: sources arrive as text (see `sourceFilesFor`).
import type { CauseFinding, Cluster, Ecosystem, FrameworkName, RunResult, TestAnalysis, TestCase, TestId } from '../model.js';
import { messageResourceClues, partnerWriteClues, sharedResourceClues, signatureClues, sourceClues } from './clues.js';
import { discriminate } from './discriminators.js';
import { failureTexts } from './failure-texts.js';
import { ecosystemOfPath } from '../locate/test-files.js';
import { matchSignatures } from './match-signatures.js';
import { rank } from './rank.js';
import { helperFilesOf, libraryFilesOf } from './imports.js';
import { buildConfigFilesFor, EXPLAINED, normalisePath, packageFilesFor, testFileOf } from './source-files.js';
import { supportFilesFor } from './support-files.js';
import type { SourceText } from './source-lang.js';
import { scanSource } from './source-scan.js';
import type { Clue, SourceFinding } from './types.js';
import { failedParallelRuns, indexProbes, probeAgainst, probeClues, probeFindings } from './probe-evidence.js';
import { fileLevelLabel } from './probe-attribution.js';

export { HELPER_DEPTH, LIBRARY_DEPTH } from './imports.js';
export { helperFilesToRead, libraryFilesToRead, sourceFilesFor, wantsSource } from './source-files.js';

/** Peers whose sources are compared with the test's: the most related few. */
const MAX_PEERS = 10;

export interface ExplainInput {
  readonly tests: readonly TestAnalysis[];
  readonly runs: readonly RunResult[];
  readonly clusters: readonly Cluster[];
  readonly ecosystem: Ecosystem;
  /** The test framework when known: fixes name its API (no `vi.stubEnv` for a Jest project). */
  readonly framework?: FrameworkName | null;
  /** Repo-relative path -> text, for test files and their conftest/setup files. */
  readonly sources: ReadonlyMap<string, string>;
  /** The project's listing (src/project/list-files.ts): where imported helpers are looked up. */
  readonly files?: readonly string[];
  /** CPUs the runs had; failing only above it hints at load. */
  readonly cores: number;
  /** Known collision partners per test id. */
  readonly partners?: Readonly<Record<string, readonly string[]>>;
  /** The project directory (absolute): Node probe records name absolute stack files. */
  readonly projectDir?: string;
  /** Absolute directories whose files are flakegate's own (the output directory): never a shared resource. */
  readonly ignoreDirs?: readonly string[];
  /** A test case's pytest node id (the pipeline passes src/frameworks/pytest-node-id.ts): how Python probe records name tests. */
  readonly pytestNodeId?: (c: TestCase) => string;
}

/** The same tests, in the same order, with `causes` filled (highest score first). */
export function explain(input: ExplainInput): TestAnalysis[] {
  const sources = new Map<string, string>();
  for (const [path, text] of input.sources) {
    const p = normalisePath(path);
    if (p !== null) sources.set(p, text);
  }
  const byId = new Map(input.tests.map((t) => [t.id, t]));
  // Without a listing (unit tests, old callers) the files read are all that is known.
  const files = input.files ?? [...sources.keys()];
  const scans = new Map<TestId, SourceFinding[]>();
  const scan = (test: TestAnalysis): SourceFinding[] => {
    let found = scans.get(test.id);
    if (found === undefined) {
      found = scanTest(test, input.ecosystem, sources, files);
      scans.set(test.id, found);
    }
    return found;
  };
  const probes = indexProbes({ runs: input.runs, tests: input.tests, projectDir: input.projectDir ?? null, ignoreDirs: input.ignoreDirs ?? [], nodeIdOf: input.pytestNodeId ?? null });
  const display = (id: TestId): string => byId.get(id)?.display ?? fileLevelLabel(id) ?? id;
  return input.tests.map((test) => {
    if (!EXPLAINED.has(test.verdict)) return { ...test, causes: [] };
    const sightings = probeFindings(test.id, input.runs, probes);
    const failed = sightings.length === 0 ? 0 : failedParallelRuns(test.id, input.runs, probes).length;
    const probeClueList = probeClues(sightings, failed, display);
    const findings = sightings.map((s) => s.finding);
    // The tests that touched the same resource are its partners when the partner search named none.
    const partners = (test.partners ?? []).length > 0 ? [] : [...new Set(findings.flatMap((f) => f.tests))].sort().slice(0, 5);
    return {
      ...test,
      ...(findings.length > 0 ? { probe: findings } : {}),
      ...(partners.length > 0 ? { partners } : {}),
      causes: explainOne(test, input, byId, scan, probeClueList, (own) => probeAgainst(test.id, own, sightings, input.runs, probes)),
    };
  });
}


function explainOne(
  test: TestAnalysis,
  input: ExplainInput,
  byId: ReadonlyMap<TestId, TestAnalysis>,
  scan: (t: TestAnalysis) => SourceFinding[],
  probeClueList: readonly Clue[] = [],
  refutedBy: (own: readonly SourceFinding[]) => Clue[] = () => [],
): CauseFinding[] {
  const texts = failureTexts(test.id, input.runs);
  const matches = matchSignatures(texts);
  const own = scan(test);
  const found = discriminate({ test, runs: input.runs, clusters: input.clusters, cores: input.cores, partners: input.partners });
  const peers = found.peers
    .slice(0, MAX_PEERS)
    .map((id) => byId.get(id))
    .filter((p): p is TestAnalysis => p !== undefined)
    .map((p) => [p.id, scan(p)] as const);
  const ecosystem = ecosystemOf(test, input.ecosystem);
  return rank(
    [
      ...signatureClues(matches),
      ...sourceClues(own, ecosystem),
      ...sharedResourceClues(own, peers),
      ...messageResourceClues(own, texts.filter((t) => t.origin === 'case').map((t) => t.text)),
      ...partnerWriteClues(peers, new Set(input.partners?.[test.id] ?? []), sharesProcess(test)),
      ...found.clues,
      ...probeClueList,
      ...refutedBy(own),
    ],
    ecosystem,
    input.framework ?? null,
  );
}

function scanTest(test: TestAnalysis, ecosystem: Ecosystem, sources: ReadonlyMap<string, string>, files: readonly string[]): SourceFinding[] {
  const path = testFileOf(test);
  const text = path === null ? undefined : sources.get(path);
  if (path === null || text === undefined) return [];
  const listed = new Set(files);
  const texts = (paths: readonly string[]): SourceText[] =>
    paths.flatMap((p) => {
      const t = sources.get(p);
      return t === undefined ? [] : [{ path: p, text: t }];
    });
  return scanSource({
    file: { path, text },
    testName: test.name,
    classname: test.classname,
    ecosystem,
    support: texts(supportFilesFor(path, ecosystem)),
    helpers: texts(helperFilesOf(path, sources, listed)),
    library: texts(libraryFilesOf(path, sources, listed)),
    packageFiles: texts(packageFilesFor(path, files)),
    buildConfig: texts(buildConfigFilesFor(path)),
  });
}

/** A project of unknown ecosystem may still have tests whose file extension tells. */
function ecosystemOf(test: TestAnalysis, fallback: Ecosystem): Ecosystem {
  if (fallback !== 'unknown') return fallback;
  return ecosystemOfPath(testFileOf(test) ?? '') ?? 'unknown';
}

/** Tests that run at once share one process: Go's parallel tests of a package, concurrent JUnit. */
function sharesProcess(test: TestAnalysis): boolean {
  return /\.(?:go|java|kt)$/.test(testFileOf(test) ?? '');
}
