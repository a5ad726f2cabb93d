import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  ArtifactError,
  readContractFile
} from "./chunk-BPX6AXOD.js";

// src/github/report-file.ts
var ReportFileError = class extends Error {
  name = "ReportFileError";
};
async function readReportFile(path) {
  try {
    return await readContractFile(path, "report");
  } catch (error) {
    throw asReportFileError(error);
  }
}
function asReportFileError(error) {
  return error instanceof ArtifactError ? new ReportFileError(`input 'report': ${error.message}`) : error;
}

export {
  ReportFileError,
  readReportFile
};
