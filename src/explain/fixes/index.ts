// The fix for a cause in an ecosystem: its idiomatic advice, or the generic one.
import type { Cause, Ecosystem, Fix } from '../../model.js';
import { dotnetFixes } from './dotnet.js';
import { genericFixes } from './generic.js';
import { goFixes } from './go.js';
import { javaFixes } from './java.js';
import { javascriptFixes } from './javascript.js';
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

export function fixFor(cause: Cause, ecosystem: Ecosystem): Fix {
  return BY_ECOSYSTEM[ecosystem][cause] ?? genericFixes[cause];
}
