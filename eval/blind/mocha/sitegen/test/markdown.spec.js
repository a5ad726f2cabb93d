const assert = require('node:assert/strict');
const { parseFrontMatter, toHtml } = require('../src/markdown');

describe('markdown', function () {
  it('reads front matter into meta', function () {
    const { meta, body } = parseFrontMatter('---\ntitle: Hello\ndate: 2026-01-01\n---\n# Hi\n');
    assert.deepEqual(meta, { title: 'Hello', date: '2026-01-01' });
    assert.equal(body, '# Hi\n');
  });

  it('renders headings, inline code and links', function () {
    assert.equal(toHtml('## Use `make`\n\nSee [docs](https://x.example).'), '<h2>Use <code>make</code></h2>\n<p>See <a href="https://x.example">docs</a>.</p>');
  });

  it('escapes HTML in text', function () {
    assert.equal(toHtml('a <b> & c'), '<p>a &lt;b&gt; &amp; c</p>');
  });
});
