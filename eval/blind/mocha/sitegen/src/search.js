// Client-side search: one entry per page, words lower-cased and de-duplicated.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { once } = require('node:events');

function wordsOf(text) {
  return [...new Set(text.replace(/<[^>]+>/g, ' ').toLowerCase().match(/[a-z]{4,}/g) || [])].sort();
}

// Stemming runs in the language service, one page at a time (stubbed as a wait).
const stem = (words) => new Promise((resolve) => setTimeout(() => resolve([...new Set(words.map((w) => w.replace(/(ing|s)$/, '')))]), 200));

// Written to a temp file first and renamed into place, so the site never serves half an index.
const TMP_FILE = path.join(os.tmpdir(), 'sitegen-index.json.tmp');

async function writeIndex(outDir, pages, name = 'search-index.json') {
  const out = fs.createWriteStream(TMP_FILE);
  out.write('[\n');
  for (const [i, page] of pages.entries()) {
    const entry = { url: page.url, title: page.title, words: await stem(wordsOf(page.html)) };
    out.write((i ? ',\n' : '') + JSON.stringify(entry));
  }
  out.end('\n]\n');
  await once(out, 'finish');
  const target = path.join(outDir, name);
  fs.renameSync(TMP_FILE, target);
  return target;
}

module.exports = { wordsOf, writeIndex };
