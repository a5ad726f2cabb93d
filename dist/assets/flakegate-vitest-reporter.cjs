'use strict';
// flakegate's Vitest reporter: per test, the lane (worker slot, see flakegate-lanes.cjs) and the
// start/end epoch times, as the `flakegate_worker/start/end` properties the parse stage reads.
//
// Vitest's junit reporter writes a test's annotations as <property name=type value=message>. The
// vitest preset adds this file with `--reporter=<this file>` before `--reporter=junit`; Vitest
// calls reporters' onTestRunEnd in order, and this one appends the annotations synchronously, so
// they are in place before the junit reporter writes. It must never throw.
const { assignLanes, seconds } = require('./flakegate-lanes.cjs');

function testsOf(task, out) {
  if (task.type === 'test') out.push(task);
  for (const child of task.tasks || []) testsOf(child, out);
  return out;
}

class FlakegateVitestReporter {
  onTestRunEnd(testModules) {
    try {
      const files = (testModules || []).map((m) => {
        const task = m.task || {};
        const tests = testsOf(task, []).filter((t) => t.result && typeof t.result.startTime === 'number');
        const own = task.result && typeof task.result.startTime === 'number' ? [task.result.startTime] : [];
        const start = Math.min(...own, ...tests.map((t) => t.result.startTime));
        const end = Math.max(0, ...tests.map((t) => t.result.startTime + (t.result.duration || 0)));
        return { tests, start: Number.isFinite(start) ? start : 0, end };
      });
      const lanes = assignLanes(files);
      files.forEach((f, i) => {
        for (const t of f.tests) {
          if (!Array.isArray(t.annotations)) continue;
          const start = t.result.startTime;
          t.annotations.push(
            { type: 'flakegate_worker', message: `lane${lanes[i]}` },
            { type: 'flakegate_start', message: seconds(start) },
            { type: 'flakegate_end', message: seconds(start + (t.result.duration || 0)) },
          );
        }
      });
    } catch {
      // never fail the user's run because of flakegate
    }
  }
}

module.exports = FlakegateVitestReporter;
