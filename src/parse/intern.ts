// One copy of each identity string (file, classname, name, id) however many runs report it:
// 20,000 tests x 40 runs would otherwise hold 800,000 copies of every id. Process-wide, because
// every run of one flakegate session reports the same tests; bounded, because a long-lived
// process (tests, watch mode) must not grow without end. Clearing only loses sharing.

const MAX_ENTRIES = 1 << 20;
let pool = new Map<string, string>();

/**
 * A flat copy of `text`: V8 keeps substrings as slices of their parent, so a short name cut from
 * a 1 MB chunk of the report would keep the whole chunk alive for as long as the name lives.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** The pooled string equal to `text`. */
export function intern(text: string): string {
  const hit = pool.get(text);
  if (hit !== undefined) return hit;
  if (pool.size >= MAX_ENTRIES) pool = new Map();
  const kept = detached(text);
  pool.set(kept, kept);
  return kept;
}
