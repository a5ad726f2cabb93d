// Ruby / Rails / RSpec error texts.
import type { Signature } from '../types.js';

export const rubySignatures: readonly Signature[] = [
  {
    id: 'ruby.sqlite-busy',
    ecosystem: 'ruby',
    pattern: /SQLite3::BusyException/,
    cause: 'shared-database',
    weight: 0.85,
    note: 'Two processes wrote the same SQLite file.',
  },
  {
    id: 'ruby.record-not-unique',
    ecosystem: 'ruby',
    pattern: /ActiveRecord::RecordNotUnique|PG::UniqueViolation|ActiveRecord::Deadlocked/,
    cause: 'shared-database',
    weight: 0.7,
    note: 'Workers share one test database.',
  },
  {
    id: 'ruby.connection-pool',
    ecosystem: 'ruby',
    pattern: /PG::TooManyConnections|ActiveRecord::ConnectionTimeoutError/,
    cause: 'resource-exhaustion',
    weight: 0.6,
    note: 'The connection pool or server ran out of connections.',
  },
  {
    id: 'ruby.errno-file',
    ecosystem: 'ruby',
    pattern: /Errno::E(?:NOENT|EXIST)/,
    cause: 'shared-file-path',
    weight: 0.45,
    note: 'A path appeared or vanished: possibly another test using the same path.',
  },
];
