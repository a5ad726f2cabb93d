// A fixed port declared once as a named constant (`export const FAKE_SERVER_PORT = 11435`,
// `TEST_PORT = 8765`, `static final int PORT = 8089`) and used by name where the test connects or
// listens (`fetch(`http://127.0.0.1:${FAKE_SERVER_PORT}`)`, `server.listen(TEST_PORT)`). The
// declaration is often in a helper module; the use in the test's own code is what puts the test on
// that port, so the finding sits at the use, in the scope of the line that names it.
import { escapeRegExp, MAX_LINE_CHARS, type Region } from './source-lang.js';

export interface PortUse {
  readonly region: Region;
  /** 0-based. */
  readonly line: number;
  readonly port: number;
}

const DECLARATION =
  /^\s{0,40}(?:export\s{1,5})?[a-zA-Z \t]{0,60}?\b([A-Z][A-Z0-9_]{0,60}PORT[A-Z0-9_]{0,30})\s{0,5}(?::\s{0,5}(?:int|number)\s{0,5})?:?=\s{0,5}(\d{4,5})\s{0,5}[;,]?\s{0,5}(?:#|\/\/|$)/;

/** Scopes whose lines the test runs: a use there puts the test on the port. */
const USE_SCOPES = new Set(['test', 'fixture', 'class', 'setup']);
const MAX_CONSTANTS = 20;

export function portConstantUses(regions: readonly Region[]): PortUse[] {
  const constants = new Map<string, number>();
  const seenFiles = new Set<string>();
  for (const r of regions) {
    if (seenFiles.has(r.path)) continue;
    seenFiles.add(r.path);
    for (const raw of r.lines) {
      const m = DECLARATION.exec(raw.slice(0, MAX_LINE_CHARS));
      const port = Number(m?.[2]);
      if (m === null || !(port >= 1024 && port <= 65535) || constants.has(m[1] ?? '')) continue;
      constants.set(m[1] ?? '', port);
      if (constants.size >= MAX_CONSTANTS) break;
    }
  }
  if (constants.size === 0) return [];
  const uses = [...constants].map(([name, port]) => ({ name: new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`), port }));
  const out: PortUse[] = [];
  for (const r of regions) {
    if (!USE_SCOPES.has(r.scope)) continue;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      if (DECLARATION.test(line) || /^\s{0,40}(?:import|from)\b|\brequire\(/.test(line)) continue;
      const use = uses.find((u) => u.name.test(line));
      if (use !== undefined) out.push({ region: r, line: i, port: use.port });
    }
  }
  return out;
}

export const PORT_CONSTANT_PATTERNS: readonly RegExp[] = [DECLARATION];
