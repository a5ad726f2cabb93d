// Rendered pages as the indexers receive them, without running a build.
const { parseFrontMatter, toHtml } = require('../../src/markdown');

function page(url, source) {
  const { meta, body } = parseFrontMatter(source);
  return { url, title: meta.title, tags: (meta.tags || '').split(',').map((t) => t.trim()).filter(Boolean), html: toHtml(body) };
}

const samplePages = [
  page('/posts/fast-ci.html', '---\ntitle: Fast CI\ntags: ci, testing\n---\n# Fast CI\n\nCaching dependencies and splitting suites.'),
  page('/posts/sqlite-backups.html', '---\ntitle: SQLite backups\ntags: databases\n---\n# Backups\n\nOnline backups with the backup API.'),
  page('/posts/tiny-http.html', '---\ntitle: Tiny HTTP\ntags: networking\n---\n# Tiny HTTP\n\nParsing requests by hand.'),
  page('/posts/release-notes.html', '---\ntitle: Release notes\ntags: writing\n---\n# Release notes\n\nWriting them for humans.'),
  page('/posts/flaky-tests.html', '---\ntitle: Flaky tests\ntags: testing, ci\n---\n# Flaky tests\n\nShared ports and temp files.'),
  page('/posts/makefiles.html', '---\ntitle: Makefiles\ntags: tooling\n---\n# Makefiles\n\nPhony targets and pattern rules.'),
  page('/about.html', '---\ntitle: About\n---\n# About\n\nWritten by one person.'),
  page('/index.html', '---\ntitle: Home\n---\n# Field Notes\n\nShort notes on building small tools.'),
];

module.exports = { page, samplePages };
