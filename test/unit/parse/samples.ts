// Where the parse-stage sample reports live (copied into the repo: see samples/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLES_DIR = fileURLToPath(new URL('./samples/', import.meta.url));

/** Paths relative to SAMPLES_DIR of every sample report, sorted. */
export function sampleNames(): string[] {
  return readdirSync(SAMPLES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.xml'))
    .map((name) => name.replace(/\\/g, '/'))
    .sort();
}

export function samplePath(name: string): string {
  return SAMPLES_DIR + name;
}

export function sampleBytes(name: string): Buffer {
  return readFileSync(samplePath(name));
}
