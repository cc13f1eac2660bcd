// Fits the paraphrase model behind `compareSentences(a, b).same` / `.probability`: an
// L2-regularised logistic regression over cheap lexical features, on the MSR Paraphrase Corpus
// training split, and writes it to src/align/paraphrase-model.ts with the data's sha256.
//
//   npx tsx scripts/fit-same.ts [path/to/msr_paraphrase_train.txt] [--check]
//
// The path defaults to ../shared/data/msrp/msr_paraphrase_train.txt relative to the repo root.
// Features are computed exactly as the library computes them (compareProfiles with the default
// term weights: compareSentences has no collection). Folds are deterministic: pair i (in file
// order) is in fold i mod 10. The honest estimate is nested 10-fold CV: in each outer fold the
// L2 penalty and the decision threshold (the probability from which `same` is true) are chosen
// together by 9-fold CV accuracy on the other nine folds only, the model is fitted on them and
// tested on the held-out fold at that threshold. `--check` prints without writing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareProfiles } from '../src/align/compare-sentences.js';
import type {
  ParaphraseModelFeature,
  ParaphraseModelInput,
} from '../src/align/paraphrase-features.js';
import { profileSentence, type SentenceProfile } from '../src/align/sentence-profile.js';

const FOLDS = 10;
/** L2 penalties tried (on standardised features); chosen by inner CV accuracy. */
const PENALTIES = [0.01, 0.1, 0.3, 1, 3];
/**
 * Decision thresholds tried, 0.30 to 0.70 in steps of 0.02; chosen with the penalty by inner
 * CV accuracy. MSRP is two-thirds paraphrases, so the accuracy-best cut sits a little below
 * even odds (0.44–0.50 in the ten outer folds). Choosing it inside the nested CV raised the
 * honest estimate from 76.5% / F1 83.4 (fixed at 0.5) to the figures in the model file.
 */
const THRESHOLDS = Array.from({ length: 21 }, (_, k) => Number((0.3 + 0.02 * k).toFixed(2)));
/**
 * The model's inputs, in the order the issue ranks them by measured value (each was kept:
 * dropping any one moves 10-fold CV accuracy by at most 0.2 points, within fold noise).
 */
const FEATURES: readonly ParaphraseModelFeature[] = [
  'minWordPrecision',
  'maxWordPrecision',
  'longestUnmatchedRun',
  'shortestUnmatchedRun',
  'unmatchedContentWords',
  'maxUnmatchedContentWords',
  'minBigramPrecision',
  'maxBigramPrecision',
  'minTrigramPrecision',
  'maxTrigramPrecision',
  'characterCosine',
  'cosine',
  'lengthRatio',
  'differingNumbers',
  'weightedOverlap',
  'maxCoverage',
  'dice',
  'extraDetailSimilarity',
];

const args = process.argv.slice(2);
const check = args.includes('--check');
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const path = resolve(
  repoRoot,
  args.find((arg) => !arg.startsWith('--')) ?? '../shared/data/msrp/msr_paraphrase_train.txt',
);
const OUTPUT = resolve(repoRoot, 'src/align/paraphrase-model.ts');

interface Pair {
  label: 0 | 1;
  a: SentenceProfile;
  b: SentenceProfile;
}

/** Reads the tab-separated corpus: BOM, header, then `Quality #1ID #2ID #1String #2String`. */
function readCorpus(text: string): Pair[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const byId = new Map<string, SentenceProfile>();
  const profile = (id: string, sentence: string) => {
    let found = byId.get(id);
    if (found === undefined) {
      found = profileSentence(sentence);
      byId.set(id, found);
    }
    return found;
  };
  const pairs: Pair[] = [];
  for (const [index, line] of lines.slice(1).entries()) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (fields.length !== 5 || (fields[0] !== '0' && fields[0] !== '1')) {
      throw new Error(`${path}:${index + 2}: expected 5 tab-separated fields with label 0 or 1`);
    }
    const [label, idA, idB, textA, textB] = fields as [string, string, string, string, string];
    pairs.push({ label: label === '1' ? 1 : 0, a: profile(idA, textA), b: profile(idB, textB) });
  }
  return pairs;
}

/** The model inputs of a pair, exactly as compareProfiles computes them. */
function modelInput(pair: Pair): ParaphraseModelInput {
  const { features } = compareProfiles(pair.a, pair.b);
  return {
    ...features.paraphrase,
    cosine: features.cosine,
    weightedOverlap: features.weightedOverlap,
    maxCoverage: features.maxCoverage,
    dice: features.dice,
    extraDetailSimilarity: features.extraDetailSimilarity,
    differingNumbers: features.numbersOnlyInA.length + features.numbersOnlyInB.length > 0 ? 1 : 0,
  };
}

interface Fit {
  /** Weights on standardised features, [intercept, ...]. */
  weights: Float64Array;
  mean: Float64Array;
  scale: Float64Array;
}

/** Newton–Raphson for L2-penalised logistic regression on standardised features. */
function fitLogistic(x: Float64Array[], labels: number[], rows: number[], penalty: number): Fit {
  const d = x[0]!.length;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (const i of rows) for (let k = 0; k < d; k++) mean[k]! += x[i]![k]! / rows.length;
  for (const i of rows) for (let k = 0; k < d; k++) scale[k]! += (x[i]![k]! - mean[k]!) ** 2;
  for (let k = 0; k < d; k++) scale[k] = Math.sqrt(scale[k]! / rows.length) || 1;
  const z = rows.map((i) => {
    const row = new Float64Array(d + 1);
    row[0] = 1;
    for (let k = 0; k < d; k++) row[k + 1] = (x[i]![k]! - mean[k]!) / scale[k]!;
    return row;
  });
  const n = d + 1;
  const weights = new Float64Array(n);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Float64Array(n);
    const hessian = Array.from({ length: n }, () => new Float64Array(n));
    z.forEach((row, r) => {
      let t = 0;
      for (let k = 0; k < n; k++) t += row[k]! * weights[k]!;
      const p = 1 / (1 + Math.exp(-t));
      const residual = p - labels[rows[r]!]!;
      const v = p * (1 - p);
      for (let a = 0; a < n; a++) {
        gradient[a]! += residual * row[a]!;
        const va = v * row[a]!;
        for (let b = a; b < n; b++) hessian[a]![b]! += va * row[b]!;
      }
    });
    for (let a = 0; a < n; a++) for (let b = 0; b < a; b++) hessian[a]![b] = hessian[b]![a]!;
    for (let k = 1; k < n; k++) {
      gradient[k]! += penalty * weights[k]!;
      hessian[k]![k]! += penalty;
    }
    const step = solve(hessian, gradient);
    let change = 0;
    for (let k = 0; k < n; k++) {
      weights[k]! -= step[k]!;
      change += Math.abs(step[k]!);
    }
    if (change < 1e-10) break;
  }
  return { weights, mean, scale };
}

/** Gaussian elimination with partial pivoting (the system is small and positive definite). */
function solve(matrix: Float64Array[], vector: Float64Array): Float64Array {
  const n = vector.length;
  const m = matrix.map((row, i) => Float64Array.from([...row, vector[i]!]));
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const factor = m[r]![c]! / m[c]![c]!;
      if (factor === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= factor * m[c]![k]!;
    }
  }
  return Float64Array.from({ length: n }, (_, i) => m[i]![n]! / m[i]![i]!);
}

function probability(fit: Fit, row: Float64Array): number {
  let t = fit.weights[0]!;
  for (let k = 0; k < row.length; k++) {
    t += (fit.weights[k + 1]! * (row[k]! - fit.mean[k]!)) / fit.scale[k]!;
  }
  return 1 / (1 + Math.exp(-t));
}

interface Counts {
  correct: number;
  tp: number;
  fp: number;
  fn: number;
  total: number;
}

function count(
  fit: Fit,
  x: Float64Array[],
  labels: number[],
  rows: number[],
  threshold: number,
  into?: Counts,
) {
  return tally(
    rows.map((i) => probability(fit, x[i]!)),
    rows.map((i) => labels[i]!),
    threshold,
    into,
  );
}

/** Confusion counts of probabilities against labels at a threshold. */
function tally(probabilities: number[], labels: number[], threshold: number, into?: Counts) {
  const counts = into ?? { correct: 0, tp: 0, fp: 0, fn: 0, total: 0 };
  probabilities.forEach((p, k) => {
    const predicted = p >= threshold;
    const actual = labels[k] === 1;
    if (predicted === actual) counts.correct++;
    if (predicted && actual) counts.tp++;
    else if (predicted) counts.fp++;
    else if (actual) counts.fn++;
    counts.total++;
  });
  return counts;
}

const accuracy = (c: Counts) => c.correct / c.total;
const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
const show = (c: Counts) =>
  `accuracy ${(100 * accuracy(c)).toFixed(1)}%  F1 ${(100 * f1(c)).toFixed(1)}`;

/** A penalty and a decision threshold. */
interface Settings {
  penalty: number;
  threshold: number;
}

/**
 * The penalty and threshold with the best k-fold CV accuracy over `rows` (fold `skipFold`
 * left out). Ties go to the stronger penalty, then to the threshold nearer 0.5.
 */
function chooseSettings(
  x: Float64Array[],
  labels: number[],
  rows: number[],
  skipFold: number,
): Settings {
  let best = { penalty: PENALTIES[0]!, threshold: 0.5, correct: -1 };
  for (const penalty of PENALTIES) {
    // Out-of-fold probabilities at this penalty; each threshold is then a re-count.
    const probabilities: number[] = [];
    const outOfFold: number[] = [];
    for (let fold = 0; fold < FOLDS; fold++) {
      if (fold === skipFold) continue;
      const train = rows.filter((i) => i % FOLDS !== fold);
      const test = rows.filter((i) => i % FOLDS === fold);
      const fit = fitLogistic(x, labels, train, penalty);
      for (const i of test) {
        probabilities.push(probability(fit, x[i]!));
        outOfFold.push(labels[i]!);
      }
    }
    for (const threshold of THRESHOLDS) {
      const { correct } = tally(probabilities, outOfFold, threshold);
      const better =
        correct > best.correct ||
        (correct === best.correct &&
          (penalty > best.penalty || Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5)));
      if (better) best = { penalty, threshold, correct };
    }
  }
  return { penalty: best.penalty, threshold: best.threshold };
}

/** Plain 10-fold CV at a fixed penalty and threshold (for the ablation lines). */
function crossValidate(x: Float64Array[], labels: number[], settings: Settings): Counts {
  const all = labels.map((_, i) => i);
  const counts: Counts = { correct: 0, tp: 0, fp: 0, fn: 0, total: 0 };
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = all.filter((i) => i % FOLDS !== fold);
    const test = all.filter((i) => i % FOLDS === fold);
    const fit = fitLogistic(x, labels, train, settings.penalty);
    count(fit, x, labels, test, settings.threshold, counts);
  }
  return counts;
}

function main(): void {
  const started = performance.now();
  const raw = readFileSync(path);
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const pairs = readCorpus(raw.toString('utf8'));
  const labels = pairs.map((pair) => pair.label);
  const inputs = pairs.map(modelInput);
  const x = inputs.map((input) => Float64Array.from(FEATURES, (name) => input[name]));
  const all = labels.map((_, i) => i);
  console.log(`MSRP train: ${pairs.length} pairs, sha256 ${sha256}`);

  const nested: Counts = { correct: 0, tp: 0, fp: 0, fn: 0, total: 0 };
  const atEvenOdds: Counts = { correct: 0, tp: 0, fp: 0, fn: 0, total: 0 };
  const chosen: string[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = all.filter((i) => i % FOLDS !== fold);
    const test = all.filter((i) => i % FOLDS === fold);
    const settings = chooseSettings(x, labels, train, fold);
    chosen.push(`${settings.penalty}/${settings.threshold}`);
    const fit = fitLogistic(x, labels, train, settings.penalty);
    count(fit, x, labels, test, settings.threshold, nested);
    count(fit, x, labels, test, 0.5, atEvenOdds);
  }
  console.log(
    `nested ${FOLDS}-fold CV (penalty/threshold per fold ${chosen.join(', ')}): ${show(nested)}`,
  );
  console.log(`  the same folds' models at probability 0.5: ${show(atEvenOdds)}`);

  const settings = chooseSettings(x, labels, all, -1);
  const { penalty, threshold } = settings;
  const fit = fitLogistic(x, labels, all, penalty);
  const onAll = count(fit, x, labels, all, threshold);
  console.log(`fit on all pairs (penalty ${penalty}, threshold ${threshold}): ${show(onAll)}`);

  // Ablation: plain 10-fold CV with each feature left out (same penalty and threshold).
  for (const [index, name] of FEATURES.entries()) {
    const without = x.map((row) => row.filter((_, k) => k !== index));
    console.log(`  without ${name}: ${show(crossValidate(without, labels, settings))}`);
  }

  // Coefficients in the features' own units: w_k / s_k, intercept b − Σ w_k·m_k / s_k.
  const coefficients = FEATURES.map((_, k) => fit.weights[k + 1]! / fit.scale[k]!);
  const intercept =
    fit.weights[0]! - FEATURES.reduce((sum, _, k) => sum + coefficients[k]! * fit.mean[k]!, 0);
  const round = (value: number) => Number(value.toPrecision(8));
  const pct = (value: number) => (100 * value).toFixed(1);
  const file = `// GENERATED by scripts/fit-same.ts — do not edit by hand. Regenerate with
//   npx tsx scripts/fit-same.ts [path/to/msr_paraphrase_train.txt]
//
// Source: MSR Paraphrase Corpus, training split (msr_paraphrase_train.txt, ${pairs.length} pairs),
// sha256 ${sha256}.
// Model: L2-penalised logistic regression over the features below, computed by compareProfiles
// with the default term weights; penalty ${penalty} on standardised features and decision
// threshold ${threshold}, chosen together by 10-fold CV accuracy (penalties ${PENALTIES.join(', ')};
// thresholds ${THRESHOLDS[0]}–${THRESHOLDS[THRESHOLDS.length - 1]} in steps of 0.02).
// Honest estimate, nested 10-fold CV (fold = pair index mod 10; penalty and threshold chosen
// inside each fold): accuracy ${pct(accuracy(nested))}%, F1 ${pct(f1(nested))} (the same models at
// probability 0.5: ${pct(accuracy(atEvenOdds))}%, F1 ${pct(f1(atEvenOdds))}).
// Fit on all pairs: accuracy ${pct(accuracy(onAll))}%, F1 ${pct(f1(onAll))}.
import type { ParaphraseModel } from './paraphrase-features.js';

/** The fitted paraphrase model read by \`compareSentences\` (\`probability\`, \`same\`). */
export const PARAPHRASE_MODEL: ParaphraseModel = Object.freeze({
  features: Object.freeze([
${FEATURES.map((name) => `    '${name}',`).join('\n')}
  ] as const),
  coefficients: Object.freeze([
${coefficients.map((value) => `    ${round(value)},`).join('\n')}
  ]),
  intercept: ${round(intercept)},
  threshold: ${threshold},
});
`;
  if (check) console.log('(--check: model file not written)');
  else {
    writeFileSync(OUTPUT, file);
    // The repository's formatter lays out the arrays, so `npm run lint` passes on the output.
    execFileSync('npx', ['biome', 'format', '--write', OUTPUT], { cwd: repoRoot, stdio: 'ignore' });
    console.log(`wrote ${OUTPUT}`);
  }
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
