// The wild-case dataset (eval/wild/cases.json): facts about public fix commits of parallel-test
// bugs, and the one validator every reader goes through. Pure: parsing and checking only.

export const FRAMEWORKS = ['pytest', 'jest', 'vitest', 'mocha', 'node', 'go', 'junit'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const CAUSES = [
  'shared-file-path',
  'shared-database',
  'port-conflict',
  'shared-global-state',
  'order-dependence',
  'timing-under-load',
  'worker-crash',
  'shared-env-or-cwd',
  'resource-exhaustion',
] as const;
export type WildCause = (typeof CAUSES)[number];

export type Ecosystem = 'python' | 'javascript' | 'go' | 'java';
export const ECOSYSTEM: Readonly<Record<Framework, Ecosystem>> = {
  pytest: 'python',
  jest: 'javascript',
  vitest: 'javascript',
  mocha: 'javascript',
  node: 'javascript',
  go: 'go',
  junit: 'java',
};

export type Split = 'tune' | 'holdout';
/** Java report layouts: Maven Surefire or Gradle (both TEST-<class>.xml files). */
export type JavaDialect = 'surefire' | 'gradle';

/**
 * One test as the framework names it. `file` is relative to the repository root. JS runners:
 * `suite` holds the describe titles, `name` the test's own title. pytest: `class` is the test
 * class (if any), `name` the function with its parameters. Go: `name` is `TestX` or `TestX/sub`.
 * JUnit: `class` is the fully qualified class, `name` the method as reported (Gradle: `m()` for JUnit 5).
 */
export interface TestRef {
  readonly file: string;
  readonly name: string;
  readonly suite?: readonly string[];
  readonly class?: string;
  /** Where the test's definition is written when not in its own file (a shared helper that declares tests). */
  readonly definedIn?: string;
  /** This test's own failure text, when it differs from the case's (e.g. the partner's assertion). */
  readonly text?: string;
}

export interface FailureText {
  /** The failure as the issue, PR or CI log shows it (first lines; no project code). */
  readonly text: string;
  /** Where it shows (URL). */
  readonly source: string;
}

export interface WildCase {
  readonly id: string;
  readonly repo: string;
  readonly before: string;
  readonly fix: string;
  readonly framework: Framework;
  readonly dialect?: JavaDialect;
  /** Project directory inside the repository (where the test command runs); '' = the root. */
  readonly root: string;
  readonly victims: readonly TestRef[];
  readonly partners: readonly TestRef[];
  /** Tests the fix shows leave state behind for the victims (order-dependence): they pass in every run. */
  readonly polluters: readonly TestRef[];
  /** null when neither the issue, the PR nor a CI log shows the failure text. */
  readonly failure: FailureText | null;
  readonly cause: WildCause;
  /** One line: what in the fix diff shows the cause. */
  readonly why: string;
  /** Files the fix commit changes that `why` rests on (checked against the snapshot). */
  readonly fixFiles: readonly string[];
  readonly link: string;
  /** Tests of the same project that have nothing to do with the bug (they pass in every run). */
  readonly stable: readonly TestRef[];
  readonly split: Split;
}

export interface Dataset {
  readonly cases: readonly WildCase[];
}

export class CaseError extends Error {
  override name = 'CaseError';
}

const SHA = /^[0-9a-f]{40}$/;
const REPO = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ID = /^[a-z0-9][a-z0-9-]{1,60}$/;
const MAX_TEXT = 4000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Obj, key: string, where: string, opts: { optional?: boolean; max?: number; pattern?: RegExp; empty?: boolean } = {}): string | undefined {
  const v = o[key];
  if (v === undefined && opts.optional) return undefined;
  if (typeof v !== 'string') throw new CaseError(`${where}: "${key}" must be a string`);
  if (!opts.empty && v.trim() === '') throw new CaseError(`${where}: "${key}" is empty`);
  if (v.length > (opts.max ?? 300)) throw new CaseError(`${where}: "${key}" is longer than ${opts.max ?? 300} characters`);
  if (opts.pattern && !opts.pattern.test(v)) throw new CaseError(`${where}: "${key}" (${JSON.stringify(v)}) does not match ${opts.pattern}`);
  return v;
}

/** A repository-relative path: no absolute paths, no `..`, no backslashes (they are joined onto a temp tree). */
function relPath(v: string, where: string): string {
  if (v.startsWith('/') || v.includes('\\') || v.split('/').some((p) => p === '..' || p === '.' || p === '') || v.includes('\0')) {
    throw new CaseError(`${where}: path ${JSON.stringify(v)} must be relative, without '.', '..' or empty parts`);
  }
  return v;
}

function allowOnly(o: Obj, keys: readonly string[], where: string): void {
  for (const k of Object.keys(o)) if (!keys.includes(k)) throw new CaseError(`${where}: unknown field "${k}" (allowed: ${keys.join(', ')})`);
}

function testRef(v: unknown, where: string, framework: Framework): TestRef {
  if (!isObj(v)) throw new CaseError(`${where}: must be an object {file, name, ...}`);
  allowOnly(v, ['file', 'name', 'suite', 'class', 'text', 'definedIn'], where);
  const file = relPath(str(v, 'file', where) as string, where);
  const name = str(v, 'name', where) as string;
  const cls = str(v, 'class', where, { optional: true });
  let suite: string[] | undefined;
  if (v.suite !== undefined) {
    if (!Array.isArray(v.suite) || v.suite.some((s) => typeof s !== 'string' || s === '' || s.length > 300)) throw new CaseError(`${where}: "suite" must be a list of describe titles`);
    suite = v.suite as string[];
  }
  const js = ECOSYSTEM[framework] === 'javascript';
  if (suite !== undefined && !js) throw new CaseError(`${where}: "suite" is for JS runners only`);
  if (framework === 'junit' && (cls === undefined || !/^[\w$]+(\.[\w$]+)*$/.test(cls))) throw new CaseError(`${where}: JUnit tests need "class" (the fully qualified class name)`);
  if (cls !== undefined && framework !== 'junit' && framework !== 'pytest') throw new CaseError(`${where}: "class" is for pytest and JUnit only`);
  if (framework === 'go' && !/^Test\w*(\/.+)?$/.test(name)) throw new CaseError(`${where}: a Go test name starts with Test (got ${JSON.stringify(name)})`);
  if (framework === 'go' && !file.endsWith('_test.go')) throw new CaseError(`${where}: a Go test lives in a _test.go file`);
  const text = str(v, 'text', where, { optional: true, max: MAX_TEXT });
  const definedInRaw = str(v, 'definedIn', where, { optional: true });
  const definedIn = definedInRaw === undefined ? undefined : relPath(definedInRaw, where);
  return { file, name, ...(definedIn !== undefined ? { definedIn } : {}), ...(suite ? { suite } : {}), ...(cls !== undefined ? { class: cls } : {}), ...(text !== undefined ? { text } : {}) };
}

function refs(o: Obj, key: string, where: string, framework: Framework, min: number): TestRef[] {
  const v = o[key] ?? (min === 0 ? [] : undefined);
  if (!Array.isArray(v) || v.length < min) throw new CaseError(`${where}: "${key}" must be a list of at least ${min} test(s)`);
  return v.map((t, i) => testRef(t, `${where}.${key}[${i}]`, framework));
}

const CASE_KEYS = ['id', 'repo', 'before', 'fix', 'framework', 'dialect', 'root', 'victims', 'partners', 'polluters', 'failure', 'cause', 'why', 'fixFiles', 'link', 'stable', 'split'];

/** `requireSplit` false: a case may lack its split (`--write-split` assigns it). */
export function validateCase(v: unknown, index: number, requireSplit = true): WildCase {
  const at = `case #${index + 1}`;
  if (!isObj(v)) throw new CaseError(`${at}: must be an object`);
  const id = str(v, 'id', at, { pattern: ID }) as string;
  const where = `case ${id}`;
  allowOnly(v, CASE_KEYS, where);
  const repo = str(v, 'repo', where, { pattern: REPO }) as string;
  const before = str(v, 'before', where, { pattern: SHA }) as string;
  const fix = str(v, 'fix', where, { pattern: SHA }) as string;
  if (before === fix) throw new CaseError(`${where}: "before" and "fix" are the same commit`);
  const framework = str(v, 'framework', where) as Framework;
  if (!FRAMEWORKS.includes(framework)) throw new CaseError(`${where}: framework ${JSON.stringify(framework)} is not one of ${FRAMEWORKS.join(', ')}`);
  const dialect = str(v, 'dialect', where, { optional: true }) as JavaDialect | undefined;
  if (framework === 'junit' && dialect !== 'surefire' && dialect !== 'gradle') throw new CaseError(`${where}: JUnit cases need "dialect": "surefire" or "gradle"`);
  if (framework !== 'junit' && dialect !== undefined) throw new CaseError(`${where}: "dialect" is for JUnit cases only`);
  const rootRaw = str(v, 'root', where, { optional: true, empty: true }) ?? '';
  const root = rootRaw === '' ? '' : relPath(rootRaw, where);
  const victims = refs(v, 'victims', where, framework, 1);
  const partners = refs(v, 'partners', where, framework, 0);
  const polluters = refs(v, 'polluters', where, framework, 0);
  const stable = refs(v, 'stable', where, framework, 1);
  for (const t of [...stable, ...polluters]) if (t.text !== undefined) throw new CaseError(`${where}: stable test ${t.name} cannot have a failure text`);
  for (const t of [...victims, ...partners, ...polluters, ...stable]) {
    if (root !== '' && !t.file.startsWith(`${root}/`)) throw new CaseError(`${where}: test file ${t.file} is outside the project root ${root}`);
  }
  const key = (t: TestRef) => `${t.file}::${t.class ?? ''}::${(t.suite ?? []).join(' > ')}::${t.name}`;
  const seen = new Set<string>();
  for (const t of [...victims, ...partners, ...polluters, ...stable]) {
    if (seen.has(key(t))) throw new CaseError(`${where}: test ${t.file} ${t.name} is listed twice`);
    seen.add(key(t));
  }
  let failure: FailureText | null = null;
  if (v.failure !== null) {
    if (!isObj(v.failure)) throw new CaseError(`${where}: "failure" must be {text, source} or null (no text available)`);
    allowOnly(v.failure, ['text', 'source'], `${where}.failure`);
    failure = { text: str(v.failure, 'text', `${where}.failure`, { max: MAX_TEXT }) as string, source: str(v.failure, 'source', `${where}.failure`, { pattern: /^https:\/\// }) as string };
  }
  const cause = str(v, 'cause', where) as WildCause;
  if (!CAUSES.includes(cause)) throw new CaseError(`${where}: cause ${JSON.stringify(cause)} is not one of ${CAUSES.join(', ')}`);
  const why = str(v, 'why', where, { max: 400 }) as string;
  if (!Array.isArray(v.fixFiles) || v.fixFiles.length === 0) throw new CaseError(`${where}: "fixFiles" must list the files of the fix that show the cause`);
  const fixFiles = v.fixFiles.map((f, i) => {
    if (typeof f !== 'string') throw new CaseError(`${where}.fixFiles[${i}]: must be a path`);
    return relPath(f, `${where}.fixFiles[${i}]`);
  });
  const link = str(v, 'link', where, { pattern: /^https:\/\/github\.com\/[^\s]+$/ }) as string;
  if (v.split === undefined && requireSplit) throw new CaseError(`${where}: "split" is missing (npm run eval:wild -- --write-split assigns it)`);
  const split = str(v, 'split', where, { optional: true }) as Split | undefined;
  if (split !== undefined && split !== 'tune' && split !== 'holdout') throw new CaseError(`${where}: "split" must be "tune" or "holdout"`);
  return { id, repo, before, fix, framework, ...(dialect ? { dialect } : {}), root, victims, partners, polluters, failure, cause, why, fixFiles, link, stable, split: split as Split };
}

/** The whole file: every case valid, ids unique, and one repository's cases on one side of the split. */
export function validateDataset(v: unknown, requireSplit = true): Dataset {
  if (!isObj(v) || !Array.isArray(v.cases)) throw new CaseError('dataset: expected {"cases": [...]}');
  allowOnly(v, ['cases'], 'dataset');
  const cases = v.cases.map((c, i) => validateCase(c, i, requireSplit));
  const ids = new Set<string>();
  const sideOf = new Map<string, Split>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new CaseError(`case ${c.id}: id used twice`);
    ids.add(c.id);
    const side = sideOf.get(c.repo);
    if (side !== undefined && c.split !== undefined && side !== c.split) throw new CaseError(`case ${c.id}: ${c.repo} has cases in both halves (a repository stays on one side)`);
    if (c.split !== undefined) sideOf.set(c.repo, c.split);
  }
  return { cases };
}

export const ecosystemOf = (c: Pick<WildCase, 'framework'>): Ecosystem => ECOSYSTEM[c.framework];
