// Reading the quarantine file (I/O edge). parseConfig decided whether there is one (a named file
// must exist; the default .flakegate.yml is optional), so any read failure here is an error.
import { readFile } from 'node:fs/promises';
import { parseQuarantine, QuarantineError, type QuarantineEntry } from './parse.js';

/** A quarantine file is a short list; anything bigger is a mistake. */
const MAX_FILE_BYTES = 1_000_000;

export async function loadQuarantine(path: string): Promise<QuarantineEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new QuarantineError(`quarantine file '${path}' cannot be read (${code ?? String(error)})`);
  }
  if (text.length > MAX_FILE_BYTES) throw new QuarantineError(`quarantine file '${path}' is larger than ${MAX_FILE_BYTES} bytes`);
  return parseQuarantine(text, path);
}
