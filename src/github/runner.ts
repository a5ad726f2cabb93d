// THE one file that imports @actions/core: inputs, outputs, job summary, annotations, log,
// exit status. Everything else receives a `Runner` (or just a `Logger`), so the rest of the code
// is plain functions that tests call directly.
import * as core from '@actions/core';
import type { Logger } from '../model.js';
import type { TestAnnotation } from '../report/annotations.js';
import { collectSecrets, guardOutgoing, neutraliseWorkflowCommands } from '../report/sanitize.js';

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

/**
 * The runner of the current process (reads `INPUT_*`, writes `GITHUB_OUTPUT`, stdout commands).
 * Every string it sends passes guardOutgoing with the secret-looking values of the environment
 * (INPUT_TOKEN among them): a test name, an error message or a gate reason can carry one.
 */
export function createRunner(secrets: readonly string[] = collectSecrets(process.env)): Runner {
  const guard = (text: string): string => guardOutgoing(text, secrets);
  // info lines are printed raw, so a line of test output could be a workflow command.
  const line = (text: string): string => neutraliseWorkflowCommands(guard(text));
  return {
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, guard(value)),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(guard(markdown), true).write();
    },
    annotate: (a) => {
      // core escapes the message and properties (%, CR, LF, `:` and `,` in properties).
      const props: core.AnnotationProperties = {
        ...(a.title === undefined ? {} : { title: guard(a.title) }),
        ...(a.file === undefined ? {} : { file: a.file }),
        ...(a.line === undefined ? {} : { startLine: a.line }),
      };
      const message = guard(a.message);
      if (a.level === 'error') core.error(message, props);
      else if (a.level === 'warning') core.warning(message, props);
      else core.notice(message, props);
    },
    notice: (message) => core.notice(guard(message)),
    setFailed: (message) => core.setFailed(guard(message)),
    log: {
      info: (message) => core.info(line(message)),
      warn: (message) => core.warning(guard(message)),
      debug: (message) => core.debug(guard(message)),
    },
  };
}
