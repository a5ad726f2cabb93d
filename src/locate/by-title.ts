// The last resort: search the project's test files for the test's title (jest-junit's defaults,
// node:test and other reports that name no file). Only a unique best match counts; ties between
// files are broken by the describe titles the report names, else left unresolved.
import type { Ecosystem } from '../model.js';
import type { Found } from './by-report.js';
import { findDeclaration, findTitled } from './declarations.js';
import { languageOf } from './lang.js';
import { ecosystemOfPath, isTestFile } from './test-files.js';

/** Test files read for one search; beyond this the files most alike the test's names are chosen. */
export const MAX_SEARCH_FILES = 400;
const PER_TEST = 30;

export interface TitleQuery {
  readonly classname: string;
  readonly name: string;
}

/** The test files worth reading to search these tests' titles: all when few, else the likeliest. */
export function titleSearchFiles(queries: readonly TitleQuery[], files: readonly string[], ecosystem: Ecosystem): string[] {
  const pool = files.filter((f) => isTestFile(f) && (ecosystem === 'unknown' || ecosystemOfPath(f) === ecosystem));
  if (pool.length <= MAX_SEARCH_FILES) return pool;
  const chosen = new Set<string>();
  for (const q of queries) {
    const words = wordsOf(`${q.classname} ${q.name}`);
    const ranked = pool
      .map((f) => ({ f, score: [...wordsOf(f)].filter((w) => words.has(w)).length }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.f.localeCompare(b.f));
    for (const r of ranked.slice(0, PER_TEST)) chosen.add(r.f);
    if (chosen.size >= MAX_SEARCH_FILES) break;
  }
  return [...chosen].slice(0, MAX_SEARCH_FILES).sort();
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && w !== 'test' && w !== 'tests' && w !== 'spec'));
}

/** The one searched file declaring the test, with its line. */
export function fromTitle(query: TitleQuery, texts: ReadonlyMap<string, string>, searched: readonly string[]): Found | null {
  const last = lastWord(query.name);
  let best: Array<{ file: string; line: number; strength: number }> = [];
  for (const file of searched) {
    const text = texts.get(file);
    if (text === undefined || (last !== '' && !text.includes(last))) continue;
    const lines = text.split('\n');
    const lang = languageOf(file, 'unknown');
    const titled = lang === 'js' || lang === 'ruby' ? findTitled(lines, query.name) : null;
    const line = titled?.line ?? findDeclaration(lines, query.name, lang);
    if (line === null) continue;
    const strength = titled?.length ?? query.name.length;
    if (best.length === 0 || strength > (best[0]?.strength ?? 0)) best = [{ file, line, strength }];
    else if (strength === best[0]?.strength) best.push({ file, line, strength });
  }
  if (best.length > 1) best = byDescribeTitles(best, query, texts);
  const only = best.length === 1 ? best[0] : undefined;
  return only === undefined ? null : { file: only.file, via: 'title-search', line: only.line + 1 };
}

function lastWord(name: string): string {
  const words = name.split(/[^\w$]+/).filter((w) => w.length >= 3);
  return words.at(-1) ?? '';
}

/** Keeps the files that quote the most of the test's enclosing describe titles. */
function byDescribeTitles<T extends { file: string }>(tied: T[], query: TitleQuery, texts: ReadonlyMap<string, string>): T[] {
  const titles = [...query.classname.split(/ › | > /), ...query.name.split(' > ').slice(0, -1)].map((t) => t.trim()).filter((t) => t.length >= 2);
  if (titles.length === 0) return tied;
  const quoted = (text: string, t: string): boolean => [`'${t}'`, `"${t}"`, `\`${t}\``].some((q) => text.includes(q));
  const scored = tied.map((c) => ({ c, n: titles.filter((t) => quoted(texts.get(c.file) ?? '', t)).length }));
  const top = Math.max(...scored.map((s) => s.n));
  return scored.filter((s) => s.n === top).map((s) => s.c);
}
