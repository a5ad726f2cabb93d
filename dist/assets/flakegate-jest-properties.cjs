'use strict';
// jest-junit's testcase-properties hook (JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE): returns the
// properties flakegate-jest-reporter.cjs recorded for this assertion result, or none.
const KEY = Symbol.for('flakegate.jest.properties');

module.exports = function flakegateProperties(testCase) {
  try {
    const map = globalThis[KEY];
    return (map && map.get(testCase)) || {};
  } catch {
    return {};
  }
};
