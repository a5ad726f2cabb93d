const fs = require('node:fs');
const fsp = require('node:fs/promises');
const path = require('node:path');
const config = require('./config');
const { parseFrontMatter, toHtml } = require('./markdown');
const { highlight } = require('./highlight');

function layout(title, body) {
  return `<!doctype html>\n<title>${title} | ${config.site.title}</title>\n<main>\n${body}\n</main>\n`;
}

function listContent({ drafts = false } = {}, dir = config.contentDir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'drafts' && !drafts ? [] : listContent({ drafts }, path.join(dir, e.name), `${prefix}${e.name}/`);
    return e.name.endsWith('.md') ? [`${prefix}${e.name}`] : [];
  });
}

async function renderPage(rel) {
  const source = fs.readFileSync(path.join(config.contentDir, rel), 'utf8');
  const { meta, body } = parseFrontMatter(source);
  return layout(meta.title || rel, await highlight(toHtml(body)));
}

// Builds every page into outDir (which the caller prepares), then copies static files.
// Drafts are only built for the preview server.
async function build({ outDir = config.outDir, drafts = false } = {}) {
  const pages = [];
  for (const rel of listContent({ drafts })) {
    const html = await renderPage(rel);
    const out = path.join(outDir, rel.replace(/\.md$/, '.html'));
    await fsp.mkdir(path.dirname(out)).catch((err) => {
      if (err.code !== 'EEXIST') throw err;
    });
    await fsp.writeFile(out, html);
    pages.push({ path: rel });
  }
  for (const name of fs.readdirSync(config.staticDir)) {
    await fsp.copyFile(path.join(config.staticDir, name), path.join(outDir, name));
  }
  return pages;
}

if (require.main === module) {
  fs.mkdirSync(config.outDir, { recursive: true });
  build().then((pages) => console.log(`built ${pages.length} pages`));
}

module.exports = { build, listContent, renderPage };
