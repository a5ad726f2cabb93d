import { blockLogE, expectedBlockLogE } from './e-value.js';

/** Failures among n observations. */
export interface Counts {
  readonly failed: number;
  readonly n: number;
}

export interface EProcessInput {
  /** Serial observations in the order they were made: true = failed. */
  readonly serial: readonly boolean[];
  readonly parallel: readonly boolean[];
  /** Block design: observations of each arm per block (fixed, so blocks never depend on outcomes). */
  readonly serialPerBlock: number;
  readonly parallelPerBlock: number;
  /** Pseudo-observations the alternative starts from (anything known before the first block). */
  readonly prior: { readonly serial: Counts; readonly parallel: Counts };
  /** ln of the rejection threshold (e.g. ln(K / alpha)). */
  readonly logThreshold: number;
}

export interface EProcess {
  /** Complete blocks. */
  readonly blocks: number;
  /** ln e after the last complete block. */
  readonly logE: number;
  /** The running maximum of ln e over blocks 0..blocks (0 before any block). */
  readonly maxLogE: number;
  /** First block (1-based) at which ln e reached the threshold; null if it never did. */
  readonly crossedAt: number | null;
  /** ln e after each block (index j = after block j + 1). */
  readonly path: readonly number[];
  /** The alternative the next block bets on: the learned serial and parallel rates. */
  readonly next: { readonly a: number; readonly b: number };
}

/**
 * A test martingale for "parallel fails more often than serial", block by block: block j takes the
 * next `serialPerBlock` serial and `parallelPerBlock` parallel observations, and bets with
 * `blockLogE` on the rates learned from the prior and blocks 1..j-1 (Krichevsky-Trofimov estimates,
 * (failures + ½) / (n + 1), never 0 or 1). The alternative is therefore fixed before the block's
 * observations exist, so under the null each block's e-value has conditional expectation <= 1
 * and the running product is a nonnegative supermartingale: by Ville's inequality (1939)
 * P(sup ln e >= ln(1/α)) <= α, whenever and however sampling stops. Observations are used in the
 * order made and never dropped, so no outcome can choose which observations count.
 */
export function eProcess(input: EProcessInput): EProcess {
  const { serial, parallel, serialPerBlock: sn, parallelPerBlock: pn, prior, logThreshold } = input;
  const blocks = Math.min(Math.floor(serial.length / sn), Math.floor(parallel.length / pn));
  let sf = prior.serial.failed;
  let sN = prior.serial.n;
  let pf = prior.parallel.failed;
  let pN = prior.parallel.n;
  let logE = 0;
  let maxLogE = 0;
  let crossedAt: number | null = null;
  const path: number[] = [];
  for (let j = 0; j < blocks; j++) {
    const a = (sf + 0.5) / (sN + 1);
    const b = (pf + 0.5) / (pN + 1);
    const bsf = count(serial, j * sn, sn);
    const bpf = count(parallel, j * pn, pn);
    logE += blockLogE(bsf, sn, bpf, pn, a, b);
    path.push(logE);
    if (logE > maxLogE) maxLogE = logE;
    if (crossedAt === null && logE >= logThreshold) crossedAt = j + 1;
    sf += bsf;
    sN += sn;
    pf += bpf;
    pN += pn;
  }
  return { blocks, logE, maxLogE, crossedAt, path, next: { a: (sf + 0.5) / (sN + 1), b: (pf + 0.5) / (pN + 1) } };
}

/**
 * Blocks still needed, if the rates stay at the learned ones, for ln e to climb from `logE` to
 * `logThreshold` at the expected growth per block; null when it does not grow (the data do not
 * lean parallel) or would need more than `cap` blocks.
 */
export function blocksToThreshold(process: EProcess, logThreshold: number, serialPerBlock: number, parallelPerBlock: number, cap: number): number | null {
  const need = logThreshold - process.logE;
  if (need <= 0) return 0;
  const growth = expectedBlockLogE(process.next.a, process.next.b, serialPerBlock, parallelPerBlock);
  if (growth <= 0) return null;
  const blocks = Math.ceil(need / growth);
  return blocks <= cap ? blocks : null;
}

function count(outcomes: readonly boolean[], from: number, n: number): number {
  let k = 0;
  for (let i = from; i < from + n; i++) if (outcomes[i] === true) k++;
  return k;
}
