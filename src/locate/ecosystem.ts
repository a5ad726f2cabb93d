// The project's ecosystem from the project itself, whatever command runs its tests
// (`bash scripts/test.sh`, `make test`, `npm test`): the files the report's tests live in, else
// the test files on disk, else the manifests and lock files at its root.
import type { Ecosystem } from '../model.js';
import { ecosystemOfPath, isTestFile } from './test-files.js';

/** Manifests and lock files: each says which ecosystem's tooling the project uses. */
const MANIFESTS: ReadonlyArray<readonly [RegExp, Ecosystem]> = [
  [/^(?:pyproject\.toml|setup\.py|setup\.cfg|tox\.ini|noxfile\.py|pytest\.ini|Pipfile(?:\.lock)?|poetry\.lock|uv\.lock|pdm\.lock|requirements[\w.-]{0,40}\.txt)$/, 'python'],
  [/^(?:package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.jsonc?)$/, 'javascript'],
  [/^(?:go\.mod|go\.sum|go\.work)$/, 'go'],
  [/^(?:pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|gradlew|mvnw|build\.sbt)$/, 'java'],
  [/^(?:Cargo\.toml|Cargo\.lock)$/, 'rust'],
  [/^(?:Gemfile(?:\.lock)?|Rakefile|[\w.-]{1,100}\.gemspec)$/, 'ruby'],
  [/^[\w.-]{1,200}\.(?:csproj|fsproj|vbproj|sln)$/, 'dotnet'],
];

/** Tie order between equally supported ecosystems: the ones flakegate has presets for first. */
const PRIORITY: readonly Ecosystem[] = ['python', 'javascript', 'go', 'java', 'rust', 'ruby', 'dotnet'];

export interface EcosystemDecision {
  readonly ecosystem: Ecosystem;
  /** What decided it, for the report (`project.evidence`). */
  readonly evidence: string;
}

/** True for the manifest and lock file names the decision reads (the listing keeps them). */
export function isManifest(path: string): boolean {
  const base = path.split('/').at(-1) ?? '';
  return MANIFESTS.some(([pattern]) => pattern.test(base));
}

/**
 * `located`: the files the report's tests were found in (the strongest evidence: they are the
 * tests that ran). `files`: the project's listing.
 */
export function decideEcosystem(files: readonly string[], located: readonly string[] = []): EcosystemDecision {
  const fromTests = majority(located.map(ecosystemOfPath));
  if (fromTests !== null) return { ecosystem: fromTests.ecosystem, evidence: `the report's tests are in ${describe(fromTests)}` };
  const fromDisk = majority(files.filter(isTestFile).map(ecosystemOfPath));
  if (fromDisk !== null) return { ecosystem: fromDisk.ecosystem, evidence: `the project's test files are ${describe(fromDisk)}` };
  const roots = files.filter((f) => !f.includes('/') && isManifest(f));
  const byManifest = PRIORITY.find((e) => roots.some((f) => MANIFESTS.some(([p, m]) => m === e && p.test(f))));
  if (byManifest !== undefined) {
    const named = roots.filter((f) => MANIFESTS.some(([p, m]) => m === byManifest && p.test(f)));
    return { ecosystem: byManifest, evidence: `manifest ${named.slice(0, 3).join(', ')}` };
  }
  return { ecosystem: 'unknown', evidence: 'no test files or manifests of a known ecosystem' };
}

interface Count {
  readonly ecosystem: Ecosystem;
  readonly count: number;
  readonly total: number;
}

function majority(ecosystems: ReadonlyArray<Ecosystem | null>): Count | null {
  const counts = new Map<Ecosystem, number>();
  for (const e of ecosystems) if (e !== null) counts.set(e, (counts.get(e) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const best = [...counts].sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]))[0];
  return best === undefined ? null : { ecosystem: best[0], count: best[1], total };
}

function describe(c: Count): string {
  return c.count === c.total ? `${c.count} ${c.ecosystem} file(s)` : `${c.count} of ${c.total} ${c.ecosystem} file(s)`;
}
