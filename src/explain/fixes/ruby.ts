// RSpec / minitest / parallel_tests fixes.
import type { Cause, Fix } from '../../model.js';

export const rubyFixes: Partial<Record<Cause, Fix>> = {
  'shared-file-path': {
    summary: 'Use `Dir.mktmpdir` per example.',
    example: 'Dir.mktmpdir do |dir|\n  File.write(File.join(dir, "cache.json"), "{}")\nend',
  },
  'shared-database': {
    summary: 'Give each process its own database: parallel_tests sets `TEST_ENV_NUMBER`.',
    example: "database: myapp_test<%= ENV['TEST_ENV_NUMBER'] %>",
  },
  'port-conflict': {
    summary: 'Bind port 0 (`TCPServer.new("127.0.0.1", 0)`) and read `addr[1]`.',
  },
  'shared-env-or-cwd': {
    summary: 'Stub `ENV` per example (e.g. `stub_const`/climate_control) instead of assigning it.',
  },
};
