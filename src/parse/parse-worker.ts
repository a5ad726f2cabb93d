// Worker-thread entry (bundled as dist/parse-worker.js): parses the JUnit files it is sent, one at
// a time, with the same reader as the main thread, and posts each report back.
import { parentPort } from 'node:worker_threads';
import { parseJunitFile } from './read-file.js';

export interface ParseJob {
  readonly seq: number;
  readonly path: string;
}

parentPort?.on('message', (job: ParseJob) => {
  void parseJunitFile(job.path).then(
    // As JSON text: one flat string crosses threads far faster than 20,000 cloned objects, and
    // JSON.parse on the other side is native (the reports hold nothing JSON cannot say).
    (report) => parentPort?.postMessage({ seq: job.seq, json: JSON.stringify(report) }),
    (error: unknown) => parentPort?.postMessage({ seq: job.seq, error: error instanceof Error ? error.message : String(error) }),
  );
});
