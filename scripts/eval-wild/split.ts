// The tune/holdout split: deterministic, one repository's cases on one side, balanced per ecosystem.
// A split once written is kept (the explain stage may already have been tuned on it); only cases of
// repositories without a side are assigned, in the order of a hash of the repository name.
import { createHash } from 'node:crypto';
import { ecosystemOf, type Ecosystem, type Split, type WildCase } from './cases.js';

export const repoHash = (repo: string): string => createHash('sha256').update(repo.toLowerCase()).digest('hex');

/** Returns every case with its side: kept where the case (or another case of its repository) has one. */
export function assignSplits<T extends Pick<WildCase, 'repo' | 'framework'> & { split?: Split | undefined }>(cases: readonly T[]): Array<T & { split: Split }> {
  const side = new Map<string, Split>();
  for (const c of cases) if (c.split !== undefined) side.set(c.repo, c.split);
  const counts = new Map<Ecosystem, Record<Split, number>>();
  const count = (e: Ecosystem) => counts.get(e) ?? counts.set(e, { tune: 0, holdout: 0 }).get(e)!;
  for (const c of cases) {
    const s = side.get(c.repo);
    if (s !== undefined) count(ecosystemOf(c))[s] += 1;
  }
  const pending = new Map<string, T[]>();
  for (const c of cases) if (!side.has(c.repo)) pending.set(c.repo, [...(pending.get(c.repo) ?? []), c]);
  const order = [...pending.keys()].sort((a, b) => repoHash(a).localeCompare(repoHash(b)) || a.localeCompare(b));
  for (const repo of order) {
    const mine = pending.get(repo)!;
    // A repository's cases count for the ecosystem of its first case (repositories rarely mix).
    const c = count(ecosystemOf(mine[0]!));
    const tieBreak: Split = parseInt(repoHash(repo).slice(0, 2), 16) % 2 === 0 ? 'tune' : 'holdout';
    const s: Split = c.tune < c.holdout ? 'tune' : c.holdout < c.tune ? 'holdout' : tieBreak;
    c[s] += mine.length;
    side.set(repo, s);
  }
  return cases.map((c) => ({ ...c, split: side.get(c.repo)! }));
}
