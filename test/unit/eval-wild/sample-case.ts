// A complete, valid wild case for the harness's unit tests; tests override single fields.
export const sha = (c: string) => c.repeat(40);
export const validCase = (over: Record<string, unknown> = {}) => ({
  id: 'demo-shared-tmp',
  repo: 'acme/demo',
  before: sha('a'),
  fix: sha('b'),
  framework: 'pytest',
  root: '',
  victims: [{ file: 'tests/test_cache.py', name: 'test_writes_cache' }],
  partners: [],
  polluters: [],
  failure: { text: 'FileNotFoundError: /tmp/cache.json', source: 'https://github.com/acme/demo/issues/1' },
  cause: 'shared-file-path',
  why: 'both tests wrote /tmp/cache.json; the fix uses tmp_path',
  fixFiles: ['tests/test_cache.py'],
  link: 'https://github.com/acme/demo/pull/2',
  stable: [{ file: 'tests/test_math.py', name: 'test_adds' }],
  split: 'tune',
  ...over,
});
