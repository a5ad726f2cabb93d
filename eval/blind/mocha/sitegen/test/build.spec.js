const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const config = require('../src/config');
const { build, listContent } = require('../src/build');
const { prepareOutDir, removeOutDir } = require('./helpers/site');

describe('site build', function () {
  let pages;

  before(async function () {
    prepareOutDir();
    pages = await build();
  });

  after(function () {
    removeOutDir();
  });

  it('renders one HTML page per published markdown file', function () {
    const html = listContent().map((rel) => rel.replace(/\.md$/, '.html'));
    assert.equal(pages.length, 8);
    for (const rel of html) assert.ok(fs.existsSync(path.join(config.outDir, rel)), `${rel} is missing`);
    assert.deepEqual(fs.readdirSync(config.outDir).filter((f) => !f.includes('.')), ['posts'], 'drafts must not be published');
    assert.match(fs.readFileSync(path.join(config.outDir, 'posts/tiny-http.html'), 'utf8'), /<h1>tiny http<\/h1>/);
  });

  it('copies static assets next to the pages', function () {
    const files = fs.readdirSync(config.outDir).filter((f) => !f.endsWith('.html') && f !== 'posts').sort();
    assert.deepEqual(files, ['robots.txt', 'site.css']);
  });
});
