'use strict';
// flakegate's Jest reporter: per test, the lane (worker slot, see flakegate-lanes.cjs) and the
// start/end epoch times, for jest-junit to write as testcase properties.
//
// Added by the jest preset with `--reporters=<this file>` *before* `--reporters=jest-junit`: Jest
// awaits reporters' onRunComplete in order, so the lanes are known when jest-junit builds its
// report and calls flakegate-jest-properties.cjs (JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE) for
// every testcase. The two share a WeakMap on globalThis (one parent process), keyed by the
// assertion-result objects jest-junit receives. It must never throw: a broken helper would fail
// the user's run.
const { assignLanes, seconds } = require('./flakegate-lanes.cjs');

const KEY = Symbol.for('flakegate.jest.properties');

/** Epoch ms a test started: `startAt` in Jest 29/30 assertion results (`startedAt` inside circus). */
function startOf(t) {
  const v = typeof t.startAt === 'number' ? t.startAt : t.startedAt;
  return typeof v === 'number' ? v : null;
}

class FlakegateJestReporter {
  onRunComplete(_contexts, results) {
    try {
      const map = new WeakMap();
      globalThis[KEY] = map;
      const suites = (results && results.testResults) || [];
      const files = suites.map((s) => {
        const perf = s.perfStats || {};
        const starts = (s.testResults || []).map(startOf).filter((v) => v !== null);
        const ends = (s.testResults || []).filter((t) => startOf(t) !== null).map((t) => startOf(t) + (t.duration || 0));
        // A file's busy interval: its perfStats, widened to its tests (both are epoch ms).
        const start = Math.min(perf.start || Infinity, ...starts);
        const end = Math.max(perf.end || 0, ...ends);
        return { start: Number.isFinite(start) ? start : 0, end };
      });
      const lanes = assignLanes(files);
      suites.forEach((s, i) => {
        for (const t of s.testResults || []) {
          const at = startOf(t);
          if (at === null) continue;
          map.set(t, {
            flakegate_worker: `lane${lanes[i]}`,
            flakegate_start: seconds(at),
            flakegate_end: seconds(at + (t.duration || 0)),
          });
        }
      });
    } catch {
      // never fail the user's run because of flakegate
    }
  }
}

module.exports = FlakegateJestReporter;
