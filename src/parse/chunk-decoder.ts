import { TextDecoder } from 'node:util';

// Turns the bytes of a report into text saxes accepts. Reporters write things XML 1.0 forbids
// (node:test writes raw ESC 0x1B, crashed processes leave NULs, some tools mix encodings), and
// saxes rejects the whole document at the first one, so they are replaced by U+FFFD here,
// before saxes sees them, and chunk boundaries must not split a character.

/** Decodes chunks of a stream to sanitised text; keeps partial characters between calls. */
export interface ChunkDecoder {
  decode(chunk: string | Uint8Array): string;
  /** Whatever is still held back (an incomplete character becomes U+FFFD). */
  flush(): string;
}

// XML 1.0 Char production: everything except these (lone surrogates are handled by the
// pair-aware alternatives so a valid astral character is never touched).
const ILLEGAL_XML10 =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replace every character XML 1.0 forbids by U+FFFD. */
// No lookaround: a quick scan that rules out the (usual) chunk with nothing to replace.
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function replaceIllegalXmlChars(text: string): string {
  if (!MAYBE_ILLEGAL.test(text)) return text;
  return text.replace(ILLEGAL_XML10, '\uFFFD');
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

// Only a byte-order mark can tell UTF-16 apart reliably; everything else is read as UTF-8 with
// replacement (the `encoding` of an XML declaration is not trusted: reporters get it wrong).
function sniff(first: Uint8Array): Encoding {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

export function createChunkDecoder(): ChunkDecoder {
  let decoder: TextDecoder | null = null;
  let head = new Uint8Array(0); // bytes held until there are enough to sniff a BOM
  let heldSurrogate = ''; // a high surrogate waiting for its low half
  let atStart = true;

  function sanitise(text: string): string {
    let joined = heldSurrogate + text;
    heldSurrogate = '';
    if (atStart && joined.length > 0) {
      // TextDecoder drops a byte BOM itself; this covers text handed in as strings.
      if (joined.charCodeAt(0) === 0xfeff) joined = joined.slice(1);
      atStart = joined.length === 0;
    }
    const last = joined.charCodeAt(joined.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      heldSurrogate = joined.slice(-1);
      joined = joined.slice(0, -1);
    }
    return replaceIllegalXmlChars(joined);
  }

  function decodeBytes(bytes: Uint8Array, final: boolean): string {
    if (decoder === null) {
      const joined = new Uint8Array(head.length + bytes.length);
      joined.set(head);
      joined.set(bytes, head.length);
      if (joined.length < 2 && !final) {
        head = joined;
        return '';
      }
      head = new Uint8Array(0);
      decoder = new TextDecoder(sniff(joined), { fatal: false });
      return decoder.decode(joined, { stream: !final });
    }
    return decoder.decode(bytes, { stream: !final });
  }

  return {
    decode(chunk: string | Uint8Array): string {
      if (typeof chunk === 'string') {
        // Bytes still pending before a string chunk cannot complete any more: flush them.
        const pending = decoder === null && head.length === 0 ? '' : decodeBytes(new Uint8Array(0), true);
        decoder = null;
        return sanitise(pending + chunk);
      }
      return sanitise(decodeBytes(chunk, false));
    },
    flush(): string {
      const rest = decoder === null && head.length === 0 ? '' : decodeBytes(new Uint8Array(0), true);
      const text = sanitise(rest) + replaceIllegalXmlChars(heldSurrogate);
      heldSurrogate = '';
      return text;
    },
  };
}
