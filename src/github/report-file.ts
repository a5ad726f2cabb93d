// Reading a report.json that may come from an untrusted workflow (the fork half of the
// `workflow_run` setup). Strings are sanitised when rendered, but fields rendered as-is (verdicts,
// phases, numbers) must be what the model says they are: the report is checked against
// schema/report@1.json, the schema every produced report is tested against.
import type { Report } from '../model.js';
import { ArtifactError, readContractFile } from '../schema/read-json.js';
import { validate } from '../schema/validator.js';

/** A missing, unreadable or foreign report file: a setup error of the workflow (exit 2). */
export class ReportFileError extends Error {
  override readonly name = 'ReportFileError';
}

/** The report if `data` matches schema flakegate/report@1 (unknown fields dropped), else ReportFileError. */
export function validateReport(data: unknown): Report {
  const result = validate('report', data);
  if (!result.ok) throw new ReportFileError(`input 'report': ${result.problem}`);
  return data as Report;
}

export async function readReportFile(path: string): Promise<Report> {
  try {
    return await readContractFile<Report>(path, 'report');
  } catch (error) {
    throw asReportFileError(error);
  }
}

function asReportFileError(error: unknown): unknown {
  return error instanceof ArtifactError ? new ReportFileError(`input 'report': ${error.message}`) : error;
}
