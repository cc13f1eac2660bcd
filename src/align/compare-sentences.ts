// How alike are two sentences, and do they state the same thing? Two outputs with two jobs:
// `score`, a graded similarity (IDF-weighted coverage both ways blended with TF-IDF cosine,
// calibrated on STS-B train), and `same` / `probability`, a paraphrase decision by a small
// logistic model fitted on MSRP train (scripts/fit-same.ts). Every ingredient is exposed so
// later stages can turn a differing figure or name into a contradiction.
import { CorroborateError, describeType } from '../errors.js';
import { readOptions } from '../input/read-options.js';
import { jaroWinklerSimilarity } from '../text/natural-adapter.js';
import { characterGramSimilarity } from './character-grams.js';
import {
  type ParaphraseFeatures,
  type ParaphraseModelInput,
  paraphraseFeaturesWith,
} from './paraphrase-features.js';
import { PARAPHRASE_MODEL } from './paraphrase-model.js';
import {
  type NameMention,
  type NumberMention,
  profileSentence,
  type SentenceProfile,
} from './sentence-profile.js';
import { DEFAULT_TERM_WEIGHTS, type TermWeights } from './term-weights.js';
import { mergeVocabularies, type OverlapSums } from './vocabulary-merge.js';

/**
 * How the graded `score` blends its three ingredients before {@link GRADED_EXPONENT}: TF-IDF
 * cosine, the lower and the higher of the two weighted coverages (the share of each sentence's
 * term weight the other repeats). Weights sum to 1, so identical sentences score 1. Chosen on
 * STS-B train (`npx tsx bench/sts-eval.ts --sweep`: grid step 0.1, with the exponent and the
 * default term weights), maximising the sum of Pearson r overall and on news: the top twelve
 * are within 0.002 of each other (cosine 0.2–0.7), so a middle one is kept (train 0.755 /
 * 0.754; dev, checked once, 0.786 / 0.790).
 */
export const GRADED_WEIGHTS = Object.freeze({ cosine: 0.5, minCoverage: 0.3, maxCoverage: 0.2 });

/**
 * Power applied to the blend: graded human judgements rise faster than lexical overlap at the
 * low end. 0.8 was best of 0.6 / 0.8 / 1 / 1.25 on STS-B train (every one of the top twelve
 * grid points has it); identical sentences stay 1.
 */
export const GRADED_EXPONENT = 0.8;

/**
 * Average-weight terms of extra detail that cut `extraDetailSimilarity` by a factor e
 * (`exp(-extraDetail / EXTRA_DETAIL_SCALE)`). Swept over 2, 3, 4, 6, 8 on MSRP (nested CV of
 * the weight search, grid step 0.1): accuracy stays within 73.1–74.1% for both weightings,
 * with no trend worth following; 4 is kept.
 */
export const EXTRA_DETAIL_SCALE = 4;

/**
 * `probability` at or above which two sentences are taken to state the same thing (`same`):
 * the decision threshold fitted with the paraphrase model on MSRP train (scripts/fit-same.ts
 * chooses it with the model's penalty by cross-validated accuracy; see
 * `src/align/paraphrase-model.ts` for the nested-CV estimate; 0.44 in the shipped model). It is a
 * probability, not a `score`. Paraphrase-strict, as MSRP's labels are: two articles'
 * sentences reporting one fact with different surrounding clauses usually fall below it but
 * stay `sameTopic`.
 */
export const SAME_SENTENCE_THRESHOLD: number = PARAPHRASE_MODEL.threshold;

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
 * Keys whose lengths differ more than this cannot reach {@link NAME_SPELLING_THRESHOLD}, so
 * Jaro–Winkler is not computed for them (a bound, not a heuristic: Jaro is at most
 * `(2 + shorter/longer) / 3` and Winkler's prefix bonus lifts it to at most `0.4 + 0.6·Jaro`,
 * below 0.95 whenever shorter/longer < 0.75; 0.7 leaves room for rounding).
 */
const SPELLING_VARIANT_MIN_LENGTH_RATIO = 0.7;

/**
 * Most distinct names or figures per sentence matched pair-by-pair (containment, spelling,
 * currency-less figures). Real sentences have a handful; beyond this a pathological input
 * falls back to exact-key matching so comparison stays near-linear.
 */
const MAX_PAIRWISE_MENTIONS = 64;

/** Most names de-duplicated by a linear scan (a sentence's few); more go through a map. */
const LINEAR_DEDUPLICATION_MAX = 16;

/** Relative tolerance for two figures to be the same value (absorbs float noise only). */
const NUMBER_TOLERANCE = 1e-9;

/** A name found in both sentences, with each side's mention. */
export interface NamePair {
  /** The name as the first sentence writes it. */
  a: NameMention;
  /** The name as the second sentence writes it. */
  b: NameMention;
}

/** A figure found in both sentences, with each side's mention. */
export interface NumberPair {
  /** The figure as the first sentence writes it. */
  a: NumberMention;
  /** The figure as the second sentence writes it. */
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
  /** The larger of the two weighted coverages, in [0, 1]: 1 when one sentence contains the other. */
  maxCoverage: number;
  /** Cosine of the two sentences' weighted term-count vectors (TF-IDF cosine), in [0, 1]. */
  cosine: number;
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
  /** Word-order and word-precision features read by the paraphrase model (`probability`). */
  paraphrase: ParaphraseFeatures;
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
  /**
   * Graded similarity in [0, 1], tracking human similarity ratings (STS-B): 1 for identical
   * sentences, 0 when either states nothing; a sentence that adds a clause to the other still
   * scores high. `(0.5·cosine + 0.3·weightedOverlap + 0.2·maxCoverage)^0.8`
   * ({@link GRADED_WEIGHTS}, {@link GRADED_EXPONENT}).
   */
  score: number;
  /**
   * Probability in [0, 1] that the sentences state the same thing, from a logistic model over
   * the features, fitted on the MSRP paraphrase corpus (0 when either states nothing). Strict
   * as MSRP is: an extra clause or a different figure makes it low even when `score` is high.
   */
  probability: number;
  /** `probability >= threshold` (default {@link SAME_SENTENCE_THRESHOLD}, fitted on MSRP train): the sentences state the same thing. */
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
   * `probability` at or above which `same` is true (a probability, not a `score`).
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
  const { weights, threshold } = readOptions(
    options,
    ['weights', 'threshold'],
    'options',
    'compareSentences',
  ) as CompareSentencesOptions;
  if (weights !== undefined && typeof (weights as Partial<TermWeights>)?.weight !== 'function') {
    throw new CorroborateError(
      'INVALID_OPTION',
      'options.weights must be TermWeights from buildTermWeights (an object with a weight function).',
      { field: 'options.weights', received: describeType(weights) },
    );
  }
  if (
    threshold !== undefined &&
    (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1))
  ) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.threshold must be a number from 0 to 1, got ${typeof threshold === 'number' ? threshold : describeType(threshold)}.`,
      { field: 'options.threshold', received: describeType(threshold) },
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
 * @param threshold `probability` at or above which `same` is true.
 */
export function compareProfiles(
  a: SentenceProfile,
  b: SentenceProfile,
  weights: TermWeights = DEFAULT_TERM_WEIGHTS,
  threshold: number = SAME_SENTENCE_THRESHOLD,
): SentenceComparison {
  // Work in a canonical order so every tie-break is the same both ways round, then swap back.
  if (a.text > b.text) return swapSides(compareProfiles(b, a, weights, threshold));
  const merge = mergeVocabularies(a, b, weights);
  const overlap = weightedTermOverlap(merge.sums);
  const { weightedOverlap, maxCoverage, cosine, extraDetail } = overlap;
  const extraDetailSimilarity = Math.exp(-extraDetail / EXTRA_DETAIL_SCALE);
  const grams = characterGramSimilarity(a.lower, b.lower);
  const dice = grams.dice;
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
  const paraphrase = paraphraseFeaturesWith(a, b, merge, grams.cosine);
  const score = statesNothing ? 0 : gradedScore(cosine, weightedOverlap, maxCoverage);
  const probability = statesNothing
    ? 0
    : paraphraseProbability(
        modelInput(paraphrase, {
          cosine,
          weightedOverlap,
          maxCoverage,
          dice,
          extraDetailSimilarity,
          differingNumbers: numbers.onlyInA.length + numbers.onlyInB.length > 0 ? 1 : 0,
        }),
      );
  return {
    score,
    probability,
    same: probability >= threshold,
    sameTopic: topicScore >= SAME_TOPIC_THRESHOLD,
    features: {
      weightedOverlap,
      maxCoverage,
      cosine,
      dice,
      extraDetail,
      extraDetailSimilarity,
      paraphrase,
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

/**
 * The graded similarity from its three ingredients (see {@link GRADED_WEIGHTS}), in [0, 1].
 * Exported so the STS benchmark scores exactly as the library.
 */
export function gradedScore(cosine: number, minCoverage: number, maxCoverage: number): number {
  const blend =
    GRADED_WEIGHTS.cosine * cosine +
    GRADED_WEIGHTS.minCoverage * minCoverage +
    GRADED_WEIGHTS.maxCoverage * maxCoverage;
  // Clamp away float noise so identical sentences score exactly 1.
  return Math.min(1, Math.max(0, blend)) ** GRADED_EXPONENT;
}

/** The inputs of the paraphrase model that are not {@link ParaphraseFeatures}. */
type OverlapInputs = Omit<ParaphraseModelInput, keyof ParaphraseFeatures>;

/**
 * The model's input as one object literal of fixed shape (an object spread builds a new shape
 * on every call, which showed up in the profile of `compareSentences`).
 */
function modelInput(p: ParaphraseFeatures, o: OverlapInputs): ParaphraseModelInput {
  return {
    minWordPrecision: p.minWordPrecision,
    maxWordPrecision: p.maxWordPrecision,
    longestUnmatchedRun: p.longestUnmatchedRun,
    shortestUnmatchedRun: p.shortestUnmatchedRun,
    unmatchedContentWords: p.unmatchedContentWords,
    maxUnmatchedContentWords: p.maxUnmatchedContentWords,
    minBigramPrecision: p.minBigramPrecision,
    maxBigramPrecision: p.maxBigramPrecision,
    minTrigramPrecision: p.minTrigramPrecision,
    maxTrigramPrecision: p.maxTrigramPrecision,
    characterCosine: p.characterCosine,
    lengthRatio: p.lengthRatio,
    cosine: o.cosine,
    weightedOverlap: o.weightedOverlap,
    maxCoverage: o.maxCoverage,
    dice: o.dice,
    extraDetailSimilarity: o.extraDetailSimilarity,
    differingNumbers: o.differingNumbers,
  };
}

/**
 * P(paraphrase) under the generated logistic model: `1 / (1 + e^-(intercept + Σ coef·x))`
 * over the inputs named in `PARAPHRASE_MODEL.features`.
 */
export function paraphraseProbability(input: ParaphraseModelInput): number {
  const { features, coefficients } = PARAPHRASE_MODEL;
  let z = PARAPHRASE_MODEL.intercept;
  for (let index = 0; index < features.length; index++) {
    z += coefficients[index]! * input[features[index]!];
  }
  return 1 / (1 + Math.exp(-z));
}

/** A sentence with no word and no figure states nothing, so it matches nothing. */
function isEmptyProfile(profile: SentenceProfile): boolean {
  return profile.terms.length === 0 && profile.functionTerms.length === 0;
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
      paraphrase: { ...f.paraphrase },
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

/**
 * Term overlap of two profiles from their merged vocabularies' sums (content terms and
 * stopwords, see `mergeVocabularies`).
 *
 * `weightedOverlap` and `maxCoverage` are the smaller and larger of the two weighted
 * coverages (shared weight / own weight): a sentence that adds a clause to the other covers
 * it fully but is covered only in part. `cosine` is the TF-IDF cosine of the weighted
 * term-count vectors.
 *
 * `extraDetail` is the larger side's unshared weight in average-weight terms: coverage is
 * relative, so a long sentence adding three names scores like a short one adding half a word;
 * an absolute count tells them apart.
 */
function weightedTermOverlap(sums: OverlapSums): {
  weightedOverlap: number;
  maxCoverage: number;
  cosine: number;
  extraDetail: number;
} {
  const { shared, totalA, totalB } = sums;
  if (totalA <= 0 || totalB <= 0) {
    return { weightedOverlap: 0, maxCoverage: 0, cosine: 0, extraDetail: 0 };
  }
  const meanWeight = (totalA + totalB) / sums.count;
  const extraDetail = Math.max(0, totalA - shared, totalB - shared) / meanWeight;
  const coverageA = Math.min(1, shared / totalA);
  const coverageB = Math.min(1, shared / totalB);
  return {
    weightedOverlap: Math.min(coverageA, coverageB),
    maxCoverage: Math.max(coverageA, coverageB),
    cosine: Math.min(1, sums.dot / Math.sqrt(sums.squaresA * sums.squaresB)),
    // Below a millionth of a term is float noise: identical sentences must add exactly nothing.
    extraDetail: extraDetail < 1e-6 ? 0 : extraDetail,
  };
}

// ---------------------------------------------------------------------------------------------
// Names

/** A name with its key split into words once, for the pairwise tests below. */
interface KeyedName {
  name: NameMention;
  key: string;
  words: string[];
}

/** One distinct name per key, dropping a name whose words all occur in a longer one ("Xi" beside "Xi Jinping"). */
function distinctNames(names: readonly NameMention[]): KeyedName[] {
  if (names.length === 0) return [];
  // First mention per key: a linear scan for the few names of a sentence, a map beyond.
  let firsts: NameMention[];
  if (names.length <= LINEAR_DEDUPLICATION_MAX) {
    firsts = [];
    for (const name of names) {
      if (!firsts.some((kept) => kept.key === name.key)) firsts.push(name);
    }
  } else {
    const byKey = new Map<string, NameMention>();
    for (const name of names) if (!byKey.has(name.key)) byKey.set(name.key, name);
    firsts = [...byKey.values()];
  }
  const unique = firsts
    .sort((x, y) => compareStrings(x.key, y.key))
    .map((name) => ({ name, key: name.key, words: name.key.split(' ') }));
  if (unique.length === 1 || unique.length > MAX_PAIRWISE_MENTIONS) return unique;
  return unique.filter(
    (name) =>
      !unique.some((other) => other !== name && containsAllWordsOf(other.words, name.words)),
  );
}

/** True when every word of `short` is a word of `long` and `long` has more words. */
function containsAllWordsOf(long: readonly string[], short: readonly string[]): boolean {
  return long.length > short.length && short.every((word) => long.includes(word));
}

/**
 * How strongly two name keys denote the same entity: 1 equal, 0.9 one contains all words of
 * the other ("xi" / "xi jinping"), the Jaro–Winkler similarity for long single spelling
 * variants at or above {@link NAME_SPELLING_THRESHOLD}, else 0.
 */
export function nameMatchStrength(first: string, second: string): number {
  return keyedMatchStrength(
    { key: first, words: first.split(' ') },
    { key: second, words: second.split(' ') },
  );
}

/** {@link nameMatchStrength} on keys already split into words. */
function keyedMatchStrength(
  first: Pick<KeyedName, 'key' | 'words'>,
  second: Pick<KeyedName, 'key' | 'words'>,
): number {
  if (first.key === second.key) return 1;
  if (
    containsAllWordsOf(first.words, second.words) ||
    containsAllWordsOf(second.words, first.words)
  ) {
    return 0.9;
  }
  const shorter = Math.min(first.key.length, second.key.length);
  const longer = Math.max(first.key.length, second.key.length);
  if (
    shorter < MIN_SPELLING_VARIANT_LENGTH ||
    shorter < SPELLING_VARIANT_MIN_LENGTH_RATIO * longer ||
    first.words.length > 1 !== second.words.length > 1
  ) {
    return 0;
  }
  const similarity = jaroWinklerSimilarity(first.key, second.key);
  return similarity >= NAME_SPELLING_THRESHOLD ? similarity : 0;
}

/** One-to-one matching of names, strongest pairs first, ties broken by key. */
function matchNames(
  namesA: readonly NameMention[],
  namesB: readonly NameMention[],
): { shared: NamePair[]; onlyInA: NameMention[]; onlyInB: NameMention[] } {
  if (namesA.length === 0 && namesB.length === 0) return { shared: [], onlyInA: [], onlyInB: [] };
  const keyedA = distinctNames(namesA);
  const keyedB = distinctNames(namesB);
  const a = keyedA.map((x) => x.name);
  const b = keyedB.map((y) => y.name);
  const candidates: { i: number; j: number; strength: number }[] = [];
  if (a.length > MAX_PAIRWISE_MENTIONS || b.length > MAX_PAIRWISE_MENTIONS) {
    const indexB = new Map(b.map((y, j) => [y.key, j]));
    a.forEach((x, i) => {
      const j = indexB.get(x.key);
      if (j !== undefined) candidates.push({ i, j, strength: 1 });
    });
  } else {
    for (let i = 0; i < a.length; i++) {
      for (let j = 0; j < b.length; j++) {
        const strength = keyedMatchStrength(keyedA[i]!, keyedB[j]!);
        if (strength > 0) candidates.push({ i, j, strength });
      }
    }
  }
  candidates.sort(
    (p, q) =>
      q.strength - p.strength ||
      compareStrings(a[p.i]!.key, a[q.i]!.key) ||
      compareStrings(b[p.j]!.key, b[q.j]!.key),
  );
  const usedA = new Array<boolean>(a.length).fill(false);
  const usedB = new Array<boolean>(b.length).fill(false);
  const shared: NamePair[] = [];
  for (const { i, j } of candidates) {
    if (usedA[i] || usedB[j]) continue;
    usedA[i] = true;
    usedB[j] = true;
    // Two lone sentence-initial capitals ("Exports rose…" twice) confirm nothing: not a name.
    if (a[i]!.uncertain && b[j]!.uncertain) continue;
    shared.push({ a: a[i]!, b: b[j]! });
  }
  shared.sort((p, q) => p.a.start - q.a.start);
  // An uncertain name counts only when the other side names it without doubt.
  return {
    shared,
    onlyInA: a.filter((x, i) => !usedA[i] && !x.uncertain).sort((p, q) => p.start - q.start),
    onlyInB: b.filter((y, j) => !usedB[j] && !y.uncertain).sort((p, q) => p.start - q.start),
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
  if (numbers.length < 2) return numbers.slice();
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
  const usedB = new Array<boolean>(b.length).fill(false);
  const shared: NumberPair[] = [];
  const onlyInA: NumberMention[] = [];
  const exactOnly = a.length > MAX_PAIRWISE_MENTIONS || b.length > MAX_PAIRWISE_MENTIONS;
  const indexB = exactOnly ? new Map(b.map((y, j) => [figureKey(y), j])) : undefined;
  for (const x of a) {
    const j = indexB
      ? (indexB.get(figureKey(x)) ?? -1)
      : b.findIndex((y, index) => !usedB[index] && sameFigure(x, y));
    if (j === -1) onlyInA.push(x);
    else {
      usedB[j] = true;
      shared.push({ a: x, b: b[j]! });
    }
  }
  return { shared, onlyInA, onlyInB: b.filter((_, j) => !usedB[j]) };
}

/** Code-unit order, locale-independent. */
function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
