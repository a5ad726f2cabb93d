const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { wordsOf, writeIndex } = require('../src/search');
const { samplePages } = require('./helpers/pages');

describe('search index', function () {
  let outDir;

  beforeEach(function () {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitegen-search-'));
  });

  afterEach(function () {
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('writes one index entry per page', async function () {
    const file = await writeIndex(outDir, samplePages);
    const index = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(index.map((e) => e.url), samplePages.map((p) => p.url));
    assert.deepEqual(index[1].words, ['backup', 'online', 'with']);
  });

  it('extracts lower-case words without markup', function () {
    assert.deepEqual(wordsOf('<h1>Hello World</h1><p>hello <code>again</code></p>'), ['again', 'hello', 'world']);
  });
});
