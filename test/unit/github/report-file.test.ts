import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile, ReportFileError, validateReport } from '../../../src/github/report-file.js';
import { sampleReport } from '../report/sample-report.js';

describe('validateReport (report.json from an untrusted workflow)', () => {
  it('accepts a report of the model', () => {
    const r = sampleReport();
    expect(validateReport(JSON.parse(JSON.stringify(r)))).toEqual(r);
  });

  it('rejects fields rendered as-is that are not in the vocabulary', () => {
    const r = JSON.parse(JSON.stringify(sampleReport())) as { tests: { verdict: string }[] };
    if (r.tests[0]) r.tests[0].verdict = '<img src=x onerror=alert(1)>';
    expect(() => validateReport(r)).toThrow(/tests\[0\]\.verdict must be one of parallel-only, flaky/);
  });

  it('rejects numbers that are strings, and foreign schemas', () => {
    const r = JSON.parse(JSON.stringify(sampleReport())) as { runs: { workers: unknown }[] };
    if (r.runs[0]) r.runs[0].workers = '[click](https://evil)';
    expect(() => validateReport(r)).toThrow(/runs\[0\]\.workers must be integer \(got "\[click\]/);
    expect(() => validateReport({ schema: 'other' })).toThrow(ReportFileError);
  });

  it('reports unreadable and non-JSON files by the input name', async () => {
    await expect(readReportFile('/nonexistent/report.json')).rejects.toThrow(/input 'report': \/nonexistent\/report.json: cannot be read \(ENOENT\)/);
    const path = join(mkdtempSync(join(tmpdir(), 'fg-rf-')), 'r.json');
    writeFileSync(path, '{not json');
    await expect(readReportFile(path)).rejects.toThrow(/r\.json: is not valid JSON \(truncated or corrupted/);
  });
});
