import { fisherOneSided } from './fisher.js';
import { probGreater } from './prob-greater.js';

/** The two comparisons every test needs, memoised per analysis. */
export interface StatsCache {
  pValue(parFail: number, parN: number, serFail: number, serN: number): number;
  probParallelWorse(parFail: number, parN: number, serFail: number, serN: number): number;
}

/**
 * Most tests share a handful of (failures, runs) tables (all-pass above all), so with a cache
 * 20,000 tests cost a few dozen exact computations.
 */
export function createStatsCache(): StatsCache {
  const fisher = new Map<number | string, number>();
  const prob = new Map<number | string, number>();
  return {
    pValue: (pf, pn, sf, sn) => cached(fisher, tableKey(pf, pn, sf, sn), () => fisherOneSided(pf, pn, sf, sn)),
    probParallelWorse: (pf, pn, sf, sn) => cached(prob, tableKey(pf, pn, sf, sn), () => probGreater(pf, pn, sf, sn)),
  };
}

/** A number while every count is below 4096 (4 × 12 bits < 2^53), a string beyond. */
function tableKey(pf: number, pn: number, sf: number, sn: number): number | string {
  return pn < 4096 && sn < 4096 ? ((pf * 4096 + pn) * 4096 + sf) * 4096 + sn : `${pf}/${pn}/${sf}/${sn}`;
}

function cached(map: Map<number | string, number>, key: number | string, compute: () => number): number {
  let value = map.get(key);
  if (value === undefined) {
    value = compute();
    map.set(key, value);
  }
  return value;
}
