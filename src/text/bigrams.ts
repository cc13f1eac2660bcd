// Sørensen–Dice coefficient over character bigrams, computed from profiles built once per
// string so an aligner comparing one sentence with many others never re-scans its text.
// Matches string-similarity's compareTwoStrings exactly (whitespace removed, UTF-16 code
// units, multiset intersection), which test/dice.test.ts proves property-by-property.

/** Every run of whitespace, as string-similarity strips it (JavaScript `\s`). */
const WHITESPACE = /\s+/g;

/**
 * The character-bigram multiset of one string, precomputed for repeated Dice comparisons.
 * A cache, not a result: build it with {@link bigramProfile}, compare with {@link diceCoefficient}.
 */
export interface BigramProfile {
  /** Length of the string after whitespace removal, in UTF-16 code units. */
  length: number;
  /** Bigram codes (`first << 16 | second` code unit), sorted ascending; `length - 1` entries. */
  codes: Int32Array;
  /**
   * The whitespace-free string itself when it is shorter than 2 code units (it has no
   * bigrams, so equality is all Dice can say about it); empty otherwise.
   */
  short: string;
}

/** Builds the bigram profile of `text` (whitespace removed, case kept). */
export function bigramProfile(text: string): BigramProfile {
  const compact = text.replace(WHITESPACE, '');
  const length = compact.length;
  if (length < 2) return { length, codes: new Int32Array(0), short: compact };
  const codes = new Int32Array(length - 1);
  let previous = compact.charCodeAt(0);
  for (let index = 1; index < length; index++) {
    const current = compact.charCodeAt(index);
    codes[index - 1] = (previous << 16) | current;
    previous = current;
  }
  codes.sort();
  return { length, codes, short: '' };
}

/**
 * Dice coefficient of two bigram profiles: `2 · |A ∩ B| / (|A| + |B|)` over bigram multisets,
 * in [0, 1]. Two strings equal after whitespace removal score 1 (so two empty strings do);
 * a string of fewer than 2 characters scores 0 against anything else.
 */
export function diceCoefficient(first: BigramProfile, second: BigramProfile): number {
  if (first.length < 2 || second.length < 2) {
    return first.length === second.length && first.short === second.short ? 1 : 0;
  }
  const a = first.codes;
  const b = second.codes;
  let i = 0;
  let j = 0;
  let shared = 0;
  // Merge two sorted multisets: each equal pair of codes is one shared bigram occurrence.
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  // Same expression as string-similarity, so the floating-point result is bit-identical.
  return (2.0 * shared) / (first.length + second.length - 2);
}

/** Dice coefficient of two strings' character bigrams (builds both profiles; see {@link diceCoefficient}). */
export function compareStringsDice(first: string, second: string): number {
  return diceCoefficient(bigramProfile(first), bigramProfile(second));
}
