import { describe, expect, it } from 'vitest';
import { childEnv } from '../../../src/run/child-env.js';

describe('childEnv', () => {
  const parent: NodeJS.ProcessEnv = {
    PATH: '/usr/bin:/bin',
    HOME: '/home/runner',
    CI: 'true',
    LANG: 'C.UTF-8',
    RUNNER_TEMP: '/tmp/runner',
    GITHUB_WORKSPACE: '/work',
    GITHUB_SHA: 'abc',
    ACTIONS_RUNTIME_TOKEN: 'secret-runtime',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    ACTIONS_RESULTS_URL: 'https://results',
    ACTIONS_CACHE_URL: 'https://cache',
    INPUT_TOKEN: 'secret-input',
    INPUT_WORKERS: '1,2,4',
    GITHUB_OUTPUT: '/tmp/out',
    GITHUB_STEP_SUMMARY: '/tmp/summary',
    GITHUB_STATE: '/tmp/state',
    GITHUB_ENV: '/tmp/env',
    GITHUB_PATH: '/tmp/path',
    GITHUB_TOKEN: 'secret-gh',
    GH_TOKEN: 'secret-gh2',
    FLAKEGATE_TOKEN: 'secret-fg',
    JEST_WORKER_ID: '3',
    VITEST_WORKER_ID: '2',
    VITEST_POOL_ID: '1',
    PYTEST_XDIST_WORKER: 'gw0',
    PYTEST_CURRENT_TEST: 'test_x.py::test_y (call)',
    UNDEFINED_ONE: undefined,
  };

  it('withholds every credential, runner command file, action input and worker marker', () => {
    const env = childEnv(parent);
    expect(Object.keys(env).sort()).toEqual(
      ['CI', 'FLAKEGATE', 'GITHUB_SHA', 'GITHUB_WORKSPACE', 'HOME', 'LANG', 'PATH', 'RUNNER_TEMP'].sort(),
    );
    expect(Object.values(env).join('\n')).not.toMatch(/secret/);
  });

  it('keeps the rest verbatim and marks the child with FLAKEGATE=1', () => {
    const env = childEnv(parent);
    expect(env['PATH']).toBe('/usr/bin:/bin');
    expect(env['HOME']).toBe('/home/runner');
    expect(env['CI']).toBe('true');
    expect(env['FLAKEGATE']).toBe('1');
  });

  it('matches names case-insensitively (Windows environments are)', () => {
    const env = childEnv({ github_token: 'x', Actions_Runtime_Token: 'y', input_token: 'z', Path: 'p' });
    expect(env).toEqual({ Path: 'p', FLAKEGATE: '1' });
  });

  it('does not modify the parent', () => {
    const copy = { ...parent };
    childEnv(parent);
    expect(parent).toEqual(copy);
  });
});
