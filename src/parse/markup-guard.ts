// Bounds every value of a report before saxes sees it. saxes accumulates a whole attribute value,
// comment, CDATA section, processing instruction or (while we listen) text node in one string
// before emitting it, so a 1 GiB attribute grew to V8's string limit and ended in an internal
// error. This small lexer tracks only where values start and end, passes the first `cap`
// characters of each and drops the rest while streaming; the document stays well-formed, so every
// testcase is still read and the report is `salvaged` with the cuts named. Names and declarations
// that are too long (nothing real comes near) stop the read instead.

export interface MarkupLimits {
  /** Characters kept of one attribute value. */
  readonly attribute: number;
  /** Characters kept of one text node or CDATA section. */
  readonly text: number;
  /** Characters kept of a comment or processing instruction (never read; saxes buffers them). */
  readonly ignored: number;
  /** A tag (name and attributes, values excluded), entity reference or DOCTYPE longer than this stops the read. */
  readonly markup: number;
}

export const DEFAULT_MARKUP_LIMITS: MarkupLimits = { attribute: 1 << 20, text: 32 << 20, ignored: 1 << 16, markup: 1 << 16 };

export interface MarkupGuard {
  /** The part of `chunk` to hand to the parser. */
  filter(chunk: string): string;
  /** One sentence per kind of value cut so far (empty when nothing was cut). */
  cuts(): string[];
  /** Set once the input is refused: nothing more is passed. */
  readonly refused: string | undefined;
}

type State =
  | 'text'
  | 'open' // after `<`, deciding what follows
  | 'tag' // inside a start or end tag, outside quotes
  | 'value' // inside a quoted attribute value
  | 'comment'
  | 'cdata'
  | 'pi'
  | 'doctype';

const NAME_END = /[\s/>=]/;

export function createMarkupGuard(limits: MarkupLimits = DEFAULT_MARKUP_LIMITS): MarkupGuard {
  let state: State = 'text';
  let open = ''; // characters after `<` while the kind of markup is undecided (at most 9)
  let run = 0; // characters of the current value (text, attribute, comment, ...) seen so far
  let skipping = false; // the current value is over its cap: drop until it ends
  let entity = -1; // characters since an unterminated `&` in a value being passed (-1: none)
  let quote = '';
  let tagChars = 0;
  let tagName = '';
  let attrName = '';
  let word = '';
  let nameDone = false;
  let close = ''; // the terminator of a comment/CDATA/PI, and how much of it was seen
  let closeSeen = 0;
  let doctypeDepth = 0;
  let refused: string | undefined;
  const cut = new Map<string, number>();

  const noteCut = (what: string): void => void cut.set(what, (cut.get(what) ?? 0) + 1);
  const refuse = (why: string): string => {
    refused ??= why;
    return '';
  };

  /**
   * Passes characters of a value (text, attribute, CDATA, comment, PI) up to its cap. `end` is the
   * index in `s` where the value ends (exclusive; s.length when it goes on in the next chunk).
   * Entity references are never split: a cap inside one keeps it whole (they are short).
   */
  function value(s: string, from: number, end: number, cap: number, label: () => string, entities: boolean): string {
    if (skipping) return '';
    const room = cap - run;
    const length = end - from;
    if (length <= room) {
      run += length;
      if (entities) trackEntity(s, from, end);
      return s.slice(from, end);
    }
    let stop = from + Math.max(0, room);
    if (entities) {
      trackEntity(s, from, stop);
      // Finish an open reference: the document must stay well-formed.
      while (entity >= 0 && stop < end && entity < 64) {
        const c = s[stop];
        stop++;
        entity = c === ';' ? -1 : entity + 1;
      }
    }
    run += stop - from;
    skipping = true;
    noteCut(label());
    return s.slice(from, stop);
  }

  // Only the end of a segment matters (is a reference still open there?); the scans stay inside
  // the segment and within an entity's length, so a chunk is never rescanned per text node.
  function trackEntity(s: string, from: number, end: number): void {
    for (let k = end - 1; k >= from && k >= end - 65; k--) {
      const c = s.charCodeAt(k);
      if (c === 0x3b /* ; */) {
        entity = -1;
        return;
      }
      if (c === 0x26 /* & */) {
        entity = end - k;
        return;
      }
    }
    if (end - from > 64) entity = entity >= 0 ? 65 : -1;
    else if (entity >= 0) entity += end - from;
  }

  function startValue(): void {
    run = 0;
    skipping = false;
    entity = -1;
  }

  function filter(s: string): string {
    if (refused !== undefined) return '';
    let out = '';
    let i = 0;
    while (i < s.length && refused === undefined) {
      switch (state) {
        case 'text': {
          const lt = s.indexOf('<', i);
          const end = lt < 0 ? s.length : lt;
          out += value(s, i, end, limits.text, () => `a text longer than ${limits.text} characters`, true);
          if (entity > 64) return out + refuse(`an entity reference longer than 64 characters`);
          if (lt < 0) return out;
          out += '<';
          i = lt + 1;
          state = 'open';
          open = '';
          break;
        }
        case 'open': {
          // Decide from up to 9 characters: `!--`, `![CDATA[`, `!DOCTYPE`, `?`, `/` or a name.
          while (i < s.length && open.length < 9) {
            open += s[i];
            i++;
            const kind = markupKind(open);
            if (kind === 'undecided') continue;
            out += open;
            const first = open;
            open = '';
            if (kind === 'tag') {
              state = 'tag';
              tagChars = 1;
              tagName = first.replace(/^\//, '');
              nameDone = NAME_END.test(tagName.slice(-1));
              if (nameDone) tagName = tagName.slice(0, -1);
              attrName = '';
              word = '';
              if (s[i - 1] === '>') {
                state = 'text';
                startValue();
              }
            } else if (kind === 'doctype') {
              state = 'doctype';
              tagChars = 0;
              doctypeDepth = 0;
              quote = '';
            } else {
              state = kind;
              close = kind === 'comment' ? '-->' : kind === 'cdata' ? ']]>' : '?>';
              closeSeen = 0;
              startValue();
            }
            break;
          }
          if (open.length >= 9) return out + refuse('markup that is neither a tag, a comment, CDATA, a DOCTYPE nor a processing instruction');
          break;
        }
        case 'tag': {
          // Names and whitespace, up to a quote (a value starts) or `>` (the tag ends); passed as
          // one slice (appending character by character would build a rope per character).
          const from = i;
          for (; i < s.length; i++) {
            const c = s[i] as string;
            if (++tagChars > limits.markup) return out + s.slice(from, i) + refuse(`a tag longer than ${limits.markup} characters (attribute values not counted)`);
            if (c === '"' || c === "'") {
              i++;
              state = 'value';
              quote = c;
              startValue();
              break;
            }
            if (c === '>') {
              i++;
              state = 'text';
              startValue();
              break;
            }
            if (!nameDone) {
              if (NAME_END.test(c)) nameDone = true;
              else tagName += c;
            } else if (c === '=') {
              attrName = word;
              word = '';
            } else if (/[\s/]/.test(c)) word = '';
            else word += c;
          }
          out += s.slice(from, i);
          break;
        }
        case 'value': {
          const q = s.indexOf(quote, i);
          const end = q < 0 ? s.length : q;
          const name = attrName;
          out += value(s, i, end, limits.attribute, () => `the value of attribute ${name.slice(0, 40) || '?'} of <${tagName.slice(0, 40)}> longer than ${limits.attribute} characters`, true);
          if (entity > 64) return out + refuse('an entity reference longer than 64 characters');
          if (q < 0) return out;
          out += quote;
          i = q + 1;
          state = 'tag';
          attrName = '';
          word = '';
          break;
        }
        case 'comment':
        case 'cdata':
        case 'pi': {
          // The terminator may straddle chunks: find it, counting a partial match carried over.
          let end = -1;
          let j = i;
          for (; j < s.length; j++) {
            if (s[j] === close[closeSeen]) {
              closeSeen++;
              if (closeSeen === close.length) {
                end = j + 1;
                break;
              }
            } else closeSeen = s[j] === close[0] ? 1 : 0;
            if (closeSeen === 0 && j - i > 4096) {
              // Long stretch without a terminator start: jump ahead natively.
              const next = s.indexOf(close[0] as string, j + 1);
              j = (next < 0 ? s.length : next) - 1;
            }
          }
          const contentEnd = end < 0 ? s.length : end - close.length;
          const kind = state;
          const cap = kind === 'cdata' ? limits.text : limits.ignored;
          // The terminator's first characters may already be in `out` (passed in an earlier chunk).
          out += value(s, i, Math.max(i, contentEnd), cap, () => (kind === 'cdata' ? `a CDATA section longer than ${cap} characters` : `a ${kind === 'pi' ? 'processing instruction' : 'comment'} longer than ${cap} characters`), false);
          if (end < 0) return out;
          if (skipping) out += close;
          else out += s.slice(Math.max(i, contentEnd), end);
          i = end;
          state = 'text';
          startValue();
          break;
        }
        case 'doctype': {
          const from = i;
          for (; i < s.length; i++) {
            const c = s[i] as string;
            if (++tagChars > limits.markup) return out + s.slice(from, i) + refuse(`a DOCTYPE longer than ${limits.markup} characters`);
            if (quote !== '') {
              if (c === quote) quote = '';
            } else if (c === '"' || c === "'") quote = c;
            else if (c === '[') doctypeDepth++;
            else if (c === ']') doctypeDepth--;
            else if (c === '>' && doctypeDepth <= 0) {
              i++;
              state = 'text';
              startValue();
              break;
            }
          }
          out += s.slice(from, i);
          break;
        }
      }
    }
    return out;
  }

  return {
    filter,
    cuts: () => [...cut].map(([what, n]) => (n === 1 ? what : `${n} times ${what}`)),
    get refused() {
      return refused;
    },
  };
}

type MarkupKind = 'tag' | 'comment' | 'cdata' | 'pi' | 'doctype' | 'undecided';

/** What follows `<`, from the characters seen after it (at most 9). */
function markupKind(after: string): MarkupKind {
  if (after[0] === '?') return 'pi';
  if (after[0] !== '!') return 'tag';
  for (const [prefix, kind] of [['!--', 'comment'], ['![CDATA[', 'cdata'], ['!DOCTYPE', 'doctype']] as const) {
    if (after === prefix) return kind;
    if (prefix.startsWith(after)) return 'undecided';
  }
  // `<!` followed by anything else: saxes reports it; pass it on as a tag-like construct.
  return 'tag';
}
