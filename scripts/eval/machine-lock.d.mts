// Types of scripts/eval/machine-lock.mjs (the unit tests import it from TypeScript).
export declare const MACHINE_LOCK: string;
export declare function isAlive(pid: number): boolean;
export declare function ticketName(now: number, pid: number | string, n: number): string;
export declare function withMachineLock<T>(fn: () => T, options?: { path?: string; onWait?: (holder: string | null) => void; pollMs?: number }): T;
