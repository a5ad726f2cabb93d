// THE one file that imports @actions/core: inputs, outputs, job summary, annotations, log,
// exit status. Everything else receives a `Runner` (or just a `Logger`), so the rest of the code
// is plain functions that tests call directly.
import * as core from '@actions/core';
import type { Logger } from '../model.js';
import type { TestAnnotation } from '../report/annotations.js';
import { neutraliseWorkflowCommands } from '../report/sanitize.js';

export interface AnnotationSpec {
  readonly level: TestAnnotation['level'];
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
}

export interface Runner {
  /** Trimmed input value; '' when unset (core maps `fail-on` to `INPUT_FAIL-ON`). */
  input(name: string): string;
  setOutput(name: string, value: string): void;
  /** Appends markdown to the job summary ($GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
  annotate(a: AnnotationSpec): void;
  notice(message: string): void;
  setFailed(message: string): void;
  readonly log: Logger;
}

/** The runner of the current process (reads `INPUT_*`, writes `GITHUB_OUTPUT`, stdout commands). */
export function createRunner(): Runner {
  return {
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (a) => {
      // core escapes the message and properties (%, CR, LF, `:` and `,` in properties).
      const props: core.AnnotationProperties = {
        ...(a.title === undefined ? {} : { title: a.title }),
        ...(a.file === undefined ? {} : { file: a.file }),
        ...(a.line === undefined ? {} : { startLine: a.line }),
      };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    },
    notice: (message) => core.notice(message),
    setFailed: (message) => core.setFailed(message),
    log: {
      // info lines are printed raw, so a line of test output could be a workflow command.
      info: (message) => core.info(neutraliseWorkflowCommands(message)),
      warn: (message) => core.warning(message),
      debug: (message) => core.debug(message),
    },
  };
}
