// Rust std::io and cargo test error texts.
import type { Signature } from '../types.js';

export const rustSignatures: readonly Signature[] = [
  {
    id: 'rust.addr-in-use',
    ecosystem: 'rust',
    pattern: /kind: AddrInUse|\(os error 98\)/,
    cause: 'port-conflict',
    weight: 0.85,
    note: 'A listener bound a fixed port another test holds.',
  },
  {
    id: 'rust.not-found',
    ecosystem: 'rust',
    pattern: /kind: NotFound|\(os error 2\)/,
    cause: 'shared-file-path',
    weight: 0.45,
    note: 'A path vanished: possibly removed by another test.',
  },
  {
    id: 'rust.already-exists',
    ecosystem: 'rust',
    pattern: /kind: AlreadyExists|\(os error 17\)/,
    cause: 'shared-file-path',
    weight: 0.45,
    note: 'A path already existed: possibly created by another test.',
  },
  {
    id: 'rust.poisoned-lock',
    ecosystem: 'rust',
    pattern: /PoisonError|another user of this mutex panicked/,
    cause: 'shared-global-state',
    weight: 0.6,
    note: 'A shared static Mutex was poisoned by a panic in another test thread.',
  },
];
