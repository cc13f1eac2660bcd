// Character-gram similarities of two sentences read straight off their normalised, lower-case
// texts: the Dice coefficient of character bigrams (string-similarity's compareTwoStrings, as
// `diceCoefficient` computes it) and the cosine of character 4-gram counts. Both sides' grams
// are counted in a fixed scratch hash table in one pass each, so no per-sentence array is
// built or sorted (sorting them was a tenth of `compareSentences`' time); a pair too long for
// the table is compared through sorted arrays instead, with the same result.
import { bigramProfile, diceCoefficient } from '../text/bigrams.js';
import { isWhitespace } from '../text/split-chars.js';

/** The two character-gram similarities of a pair of sentences. */
export interface CharacterGramSimilarity {
  /** Dice coefficient of the character bigrams, whitespace removed (see `diceCoefficient`). */
  dice: number;
  /** Cosine of the character 4-gram counts, whitespace runs as one space (see {@link characterFourgrams}). */
  cosine: number;
}

const WHITESPACE_RUN = /\s+/g;

/**
 * Character 4-grams of a normalised, lower-cased text with whitespace runs as one space (and
 * none at either end), each packed into an int from the low 8 bits of its four code units,
 * sorted ascending. Exact for Latin-1 text; elsewhere two 4-grams may share a code, which only
 * nudges a similarity. The reference for {@link characterGramSimilarity}'s cosine.
 */
export function characterFourgrams(lower: string): Int32Array {
  const compact = lower.replace(WHITESPACE_RUN, ' ').trim();
  if (compact.length < 4) return new Int32Array(0);
  const codes = new Int32Array(compact.length - 3);
  let code =
    ((compact.charCodeAt(0) & 0xff) << 16) |
    ((compact.charCodeAt(1) & 0xff) << 8) |
    (compact.charCodeAt(2) & 0xff);
  for (let index = 3; index < compact.length; index++) {
    code = (code << 8) | (compact.charCodeAt(index) & 0xff);
    codes[index - 3] = code;
  }
  return codes.sort();
}

/** Cosine of two sorted code lists read as count vectors (equal codes are one dimension). */
export function sortedCosine(a: Int32Array, b: Int32Array): number {
  const squares = (codes: Int32Array) => {
    let sum = 0;
    let run = 0;
    for (let index = 0; index < codes.length; index++) {
      run = index > 0 && codes[index] === codes[index - 1] ? run + 1 : 1;
      // Adding 2·run − 1 for each repeat sums the squared counts.
      sum += 2 * run - 1;
    }
    return sum;
  };
  const normA = squares(a);
  const normB = squares(b);
  if (normA === 0 || normB === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      let countA = 0;
      let countB = 0;
      while (i < a.length && a[i] === x) {
        countA++;
        i++;
      }
      while (j < b.length && b[j] === x) {
        countB++;
        j++;
      }
      dot += countA * countB;
    }
  }
  return Math.min(1, dot / Math.sqrt(normA * normB));
}

/** log2 of the scratch table's slots: 4,096, 80 KB per table. */
const GRAM_TABLE_BITS = 12;
const GRAM_TABLE_SIZE = 1 << GRAM_TABLE_BITS;
const GRAM_TABLE_MASK = GRAM_TABLE_SIZE - 1;

/**
 * Longest pair (sum of both texts' lengths, so of their grams) counted in the scratch tables:
 * half their slots, keeping linear probing short. Sentences run to a few hundred characters;
 * a longer pair is compared through sorted arrays.
 */
const MAX_HASHED_PAIR_LENGTH = GRAM_TABLE_SIZE / 2;

/**
 * Counts of integer codes for the two sides of a pair, in a fixed open-addressing table
 * reused for every pair (a slot is live when its stamp is the current one, so clearing is
 * O(1)). Fixed size: memory does not grow with input.
 */
class PairCounts {
  readonly keys = new Int32Array(GRAM_TABLE_SIZE);
  readonly countsA = new Int32Array(GRAM_TABLE_SIZE);
  readonly countsB = new Int32Array(GRAM_TABLE_SIZE);
  /** Live slots, in order of first use. */
  readonly live = new Int32Array(GRAM_TABLE_SIZE);
  size = 0;
  private readonly stamps = new Int32Array(GRAM_TABLE_SIZE);
  private stamp = 0;

  clear(): void {
    this.size = 0;
    this.stamp++;
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(code: number, counts: Int32Array): void {
    let slot = Math.imul(code, 0x9e3779b1) >>> (32 - GRAM_TABLE_BITS);
    for (;;) {
      if (this.stamps[slot] !== this.stamp) {
        this.stamps[slot] = this.stamp;
        this.keys[slot] = code;
        this.countsA[slot] = 0;
        this.countsB[slot] = 0;
        this.live[this.size++] = slot;
        break;
      }
      if (this.keys[slot] === code) break;
      slot = (slot + 1) & GRAM_TABLE_MASK;
    }
    counts[slot]!++;
  }
}

/** The two scratch tables (bigrams, 4-grams), made on first use so importing costs nothing. */
let scratch: { bigrams: PairCounts; fourgrams: PairCounts } | undefined;

/** What {@link countGrams} learns of one side besides its gram counts. */
interface SideLength {
  /** Code units that are not whitespace (the bigram string's length). */
  compactLength: number;
  /** The last non-whitespace code unit (the whole bigram string when `compactLength` is 1). */
  last: number;
}

/** Adds one text's bigrams and 4-grams to the tables, on side A or B. */
function countGrams(
  lower: string,
  sideA: boolean,
  bigrams: PairCounts,
  fourgrams: PairCounts,
): SideLength {
  const bigramCounts = sideA ? bigrams.countsA : bigrams.countsB;
  const fourgramCounts = sideA ? fourgrams.countsA : fourgrams.countsB;
  let previous = -1;
  let compactLength = 0;
  // The last four code units (low 8 bits each) of the whitespace-collapsed text.
  let code = 0;
  let written = 0;
  let pendingSpace = false;
  for (let index = 0; index < lower.length; index++) {
    const unit = lower.charCodeAt(index);
    if (isWhitespace(unit)) {
      pendingSpace = written > 0;
      continue;
    }
    if (previous !== -1) bigrams.add((previous << 16) | unit, bigramCounts);
    previous = unit;
    compactLength++;
    if (pendingSpace) {
      code = (code << 8) | 0x20;
      if (++written >= 4) fourgrams.add(code, fourgramCounts);
      pendingSpace = false;
    }
    code = (code << 8) | (unit & 0xff);
    if (++written >= 4) fourgrams.add(code, fourgramCounts);
  }
  return { compactLength, last: previous };
}

/**
 * Bigram Dice and 4-gram cosine of two normalised, lower-cased texts. Equal to
 * `diceCoefficient(bigramProfile(a), bigramProfile(b))` and
 * `sortedCosine(characterFourgrams(a), characterFourgrams(b))` to the last bit: both are
 * ratios of the same integer counts.
 */
export function characterGramSimilarity(lowerA: string, lowerB: string): CharacterGramSimilarity {
  if (lowerA.length + lowerB.length > MAX_HASHED_PAIR_LENGTH) {
    return {
      dice: diceCoefficient(bigramProfile(lowerA), bigramProfile(lowerB)),
      cosine: sortedCosine(characterFourgrams(lowerA), characterFourgrams(lowerB)),
    };
  }
  scratch ??= { bigrams: new PairCounts(), fourgrams: new PairCounts() };
  const { bigrams, fourgrams } = scratch;
  bigrams.clear();
  fourgrams.clear();
  const a = countGrams(lowerA, true, bigrams, fourgrams);
  const b = countGrams(lowerB, false, bigrams, fourgrams);
  return { dice: bigramDice(a, b, bigrams), cosine: fourgramCosine(fourgrams) };
}

/** Dice over the counted bigrams, as `diceCoefficient` computes it (same expression). */
function bigramDice(a: SideLength, b: SideLength, bigrams: PairCounts): number {
  if (a.compactLength < 2 || b.compactLength < 2) {
    // Fewer than 2 characters: no bigrams, so only equality counts (two empty texts are equal).
    return a.compactLength === b.compactLength && a.last === b.last ? 1 : 0;
  }
  let shared = 0;
  for (let index = 0; index < bigrams.size; index++) {
    const slot = bigrams.live[index]!;
    shared += Math.min(bigrams.countsA[slot]!, bigrams.countsB[slot]!);
  }
  return (2.0 * shared) / (a.compactLength + b.compactLength - 2);
}

/** Cosine over the counted 4-grams, as {@link sortedCosine} computes it. */
function fourgramCosine(fourgrams: PairCounts): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < fourgrams.size; index++) {
    const slot = fourgrams.live[index]!;
    const countA = fourgrams.countsA[slot]!;
    const countB = fourgrams.countsB[slot]!;
    dot += countA * countB;
    normA += countA * countA;
    normB += countB * countB;
  }
  if (normA === 0 || normB === 0) return 0;
  return Math.min(1, dot / Math.sqrt(normA * normB));
}
