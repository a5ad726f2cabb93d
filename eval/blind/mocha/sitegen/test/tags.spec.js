const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { writeIndex } = require('../src/search');
const { samplePages } = require('./helpers/pages');

// Tag pages reuse the search indexer: one entry per tag, listing its posts.
function tagPages(pages) {
  const byTag = new Map();
  for (const p of pages) for (const t of p.tags) byTag.set(t, [...(byTag.get(t) || []), p]);
  return [...byTag.keys()].sort().map((tag) => ({
    url: `/tags/${tag}.html`,
    title: `Posts tagged ${tag}`,
    html: byTag.get(tag).map((p) => `<li>${p.title}</li>`).join(''),
  }));
}

describe('tag index', function () {
  let outDir;

  before(function () {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitegen-tags-'));
  });

  after(function () {
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('groups posts by tag', function () {
    assert.deepEqual(tagPages(samplePages).map((t) => t.url), [
      '/tags/ci.html', '/tags/databases.html', '/tags/networking.html', '/tags/testing.html', '/tags/tooling.html', '/tags/writing.html',
    ]);
  });

  it('writes the tag index next to the search index', async function () {
    const file = await writeIndex(outDir, tagPages(samplePages), 'tags.json');
    const index = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(index.map((e) => e.title), [
      'Posts tagged ci', 'Posts tagged databases', 'Posts tagged networking', 'Posts tagged testing', 'Posts tagged tooling', 'Posts tagged writing',
    ]);
  });
});
