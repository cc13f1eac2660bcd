// The order in which scored sentence pairs are merged into groups: best score first, ties by
// sentence indexes. Hundreds of thousands of pairs at corpus scale, so large lists are sorted
// by radix on the keys' bits instead of by a comparator (an order of magnitude fewer steps);
// both give exactly the same order.

/** Below this many pairs, a comparator sort is cheaper than the radix passes' fixed cost. */
const RADIX_MIN_LENGTH = 4096;
const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;

/**
 * The indexes in `edges` ordered by `score` descending, then `a` ascending, then `b` ascending
 * (a total order when each (a, b) pair occurs once). Scores must be finite and non-negative
 * (fact scores are in [0, 1]); sentence indexes non-negative. Does not modify its inputs.
 */
export function orderEdges(
  edges: readonly number[],
  a: Int32Array,
  b: Int32Array,
  score: Float64Array,
): number[] {
  if (edges.length < RADIX_MIN_LENGTH) {
    return edges.slice().sort((x, y) => score[y]! - score[x]! || a[x]! - a[y]! || b[x]! - b[y]!);
  }
  const count = edges.length;
  // Non-negative doubles order as their bit patterns do; the high word is the significant one.
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i++) scores[i] = score[edges[i]!]!;
  const words = new Uint32Array(scores.buffer);
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const low = littleEndian ? 0 : 1;
  const high = 1 - low;
  // Each key's 16-bit digits, least significant key first: b, a, then the score descending
  // (complemented digits). Each pass is stable, so earlier keys break later ties.
  const digits: Uint16Array[] = [];
  const addKey = (read: (i: number) => number, descending: boolean) => {
    const lowDigits = new Uint16Array(count);
    const highDigits = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      const value = read(i);
      lowDigits[i] = descending ? DIGIT_MASK - (value & DIGIT_MASK) : value & DIGIT_MASK;
      highDigits[i] = descending ? DIGIT_MASK - (value >>> DIGIT_BITS) : value >>> DIGIT_BITS;
    }
    digits.push(lowDigits, highDigits);
  };
  addKey((i) => b[edges[i]!]!, false);
  addKey((i) => a[edges[i]!]!, false);
  addKey((i) => words[2 * i + low]!, true);
  addKey((i) => words[2 * i + high]!, true);
  let order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let spare = new Int32Array(count);
  const histogram = new Int32Array(BUCKETS);
  for (const digit of digits) {
    histogram.fill(0);
    for (let i = 0; i < count; i++) histogram[digit[i]!]!++;
    let total = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const size = histogram[d]!;
      histogram[d] = total;
      total += size;
    }
    for (let i = 0; i < count; i++) {
      const position = order[i]!;
      spare[histogram[digit[position]!]!++] = position;
    }
    [order, spare] = [spare, order];
  }
  const sorted = new Array<number>(count);
  for (let i = 0; i < count; i++) sorted[i] = edges[order[i]!]!;
  return sorted;
}
