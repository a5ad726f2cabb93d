// Types of scripts/eval/projects.mjs (the unit tests import it from TypeScript).
export type Side = 'tune' | 'holdout';
export declare const ECOSYSTEM: Readonly<Record<string, string>>;
export declare const SPLITS: readonly Side[];
export declare class UsageError extends Error {}
export interface CausesOptions {
  iterations: number;
  only: string[];
  json: string | null;
  from: string | null;
  reanalyse: boolean;
  root: string | null;
  split: Side | null;
}
export declare function parseCausesArgs(argv: readonly string[]): CausesOptions;
export declare function frameworkOf(dirName: string, expected: { framework?: unknown } | undefined): string;
export declare function assignSides(projects: ReadonlyArray<{ id: string; ecosystem: string }>, kept?: Readonly<Record<string, string>>): Record<string, Side>;
export declare function installArgv(files: readonly string[]): string[] | null;
