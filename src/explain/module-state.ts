// Module-level mutable state mutated from the test: declared at top level of the test file,
// changed inside the test body or a fixture it uses.
import { escapeRegExp, MAX_LINE_CHARS, type Lang, type Region } from './source-lang.js';

export interface StateMutation {
  readonly name: string;
  readonly region: Region;
  /** 0-based line in `region.lines`. */
  readonly line: number;
}

const DECLARATIONS: Partial<Record<Lang, readonly RegExp[]>> = {
  python: [
    /^([A-Za-z_]\w{0,100})\s{0,5}(?::[^=]{1,100})?=\s{0,5}(?:\[|\{|set\(|dict\(|list\(|defaultdict\(|Counter\(|OrderedDict\(|deque\(|\d{1,12}\s{0,5}(?:#|$))/,
  ],
  js: [
    /^(?:export\s{1,5})?(?:let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})/,
    /^(?:export\s{1,5})?const\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}(?::[^=]{1,100})?=\s{0,5}(?:\[|\{|new (?:Map|Set|Array|WeakMap)\b)/,
  ],
  go: [/^var\s{1,5}([A-Za-z_]\w{0,100})\b/],
};

/** Mutation forms of a name; `(?<![\w$.])` keeps `obj.count = 1` from matching a global `count`. */
function mutationPattern(name: string, lang: Lang): RegExp {
  const n = escapeRegExp(name);
  const lead = `(?<![\\w$.])${n}`;
  switch (lang) {
    case 'python':
      return new RegExp(
        `${lead}\\.(?:append|extend|add|update|insert|pop|clear|setdefault|remove|discard|popleft|appendleft)\\(|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}(?:=(?!=)|[-+*]=)|${lead}\\s{0,5}[-+*]=|^\\s{0,200}global\\s[^#]{0,300}\\b${n}\\b|\\bdel ${n}\\[`,
      );
    case 'go':
      return new RegExp(`${lead}\\s{0,5}(?:=(?!=)|\\+\\+|--|[-+*/]=)|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}(?:=(?!=)|\\+\\+|--|[-+]=)|\\bdelete\\(${n}\\s{0,5},`);
    default:
      return new RegExp(
        `${lead}\\s{0,5}(?:=(?![=>])|\\+\\+|--|[-+*/]=)|\\+\\+${n}\\b|${lead}\\.(?:push|set|add|splice|unshift|pop|shift|delete|clear|sort|reverse)\\(|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}=(?!=)|${lead}\\.[\\w$]{1,100}\\s{0,5}=(?![=>])`,
      );
  }
}

/** Names declared mutable at the top level of the test's file. */
function declaredNames(modules: readonly Region[], lang: Lang, testFile: string): string[] {
  const patterns = DECLARATIONS[lang];
  if (patterns === undefined) return [];
  const names = new Set<string>();
  for (const r of modules) {
    if (r.path !== testFile) continue;
    let inVarBlock = false;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      // Go groups package variables in `var ( ... )`.
      if (lang === 'go' && /^var\s{0,5}\($/.test(line.trim())) inVarBlock = true;
      else if (inVarBlock && line.trim() === ')') inVarBlock = false;
      else if (inVarBlock) {
        const name = /^\s{1,20}([A-Za-z_]\w{0,100})\b/.exec(line)?.[1];
        if (name !== undefined) names.add(name);
      }
      for (const p of patterns) {
        const name = p.exec(line)?.[1];
        if (name !== undefined && name !== '__all__' && name !== '_') names.add(name);
      }
    }
  }
  return [...names].sort();
}

export function findStateMutations(regions: readonly Region[], lang: Lang, testFile: string): StateMutation[] {
  const modules = regions.filter((r) => r.scope === 'module');
  // JS hooks assigning a top-level `let` (`server = await start()`) are the idiom, not a leak.
  const bodies = regions.filter((r) => r.scope === 'test' || (r.scope === 'fixture' && lang !== 'js'));
  const found: StateMutation[] = [];
  for (const name of declaredNames(modules, lang, testFile)) {
    const pattern = mutationPattern(name, lang);
    const redeclared = new RegExp(`\\b(?:let|const|var)\\s{1,5}${escapeRegExp(name)}\\b|${escapeRegExp(name)}\\s{0,5}:=`);
    for (const r of bodies) {
      for (let i = r.start; i <= r.end; i++) {
        const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
        if (pattern.test(line) && !redeclared.test(line)) found.push({ name, region: r, line: i });
      }
    }
  }
  return found;
}
