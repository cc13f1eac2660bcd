// Checks the graded `compareSentences(a, b).score` against human similarity ratings: Pearson r
// on the STS Benchmark (Cer et al. 2017), overall and on the news genre, for the shipped score
// and for a plain TF-IDF cosine over Porter stems, and sweeps the constants the score was
// calibrated with (on train; dev is only checked).
//
//   npx tsx bench/sts-eval.ts [path/to/stsb-folder] [--sweep] [--ecb[=dir]]
//
// The folder defaults to ../shared/data/stsb relative to the repo root and must hold
// sts-train.csv and sts-dev.csv (tab-separated: genre, file, year, id, score, sentence 1,
// sentence 2; some lines carry extra trailing fields, ignored). `--sweep` prints the train
// grid behind GRADED_WEIGHTS, GRADED_EXPONENT and the default term weights. `--ecb[=dir]` also
// scores with IDF over the ECB+ news sentences (default ../shared/data/ecb-plus-dev), the
// redistributable (CC BY) document frequencies a shipped table could come from.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareProfiles, compareSentences, gradedScore } from '../src/align/compare-sentences.js';
import { profileSentence, type SentenceProfile } from '../src/align/sentence-profile.js';
import { buildTermWeights, DEFAULT_TERM_WEIGHTS } from '../src/align/term-weights.js';
import { isStopword } from '../src/text/stopwords.js';
import { tfidfCosine } from './tfidf-cosine.js';

const args = process.argv.slice(2);
const sweep = args.includes('--sweep');
const ecbFlag = args.find((arg) => arg.startsWith('--ecb'));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const folder = resolve(
  repoRoot,
  args.find((arg) => !arg.startsWith('--')) ?? '../shared/data/stsb',
);

interface Pair {
  genre: string;
  gold: number;
  a: SentenceProfile;
  b: SentenceProfile;
}

function read(file: string): Pair[] {
  const pairs: Pair[] = [];
  for (const [index, line] of readFileSync(resolve(folder, file), 'utf8')
    .split(/\r?\n/)
    .entries()) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    const gold = Number(fields[4]);
    if (fields.length < 7 || !Number.isFinite(gold)) {
      throw new Error(`${file}:${index + 1}: expected at least 7 tab-separated fields`);
    }
    pairs.push({
      genre: fields[0]!,
      gold,
      a: profileSentence(fields[5]!),
      b: profileSentence(fields[6]!),
    });
  }
  return pairs;
}

/** ECB+ sentences, detokenised by joining tokens with spaces (URL sentence 0 of ecbplus files skipped). */
function ecbSentences(dir: string): string[] {
  const sentences: string[] = [];
  const topics = readdirSync(dir).filter((name) => /^\d+$/.test(name));
  for (const topic of topics.sort()) {
    for (const file of readdirSync(join(dir, topic))
      .filter((f) => f.endsWith('.xml'))
      .sort()) {
      const xml = readFileSync(join(dir, topic, file), 'utf8');
      const bySentence = new Map<string, string[]>();
      for (const match of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const words = bySentence.get(match[1]!) ?? [];
        words.push(
          match[2]!
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&'),
        );
        bySentence.set(match[1]!, words);
      }
      for (const [sentence, words] of bySentence) {
        if (file.includes('ecbplus') && sentence === '0') continue;
        sentences.push(words.join(' '));
      }
    }
  }
  return sentences;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Pearson r overall and on the news genre. */
function correlations(pairs: readonly Pair[], scores: readonly number[]): [number, number] {
  const gold = pairs.map((pair) => pair.gold);
  const news = pairs.flatMap((pair, i) => (pair.genre === 'main-news' ? [i] : []));
  return [
    pearson(scores, gold),
    pearson(
      news.map((i) => scores[i]!),
      news.map((i) => gold[i]!),
    ),
  ];
}

const show = ([overall, news]: [number, number]) =>
  `overall ${overall.toFixed(3)}  news ${news.toFixed(3)}`;

/** Cosine and both coverages under an arbitrary weight function (for the sweep). */
function ingredients(a: SentenceProfile, b: SentenceProfile, weight: (term: string) => number) {
  const vector = (p: SentenceProfile) => {
    const map = new Map<string, number>();
    p.terms.forEach((term, i) => {
      map.set(term, p.termCounts[i]! * weight(term));
    });
    p.functionTerms.forEach((term, i) => {
      map.set(term, p.functionTermCounts[i]! * weight(term));
    });
    return map;
  };
  const x = vector(a);
  const y = vector(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  let shared = 0;
  let ta = 0;
  let tb = 0;
  for (const [term, value] of x) {
    nx += value * value;
    ta += value;
    const other = y.get(term);
    if (other !== undefined) {
      dot += value * other;
      shared += Math.min(value, other);
    }
  }
  for (const value of y.values()) {
    ny += value * value;
    tb += value;
  }
  const ca = ta > 0 ? shared / ta : 0;
  const cb = tb > 0 ? shared / tb : 0;
  return [nx && ny ? dot / Math.sqrt(nx * ny) : 0, Math.min(ca, cb), Math.max(ca, cb)] as const;
}

function runSweep(train: readonly Pair[], dev: readonly Pair[]): void {
  console.log('\n== sweep on train (dev shown for the winners only) ==');
  const rows: { label: string; train: [number, number]; dev: [number, number] }[] = [];
  for (const stop of [0, 0.1, 0.2, 0.5]) {
    for (const figure of [1, 1.5, 2, 2.5, 3]) {
      for (const slope of [0, 0.25, 0.5, 1]) {
        const weight = (term: string) =>
          isStopword(term) ? stop : /^\d/.test(term) ? figure : 1 + slope * Math.log(term.length);
        const t = train.map((p) => ingredients(p.a, p.b, weight));
        const d = dev.map((p) => ingredients(p.a, p.b, weight));
        for (let cosine = 0; cosine <= 10; cosine += 1) {
          for (let low = 0; cosine + low <= 10; low += 1) {
            for (const exponent of [0.6, 0.8, 1, 1.25]) {
              const high = 10 - cosine - low;
              const score = ([c, mn, mx]: readonly [number, number, number]) =>
                ((cosine * c + low * mn + high * mx) / 10) ** exponent;
              rows.push({
                label: `stopword ${stop} figure ${figure} slope ${slope} | cosine ${cosine / 10} min ${low / 10} max ${high / 10} ^${exponent}`,
                train: correlations(train, t.map(score)),
                dev: correlations(dev, d.map(score)),
              });
            }
          }
        }
      }
    }
  }
  rows.sort((p, q) => q.train[0] + q.train[1] - (p.train[0] + p.train[1]));
  for (const row of rows.slice(0, 12)) {
    console.log(`  ${row.label}: train ${show(row.train)}; dev ${show(row.dev)}`);
  }
  // One constant at a time around the shipped point, on train.
  const shipped = { stop: 0.1, figure: 2.5, slope: 0.25 };
  const at = (stop: number, figure: number, slope: number) => {
    const weight = (term: string) =>
      isStopword(term) ? stop : /^\d/.test(term) ? figure : 1 + slope * Math.log(term.length);
    const scores = train.map((p) => {
      const [c, mn, mx] = ingredients(p.a, p.b, weight);
      return gradedScore(c, mn, mx);
    });
    return show(correlations(train, scores));
  };
  console.log('\n== one default-weight constant at a time (train, shipped blend) ==');
  for (const stop of [0, 0.1, 0.2, 0.5]) {
    console.log(`  stopword weight ${stop}: ${at(stop, shipped.figure, shipped.slope)}`);
  }
  for (const figure of [1, 1.5, 2, 2.5, 3]) {
    console.log(`  figure weight ${figure}: ${at(shipped.stop, figure, shipped.slope)}`);
  }
  for (const slope of [0, 0.25, 0.5, 1]) {
    console.log(`  length slope ${slope}: ${at(shipped.stop, shipped.figure, slope)}`);
  }
  const oldDefault = (term: string) => (isStopword(term) ? 0.5 : Math.log(1 + term.length));
  const oldScores = train.map((p) => {
    const [c, mn, mx] = ingredients(p.a, p.b, oldDefault);
    return gradedScore(c, mn, mx);
  });
  console.log(
    `  the earlier default (stopwords 0.5, ln(1 + length)): ${show(correlations(train, oldScores))}`,
  );
}

function main(): void {
  const started = performance.now();
  const train = read('sts-train.csv');
  const dev = read('sts-dev.csv');
  console.log(`STS-B: ${train.length} train pairs, ${dev.length} dev pairs`);
  const trainIdf = buildTermWeights(train.flatMap((p) => [p.a, p.b]));
  for (const [name, pairs] of [
    ['train', train],
    ['dev', dev],
  ] as const) {
    const ownIdf = buildTermWeights(pairs.flatMap((p) => [p.a, p.b]));
    console.log(`\n== ${name} ==`);
    console.log(
      `  baseline TF-IDF cosine over stems (IDF over STS-B train): ${show(
        correlations(
          pairs,
          pairs.map((p) => tfidfCosine(p.a, p.b, trainIdf)),
        ),
      )}`,
    );
    console.log(
      `  baseline TF-IDF cosine over stems (IDF over this split): ${show(
        correlations(
          pairs,
          pairs.map((p) => tfidfCosine(p.a, p.b, ownIdf)),
        ),
      )}`,
    );
    console.log(
      `  compareSentences score (default weights, no collection): ${show(
        correlations(
          pairs,
          pairs.map((p) => compareProfiles(p.a, p.b, DEFAULT_TERM_WEIGHTS).score),
        ),
      )}`,
    );
    console.log(
      `  compareProfiles score, IDF over STS-B train as weights: ${show(
        correlations(
          pairs,
          pairs.map((p) => compareProfiles(p.a, p.b, trainIdf).score),
        ),
      )}`,
    );
    console.log(
      `  compareSentences probability (MSRP paraphrase model): ${show(
        correlations(
          pairs,
          pairs.map((p) => compareProfiles(p.a, p.b).probability),
        ),
      )}`,
    );
  }
  if (ecbFlag !== undefined) {
    const dir = resolve(
      repoRoot,
      ecbFlag.includes('=')
        ? ecbFlag.slice(ecbFlag.indexOf('=') + 1)
        : '../shared/data/ecb-plus-dev',
    );
    const sentences = ecbSentences(dir);
    const ecbIdf = buildTermWeights(sentences.map(profileSentence));
    for (const [name, pairs] of [
      ['train', train],
      ['dev', dev],
    ] as const) {
      console.log(
        `\n${name}: compareProfiles score, IDF over ${sentences.length} ECB+ sentences as weights: ${show(
          correlations(
            pairs,
            pairs.map((p) => compareProfiles(p.a, p.b, ecbIdf).score),
          ),
        )}`,
      );
    }
  }
  if (sweep) runSweep(train, dev);

  // Speed: the public call on two strings (profiling both + comparing), warm. The median of
  // per-pair times resists a busy host; bench/compare-sentences.ts is the full measurement.
  const texts = dev.map((p) => [p.a.text, p.b.text] as const);
  for (const [x, y] of texts) compareSentences(x, y);
  const rounds = 5;
  const each: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const [x, y] of texts) {
      const start = performance.now();
      compareSentences(x, y);
      each.push(performance.now() - start);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  each.sort((x, y) => x - y);
  const median = each[each.length >> 1]! * 1000;
  const cpuPerPair = (cpu.user + cpu.system) / (rounds * texts.length);
  console.log(
    `\ncompareSentences on STS-B dev pairs (warm, ${rounds} rounds): median ${median.toFixed(1)} µs, CPU ${cpuPerPair.toFixed(1)} µs per pair`,
  );
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
