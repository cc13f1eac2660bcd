// Disjoint sets of article (or source) ids whose names do not depend on the order the joins
// arrive in: copy clusters, the corpus's copy index and same-event groups all use it.
import { compareIds } from '../input/validate-articles.js';

/** Disjoint sets of article ids, each set's root its smallest id (by `compareIds`). */
export interface IdUnionFind {
  /** The root of `id`'s set (adding `id` as a set of its own the first time). */
  find(id: string): string;
  /** Joins the sets of `a` and `b` under the smaller root. */
  union(a: string, b: string): void;
  /** Every id seen, in the order first seen. */
  ids(): IterableIterator<string>;
}

/**
 * Union–find over article ids with path compression, whose roots are the smallest id of each
 * set, so the clusters it gives do not depend on the order the pairs arrive in.
 */
export function idUnionFind(): IdUnionFind {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression: every article on the way now points at the root.
    let node = id;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    parent.set(root, root);
    return root;
  };
  return {
    find,
    union(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) return;
      if (compareIds(ra, rb) < 0) parent.set(rb, ra);
      else parent.set(ra, rb);
    },
    ids: () => parent.keys(),
  };
}
