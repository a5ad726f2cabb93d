// What the explain stage needs from the project, read at the edge: its ecosystem and framework
// (from its files, whatever the command), each test's source file (src/locate/), and the texts
// of those files and of what they use. Everything is confined to the project directory and
// bounded (src/project/list-files.ts, read-files.ts).
import { relative } from 'node:path';
import { HELPER_DEPTH, helperFilesToRead, LIBRARY_DEPTH, libraryFilesToRead, sourceFilesFor, wantsSource } from '../explain/index.js';
import { detectFrameworks, FRAMEWORK_ECOSYSTEM, type DetectableFramework } from '../frameworks/detect.js';
import { decideEcosystem } from '../locate/ecosystem.js';
import { filesToRead, locateTests } from '../locate/locate-tests.js';
import type { Ecosystem, FrameworkName, ProjectProfile, RunResult, TestAnalysis } from '../model.js';
import { listProject } from './list-files.js';
import { createProjectReader } from './read-files.js';

/** Rounds of reading for the locate rules (go.mod, then package files; frames, then titles). */
const LOCATE_ROUNDS = 4;

export interface GatherInput {
  readonly cwd: string;
  /** Absolute output directory: never listed (it holds flakegate's own copies of reports). */
  readonly out?: string;
  readonly tests: readonly TestAnalysis[];
  readonly runs: readonly RunResult[];
  /** The preset's framework; `custom` (or none, for `analyze`) = learn it from the project. */
  readonly framework: Exclude<FrameworkName, 'auto'>;
}

export interface Gathered {
  readonly tests: TestAnalysis[];
  readonly sources: ReadonlyMap<string, string>;
  /** The project's listing, for the explain stage's helper lookups. */
  readonly files: readonly string[];
  readonly project: ProjectProfile;
}

export async function gatherProject(input: GatherInput): Promise<Gathered> {
  const { cwd } = input;
  const outRel = input.out === undefined ? '' : relative(cwd, input.out);
  const listing = await listProject(cwd, outRel !== '' && !outRel.startsWith('..') ? [outRel.split('\\').join('/')] : []);
  const reader = createProjectReader(cwd);
  const texts = new Map<string, string>();
  const preset = input.framework === 'custom' ? null : input.framework;
  const first = preset === null ? decideEcosystem(listing.files) : { ecosystem: FRAMEWORK_ECOSYSTEM[preset], evidence: `framework ${preset}` };
  const wanted = new Set(input.tests.filter(wantsSource).map((t) => t.id));
  const locateInput = () => ({ tests: input.tests, runs: input.runs, project: { files: listing.files, complete: listing.complete, texts }, ecosystem: first.ecosystem, wanted });
  for (let round = 0; round < LOCATE_ROUNDS; round++) {
    const need = filesToRead(locateInput());
    if (need.length === 0) break;
    const before = texts.size;
    await reader.read(need, texts);
    if (texts.size === before) break;
  }
  const tests = locateTests(locateInput());
  const decided = preset === null ? decideEcosystem(listing.files, tests.flatMap((t) => (t.source ? [t.source.file] : []))) : first;
  const framework = preset ?? (await frameworkOf(cwd, decided.ecosystem));
  const sources = new Map<string, string>();
  const wantedSources = sourceFilesFor(tests, decided.ecosystem, listing.files);
  for (const f of wantedSources) {
    const t = texts.get(f);
    if (t !== undefined) sources.set(f, t);
  }
  await reader.read(wantedSources, sources);
  // The helpers they import, level by level (each level's imports are known once it is read).
  for (let depth = 0; depth < HELPER_DEPTH; depth++) {
    const helpers = helperFilesToRead(tests, sources, listing.files);
    if (helpers.length === 0) break;
    await reader.read(helpers, sources);
  }
  // Then the project's own modules they import (the code under test), bounded the same way.
  for (let depth = 0; depth < LIBRARY_DEPTH; depth++) {
    const modules = libraryFilesToRead(tests, sources, listing.files);
    if (modules.length === 0) break;
    await reader.read(modules, sources);
  }
  return { tests, sources, files: listing.files, project: { ecosystem: decided.ecosystem, framework, evidence: decided.evidence } };
}

/** For a custom command: the framework the project's files show, if it fits the ecosystem. */
async function frameworkOf(cwd: string, ecosystem: Ecosystem): Promise<DetectableFramework | null> {
  const detections = await detectFrameworks(cwd).catch(() => []);
  return detections.find((d) => FRAMEWORK_ECOSYSTEM[d.name] === ecosystem)?.name ?? null;
}
