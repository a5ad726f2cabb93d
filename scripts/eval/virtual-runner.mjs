#!/usr/bin/env node
// The virtual suite as a real test command, for eval:stats' end-to-end sessions:
//   node virtual-runner.mjs <seed> <state-dir> <workers> <junit-path> [test ids...]
// Runs the seed's suite (or the named tests), draws outcomes from scripts/eval/virtual-suite.mjs
// with a stream seeded by (seed, invocation number), and writes a JUnit report. The invocation
// counter lives in <state-dir>, so every run of a session draws fresh outcomes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, mulberry32, virtualSuite } from './virtual-suite.mjs';

const [seedArg, stateDir, workersArg, junit, ...only] = process.argv.slice(2);
const seed = Number(seedArg);
const workers = Number(workersArg);
mkdirSync(stateDir, { recursive: true });
const counterFile = join(stateDir, 'invocations');
let invocation = 0;
try {
  invocation = Number(readFileSync(counterFile, 'utf8')) || 0;
} catch {
  // first run of the session
}
writeFileSync(counterFile, String(invocation + 1));

const suite = virtualSuite(seed);
// Ids arrive as flakegate wrote them (file::classname::name); names are unique in the suite.
const wanted = new Set(only.map((id) => id.split('::').at(-1)));
const present = only.length === 0 ? suite.tests : suite.tests.filter((t) => wanted.has(t.name));
const failed = failures(present, workers, mulberry32(seed * 1_000_003 + invocation * 7_919 + 11));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const cases = present.map((t) => {
  const open = `<testcase classname="${esc(t.classname)}" name="${esc(t.name)}" file="${esc(t.file)}" time="${(t.durationMs / 1000).toFixed(3)}"`;
  return failed.has(t.id) ? `${open}><failure message="${esc(`${t.name} failed`)}">simulated failure</failure></testcase>` : `${open}/>`;
});
writeFileSync(junit, `<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="virtual" tests="${cases.length}" failures="${failed.size}">${cases.join('')}</testsuite></testsuites>\n`);
process.exitCode = failed.size > 0 ? 1 : 0;
