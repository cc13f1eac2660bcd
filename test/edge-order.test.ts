// The merge order of scored pairs: the radix path used for large lists must give exactly the
// comparator's order (best score first, ties by sentence indexes), or alignment would change
// with the number of pairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderEdges } from '../src/align/edge-order.js';

function byComparator(edges: number[], a: Int32Array, b: Int32Array, score: Float64Array) {
  return edges.slice().sort((x, y) => score[y]! - score[x]! || a[x]! - a[y]! || b[x]! - b[y]!);
}

/** Pairs with unique (a, b), many tied scores (exact 1s, a coarse grid) and some fine ones. */
function pairs(seed: number, count: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const a = new Int32Array(count);
  const b = new Int32Array(count);
  const score = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    a[i] = Math.floor(next() * 70_000) * 2;
    b[i] = i * 2 + 1; // unique per pair, and large enough to need both 16-bit digits
    const kind = next();
    score[i] = kind < 0.3 ? 1 : kind < 0.6 ? Math.round(next() * 20) / 20 : next();
  }
  return { a, b, score };
}

describe('orderEdges', () => {
  it('orders a large list exactly as the comparator does, ties included', () => {
    const count = 20_000;
    const { a, b, score } = pairs(7, count);
    // A subset in scrambled order, as alignment passes the pairs that became edges.
    const edges = Array.from({ length: count }, (_, i) => (i * 7919) % count).filter(
      (i) => i % 3 !== 0,
    );
    expect(orderEdges(edges, a, b, score)).toEqual(byComparator(edges, a, b, score));
  });

  it('orders small lists (comparator path) and lists of any size alike', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 9000 }),
        (seed, count) => {
          const { a, b, score } = pairs(seed, count);
          const edges = Array.from({ length: count }, (_, i) => count - 1 - i);
          expect(orderEdges(edges, a, b, score)).toEqual(byComparator(edges, a, b, score));
        },
      ),
      { numRuns: 20, seed: 20251030 },
    );
  });

  it('sorts 0 and the smallest scores below larger ones, and leaves its inputs alone', () => {
    const count = 5000;
    const a = Int32Array.from({ length: count }, (_, i) => i);
    const b = Int32Array.from({ length: count }, (_, i) => i + 1);
    const score = Float64Array.from({ length: count }, (_, i) =>
      i % 3 === 0 ? 0 : i % 3 === 1 ? Number.MIN_VALUE : 0.5,
    );
    const edges = Array.from({ length: count }, (_, i) => i);
    const before = edges.slice();
    const ordered = orderEdges(edges, a, b, score);
    expect(edges).toEqual(before);
    expect(score[ordered[0]!]).toBe(0.5);
    expect(score[ordered[count - 1]!]).toBe(0);
    expect(ordered).toEqual(byComparator(edges, a, b, score));
  });
});
