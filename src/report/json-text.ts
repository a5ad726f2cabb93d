// The text of `JSON.stringify(value, null, 2) + '\n'`, in pieces, without ever building that string:
// report.json of 20,000 tests is 18 MB, and that string, its copy with the newline and its UTF-8
// buffer were the peak memory of the analysis. The top levels (the report, its arrays) are walked;
// each value below them is one JSON.stringify call, re-indented (a newline in JSON.stringify's
// output is always layout: strings escape their own). Pure: src/write-json-file.ts writes them.

const STEP = '  ';
/** Containers at a depth below this are walked: the report (0) and its arrays (1), so one test is one call. */
const WALK_DEPTH = 2;

/** `JSON.stringify(value, null, 2) + '\n'`, piece by piece (concatenated, byte-identical). */
export function* jsonTextPieces(value: unknown): Generator<string> {
  if (walked(value)) yield* jsonPieces(value, '', 0);
  else yield String(leaf(value, '', ''));
  yield '\n';
}

/** Plain arrays and objects are walked; anything JSON.stringify treats specially is a leaf. */
function walked(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** JSON.stringify's text of the member `key` at `indent`, or undefined where it leaves it out. */
function leaf(value: unknown, indent: string, key: string): string | undefined {
  let text: string | undefined;
  if (typeof (value as { toJSON?: unknown } | null)?.toJSON === 'function') {
    // toJSON is told its key: stringify the member inside a one-member object and take it out.
    const wrapped = JSON.stringify({ [key]: value }, null, STEP);
    const start = JSON.stringify(key).length + 6; // `{\n  "key": `
    text = wrapped === '{}' ? undefined : wrapped.slice(start, -2).replaceAll('\n' + STEP, '\n');
  } else text = JSON.stringify(value, null, STEP) as string | undefined;
  return text === undefined || indent === '' || !text.includes('\n') ? text : text.replaceAll('\n', '\n' + indent);
}

function* jsonPieces(value: object, indent: string, depth: number): Generator<string> {
  const inner = indent + STEP;
  const walk = (item: unknown): item is object => depth + 1 < WALK_DEPTH && walked(item);
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      yield (i === 0 ? '[\n' : ',\n') + inner;
      // Inside an array JSON.stringify writes null for what it cannot represent.
      if (walk(item)) yield* jsonPieces(item, inner, depth + 1);
      else yield leaf(item, inner, String(i)) ?? 'null';
    }
    return yield '\n' + indent + ']';
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    const text = walk(item) ? undefined : leaf(item, inner, key);
    // Inside an object it leaves the member out.
    if (text === undefined && !walk(item)) continue;
    yield (first ? '{\n' : ',\n') + inner + JSON.stringify(key) + ': ';
    first = false;
    if (text !== undefined) yield text;
    else yield* jsonPieces(item as object, inner, depth + 1);
  }
  yield first ? '{}' : '\n' + indent + '}';
}
