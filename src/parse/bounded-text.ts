// Text collected from a report is untrusted and unbounded (a test can print gigabytes to
// system-out), so every buffer keeps only its first `cap` characters and counts the rest.

/** Appends text up to a cap; `toString` notes how much was dropped. */
export interface BoundedText {
  append(text: string): void;
  toString(): string;
}

/** Cut `text` to at most `cap` UTF-16 units without splitting a surrogate pair. */
export function cutAt(text: string, cap: number): string {
  if (text.length <= cap) return text;
  const code = text.charCodeAt(cap - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? cap - 1 : cap;
  return text.slice(0, end);
}

/** The note appended where text was cut, so readers know the excerpt is partial. */
export function truncationNote(dropped: number): string {
  return `\n… [truncated: ${dropped} more characters]`;
}

/** Keep the start of `text` (at most `cap` characters) and say how much was cut. */
export function capText(text: string, cap: number): string {
  if (text.length <= cap) return text;
  const kept = cutAt(text, cap);
  return kept + truncationNote(text.length - kept.length);
}

export function createBoundedText(cap: number): BoundedText {
  const parts: string[] = [];
  let kept = 0;
  let total = 0;
  return {
    append(text: string): void {
      total += text.length;
      if (kept >= cap || text.length === 0) return;
      const piece = cutAt(text, cap - kept);
      parts.push(piece);
      kept += piece.length;
    },
    toString(): string {
      const text = parts.join('');
      return total > kept ? text + truncationNote(total - kept) : text;
    },
  };
}
