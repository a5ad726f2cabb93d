// Just enough markdown for the blog: front matter, headings, paragraphs, inline code, links.
function parseFrontMatter(source) {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!m) return { meta: {}, body: source };
  const meta = {};
  for (const line of m[1].split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) meta[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return { meta, body: source.slice(m[0].length) };
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inline(text) {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
}

function toHtml(body) {
  return body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const h = /^(#{1,3}) (.*)$/.exec(block);
      return h ? `<h${h[1].length}>${inline(h[2])}</h${h[1].length}>` : `<p>${inline(block.replace(/\n/g, ' '))}</p>`;
    })
    .join('\n');
}

module.exports = { parseFrontMatter, toHtml };
