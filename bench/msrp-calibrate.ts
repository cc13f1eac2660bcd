// Calibrates sentence comparison on the MSR Paraphrase Corpus (training split, 4,076 pairs):
// fits SCORE_WEIGHTS and SAME_SENTENCE_THRESHOLD by a likelihood grid search (both term
// weightings pooled) with nested 10-fold cross-validation, compares with a plain TF-IDF cosine baseline, calibrates
// SAME_TOPIC_THRESHOLD, and measures profiling and comparison throughput.
//
//   npx tsx bench/msrp-calibrate.ts [path/to/msr_paraphrase_train.txt]
//
// The path defaults to ../shared/data/msrp/msr_paraphrase_train.txt relative to the repo root.
// IDF is computed over the MSRP sentences themselves (unsupervised: labels are never used).
// Folds are deterministic: pair i (in file order) belongs to fold i mod 10.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  combineFeatures,
  compareProfiles,
  EXTRA_DETAIL_SCALE,
  SAME_SENTENCE_THRESHOLD,
  SAME_TOPIC_THRESHOLD,
  SCORE_WEIGHTS,
  type ScoredFeatures,
  type ScoreWeights,
  type SentenceFeatures,
} from '../src/align/compare-sentences.js';
import { profileSentence, type SentenceProfile } from '../src/align/sentence-profile.js';
import {
  buildTermWeights,
  DEFAULT_TERM_WEIGHTS,
  defaultTermWeight,
  type TermWeights,
} from '../src/align/term-weights.js';
import { porterStem } from '../src/text/natural-adapter.js';
import { clearStemCache, stem } from '../src/text/stem.js';
import { isStopword } from '../src/text/stopwords.js';
import { tokenize } from '../src/text/tokenize.js';

const FOLDS = 10;
/** Grid step for the shipped score weights (they sum to 1). */
const GRID_STEP = 0.05;
/** Coarser grid step for the EXTRA_DETAIL_SCALE sweep. */
const SWEEP_STEP = 0.1;
/** EXTRA_DETAIL_SCALE candidates. */
const SCALES = [2, 3, 4, 6, 8];

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const path = resolve(repoRoot, process.argv[2] ?? '../shared/data/msrp/msr_paraphrase_train.txt');

interface Pair {
  label: 0 | 1;
  a: SentenceProfile;
  b: SentenceProfile;
}

/** Reads the tab-separated corpus: BOM, header, then `Quality #1ID #2ID #1String #2String`. */
function readCorpus(file: string): { pairs: Pair[]; sentences: SentenceProfile[] } {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const byId = new Map<string, SentenceProfile>();
  const pairs: Pair[] = [];
  for (const [index, line] of lines.slice(1).entries()) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (fields.length !== 5 || (fields[0] !== '0' && fields[0] !== '1')) {
      throw new Error(`${file}:${index + 2}: expected 5 tab-separated fields with label 0 or 1`);
    }
    const [label, idA, idB, textA, textB] = fields as [string, string, string, string, string];
    const profile = (id: string, text: string) => {
      let found = byId.get(id);
      if (found === undefined) {
        found = profileSentence(text);
        byId.set(id, found);
      }
      return found;
    };
    pairs.push({ label: label === '1' ? 1 : 0, a: profile(idA, textA), b: profile(idB, textB) });
  }
  return { pairs, sentences: [...byId.values()] };
}

interface Metrics {
  accuracy: number;
  f1: number;
}

/** Accuracy and F1 (positive class = paraphrase) of thresholded scores. */
function evaluate(scores: number[], labels: number[], indices: number[], threshold: number) {
  let correct = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const i of indices) {
    const predicted = scores[i]! >= threshold;
    const actual = labels[i] === 1;
    if (predicted === actual) correct++;
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
  }
  return { correct, tp, fp, fn, total: indices.length };
}

/**
 * The threshold that maximises accuracy on `indices` (midpoint between neighbouring scores;
 * the lowest such threshold on ties, for determinism).
 */
function bestThreshold(scores: number[], labels: number[], indices: number[]) {
  const order = indices.slice().sort((p, q) => scores[p]! - scores[q]! || p - q);
  return sweep(scores, labels, order, () => true);
}

/**
 * One pass over pairs sorted by score: predicting "paraphrase" above each gap, keep the
 * threshold with the most correct predictions among the pairs `include` accepts.
 */
function sweep(
  scores: number[],
  labels: number[],
  order: number[],
  include: (index: number) => boolean,
): { threshold: number; correct: number } {
  let correct = 0;
  for (const i of order) if (include(i)) correct += labels[i]!;
  let best = correct;
  let threshold = 0;
  let previous = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (!include(i)) continue;
    correct += labels[i] === 1 ? -1 : 1;
    previous = i;
    let next = k + 1;
    while (next < order.length && !include(order[next]!)) next++;
    const here = scores[previous]!;
    const after = next < order.length ? scores[order[next]!]! : here + 1e-9;
    if (after > here && correct > best) {
      best = correct;
      threshold = (here + after) / 2;
    }
  }
  return { threshold, correct: best };
}

/** Cross-validated metrics for a fixed score: threshold tuned on 9 folds, tested on the 10th. */
function crossValidateThreshold(scores: number[], labels: number[]): Metrics {
  const totals = { correct: 0, tp: 0, fp: 0, fn: 0, total: 0 };
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = labels.map((_, i) => i).filter((i) => i % FOLDS !== fold);
    const test = labels.map((_, i) => i).filter((i) => i % FOLDS === fold);
    const { threshold } = bestThreshold(scores, labels, train);
    add(totals, evaluate(scores, labels, test, threshold));
  }
  return metrics(totals);
}

type Counts = { correct: number; tp: number; fp: number; fn: number; total: number };

function add(totals: Counts, result: Counts): void {
  totals.correct += result.correct;
  totals.tp += result.tp;
  totals.fp += result.fp;
  totals.fn += result.fn;
  totals.total += result.total;
}

function metrics(t: Counts): Metrics {
  return { accuracy: t.correct / t.total, f1: (2 * t.tp) / (2 * t.tp + t.fp + t.fn) };
}

/** All weight vectors on the simplex with the given step, in a fixed order. */
function weightGrid(step: number): ScoreWeights[] {
  const steps = Math.round(1 / step);
  const grid: ScoreWeights[] = [];
  for (let o = 0; o <= steps; o++) {
    for (let d = 0; o + d <= steps; d++) {
      for (let e = 0; o + d + e <= steps; e++) {
        for (let n = 0; o + d + e + n <= steps; n++) {
          grid.push({
            weightedOverlap: o / steps,
            dice: d / steps,
            extraDetailSimilarity: e / steps,
            numberOverlap: n / steps,
            nameOverlap: (steps - o - d - e - n) / steps,
          });
        }
      }
    }
  }
  return grid;
}

/** Features with `extraDetailSimilarity` recomputed for another EXTRA_DETAIL_SCALE. */
function withScale(features: SentenceFeatures[], scale: number): ScoredFeatures[] {
  return features.map((f) => ({ ...f, extraDetailSimilarity: Math.exp(-f.extraDetail / scale) }));
}

/**
 * A one-feature logistic model P(paraphrase) = 1 / (1 + e^-(intercept + slope·score)) fitted
 * by Newton–Raphson (from zero, where it converges for this concave likelihood) to the pairs in
 * `indices`. Returns the fit and its log-likelihood.
 */
function fitLogistic(
  scores: Float64Array,
  labels: number[],
  indices: Int32Array,
): { intercept: number; slope: number; logLikelihood: number } {
  let a = 0;
  let b = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      const x = scores[i]!;
      const p = 1 / (1 + Math.exp(-(a + b * x)));
      const r = p - labels[i]!;
      const v = p * (1 - p);
      ga += r;
      gb += r * x;
      haa += v;
      hab += v * x;
      hbb += v * x * x;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  let logLikelihood = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const z = a + b * scores[i]!;
    logLikelihood -= labels[i] === 1 ? Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
  }
  return { intercept: a, slope: b, logLikelihood };
}

type Selection = 'likelihood' | 'accuracy';

/**
 * Nested cross-validation of the weight grid: for each fold, weights and threshold are chosen
 * on the other nine folds and tested on it; the same search on all pairs gives the constants
 * to ship. `likelihood` (shipped): the weights whose score, through a fitted logistic model,
 * gives the highest likelihood, and the threshold where that model says 0.5 — a smooth
 * criterion, so neighbouring folds pick neighbouring weights. `accuracy` (the earlier
 * procedure): the weights and threshold with the most correct predictions, a flat criterion
 * whose per-fold choices scatter across the grid. Ties keep the first weights in grid order.
 */
function calibrate(
  features: ScoredFeatures[],
  labels: number[],
  step: number,
  selection: Selection = 'likelihood',
  pairCount = features.length,
) {
  const grid = weightGrid(step);
  const all = labels.map((_, i) => i);
  // Pooled weightings repeat every pair once per weighting; a pair's copies share its fold.
  const foldOf = (i: number) => (i % pairCount) % FOLDS;
  const train = Array.from({ length: FOLDS }, (_, fold) =>
    Int32Array.from(all.filter((i) => foldOf(i) !== fold)),
  );
  const allIndices = Int32Array.from(all);
  const best = Array.from({ length: FOLDS + 1 }, () => ({
    value: -Infinity,
    index: 0,
    threshold: 0,
  }));
  grid.forEach((weights, index) => {
    const scores = Float64Array.from(features, (f) => combineFeatures(f, weights));
    const scoreList = selection === 'accuracy' ? Array.from(scores) : [];
    const order =
      selection === 'accuracy'
        ? all.slice().sort((p, q) => scoreList[p]! - scoreList[q]! || p - q)
        : [];
    for (let fold = 0; fold <= FOLDS; fold++) {
      const indices = fold === FOLDS ? allIndices : train[fold]!;
      let value: number;
      let threshold: number;
      if (selection === 'likelihood') {
        const fit = fitLogistic(scores, labels, indices);
        value = fit.logLikelihood;
        threshold = fit.slope > 0 ? -fit.intercept / fit.slope : Number.POSITIVE_INFINITY;
      } else {
        const include = fold === FOLDS ? () => true : (i: number) => foldOf(i) !== fold;
        ({ threshold, correct: value } = sweep(scoreList, labels, order, include));
      }
      if (value > best[fold]!.value) best[fold] = { value, index, threshold };
    }
  });
  // Results per weighting (segment of `pairCount` pairs), and over all of them.
  const segments = features.length / pairCount;
  const totals: Counts[] = Array.from({ length: segments }, () => ({
    correct: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    total: 0,
  }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const { index, threshold } = best[fold]!;
    const scores = features.map((f) => combineFeatures(f, grid[index]!));
    for (let segment = 0; segment < segments; segment++) {
      const test = all.filter((i) => foldOf(i) === fold && Math.floor(i / pairCount) === segment);
      add(totals[segment]!, evaluate(scores, labels, test, threshold));
    }
  }
  const chosen = best[FOLDS]!;
  const chosenScores = features.map((f) => combineFeatures(f, grid[chosen.index]!));
  return {
    crossValidated: totals.map(metrics),
    weights: grid[chosen.index]!,
    threshold: chosen.threshold,
    fit: Array.from({ length: segments }, (_, segment) =>
      metrics(
        evaluate(
          chosenScores,
          labels,
          all.filter((i) => Math.floor(i / pairCount) === segment),
          chosen.threshold,
        ),
      ),
    ),
    foldChoices: best
      .slice(0, FOLDS)
      .map(({ index, threshold }) => ({ ...grid[index]!, threshold })),
  };
}

/** Classic TF-IDF cosine over content stems (the published knowledge-light baseline). */
function tfidfCosine(a: SentenceProfile, b: SentenceProfile, weights: TermWeights): number {
  const vector = (p: SentenceProfile) =>
    new Map(p.terms.map((term, i) => [term, p.termCounts[i]! * weights.weight(term)]));
  const x = vector(a);
  const y = vector(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [term, value] of x) {
    nx += value * value;
    dot += value * (y.get(term) ?? 0);
  }
  for (const value of y.values()) ny += value * value;
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}

const pct = (x: number) => (100 * x).toFixed(1);
const show = (m: Metrics) => `accuracy ${pct(m.accuracy)}%  F1 ${pct(m.f1)}`;
const fmt = (w: ScoreWeights) =>
  `overlap ${w.weightedOverlap.toFixed(2)}, dice ${w.dice.toFixed(2)}, extra detail ${w.extraDetailSimilarity.toFixed(2)}, numbers ${w.numberOverlap.toFixed(2)}, names ${w.nameOverlap.toFixed(2)}`;
const short = (w: ScoreWeights) =>
  [w.weightedOverlap, w.dice, w.extraDetailSimilarity, w.numberOverlap, w.nameOverlap]
    .map((x) => x.toFixed(2))
    .join('/');

function main(): void {
  const started = performance.now();
  const { pairs, sentences } = readCorpus(path);
  const profileMs = performance.now() - started;
  const labels = pairs.map((pair) => pair.label);
  const positives = labels.filter((label) => label === 1).length;
  console.log(
    `MSRP training pairs: ${pairs.length} (${positives} paraphrases, ${pct(positives / pairs.length)}%)`,
  );
  console.log(`distinct sentences profiled: ${sentences.length} in ${profileMs.toFixed(0)} ms`);
  console.log(
    `majority class (all paraphrase): accuracy ${pct(positives / pairs.length)}%  F1 ${pct((2 * positives) / (2 * positives + (pairs.length - positives)))}`,
  );

  const idf = buildTermWeights(sentences);
  const modes: [string, TermWeights][] = [
    ['MSRP IDF', idf],
    ['default weights (no collection)', DEFAULT_TERM_WEIGHTS],
  ];

  const baseline = pairs.map((pair) => tfidfCosine(pair.a, pair.b, idf));
  console.log(
    `\nbaseline, TF-IDF cosine over content stems (MSRP IDF): ${show(crossValidateThreshold(baseline, labels))}`,
  );

  const featuresByMode: SentenceFeatures[][] = [];
  for (const [name, weights] of modes) {
    const compareStart = performance.now();
    const results = pairs.map((pair) => compareProfiles(pair.a, pair.b, weights));
    const compareMs = performance.now() - compareStart;
    const features = results.map((r) => r.features);
    featuresByMode.push(features);
    console.log(`\n== ${name} ==  (${pairs.length} comparisons in ${compareMs.toFixed(0)} ms)`);
    for (const key of ['weightedOverlap', 'dice', 'extraDetailSimilarity'] as const) {
      console.log(
        `  ${key} alone: ${show(
          crossValidateThreshold(
            features.map((f) => f[key]),
            labels,
          ),
        )}`,
      );
    }
    const byAccuracy = calibrate(features, labels, GRID_STEP, 'accuracy');
    console.log(
      `  earlier procedure (this weighting only; weights and threshold by accuracy), grid step ${GRID_STEP}: nested ${FOLDS}-fold CV ${show(byAccuracy.crossValidated[0]!)}; chosen on all pairs ${fmt(byAccuracy.weights)} @ ${byAccuracy.threshold.toFixed(3)}, per-fold choices ${byAccuracy.foldChoices.map((c) => `${short(c)}@${c.threshold.toFixed(3)}`).join(' ')}`,
    );
    const shipped = results.map((r) => r.score);
    const shippedMetrics = metrics(
      evaluate(
        shipped,
        labels,
        labels.map((_, i) => i),
        SAME_SENTENCE_THRESHOLD,
      ),
    );
    console.log(
      `  shipped constants (${fmt(SCORE_WEIGHTS)}; threshold ${SAME_SENTENCE_THRESHOLD}): ${show(shippedMetrics)} on all pairs, ${show(crossValidateThreshold(shipped, labels))} with CV threshold`,
    );
  }

  // One set of constants serves both weightings (compareSentences defaults to the collection-
  // free weights; analyze passes IDF), so they are chosen on both pooled: each pair once per
  // weighting, both copies in the pair's fold.
  const pooledLabels = [...labels, ...labels];
  const pooled = (scale: number) =>
    featuresByMode.flatMap((features) => withScale(features, scale));
  console.log('\n== shipped procedure: weights by likelihood, both weightings pooled ==');
  const perMode = (list: Metrics[]) =>
    list.map((m, i) => `${i === 0 ? 'MSRP IDF' : 'default'} ${show(m)}`).join('; ');
  for (const scale of SCALES) {
    const sweepResult = calibrate(
      pooled(scale),
      pooledLabels,
      SWEEP_STEP,
      'likelihood',
      pairs.length,
    );
    console.log(
      `  EXTRA_DETAIL_SCALE ${scale}, grid step ${SWEEP_STEP}: nested CV ${perMode(sweepResult.crossValidated)}`,
    );
  }
  const result = calibrate(
    pooled(EXTRA_DETAIL_SCALE),
    pooledLabels,
    GRID_STEP,
    'likelihood',
    pairs.length,
  );
  console.log(
    `  EXTRA_DETAIL_SCALE ${EXTRA_DETAIL_SCALE}, grid step ${GRID_STEP}, nested ${FOLDS}-fold CV: ${perMode(result.crossValidated)}`,
  );
  console.log(
    `  chosen on all pairs: ${fmt(result.weights)}; threshold ${result.threshold.toFixed(3)} (fit on all: ${perMode(result.fit)})`,
  );
  console.log(
    `  per-fold choices (overlap/dice/extra/numbers/names@threshold): ${result.foldChoices.map((c) => `${short(c)}@${c.threshold.toFixed(3)}`).join(' ')}`,
  );

  throughput(sentences, pairs, idf);
  functionWordSweep(pairs, labels);
  topicCalibration(pairs, idf);
  stemCacheBenefit(sentences);
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Warm throughput: profiling every sentence again, then comparing every pair again. */
function throughput(sentences: SentenceProfile[], pairs: Pair[], idf: TermWeights): void {
  const rounds = 3;
  let start = performance.now();
  for (let r = 0; r < rounds; r++) for (const sentence of sentences) profileSentence(sentence.text);
  const profileMs = (performance.now() - start) / rounds;
  start = performance.now();
  for (let r = 0; r < rounds; r++) for (const pair of pairs) compareProfiles(pair.a, pair.b, idf);
  const compareMs = (performance.now() - start) / rounds;
  console.log('\n== throughput (warm, mean of 3 rounds) ==');
  console.log(
    `  profileSentence: ${Math.round((sentences.length / profileMs) * 1000)} sentences/s (${((profileMs * 1000) / sentences.length).toFixed(1)} µs each)`,
  );
  console.log(
    `  compareProfiles (MSRP IDF): ${Math.round((pairs.length / compareMs) * 1000)} pairs/s (${((compareMs * 1000) / pairs.length).toFixed(1)} µs each)`,
  );
}

/** How the default stopword weight affects the default-weights score (CV threshold, shipped mix). */
function functionWordSweep(pairs: Pair[], labels: number[]): void {
  console.log('\n== default stopword weight (shipped score weights, CV threshold) ==');
  for (const functionWeight of [0.1, 0.25, 0.5, 0.75, 1]) {
    const weights: TermWeights = {
      documentCount: 0,
      weight: (term) => (isStopword(term) ? functionWeight : defaultTermWeight(term)),
    };
    const scores = pairs.map((pair) => compareProfiles(pair.a, pair.b, weights).score);
    console.log(
      `  stopword weight ${functionWeight}: ${show(crossValidateThreshold(scores, labels))}`,
    );
  }
}

/**
 * SAME_TOPIC_THRESHOLD separates MSRP pairs (all from one news story, paraphrase or not) from
 * mismatched pairs (sentence 1 of pair i with sentence 2 of pair i + N/2, a different story).
 */
function topicCalibration(pairs: Pair[], idf: TermWeights): void {
  const half = Math.floor(pairs.length / 2);
  const scores: number[] = [];
  const labels: number[] = [];
  pairs.forEach((pair, i) => {
    scores.push(compareProfiles(pair.a, pair.b, idf).features.topicScore);
    labels.push(1);
    const other = pairs[(i + half) % pairs.length]!;
    scores.push(compareProfiles(pair.a, other.b, idf).features.topicScore);
    labels.push(0);
  });
  const all = labels.map((_, i) => i);
  const { threshold } = bestThreshold(scores, labels, all);
  const fitted = metrics(evaluate(scores, labels, all, threshold));
  const shipped = metrics(evaluate(scores, labels, all, SAME_TOPIC_THRESHOLD));
  const mismatchedSame = pairs.filter(
    (pair, i) => compareProfiles(pair.a, pairs[(i + half) % pairs.length]!.b, idf).same,
  ).length;
  const negatives = pairs
    .map((p, i) => (p.label === 0 ? scores[2 * i]! : -1))
    .filter((s) => s >= 0);
  const recallOfNegatives =
    negatives.filter((s) => s >= SAME_TOPIC_THRESHOLD).length / negatives.length;
  console.log('\n== same topic: MSRP pairs vs pairs from different stories (MSRP IDF) ==');
  console.log(
    `  best threshold ${threshold.toFixed(3)}: ${show(fitted)}; CV: ${show(crossValidateThreshold(scores, labels))}`,
  );
  console.log(
    `  shipped SAME_TOPIC_THRESHOLD ${SAME_TOPIC_THRESHOLD}: ${show(shipped)}; non-paraphrase MSRP pairs still same-topic: ${pct(recallOfNegatives)}%`,
  );
  console.log(
    `  pairs from different stories judged \`same\` at SAME_SENTENCE_THRESHOLD: ${mismatchedSame} of ${pairs.length}`,
  );
}

/** Stemming every word of the corpus with and without the memo cache. */
function stemCacheBenefit(sentences: SentenceProfile[]): void {
  const words = sentences.flatMap((s) =>
    tokenize(s.text)
      .filter((t) => t.kind === 'word' && /^[a-z]+$/.test(t.norm))
      .map((t) => t.norm),
  );
  const time = (run: () => void) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const rounds = 5;
  const raw = time(() => {
    for (let r = 0; r < rounds; r++) for (const word of words) porterStem(word);
  });
  clearStemCache();
  const cached = time(() => {
    for (let r = 0; r < rounds; r++) for (const word of words) stem(word);
  });
  console.log('\n== stem cache ==');
  console.log(
    `  ${words.length} word tokens x ${rounds}: uncached ${raw.toFixed(0)} ms, cached ${cached.toFixed(0)} ms (${(raw / cached).toFixed(1)}x)`,
  );
}

main();
