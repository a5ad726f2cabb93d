// A Runner that records what publish asked of the Actions runner (the real one writes to stdout
// and $GITHUB_OUTPUT; the e2e test covers it). Plus a Logger that records lines.
import type { Logger } from '../../../src/model.js';
import type { AnnotationSpec, Runner } from '../../../src/github/runner.js';

export interface Recorded {
  readonly outputs: Record<string, string>;
  readonly summaries: string[];
  readonly annotations: AnnotationSpec[];
  readonly notices: string[];
  readonly failed: string[];
  readonly info: string[];
  readonly warnings: string[];
}

export function recordingLogger(rec: Pick<Recorded, 'info' | 'warnings'>): Logger {
  return { info: (m) => rec.info.push(m), warn: (m) => rec.warnings.push(m), debug: () => {} };
}

export function recordingRunner(inputs: Record<string, string> = {}): { runner: Runner; rec: Recorded } {
  const rec: Recorded = { outputs: {}, summaries: [], annotations: [], notices: [], failed: [], info: [], warnings: [] };
  const runner: Runner = {
    input: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      rec.outputs[name] = value;
    },
    appendSummary: async (md) => {
      rec.summaries.push(md);
    },
    annotate: (a) => rec.annotations.push(a),
    notice: (m) => rec.notices.push(m),
    setFailed: (m) => rec.failed.push(m),
    log: recordingLogger(rec),
  };
  return { runner, rec };
}
