// Hot spots of a .cpuprofile written by `node --cpu-prof` on a bench bundle: self time per
// function, named by the source file of the bundle (esbuild's `// src/...` section comments).
//   node scripts/bench/profile-top.mjs <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [profilePath, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
const sections = new Map(); // bundle url -> [{ line, file }]
function sourceOf(url, line) {
  if (!url.startsWith('file:')) return url.split('/').pop() || '(native)';
  if (!sections.has(url)) {
    const marks = [];
    try {
      readFileSync(fileURLToPath(url), 'utf8').split('\n').forEach((text, i) => {
        const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
        if (m) marks.push({ line: i, file: m[1] });
      });
    } catch {
      // not readable any more
    }
    sections.set(url, marks);
  }
  const marks = sections.get(url);
  let file = url.split('/').pop();
  for (const m of marks) if (m.line <= line) file = m.file;
  return file;
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const time = new Map();
for (let i = 0; i < profile.samples.length; i++) time.set(profile.samples[i], (time.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
const self = new Map();
const perFile = new Map();
let total = 0;
for (const [id, t] of time) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const file = sourceOf(url, lineNumber);
  const key = `${file}:${functionName || '(anonymous)'}`;
  self.set(key, (self.get(key) ?? 0) + t);
  perFile.set(file, (perFile.get(file) ?? 0) + t);
  total += t;
}
const show = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`sampled ${(total / 1000).toFixed(0)} ms\n\nself time by function (file:function):\n${show(self, Number(top))}\n\nself time by file:\n${show(perFile, 15)}`);
