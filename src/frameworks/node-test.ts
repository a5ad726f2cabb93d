/*
 * node:test (`node --test`, Node's junit reporter through flakegate's wrapper of it, which keeps the
 * error of a describe's failing `before`/`after` hook: src/assets/flakegate-node-junit.mjs).
 *
 * Workers: `--test-concurrency=N` runs up to N test *files* at once, each in its own child
 * *process* (Node's default process isolation); tests inside a file run one after another unless
 * they opt into `{ concurrency }`. Workers share the machine: files, ports, databases, env.
 * 1 worker: `--test-concurrency=1`, files one at a time, still one child process per file.
 * No worker env var: Node sets only NODE_TEST_CONTEXT=child, the same in every file's process.
 * Crash: a file whose process dies (uncaught error, `process.exit`, a signal) is reported as one
 * failing testcase named with the file's absolute path (message "test failed", with exitCode and
 * signal in the text); all of its own tests are absent, even those that passed before (-> lost).
 */
import { pathToFileURL } from 'node:url';
import type { Config, Logger } from '../model.js';
import { locateAsset } from './asset-path.js';
import { displayCommand, displayTemplate } from './display.js';
import { anchoredAlternation, joinedTitlesPattern } from './regex-escape.js';
import { warnAboutScriptArgs } from './script-args.js';
import { testIdParts, unique } from './test-id-parts.js';
import { CAPABILITIES } from './capabilities.js';
import { unpassableId } from './safe-args.js';
import type { CommandContext, CommandSpec, ResolvedPreset } from './types.js';

export async function resolveNodeTest(config: Config, log: Logger, reason: string, wrapped = false): Promise<ResolvedPreset> {
  // `node` from PATH, as the project's own scripts run it; Node 20.10+ has --test-concurrency.
  if (!wrapped) await warnAboutScriptArgs(config.cwd, 'node', ['--test'], log, '--test');
  // A file URL: Node loads `--test-reporter` as a module specifier, and a Windows path is not one.
  return createNodeTestPreset('node', reason, pathToFileURL(locateAsset(NODE_REPORTER_FILE)).href);
}

/** flakegate's junit reporter for node:test (src/assets/). */
export const NODE_REPORTER_FILE = 'flakegate-node-junit.mjs';

/** `reporter`: file URL of NODE_REPORTER_FILE; without it, Node's own junit reporter. */
export function createNodeTestPreset(node: string, reason: string, reporter = 'junit'): ResolvedPreset {
  const args = (workers: string, junit: string, selection: readonly string[]): string[] => [
    '--test',
    `--test-concurrency=${workers}`,
    // One reporter per destination: spec for the output tail, junit for flakegate.
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${junit}`,
    ...selection,
  ];
  return {
    name: 'node',
    ecosystem: 'javascript',
    template: displayTemplate(node, args('{workers}', '{junit}', [])),
    capabilities: CAPABILITIES.node,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx: CommandContext): CommandSpec {
      const argv = args(String(Math.max(1, ctx.workers)), ctx.junitPath, nodeTestSelection(ctx.tests));
      return { file: node, args: argv, env: {}, display: displayCommand(node, argv) };
    },
    runnerArguments: (ctx) => ({ args: args(String(Math.max(1, ctx.workers)), ctx.junitPath, nodeTestSelection(ctx.tests)), env: {} }),
  };
}

// Node 21+ expands file arguments as globs; such a file cannot be passed literally.
const GLOB_CHARS = /[*?[\]{}!()]/;

/** How the parse stage prefixes node:test's describe titles to a test's name. */
export const NODE_TEST_NAME_SEPARATOR = ' > ';

/**
 * `--test-name-pattern` matching the selected tests by name, and their files when known.
 *
 * node:test writes classname="test" and nests describes as `<testsuite>`s, which the parse stage
 * prefixes to the name (`outer > inner > works`). Node 20 matches the pattern against each
 * test's own title only (checked on 20.20: the describe-prefixed name selects nothing); Node 22+
 * also against the titles joined by spaces. So every suffix of the title chain is an alternative:
 * the last title alone (Node 20), the whole chain (22+), and the splits in between, in case a
 * title contains ` > `. A same-titled test elsewhere reruns too, which only adds data.
 */
export function nodeTestSelection(tests: readonly string[] | undefined): string[] {
  if (tests === undefined || tests.length === 0) return [];
  const parts = tests.map((id) => testIdParts(id));
  const args = [`--test-name-pattern=${anchoredAlternation(parts.flatMap(({ name }) => nodeTestNamePatterns(name)))}`];
  const files = unique(parts.map(({ file }) => file));
  if (files.every((file) => file !== '' && !file.startsWith('-') && !GLOB_CHARS.test(file))) args.push(...files);
  return args;
}

// Node 20's junit reporter escapes `"` twice (`a "b"` is written `a &amp;quot;b&amp;quot;`), so
// ids of such tests hold `&quot;` where the real title has `"`: accept either.
const DOUBLE_ESCAPED_QUOTE = '&quot;';

export function nodeTestNamePatterns(name: string): string[] {
  const titles = name.split(NODE_TEST_NAME_SEPARATOR);
  return titles
    .map((_, start) => joinedTitlesPattern(titles.slice(start), NODE_TEST_NAME_SEPARATOR))
    .reverse()
    .map((pattern) => pattern.replaceAll(DOUBLE_ESCAPED_QUOTE, '(?:"|&quot;)'));
}

