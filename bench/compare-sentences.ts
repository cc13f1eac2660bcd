// Speed of `compareSentences` (two strings in, one comparison out: both profiled, then
// compared) on real sentence pairs, and of its two halves: `profileSentence` per sentence and
// `compareProfiles` on prepared profiles (the aligner's path). Also prints a digest of every
// output bit (score, probability, same, sameTopic, the features) so a speed change can be
// checked for identical results.
//
//   npx tsx bench/compare-sentences.ts [path/to/msr_paraphrase_train.txt] [--pairs N] [--rounds R]
//
// The path defaults to ../shared/data/msrp/msr_paraphrase_train.txt relative to the repo root;
// the first N pairs (default 2,000) in file order are timed, after one warm-up round over all of
// them, R rounds (default 5). Each pair is timed on its own (performance.now), giving the median
// per pair over all rounds and the fastest round's median (the least disturbed by other work on
// a shared host); the mean is wall time over the pairs, and CPU time (process.cpuUsage) is
// printed beside it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compareProfiles,
  compareSentences,
  type SentenceComparison,
} from '../src/align/compare-sentences.js';
import { profileSentence } from '../src/align/sentence-profile.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} expects a positive integer`);
  return value;
};
const positional = args.filter(
  (arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'),
);
const path = resolve(repoRoot, positional[0] ?? '../shared/data/msrp/msr_paraphrase_train.txt');
const pairCount = option('--pairs', 2000);
const rounds = option('--rounds', 5);

/** The first `count` sentence pairs of the MSRP file (tab-separated, header line, BOM). */
function readPairs(file: string, count: number): [string, string][] {
  const pairs: [string, string][] = [];
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  for (const line of lines.slice(1)) {
    const fields = line.split('\t');
    if (fields.length !== 5) continue;
    pairs.push([fields[3]!, fields[4]!]);
    if (pairs.length === count) break;
  }
  return pairs;
}

/** Every bit of a comparison that a caller can read, in a fixed order. */
function fingerprint(result: SentenceComparison): string {
  const f = result.features;
  return JSON.stringify([
    result.score,
    result.probability,
    result.same,
    result.sameTopic,
    f.weightedOverlap,
    f.maxCoverage,
    f.cosine,
    f.dice,
    f.extraDetail,
    f.extraDetailSimilarity,
    f.paraphrase,
    f.nameOverlap,
    f.numberOverlap,
    f.topicScore,
    f.sharedNames,
    f.namesOnlyInA,
    f.namesOnlyInB,
    f.sharedNumbers,
    f.numbersOnlyInA,
    f.numbersOnlyInB,
  ]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Times `run(i)` for i in [0, n) over `rounds` rounds after a warm-up round. */
function timeEach(
  n: number,
  run: (index: number) => unknown,
): { medianUs: number; bestRoundUs: number; meanUs: number; cpuUs: number } {
  for (let index = 0; index < n; index++) run(index);
  const each: number[] = [];
  const roundMedians: number[] = [];
  let wall = 0;
  let cpu = 0;
  for (let round = 0; round < rounds; round++) {
    const cpuStart = process.cpuUsage();
    const roundStart = performance.now();
    const times: number[] = [];
    for (let index = 0; index < n; index++) {
      const start = performance.now();
      run(index);
      times.push(performance.now() - start);
    }
    wall += performance.now() - roundStart;
    const used = process.cpuUsage(cpuStart);
    cpu += used.user + used.system;
    each.push(...times);
    roundMedians.push(median(times));
  }
  return {
    medianUs: median(each) * 1000,
    bestRoundUs: Math.min(...roundMedians) * 1000,
    meanUs: (wall * 1000) / (n * rounds),
    cpuUs: cpu / (n * rounds),
  };
}

const pairs = readPairs(path, pairCount);
const digest = createHash('sha256');
for (const [a, b] of pairs) digest.update(`${fingerprint(compareSentences(a, b))}\n`);
const sentences = pairs.flat();
const profiles = sentences.map((text) => profileSentence(text));

const whole = timeEach(pairs.length, (index) => compareSentences(...pairs[index]!));
const profiling = timeEach(sentences.length, (index) => profileSentence(sentences[index]!));
const comparing = timeEach(pairs.length, (index) =>
  compareProfiles(profiles[2 * index]!, profiles[2 * index + 1]!),
);
const format = (label: string, unit: string, t: ReturnType<typeof timeEach>) =>
  `${label.padEnd(36)} median ${t.medianUs.toFixed(1).padStart(6)} µs  best round ${t.bestRoundUs
    .toFixed(1)
    .padStart(6)} µs  mean ${t.meanUs.toFixed(1).padStart(6)} µs  cpu ${t.cpuUs
    .toFixed(1)
    .padStart(6)} µs per ${unit}`;

console.log(`${pairs.length} MSRP train pairs, ${rounds} rounds after a warm-up round`);
console.log(format('compareSentences(a, b)', 'pair', whole));
console.log(format('profileSentence(text)', 'sentence', profiling));
console.log(format('compareProfiles(profileA, profileB)', 'pair', comparing));
console.log(`output digest (sha256 of every result field): ${digest.digest('hex').slice(0, 16)}`);
