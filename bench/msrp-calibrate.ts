// Measures sentence comparison on the MSR Paraphrase Corpus (training split, 4,076 pairs):
// the plain TF-IDF cosine baseline, the shipped paraphrase model (`same` / `probability`, fitted
// by scripts/fit-same.ts, whose nested CV is the honest estimate) and the graded `score` as a
// thresholded classifier, SAME_TOPIC_THRESHOLD, and profiling and comparison throughput.
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
  compareProfiles,
  compareSentences,
  SAME_SENTENCE_THRESHOLD,
  SAME_TOPIC_THRESHOLD,
} from '../src/align/compare-sentences.js';
import { profileSentence, type SentenceProfile } from '../src/align/sentence-profile.js';
import {
  buildTermWeights,
  DEFAULT_TERM_WEIGHTS,
  type TermWeights,
} from '../src/align/term-weights.js';
import { porterStem } from '../src/text/natural-adapter.js';
import { clearStemCache, stem } from '../src/text/stem.js';
import { tokenize } from '../src/text/tokenize.js';
import { tfidfCosine } from './tfidf-cosine.js';

const FOLDS = 10;

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

const pct = (x: number) => (100 * x).toFixed(1);
const show = (m: Metrics) => `accuracy ${pct(m.accuracy)}%  F1 ${pct(m.f1)}`;

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

  for (const [name, weights] of modes) {
    const results = pairs.map((pair) => compareProfiles(pair.a, pair.b, weights));
    const same = metrics(
      evaluate(
        results.map((r) => r.probability),
        labels,
        labels.map((_, i) => i),
        SAME_SENTENCE_THRESHOLD,
      ),
    );
    console.log(`\n== ${name} ==`);
    console.log(
      `  shipped \`same\` (probability >= ${SAME_SENTENCE_THRESHOLD}; fitted on these pairs, default weights): ${show(same)}`,
    );
    console.log(
      `  graded \`score\` as a classifier, CV threshold: ${show(
        crossValidateThreshold(
          results.map((r) => r.score),
          labels,
        ),
      )}`,
    );
  }

  throughput(sentences, pairs, idf);
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
  start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const pair of pairs) compareSentences(pair.a.text, pair.b.text);
  }
  const sentencesMs = (performance.now() - start) / rounds;
  console.log(
    `  compareSentences (two strings: profiling both + comparing): ${((sentencesMs * 1000) / pairs.length).toFixed(1)} µs per pair`,
  );
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
