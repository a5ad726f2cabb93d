// The fix for a cause: the project's framework's own advice, else its ecosystem's, else the
// generic one.
import type { Cause, Ecosystem, Fix, FrameworkName } from '../../model.js';
import { dotnetFixes } from './dotnet.js';
import { genericFixes } from './generic.js';
import { goFixes } from './go.js';
import { javaFixes } from './java.js';
import { javascriptFixes } from './javascript.js';
import { jestFixes, mochaFixes, nodeTestFixes, vitestFixes } from './js-runners.js';
import { pythonFixes } from './python.js';
import { rubyFixes } from './ruby.js';
import { rustFixes } from './rust.js';

const BY_ECOSYSTEM: Readonly<Record<Ecosystem, Partial<Record<Cause, Fix>>>> = {
  python: pythonFixes,
  javascript: javascriptFixes,
  go: goFixes,
  java: javaFixes,
  rust: rustFixes,
  ruby: rubyFixes,
  dotnet: dotnetFixes,
  unknown: {},
};

/** JavaScript runners differ in their APIs (pytest and Go are the whole of their ecosystems). */
const JS_RUNNERS: Partial<Record<FrameworkName, Partial<Record<Cause, Fix>>>> = {
  jest: jestFixes,
  vitest: vitestFixes,
  mocha: mochaFixes,
  node: nodeTestFixes,
};

export function fixFor(cause: Cause, ecosystem: Ecosystem, framework: FrameworkName | null = null): Fix {
  const own = framework === null || ecosystem !== 'javascript' ? undefined : JS_RUNNERS[framework]?.[cause];
  return own ?? BY_ECOSYSTEM[ecosystem][cause] ?? genericFixes[cause];
}
