// Test helper: run the real reader over text or bytes, optionally in fixed-size chunks.
import type { ParsedReport } from '../../../src/model.js';
import { createJunitReader, type JunitReaderOptions } from '../../../src/parse/junit-reader.js';

export function parseXml(input: string | Uint8Array, options: JunitReaderOptions = {}, chunkSize = 0): ParsedReport {
  const reader = createJunitReader(options);
  if (chunkSize <= 0) reader.write(input);
  else for (let i = 0; i < input.length; i += chunkSize) reader.write(input.slice(i, i + chunkSize));
  return reader.end();
}

/** A report with one suite around the given testcase markup. */
export function junit(cases: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="s">\n${cases}\n</testsuite>\n</testsuites>\n`;
}
