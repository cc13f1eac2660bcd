// Do two sentences state the same thing? A weighted blend of term overlap, character-bigram
// Dice and figure/name agreement, calibrated on the MSR Paraphrase Corpus, with every
// ingredient exposed so later stages can turn a differing figure or name into a contradiction.
import { CorroborateError, describeType } from '../errors.js';
import { diceCoefficient } from '../text/bigrams.js';
import { jaroWinklerSimilarity } from '../text/natural-adapter.js';
import {
  type NameMention,
  type NumberMention,
  profileSentence,
  type SentenceProfile,
} from './sentence-profile.js';
import { DEFAULT_TERM_WEIGHTS, type TermWeights } from './term-weights.js';

// Calibration: `npx tsx bench/msrp-calibrate.ts` on the MSRP training split (4,076 pairs,
// IDF over its 7,817 distinct sentences), grid step 0.05 over the five weights, accuracy-
// maximising threshold, nested 10-fold CV with folds = pair index mod 10. Figures: see
// bench/msrp-calibrate.ts and the constants' comments below.

/**
 * How much each feature counts in `score` (a weighted mean; a feature that does not apply —
 * no figures or no names on either side — drops out and the rest are renormalised).
 *
 * Chosen on the MSRP training pairs (`bench/msrp-calibrate.ts`) over a grid of weights (step
 * 0.05): the weights whose score best explains the labels through a fitted logistic model
 * (maximum likelihood), with every pair scored under both term weightings (MSRP IDF, as
 * `analyze` weighs a cluster, and the collection-free defaults `compareSentences` uses), so
 * one set of constants serves both. Likelihood is a smooth criterion: its choice barely moves
 * between folds, where the earlier accuracy-maximising search scattered across the grid.
 * Nested 10-fold CV of the whole procedure, the honest estimate: 74.3% accuracy / F1 81.9 with
 * MSRP IDF, 73.9% / 81.8 with default weights (the earlier search: 73.4% / 81.5 and 73.9% /
 * 81.9; plain TF-IDF cosine: 71.9% / 80.2). Names get 0 (they are already terms); they and
 * figures stay in `features` for explanation.
 */
export const SCORE_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({
  weightedOverlap: 0.2,
  dice: 0.4,
  extraDetailSimilarity: 0.35,
  numberOverlap: 0.05,
  nameOverlap: 0,
});

/**
 * Average-weight terms of extra detail that cut `extraDetailSimilarity` by a factor e
 * (`exp(-extraDetail / EXTRA_DETAIL_SCALE)`). Swept over 2, 3, 4, 6, 8 on MSRP (nested CV of
 * the weight search, grid step 0.1): accuracy stays within 73.1–74.1% for both weightings,
 * with no trend worth following; 4 is kept.
 */
export const EXTRA_DETAIL_SCALE = 4;

/**
 * `score` at or above which two sentences are taken to state the same thing: where the
 * logistic model fitted with {@link SCORE_WEIGHTS} on MSRP (both weightings pooled) puts the
 * odds of a paraphrase at even. No pair of sentences from two different MSRP stories reaches
 * it. Paraphrase-strict, as MSRP's labels are: two articles' sentences reporting one fact with
 * different surrounding clauses usually fall below it but stay `sameTopic`.
 */
export const SAME_SENTENCE_THRESHOLD = 0.398;

/**
 * How `topicScore` mixes the two wording measures: equally, so neither a shared rare word
 * nor shared spelling alone makes two sentences one topic. Names and figures stay out, so a
 * sentence that differs only by one of them remains on topic.
 */
export const TOPIC_WEIGHTS = Object.freeze({ weightedOverlap: 0.5, dice: 0.5 });

/**
 * `topicScore` at or above which two sentences are about the same thing even if a figure or
 * name differs. Calibrated on MSRP pairs (one story each, paraphrase or not) against
 * mismatched pairs (sentence 1 of pair i with sentence 2 of pair i + 2038): the accuracy-
 * maximising cut, 0.269, separates them with 99.6% accuracy (99.4% cross-validated), and
 * 99.2% of MSRP non-paraphrases (same story, different claim) stay on topic.
 */
export const SAME_TOPIC_THRESHOLD = 0.27;

/**
 * Jaro–Winkler similarity at or above which two name keys are spelling variants of one name
 * ("zelensky"/"zelenskyy" 0.98) while different places stay apart ("austria"/"australia"
 * 0.93, "busan"/"pusan" 0.87). Set between those measured pairs.
 */
export const NAME_SPELLING_THRESHOLD = 0.95;

/** Shortest name key compared by spelling similarity; shorter keys must match exactly. */
const MIN_SPELLING_VARIANT_LENGTH = 5;

/**
 * Most distinct names or figures per sentence matched pair-by-pair (containment, spelling,
 * currency-less figures). Real sentences have a handful; beyond this a pathological input
 * falls back to exact-key matching so comparison stays near-linear.
 */
const MAX_PAIRWISE_MENTIONS = 64;

/** Relative tolerance for two figures to be the same value (absorbs float noise only). */
const NUMBER_TOLERANCE = 1e-9;

/** A name found in both sentences, with each side's mention. */
export interface NamePair {
  a: NameMention;
  b: NameMention;
}

/** A figure found in both sentences, with each side's mention. */
export interface NumberPair {
  a: NumberMention;
  b: NumberMention;
}

/** The ingredients of a comparison, each checkable by a person. */
export interface SentenceFeatures {
  /**
   * Weighted term overlap in [0, 1]: the smaller of the two sentences' weighted coverage by
   * the other (shared term weight over each side's total; content stems, figures and, at low
   * weight, stopwords). 1 when each sentence's terms all appear in the other.
   */
  weightedOverlap: number;
  /** Dice coefficient of the normalised lower-cased texts' character bigrams, in [0, 1]. */
  dice: number;
  /**
   * How much the wordier sentence states that the other does not, in average-weight terms:
   * the larger side's unshared term weight divided by the mean weight of a term in the pair.
   * 0 when neither adds anything; appending ", officials said on Friday" to a six-word
   * sentence adds about 5 (default weights).
   */
  extraDetail: number;
  /** `exp(-extraDetail / EXTRA_DETAIL_SCALE)`: 1 when neither sentence adds detail. */
  extraDetailSimilarity: number;
  /** Shared names over all distinct names (Jaccard), or null when neither side names anyone. */
  nameOverlap: number | null;
  /** Shared figures over all distinct figures (Jaccard), or null when neither side has one. */
  numberOverlap: number | null;
  /** `weightedOverlap` and `dice` mixed by {@link TOPIC_WEIGHTS}: similarity of wording alone. */
  topicScore: number;
  /**
   * Names matched one-to-one across the sentences (equal, contained, or spelling variants),
   * in order of appearance in A. Empty when no name is shared.
   */
  sharedNames: NamePair[];
  /** Names in sentence A with no match in B (a different person or place, or extra detail). */
  namesOnlyInA: NameMention[];
  /** Names in sentence B with no match in A (a different person or place, or extra detail). */
  namesOnlyInB: NameMention[];
  /** Figures equal in both sentences (same value, unit, currency), in order of appearance in A. */
  sharedNumbers: NumberPair[];
  /** Figures in sentence A with no equal figure in B (a conflicting or extra figure). */
  numbersOnlyInA: NumberMention[];
  /** Figures in sentence B with no equal figure in A (a conflicting or extra figure). */
  numbersOnlyInB: NumberMention[];
}

/** Result of comparing two sentences. Symmetric: swapping A and B swaps the `…A`/`…B` fields only. */
export interface SentenceComparison {
  /** Similarity in [0, 1]: 1 for identical sentences, 0 when either states nothing. */
  score: number;
  /** `score >= threshold` (default {@link SAME_SENTENCE_THRESHOLD}): the sentences state the same thing. */
  same: boolean;
  /**
   * `topicScore >= SAME_TOPIC_THRESHOLD`: the sentences are about the same thing, though a
   * figure or name may differ (see `numbersOnlyInA`/`B`, `namesOnlyInA`/`B`).
   */
  sameTopic: boolean;
  /** The ingredients of `score` and `sameTopic`, and the names and figures that differ. */
  features: SentenceFeatures;
}

/** Options of {@link compareSentences}. */
export interface CompareSentencesOptions {
  /**
   * Term weights, e.g. `buildTermWeights` over the sentences of the articles being compared.
   * @default DEFAULT_TERM_WEIGHTS (stopword- and length-aware, no collection needed)
   */
  weights?: TermWeights;
  /**
   * Score at or above which `same` is true.
   * @default SAME_SENTENCE_THRESHOLD
   */
  threshold?: number;
}

/**
 * Compares two sentences: do they state the same thing, and where do they differ?
 *
 * @example
 * ```ts
 * const result = compareSentences(
 *   'Exports rose 4.5% in October.',
 *   'Exports rose 5.1% in October.',
 * );
 * result.sameTopic; // true
 * result.features.numbersOnlyInA[0].text; // '4.5%'
 * ```
 * @throws {CorroborateError} `INVALID_ARTICLE` when a sentence is not a string;
 *   `INVALID_OPTION` when `options` or one of its fields is malformed.
 */
export function compareSentences(
  a: string,
  b: string,
  options: CompareSentencesOptions = {},
): SentenceComparison {
  for (const [position, value] of [
    ['first', a],
    ['second', b],
  ] as const) {
    if (typeof value !== 'string') {
      throw new CorroborateError(
        'INVALID_ARTICLE',
        `compareSentences expects the ${position} sentence as a string, got ${describeType(value)}.`,
        { argument: position, received: describeType(value) },
      );
    }
  }
  const { weights, threshold } = validateOptions(options);
  return compareProfiles(profileSentence(a), profileSentence(b), weights, threshold);
}

function validateOptions(options: unknown): { weights: TermWeights; threshold: number } {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `compareSentences options must be an object, got ${describeType(options)}.`,
      { option: 'options', received: describeType(options) },
    );
  }
  const { weights, threshold } = options as CompareSentencesOptions;
  if (weights !== undefined && typeof (weights as Partial<TermWeights>)?.weight !== 'function') {
    throw new CorroborateError(
      'INVALID_OPTION',
      'options.weights must be TermWeights from buildTermWeights (an object with a weight function).',
      { option: 'weights', received: describeType(weights) },
    );
  }
  if (
    threshold !== undefined &&
    (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1))
  ) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.threshold must be a number from 0 to 1, got ${typeof threshold === 'number' ? threshold : describeType(threshold)}.`,
      { option: 'threshold', received: describeType(threshold) },
    );
  }
  return {
    weights: weights ?? DEFAULT_TERM_WEIGHTS,
    threshold: threshold ?? SAME_SENTENCE_THRESHOLD,
  };
}

/**
 * Compares two precomputed sentence profiles (the aligner's hot path: profile each sentence
 * once, compare candidate pairs only). See {@link compareSentences} for the result.
 *
 * @param weights term weights; {@link DEFAULT_TERM_WEIGHTS} when omitted.
 * @param threshold score at or above which `same` is true.
 */
export function compareProfiles(
  a: SentenceProfile,
  b: SentenceProfile,
  weights: TermWeights = DEFAULT_TERM_WEIGHTS,
  threshold: number = SAME_SENTENCE_THRESHOLD,
): SentenceComparison {
  // Work in a canonical order so every tie-break is the same both ways round, then swap back.
  if (a.text > b.text) return swapSides(compareProfiles(b, a, weights, threshold));
  const coverage = weightedCoverage(a, b, weights);
  const { weightedOverlap, extraDetail } = coverage;
  const extraDetailSimilarity = Math.exp(-extraDetail / EXTRA_DETAIL_SCALE);
  const dice = diceCoefficient(a.bigrams, b.bigrams);
  const names = matchNames(a.names, b.names);
  const numbers = matchNumbers(a.numbers, b.numbers);
  const nameOverlap = jaccard(names.shared.length, names.onlyInA.length, names.onlyInB.length);
  const numberOverlap = jaccard(
    numbers.shared.length,
    numbers.onlyInA.length,
    numbers.onlyInB.length,
  );
  const statesNothing = isEmptyProfile(a) || isEmptyProfile(b);
  const topicScore = statesNothing
    ? 0
    : weightedMean([
        [TOPIC_WEIGHTS.weightedOverlap, weightedOverlap],
        [TOPIC_WEIGHTS.dice, dice],
      ]);
  const score = statesNothing
    ? 0
    : combineFeatures(
        { weightedOverlap, dice, extraDetailSimilarity, numberOverlap, nameOverlap },
        SCORE_WEIGHTS,
      );
  return {
    score,
    same: score >= threshold,
    sameTopic: topicScore >= SAME_TOPIC_THRESHOLD,
    features: {
      weightedOverlap,
      dice,
      extraDetail,
      extraDetailSimilarity,
      nameOverlap,
      numberOverlap,
      topicScore,
      sharedNames: names.shared,
      namesOnlyInA: names.onlyInA,
      namesOnlyInB: names.onlyInB,
      sharedNumbers: numbers.shared,
      numbersOnlyInA: numbers.onlyInA,
      numbersOnlyInB: numbers.onlyInB,
    },
  };
}

/** A sentence with no word and no figure states nothing, so it matches nothing. */
function isEmptyProfile(profile: SentenceProfile): boolean {
  return profile.terms.length === 0 && profile.functionTerms.length === 0;
}

/** How much each feature counts in a score; see {@link SCORE_WEIGHTS}. */
export interface ScoreWeights {
  weightedOverlap: number;
  dice: number;
  extraDetailSimilarity: number;
  numberOverlap: number;
  nameOverlap: number;
}

/** The numeric features a score is made of. */
export type ScoredFeatures = Pick<
  SentenceFeatures,
  'weightedOverlap' | 'dice' | 'extraDetailSimilarity' | 'numberOverlap' | 'nameOverlap'
>;

/**
 * The weighted mean of the features that apply (a null name or figure overlap drops out and
 * the other weights are renormalised), in [0, 1]. `compareProfiles` uses it with
 * {@link SCORE_WEIGHTS}; exported so the calibration benchmark scores exactly as the library.
 */
export function combineFeatures(features: ScoredFeatures, weights: ScoreWeights): number {
  return weightedMean([
    [weights.weightedOverlap, features.weightedOverlap],
    [weights.dice, features.dice],
    [weights.extraDetailSimilarity, features.extraDetailSimilarity],
    [weights.numberOverlap, features.numberOverlap],
    [weights.nameOverlap, features.nameOverlap],
  ]);
}

/** Weighted mean of the features that apply (null ones drop out); 0 when none does. */
function weightedMean(parts: ReadonlyArray<readonly [number, number | null]>): number {
  let sum = 0;
  let total = 0;
  for (const [weight, value] of parts) {
    if (value === null || weight === 0) continue;
    sum += weight * value;
    total += weight;
  }
  if (total === 0) return 0;
  // Clamp away float noise so identical sentences score exactly 1.
  return Math.min(1, Math.max(0, sum / total));
}

/** Jaccard index from match counts, null when both sides are empty. */
function jaccard(shared: number, onlyA: number, onlyB: number): number | null {
  const union = shared + onlyA + onlyB;
  return union === 0 ? null : shared / union;
}

function swapSides(result: SentenceComparison): SentenceComparison {
  const f = result.features;
  return {
    ...result,
    features: {
      ...f,
      sharedNames: f.sharedNames.map(({ a, b }) => ({ a: b, b: a })),
      namesOnlyInA: f.namesOnlyInB,
      namesOnlyInB: f.namesOnlyInA,
      sharedNumbers: f.sharedNumbers.map(({ a, b }) => ({ a: b, b: a })),
      numbersOnlyInA: f.numbersOnlyInB,
      numbersOnlyInB: f.numbersOnlyInA,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Weighted term overlap

/** Shared weight of two sorted term lists with counts (multiset intersection). */
function sharedWeight(
  termsA: readonly string[],
  countsA: readonly number[],
  termsB: readonly string[],
  countsB: readonly number[],
  weights: TermWeights,
): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < termsA.length && j < termsB.length) {
    const x = termsA[i]!;
    const y = termsB[j]!;
    if (x === y) {
      shared += Math.min(countsA[i]!, countsB[j]!) * weights.weight(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Total weight and total count of a term list with counts. */
function totals(
  terms: readonly string[],
  counts: readonly number[],
  weights: TermWeights,
): { weight: number; count: number } {
  let weight = 0;
  let count = 0;
  for (let index = 0; index < terms.length; index++) {
    weight += counts[index]! * weights.weight(terms[index]!);
    count += counts[index]!;
  }
  return { weight, count };
}

/**
 * Term overlap of two profiles, content terms and stopwords together.
 *
 * `weightedOverlap` is the smaller of the two weighted coverages (shared weight / own
 * weight): a sentence that adds a clause to the other is not "the same" just because it
 * contains it. On MSRP it beat cosine alone (73.5% vs 72.2% accuracy).
 *
 * `extraDetail` is the larger side's unshared weight in average-weight terms: coverage is
 * relative, so a long sentence adding three names scores like a short one adding half a word;
 * an absolute count tells them apart (worth about a point of MSRP accuracy).
 */
function weightedCoverage(
  a: SentenceProfile,
  b: SentenceProfile,
  weights: TermWeights,
): { weightedOverlap: number; extraDetail: number } {
  const shared =
    sharedWeight(a.terms, a.termCounts, b.terms, b.termCounts, weights) +
    sharedWeight(
      a.functionTerms,
      a.functionTermCounts,
      b.functionTerms,
      b.functionTermCounts,
      weights,
    );
  const contentA = totals(a.terms, a.termCounts, weights);
  const functionA = totals(a.functionTerms, a.functionTermCounts, weights);
  const contentB = totals(b.terms, b.termCounts, weights);
  const functionB = totals(b.functionTerms, b.functionTermCounts, weights);
  const totalA = contentA.weight + functionA.weight;
  const totalB = contentB.weight + functionB.weight;
  if (totalA <= 0 || totalB <= 0) return { weightedOverlap: 0, extraDetail: 0 };
  const count = contentA.count + functionA.count + contentB.count + functionB.count;
  const meanWeight = (totalA + totalB) / count;
  const extraDetail = Math.max(0, totalA - shared, totalB - shared) / meanWeight;
  return {
    weightedOverlap: Math.min(1, shared / totalA, shared / totalB),
    // Below a millionth of a term is float noise: identical sentences must add exactly nothing.
    extraDetail: extraDetail < 1e-6 ? 0 : extraDetail,
  };
}

// ---------------------------------------------------------------------------------------------
// Names

/** One distinct name per key, dropping a name whose words all occur in a longer one ("Xi" beside "Xi Jinping"). */
function distinctNames(names: readonly NameMention[]): NameMention[] {
  const byKey = new Map<string, NameMention>();
  for (const name of names) if (!byKey.has(name.key)) byKey.set(name.key, name);
  const unique = [...byKey.values()].sort((x, y) => compareStrings(x.key, y.key));
  if (unique.length > MAX_PAIRWISE_MENTIONS) return unique;
  return unique.filter(
    (name) => !unique.some((other) => other !== name && containsAllWords(other.key, name.key)),
  );
}

/** True when every word of `short` is a word of `long` and `long` has more words. */
function containsAllWords(long: string, short: string): boolean {
  const longWords = long.split(' ');
  const shortWords = short.split(' ');
  return (
    longWords.length > shortWords.length && shortWords.every((word) => longWords.includes(word))
  );
}

/**
 * How strongly two name keys denote the same entity: 1 equal, 0.9 one contains all words of
 * the other ("xi" / "xi jinping"), the Jaro–Winkler similarity for long single spelling
 * variants at or above {@link NAME_SPELLING_THRESHOLD}, else 0.
 */
export function nameMatchStrength(first: string, second: string): number {
  if (first === second) return 1;
  if (containsAllWords(first, second) || containsAllWords(second, first)) return 0.9;
  if (
    first.length < MIN_SPELLING_VARIANT_LENGTH ||
    second.length < MIN_SPELLING_VARIANT_LENGTH ||
    first.includes(' ') !== second.includes(' ')
  ) {
    return 0;
  }
  const similarity = jaroWinklerSimilarity(first, second);
  return similarity >= NAME_SPELLING_THRESHOLD ? similarity : 0;
}

/** One-to-one matching of names, strongest pairs first, ties broken by key. */
function matchNames(
  namesA: readonly NameMention[],
  namesB: readonly NameMention[],
): { shared: NamePair[]; onlyInA: NameMention[]; onlyInB: NameMention[] } {
  const a = distinctNames(namesA);
  const b = distinctNames(namesB);
  const candidates: { i: number; j: number; strength: number }[] = [];
  if (a.length > MAX_PAIRWISE_MENTIONS || b.length > MAX_PAIRWISE_MENTIONS) {
    const indexB = new Map(b.map((y, j) => [y.key, j]));
    a.forEach((x, i) => {
      const j = indexB.get(x.key);
      if (j !== undefined) candidates.push({ i, j, strength: 1 });
    });
  } else {
    a.forEach((x, i) => {
      b.forEach((y, j) => {
        const strength = nameMatchStrength(x.key, y.key);
        if (strength > 0) candidates.push({ i, j, strength });
      });
    });
  }
  candidates.sort(
    (p, q) =>
      q.strength - p.strength ||
      compareStrings(a[p.i]!.key, a[q.i]!.key) ||
      compareStrings(b[p.j]!.key, b[q.j]!.key),
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const shared: NamePair[] = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    // Two lone sentence-initial capitals ("Exports rose…" twice) confirm nothing: not a name.
    if (a[i]!.uncertain && b[j]!.uncertain) continue;
    shared.push({ a: a[i]!, b: b[j]! });
  }
  shared.sort((p, q) => p.a.start - q.a.start);
  // An uncertain name counts only when the other side names it without doubt.
  return {
    shared,
    onlyInA: a.filter((x, i) => !usedA.has(i) && !x.uncertain).sort((p, q) => p.start - q.start),
    onlyInB: b.filter((y, j) => !usedB.has(j) && !y.uncertain).sort((p, q) => p.start - q.start),
  };
}

// ---------------------------------------------------------------------------------------------
// Figures

/** Same value (up to float noise), same unit, and no conflicting currency. */
export function sameFigure(x: NumberMention, y: NumberMention): boolean {
  if (x.unit !== y.unit) return false;
  if (x.currency !== undefined && y.currency !== undefined && x.currency !== y.currency) {
    return false;
  }
  const scale = Math.max(Math.abs(x.value), Math.abs(y.value));
  return Math.abs(x.value - y.value) <= NUMBER_TOLERANCE * scale;
}

/** Identity of a figure for de-duplication and exact matching. */
function figureKey(number: NumberMention): string {
  return `${number.value}|${number.unit}|${number.currency ?? ''}`;
}

/** One distinct mention per (value, unit, currency), first occurrence kept. */
function distinctNumbers(numbers: readonly NumberMention[]): NumberMention[] {
  const seen = new Set<string>();
  const out: NumberMention[] = [];
  for (const number of numbers) {
    const key = figureKey(number);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(number);
  }
  return out;
}

/** One-to-one matching of figures in order of appearance. */
function matchNumbers(
  numbersA: readonly NumberMention[],
  numbersB: readonly NumberMention[],
): { shared: NumberPair[]; onlyInA: NumberMention[]; onlyInB: NumberMention[] } {
  const a = distinctNumbers(numbersA);
  const b = distinctNumbers(numbersB);
  const usedB = new Set<number>();
  const shared: NumberPair[] = [];
  const onlyInA: NumberMention[] = [];
  const exactOnly = a.length > MAX_PAIRWISE_MENTIONS || b.length > MAX_PAIRWISE_MENTIONS;
  const indexB = new Map(b.map((y, j) => [figureKey(y), j]));
  for (const x of a) {
    const j = exactOnly
      ? (indexB.get(figureKey(x)) ?? -1)
      : b.findIndex((y, index) => !usedB.has(index) && sameFigure(x, y));
    if (j === -1) onlyInA.push(x);
    else {
      usedB.add(j);
      shared.push({ a: x, b: b[j]! });
    }
  }
  return { shared, onlyInA, onlyInB: b.filter((_, j) => !usedB.has(j)) };
}

/** Code-unit order, locale-independent. */
function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
