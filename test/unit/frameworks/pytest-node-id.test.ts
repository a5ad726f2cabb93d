// pytestNodeId against real pytest xunit1 output (fixtures/pytest-ids-xunit1.xml, written by
// pytest 7.2 + xdist 3.1 with flakegate's plugin from fixtures/pytest-ids/) read by the real parse
// stage, and a round trip through real pytest: the node ids must collect exactly those tests.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pytestNodeId } from '../../../src/frameworks/pytest-node-id.js';
import { findPytestInterpreter, pythonCandidates } from '../../../src/frameworks/python-interpreter.js';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { testId } from '../../../src/parse/test-id.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const project = join(fixtures, 'pytest-ids');

const EXPECTED = [
  'tests/test_x.py::test_plain',
  'tests/test_x.py::TestOuter::test_m',
  'tests/test_x.py::TestOuter::TestInner::test_n',
  'tests/test_x.py::test_param[a b]',
  'tests/test_x.py::test_param[x::y]',
  `tests/test_x.py::test_param[q'"$(id)]`,
  'tests/test_x.py::test_param[[]',
  // pytest writes non-ASCII parameter ids escaped, and the node id is that escaped text.
  'tests/test_x.py::test_param[\\xfc]',
  'tests/sub/test_y.py::TestY::test_fail',
];

describe('pytestNodeId', () => {
  it('maps every testcase of a real xunit1 report back to its node id, from the case and from its id', async () => {
    const report = await parseJunitFile(join(fixtures, 'pytest-ids-xunit1.xml'));
    expect(report.status).toBe('ok');
    expect(report.tests.map((test) => pytestNodeId(test)).sort()).toEqual([...EXPECTED].sort());
    expect(report.tests.map((test) => pytestNodeId(test.id)).sort()).toEqual([...EXPECTED].sort());
    // The plugin's properties arrive as the worker and times.
    expect(new Set(report.tests.map((test) => test.worker))).toEqual(new Set(['gw0', 'gw1']));
    expect(report.tests.every((test) => typeof test.startedAt === 'number' && typeof test.endedAt === 'number')).toBe(true);
  });

  it('keeps `::` inside a parameter and handles tests without a class', () => {
    expect(pytestNodeId(testId({ file: 'tests/test_x.py', classname: 'tests.test_x', name: 'test_param[x::y]' }))).toBe('tests/test_x.py::test_param[x::y]');
    expect(pytestNodeId({ file: 'test_top.py', classname: 'test_top', name: 'test_a' })).toBe('test_top.py::test_a');
  });

  it('keeps dots in directory names apart from the class chain', () => {
    expect(pytestNodeId({ file: 'tests/v1.2/test_x.py', classname: 'tests.v1.2.test_x.TestA', name: 'test_b' })).toBe('tests/v1.2/test_x.py::TestA::test_b');
  });

  it('normalises Windows separators', () => {
    expect(pytestNodeId({ file: 'tests\\test_x.py', classname: 'tests.test_x.TestA', name: 'test_b' })).toBe('tests/test_x.py::TestA::test_b');
  });

  it('guesses the module/class boundary when the report has no file (xunit2)', () => {
    expect(pytestNodeId('::tests.test_x.TestOuter.TestInner::test_n')).toBe('tests/test_x.py::TestOuter::TestInner::test_n');
    expect(pytestNodeId('::tests.sub.test_y::test_fail')).toBe('tests/sub/test_y.py::test_fail');
  });

  it('selects exactly the reported tests when given back to real pytest', async () => {
    const python = await findPytestInterpreter(pythonCandidates(project, process.env), project, process.env);
    const collected = await new Promise<string>((resolve, reject) => {
      execFile(
        python.executable,
        ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider', ...EXPECTED],
        { cwd: project, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } },
        (error, stdout) => (error ? reject(new Error(`${error.message}\n${stdout}`)) : resolve(stdout)),
      );
    });
    const ids = collected.split('\n').filter((line) => line.startsWith('tests/'));
    expect(ids.sort()).toEqual([...EXPECTED].sort());
  });
});
