// Copy detection kept up to date while a corpus grows and shrinks: who repeats each sentence word
// for word, the candidate article pairs that makes, and the copy pairs among them. A corpus can
// then say which articles copy each other with one more article (the one it scores) by looking
// at that article's pairs only, instead of redoing `verbatimSentencePairs` and
// `findCopyClusters` over the whole corpus. The clusters are exactly those `findCopyClusters`
// finds on the pairs `verbatimSentencePairs` gives plus the near-verbatim pairs passed in.
import { compareIds } from '../input/validate-articles.js';
import {
  type ArticlePairScore,
  isBoilerplateSentence,
  isCopyPair,
  MIN_VERBATIM_WORDS,
  NEAR_VERBATIM_SCORE,
  VERBATIM_NEIGHBOURS,
} from './copy-clusters.js';
import { idUnionFind } from './id-union-find.js';

/** What copy detection reads of one article, computed once per article. */
export interface CopyProfile {
  /** Its sentences that can show word-for-word copying, case and spacing folded (see `verbatimKey`). */
  keys: ReadonlySet<string>;
  /** Its sentences that count towards the copied share: all but boilerplate (see `storySentenceCount`). */
  storyCount: number;
}

/**
 * The copy profile of an article's sentences: the same keys as `verbatimKey` and the same count
 * as `storySentenceCount`, with one boilerplate test per sentence.
 */
export function copyProfile(sentences: readonly { text: string }[]): CopyProfile {
  const keys = new Set<string>();
  let story = 0;
  for (const sentence of sentences) {
    if (isBoilerplateSentence(sentence.text)) continue;
    story++;
    const folded = sentence.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (folded.split(' ').length >= MIN_VERBATIM_WORDS) keys.add(folded);
  }
  return { keys, storyCount: story === 0 ? sentences.length : story };
}

/** An article joining the set, with its profile. */
export interface CopyMember extends CopyProfile {
  id: string;
}

/**
 * A change of the set of articles: who leaves, who joins (an id may do both: one article
 * replaced by another under the same id), and near-verbatim sentence pairs the joining articles
 * make with the others (`a` is the joining article; pairs below {@link NEAR_VERBATIM_SCORE}
 * are ignored).
 */
export interface CopyChange {
  remove?: readonly string[];
  add?: readonly CopyMember[];
  near?: readonly ArticlePairScore[];
}

interface Pair {
  a: string;
  b: string;
}

interface Plan {
  removed: ReadonlySet<string>;
  added: ReadonlyMap<string, CopyMember>;
  /** The new sharer list of every sentence key the change touches. */
  lists: Map<string, string[]>;
  /** Change in how many sharer lists hold each pair within `VERBATIM_NEIGHBOURS` of each other. */
  delta: Map<string, Pair & { change: number }>;
}

/**
 * The copy pairs of a changing set of articles (the members). Word-for-word repeats follow
 * `verbatimSentencePairs`: the members that share a sentence, in id order, each paired with its
 * next {@link VERBATIM_NEIGHBOURS}; a candidate pair then counts every sentence the two share.
 * Near-verbatim pairs are stored for every article ever given (members or not) and count once
 * both articles are members. A pair is a copy pair by `isCopyPair`, as in `findCopyClusters`.
 *
 * A change costs O(the changed articles' sentences × (log of the sharer lists they join + the
 * neighbours)), whatever the size of the set.
 */
export class CopyIndex {
  readonly #members = new Map<string, CopyProfile>();
  /** Sentence key → the members that carry it, in id order. */
  readonly #sharers = new Map<string, string[]>();
  /** Pair → how many sharer lists hold the two within `VERBATIM_NEIGHBOURS` of each other. */
  readonly #candidates = new Map<string, number>();
  /** Article → other article → near-verbatim sentence pairs between them (any article). */
  readonly #near = new Map<string, Map<string, number>>();
  /** The members' copy pairs. */
  readonly #copies = new Map<string, Pair>();

  /** Applies a change: the members and copy pairs are those of the new set. */
  update(change: CopyChange): void {
    for (const pair of change.near ?? []) this.#addNear(pair, +1);
    const plan = this.#plan(change);
    for (const [key, list] of plan.lists) {
      if (list.length === 0) this.#sharers.delete(key);
      else this.#sharers.set(key, list);
    }
    const flipped: Pair[] = [];
    for (const [key, pair] of plan.delta) {
      if (pair.change === 0) continue;
      const before = this.#candidates.get(key) ?? 0;
      const after = before + pair.change;
      if (after === 0) this.#candidates.delete(key);
      else this.#candidates.set(key, after);
      if (before > 0 !== after > 0) flipped.push(pair);
    }
    for (const id of plan.removed) this.#members.delete(id);
    for (const [key, pair] of this.#copies)
      if (plan.removed.has(pair.a) || plan.removed.has(pair.b)) this.#copies.delete(key);
    for (const member of plan.added.values()) {
      this.#members.set(member.id, { keys: member.keys, storyCount: member.storyCount });
    }
    const profile = (id: string) => this.#members.get(id);
    for (const pair of this.#changedPairs(plan, flipped, profile, change.near)) {
      const key = pairKey(pair.a, pair.b);
      const copy = this.#isCopy(pair, this.#candidates.get(key) ?? 0, this.#storedNear(pair));
      if (copy) this.#copies.set(key, pair);
      else this.#copies.delete(key);
    }
  }

  /** Forgets an article's near-verbatim pairs (after it left the corpus). */
  forget(id: string): void {
    const others = this.#near.get(id);
    if (!others) return;
    this.#near.delete(id);
    for (const other of others.keys()) this.#near.get(other)?.delete(id);
  }

  /**
   * The copy clusters the members would form after `change`, without applying it: each
   * cluster's ids sorted, clusters in order of their first id (as `findCopyClusters` lists them).
   */
  clustersWith(change: CopyChange): string[][] {
    const plan = this.#plan(change);
    const extra = new Map<string, number>();
    for (const pair of change.near ?? []) {
      if (pair.score < NEAR_VERBATIM_SCORE || pair.a === pair.b) continue;
      const key =
        compareIds(pair.a, pair.b) < 0 ? pairKey(pair.a, pair.b) : pairKey(pair.b, pair.a);
      extra.set(key, (extra.get(key) ?? 0) + 1);
    }
    const candidates = (key: string) =>
      (this.#candidates.get(key) ?? 0) + (plan.delta.get(key)?.change ?? 0);
    const flipped: Pair[] = [];
    for (const [key, pair] of plan.delta) {
      const before = this.#candidates.get(key) ?? 0;
      if (before > 0 !== before + pair.change > 0) flipped.push(pair);
    }
    const profile = (id: string): CopyProfile | undefined =>
      plan.added.get(id) ?? (plan.removed.has(id) ? undefined : this.#members.get(id));
    const decided = new Map<string, boolean>();
    const edges: Pair[] = [];
    for (const pair of this.#changedPairs(plan, flipped, profile, change.near)) {
      const key = pairKey(pair.a, pair.b);
      const near = this.#storedNear(pair) + (extra.get(key) ?? 0);
      const copy = this.#isCopy(pair, candidates(key), near, profile);
      decided.set(key, copy);
      if (copy) edges.push(pair);
    }
    for (const [key, pair] of this.#copies) {
      if (decided.has(key) || plan.removed.has(pair.a) || plan.removed.has(pair.b)) continue;
      edges.push(pair);
    }
    return components(edges);
  }

  /** The members' copy clusters (see {@link CopyIndex.clustersWith}). */
  clusters(): string[][] {
    return components([...this.#copies.values()]);
  }

  #addNear(pair: ArticlePairScore, sign: 1 | -1): void {
    if (pair.score < NEAR_VERBATIM_SCORE || pair.a === pair.b) return;
    for (const [from, to] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      let others = this.#near.get(from);
      if (!others) {
        others = new Map();
        this.#near.set(from, others);
      }
      others.set(to, (others.get(to) ?? 0) + sign);
    }
  }

  #storedNear(pair: Pair): number {
    return this.#near.get(pair.a)?.get(pair.b) ?? 0;
  }

  /** The sharer lists and neighbour counts after `change`. */
  #plan(change: CopyChange): Plan {
    const removed = new Set(change.remove ?? []);
    const added = new Map((change.add ?? []).map((member) => [member.id, member]));
    const touched = new Set<string>();
    for (const id of removed) for (const key of this.#members.get(id)?.keys ?? []) touched.add(key);
    for (const member of added.values()) for (const key of member.keys) touched.add(key);
    const lists = new Map<string, string[]>();
    const delta: Plan['delta'] = new Map();
    for (const key of touched) {
      const old = this.#sharers.get(key) ?? [];
      const next = removed.size > 0 ? old.filter((id) => !removed.has(id)) : [...old];
      for (const member of added.values()) {
        if (!member.keys.has(key)) continue;
        next.splice(sortedPosition(next, member.id), 0, member.id);
      }
      lists.set(key, next);
      neighbourDelta(old, next, delta);
    }
    return { removed, added, lists, delta };
  }

  /**
   * The pairs whose copy verdict may differ after a change: those whose candidacy flipped,
   * and every pair of a joining article (its neighbours in the sharer lists and its
   * near-verbatim partners), among the members after the change.
   */
  *#changedPairs(
    plan: Plan,
    flipped: readonly Pair[],
    profile: (id: string) => CopyProfile | undefined,
    extraNear: readonly ArticlePairScore[] = [],
  ): Generator<Pair> {
    const seen = new Set<string>();
    const fresh = (a: string, b: string): Pair | null => {
      if (a === b || profile(a) === undefined || profile(b) === undefined) return null;
      const [low, high] = compareIds(a, b) < 0 ? [a, b] : [b, a];
      const key = pairKey(low, high);
      if (seen.has(key)) return null;
      seen.add(key);
      return { a: low, b: high };
    };
    for (const pair of flipped) {
      const next = fresh(pair.a, pair.b);
      if (next) yield next;
    }
    for (const member of plan.added.values()) {
      for (const key of member.keys) {
        const list = plan.lists.get(key)!;
        const at = sortedPosition(list, member.id);
        const from = Math.max(0, at - VERBATIM_NEIGHBOURS);
        const to = Math.min(list.length - 1, at + VERBATIM_NEIGHBOURS);
        for (let index = from; index <= to; index++) {
          const next = fresh(member.id, list[index]!);
          if (next) yield next;
        }
      }
      for (const other of this.#near.get(member.id)?.keys() ?? []) {
        const next = fresh(member.id, other);
        if (next) yield next;
      }
    }
    for (const pair of extraNear) {
      const next = fresh(pair.a, pair.b);
      if (next) yield next;
    }
  }

  #isCopy(
    pair: Pair,
    candidates: number,
    near: number,
    profile: (id: string) => CopyProfile | undefined = (id) => this.#members.get(id),
  ): boolean {
    const a = profile(pair.a)!;
    const b = profile(pair.b)!;
    const count = near + (candidates > 0 ? sharedKeys(a.keys, b.keys) : 0);
    const shorter = Math.min(a.storyCount, b.storyCount);
    if (count === 0 || shorter === 0) return false;
    return isCopyPair(Math.min(1, count / shorter), count, shorter);
  }
}

// An unambiguous key for an ordered pair of ids (an id may hold any character).
function pairKey(a: string, b: string): string {
  return `${a.length}:${a}${b}`;
}

function sharedKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const key of small) if (large.has(key)) count++;
  return count;
}

/** Where `id` is, or would go, in a list sorted by `compareIds` (binary search). */
function sortedPosition(list: readonly string[], id: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareIds(list[middle]!, id) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Adds to `delta` the change in neighbour pairs (two ids at most `VERBATIM_NEIGHBOURS` apart)
 * from `old` to `next`. Pairs inside the common prefix or the common suffix of the two lists
 * are the same in both, so only the pairs reaching into the changed middle are counted.
 */
function neighbourDelta(old: readonly string[], next: readonly string[], delta: Plan['delta']) {
  const shortest = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix < shortest && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    old[old.length - 1 - suffix] === next[next.length - 1 - suffix]
  )
    suffix++;
  countNeighbours(old, prefix, old.length - suffix, -1, delta);
  countNeighbours(next, prefix, next.length - suffix, +1, delta);
}

/** Counts the neighbour pairs (i < j) of `list` with j ≥ `from` and i < `to`. */
function countNeighbours(
  list: readonly string[],
  from: number,
  to: number,
  sign: 1 | -1,
  delta: Plan['delta'],
): void {
  for (let i = Math.max(0, from - VERBATIM_NEIGHBOURS); i < to; i++) {
    const last = Math.min(list.length - 1, i + VERBATIM_NEIGHBOURS);
    for (let j = Math.max(i + 1, from); j <= last; j++) {
      const a = list[i]!;
      const b = list[j]!;
      const key = pairKey(a, b);
      const entry = delta.get(key);
      if (entry) entry.change += sign;
      else delta.set(key, { a, b, change: sign });
    }
  }
}

/** Connected components of the copy pairs, as `findCopyClusters` orders them. */
function components(edges: readonly Pair[]): string[][] {
  const sets = idUnionFind();
  for (const { a, b } of edges) sets.union(a, b);
  const groups = new Map<string, string[]>();
  for (const id of sets.ids()) {
    const root = sets.find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()]
    .map((ids) => ids.sort(compareIds))
    .sort((x, y) => compareIds(x[0]!, y[0]!));
}
