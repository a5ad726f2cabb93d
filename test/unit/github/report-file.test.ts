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

  it('gives tests of a report from before display ids the display form the run would have printed', () => {
    const r = JSON.parse(JSON.stringify(sampleReport())) as { tests: { display?: string }[] };
    const expected = r.tests.map((t) => t.display);
    for (const t of r.tests) delete t.display;
    expect(validateReport(r).tests.map((t) => t.display)).toEqual(expected);
  });

  it('rejects fields rendered as-is that are not in the vocabulary', () => {
    const r = JSON.parse(JSON.stringify(sampleReport())) as { tests: { verdict: string }[] };
    if (r.tests[0]) r.tests[0].verdict = '<img src=x onerror=alert(1)>';
    expect(() => validateReport(r)).toThrow(/report\.tests\[0\]\.verdict must be one of/);
  });

  it('rejects numbers that are strings, and foreign schemas', () => {
    const r = JSON.parse(JSON.stringify(sampleReport())) as { runs: { workers: unknown }[] };
    if (r.runs[0]) r.runs[0].workers = '[click](https://evil)';
    expect(() => validateReport(r)).toThrow(/report\.runs\[0\]\.workers must be a number/);
    expect(() => validateReport({ schema: 'other' })).toThrow(ReportFileError);
  });

  it('reports unreadable and non-JSON files by the input name', async () => {
    await expect(readReportFile('/nonexistent/report.json')).rejects.toThrow(/input 'report': cannot read/);
    const path = join(mkdtempSync(join(tmpdir(), 'fg-rf-')), 'r.json');
    writeFileSync(path, '{not json');
    await expect(readReportFile(path)).rejects.toThrow(/is not JSON/);
  });
});
