// The whole catalogue. Every ecosystem's texts are matched for every test: a pytest suite can
// fail with a Node or Go message from a subprocess, and the texts are specific enough.
import type { Signature } from '../types.js';
import { dotnetSignatures } from './dotnet.js';
import { genericSignatures } from './generic.js';
import { goSignatures } from './go.js';
import { javaSignatures } from './java.js';
import { javascriptSignatures } from './javascript.js';
import { pythonSignatures } from './python.js';
import { rubySignatures } from './ruby.js';
import { rustSignatures } from './rust.js';
import { timingSignatures } from './timing.js';

export const signatures: readonly Signature[] = [
  ...pythonSignatures,
  ...javascriptSignatures,
  ...goSignatures,
  ...javaSignatures,
  ...rustSignatures,
  ...rubySignatures,
  ...dotnetSignatures,
  ...genericSignatures,
  ...timingSignatures,
];
