// Which articles of a cluster report the same event as each other: independent sources joined,
// directly or through others, by enough statements in common. An undated article borrows the
// cluster's date only from articles of its own group (see `clusterReferenceDates`): a date
// stated by an article about a sibling event (another earthquake, the rule's reversal a year
// later) must not date it.
import type { Alignment } from '../align/types.js';
import { compareIds } from '../input/validate-articles.js';
import { idUnionFind } from './id-union-find.js';

/**
 * Aligned statements two independent sources must have in common to count as reporting the
 * same event. On the ECB+ dev trials (bench/eval-real.ts, seed 12, full run: 1,638 pairs of
 * articles about one event, 1,008 pairs of an article and its sibling event's), pairs sharing
 * ≥ 2 statements: 44 % of same-event pairs, 13 % of sibling pairs; ≥ 3: 26 % and 4.3 %; ≥ 4:
 * 16 % and 2.2 %. 3 keeps sibling links rare while the seed story's articles stay one group
 * (8 of their 10 pairs share 3 to 8 statements; 001–004 share 2, 001–002 share 1).
 */
export const SAME_EVENT_STATEMENTS = 3;

/**
 * Groups with more independent sources than this count their statements only along the pairs
 * that joined them (a spanning tree), so that a sentence thousands of sources repeat costs
 * linear, not quadratic, time.
 */
export const MAX_SOURCES_PAIRED = 64;

/**
 * Statements each pair of independent sources has in common: aligned groups holding both.
 * Keys are `unitA\u0000unitB` with `unitA < unitB` (see {@link pairKey}).
 */
export function sharedStatements(
  alignment: Alignment,
  unitOf: (id: string) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    const key = pairKey(a, b);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const group of alignment.groups) {
    const units = [...new Set(group.members.map((member) => unitOf(member.articleId)))];
    if (units.length < 2) continue;
    if (units.length > MAX_SOURCES_PAIRED) {
      const seen = new Set<string>();
      for (const pair of group.pairs) {
        const a = unitOf(group.members[pair.a]!.articleId);
        const b = unitOf(group.members[pair.b]!.articleId);
        const key = pairKey(a, b);
        if (a === b || seen.has(key)) continue;
        seen.add(key);
        add(a, b);
      }
      continue;
    }
    for (let x = 0; x < units.length; x++)
      for (let y = x + 1; y < units.length; y++) add(units[x]!, units[y]!);
  }
  return counts;
}

/** The key of an unordered pair of units in {@link sharedStatements}. */
export function pairKey(a: string, b: string): string {
  return compareIds(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Same-event groups: each unit mapped to its group's name (the group's smallest unit id), two
 * units in one group when a chain of pairs each sharing at least {@link SAME_EVENT_STATEMENTS}
 * statements joins them. A unit that shares that much with nobody is a group of its own.
 * Order-free; near-linear (union–find over the pairs).
 */
export function sameEventGroups(
  units: readonly string[],
  shared: ReadonlyMap<string, number>,
): Map<string, string> {
  const known = new Set(units);
  // The smaller id is the root: the group's name does not depend on the order of pairs.
  const sets = idUnionFind();
  for (const [key, count] of shared) {
    if (count < SAME_EVENT_STATEMENTS) continue;
    const [a, b] = key.split('\u0000') as [string, string];
    if (!known.has(a) || !known.has(b)) continue;
    sets.union(a, b);
  }
  return new Map(units.map((unit) => [unit, sets.find(unit)]));
}
