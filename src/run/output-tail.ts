/** Characters of combined output a run keeps: the end of a log is where runners report crashes. */
export const OUTPUT_TAIL_CHARS = 64 * 1024;

/** The last `limit` characters of a stream of text, in memory bounded by about twice `limit`. */
export interface OutputTail {
  push(text: string): void;
  text(): string;
  /** Characters seen in total, kept or not. */
  readonly seen: number;
}

export function createOutputTail(limit: number = OUTPUT_TAIL_CHARS): OutputTail {
  // Chunks, not one growing string: a test command may write gigabytes, and re-slicing one
  // string per chunk would copy the whole tail every time.
  const chunks: string[] = [];
  let kept = 0;
  let seen = 0;
  return {
    push(text: string): void {
      if (text.length === 0) return;
      seen += text.length;
      const chunk = text.length > limit ? text.slice(-limit) : text;
      chunks.push(chunk);
      kept += chunk.length;
      for (let head = chunks[0]; head !== undefined && kept - head.length >= limit; head = chunks[0]) {
        chunks.shift();
        kept -= head.length;
      }
    },
    text(): string {
      const joined = chunks.join('');
      let tail = joined.length > limit ? joined.slice(-limit) : joined;
      // Cutting may split a surrogate pair; drop the orphaned low half rather than emit U+FFFD.
      const first = tail.charCodeAt(0);
      if (first >= 0xdc00 && first <= 0xdfff) tail = tail.slice(1);
      return tail;
    },
    get seen(): number {
      return seen;
    },
  };
}
