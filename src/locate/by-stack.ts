// node:test names no file: the failure's stack does. The innermost frames are often the module
// under test (`src/kv.js`) or a helper, so a frame counts only when it is a test file, and the one
// that declares the test wins over one that merely sits under test/.
import type { Found } from './by-report.js';
import { findDeclaration } from './declarations.js';
import { languageOf } from './lang.js';
import type { FileIndex, ProjectView } from './project-view.js';
import { isTestFile } from './test-files.js';

// `at fn (/abs/file.js:12:3)`, `at /abs/file.js:12:3`, `❯ test/a.test.js:3:27`, `file:///x.mjs:1:2`.
// Bounded, no nested quantifiers.
const FRAME = /(?:file:\/\/)?((?:\/|\.{1,2}\/)?[\w@~+.-]{1,200}(?:\/[\w@~+.-]{1,200}){0,40}\.[cm]?[jt]sx?):(\d{1,7})(?::\d{1,7})?/g;
const MAX_FRAMES = 200;
const MAX_TEXT = 20_000;

export interface Frame {
  readonly file: string;
  readonly line: number;
}

/** Test files named by stack frames of the failure texts, innermost first, each once. */
export function stackTestFiles(texts: readonly string[], index: FileIndex): Frame[] {
  const out: Frame[] = [];
  const seen = new Set<string>();
  let frames = 0;
  for (const text of texts) {
    for (const m of text.slice(0, MAX_TEXT).matchAll(FRAME)) {
      if (++frames > MAX_FRAMES) return out;
      const path = m[1] ?? '';
      if (path.includes('/node_modules/')) continue;
      const file = listed(path, index);
      if (file === null || seen.has(file) || !isTestFile(file)) continue;
      seen.add(file);
      out.push({ file, line: Number(m[2]) });
    }
  }
  return out;
}

/** The longest listed path the frame's path ends with. */
function listed(path: string, index: FileIndex): string | null {
  const parts = path.replace(/^(?:\.{1,2}\/|\/)+/, '').split('/');
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join('/');
    if (index.has(tail)) return tail;
  }
  return null;
}

/** Of the frames' test files, the one declaring the test; else one named like a test module. */
export function fromStack(frames: readonly Frame[], name: string, view: ProjectView): Found | null {
  const declares = frames.find((f) => {
    const text = view.texts.get(f.file);
    return text !== undefined && findDeclaration(text.split('\n'), name, languageOf(f.file, 'javascript')) !== null;
  });
  const chosen = declares ?? frames.find((f) => /(?:^|\/)[^/]{1,200}\.(?:test|spec)\.[cm]?[jt]sx?$/.test(f.file));
  return chosen === undefined ? null : { file: chosen.file, via: 'stack-frame', line: chosen.line };
}
