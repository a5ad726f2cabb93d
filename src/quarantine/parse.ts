// The quarantine file (.flakegate.yml): known tests with a reason, an owner or issue, and an
// optional expiry. Pure: text in, entries or a QuarantineError naming file, entry and field out.
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../config.js';

export class QuarantineError extends ConfigError {
  // Shown and handled exactly like a configuration error (exit 2).
}

/** One validated entry. `test` is an exact test id or a glob where `*` matches any run of characters. */
export interface QuarantineEntry {
  readonly test: string;
  readonly reason: string;
  readonly owner?: string;
  readonly issue?: string;
  /** YYYY-MM-DD; the entry holds through that day (UTC). */
  readonly expires?: string;
}

const FIELDS = ['test', 'reason', 'owner', 'issue', 'expires'] as const;
/** Bounds so a hostile or accidental huge file cannot blow up matching or the report. */
export const MAX_ENTRIES = 1000;
const MAX_FIELD_CHARS = 500;

/**
 * Accepts `quarantine: [ {test, reason, owner|issue, expires?}, ... ]` (an empty file or an empty
 * list is fine). Everything else is an error naming the file, the entry (1-based) and the field.
 */
export function parseQuarantine(text: string, file: string): QuarantineEntry[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    throw new QuarantineError(`${file}: not valid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return [];
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new QuarantineError(`${file}: expected a mapping with a 'quarantine' list at the top level`);
  const unknownTop = Object.keys(doc).filter((k) => k !== 'quarantine');
  if (unknownTop.length > 0) throw new QuarantineError(`${file}: unknown top-level key '${unknownTop[0]}'; allowed: quarantine`);
  const list = (doc as { quarantine?: unknown }).quarantine;
  if (list === null || list === undefined) return [];
  if (!Array.isArray(list)) throw new QuarantineError(`${file}: 'quarantine' must be a list of entries, got ${typeof list}`);
  if (list.length > MAX_ENTRIES) throw new QuarantineError(`${file}: ${list.length} entries; at most ${MAX_ENTRIES} are allowed`);
  const seen = new Set<string>();
  return list.map((raw, index) => {
    const entry = parseEntry(raw, `${file}: entry ${index + 1}`);
    if (seen.has(entry.test)) throw new QuarantineError(`${file}: entry ${index + 1}: test '${entry.test}' is listed twice`);
    seen.add(entry.test);
    return entry;
  });
}

function parseEntry(raw: unknown, where: string): QuarantineEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new QuarantineError(`${where}: expected a mapping with test, reason and owner or issue`);
  const record = raw as Record<string, unknown>;
  const unknown = Object.keys(record).find((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown !== undefined) throw new QuarantineError(`${where}: unknown field '${unknown}'; allowed: ${FIELDS.join(', ')}`);
  const field = (key: (typeof FIELDS)[number], required: boolean): string | undefined => {
    const value = record[key];
    if (value === undefined || value === null) {
      if (required) throw new QuarantineError(`${where}: field '${key}' is required`);
      return undefined;
    }
    // YAML reads an unquoted 2026-01-31 as a Date (yaml 2 with the core schema keeps it a string; both are fine).
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' || typeof value === 'number' ? String(value).trim() : null;
    if (text === null) throw new QuarantineError(`${where}: field '${key}' must be text, got ${Array.isArray(value) ? 'a list' : typeof value}`);
    if (text === '' && required) throw new QuarantineError(`${where}: field '${key}' is empty`);
    if (text.length > MAX_FIELD_CHARS) throw new QuarantineError(`${where}: field '${key}' is longer than ${MAX_FIELD_CHARS} characters`);
    return text === '' ? undefined : text;
  };
  const test = field('test', true) as string;
  const reason = field('reason', true) as string;
  const owner = field('owner', false);
  const issue = field('issue', false);
  if (owner === undefined && issue === undefined) throw new QuarantineError(`${where} ('${test}'): needs 'owner' or 'issue' so someone is accountable for the quarantine`);
  const expires = field('expires', false);
  if (expires !== undefined && !isIsoDate(expires)) throw new QuarantineError(`${where} ('${test}'): field 'expires' is '${expires}'; use a date YYYY-MM-DD`);
  return { test, reason, ...(owner === undefined ? {} : { owner }), ...(issue === undefined ? {} : { issue }), ...(expires === undefined ? {} : { expires }) };
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
