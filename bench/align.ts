// Times alignSentences on 100, 1,000 and 5,000 synthetic articles (bench/synthetic-corpus.ts) next to
// a naive all-pairs baseline (string-similarity's compareTwoStrings on every cross-article sentence
// pair), and prints markdown tables for bench/BENCHMARKS.md.
// Run: npx tsx bench/align.ts [--sizes 100,1000,5000] [--seed 1] [--baseline-budget 60]
// (--baseline-budget 0 skips the baseline: for quick runs while tuning.)
//
// Every timed run is a fresh Node process started with --expose-gc: cold JIT, empty stem cache, no
// state shared between runs or sizes. Corpus generation happens in that process before the clock
// starts; alignSentences' own validation, sentence splitting and profiling are timed. Peak memory
// is the process's maxRSS, so it includes Node itself and the generated corpus; the RSS just
// before the call is printed next to it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AlignedSentence } from '../src/align/types.js';
import { alignSentences } from '../src/api/align-sentences.js';
import { splitSentences } from '../src/text/split-sentences.js';
import { type ArticleLabel, generateLabelledCorpus } from './synthetic-corpus.js';

const DEFAULT_SIZES = [100, 1000, 5000];

/** Runs per size at or below {@link MEDIAN_RUN_LIMIT} articles; the median is reported. */
const RUNS_SMALL = 3;

/** Larger sizes run once: a single 5,000-article run already takes long enough to be stable. */
const MEDIAN_RUN_LIMIT = 1000;

/** The baseline runs at a size only if its estimated time is below this many seconds. */
const DEFAULT_BASELINE_BUDGET_S = 60;

/** No single child may run longer than this (a hung run must not hang the benchmark). */
const CHILD_TIMEOUT_MS = 30 * 60 * 1000;

/** Dice score from which the baseline counts a pair as "the same sentence" (informational). */
const BASELINE_MATCH_DICE = 0.5;

const SCRIPT = fileURLToPath(import.meta.url);

interface AlignRun {
  articles: number;
  sentences: number;
  crossArticlePairs: number;
  candidatePairs: number;
  comparedPairs: number;
  groups: number;
  unaligned: number;
  wallMs: number;
  rssBeforeMb: number;
  maxRssMb: number;
  quality: AlignmentQuality;
}

interface BaselineRun {
  articles: number;
  sentences: number;
  pairs: number;
  matches: number;
  wallMs: number;
  maxRssMb: number;
}

/** How well groups match the generator's ground truth (which sentence renders which fact). */
interface AlignmentQuality {
  /** Share of within-group sentence pairs that state the same fact (or repeat the same noise line). */
  pairPrecision: number;
  /** Share of cross-article pairs of renderings of one fact that ended up in one group. */
  pairRecall: number;
  /** Share of story sentences grouped with at least one other rendering of the same fact. */
  factSentencesAligned: number;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

function positiveIntegers(text: string, flag: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.length === 0 || values.some((value) => !Number.isInteger(value) || value < 1)) {
    throw new Error(`--${flag} must be a comma-separated list of positive integers, got "${text}"`);
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// Child processes: one measurement each, JSON on the last line of stdout.

function childAlign(articles: number, seed: number): AlignRun {
  const { articles: corpus, labels } = generateLabelledCorpus({ articles, seed });
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const alignment = alignSentences(corpus);
  const wallMs = performance.now() - started;
  const perArticle = new Map<string, number>();
  const count = (sentence: AlignedSentence): void => {
    perArticle.set(sentence.articleId, (perArticle.get(sentence.articleId) ?? 0) + 1);
  };
  for (const group of alignment.groups) group.members.forEach(count);
  alignment.unaligned.forEach(count);
  return {
    articles,
    sentences: alignment.stats.sentences,
    crossArticlePairs: crossArticlePairs([...perArticle.values()]),
    candidatePairs: alignment.stats.candidatePairs,
    comparedPairs: alignment.stats.comparedPairs,
    groups: alignment.groups.length,
    unaligned: alignment.unaligned.length,
    wallMs,
    rssBeforeMb: rssBefore / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    quality: measureQuality(alignment.groups, labels),
  };
}

function childBaseline(articles: number, seed: number): BaselineRun {
  const require = createRequire(import.meta.url);
  const { compareTwoStrings } = require('string-similarity') as {
    compareTwoStrings(first: string, second: string): number;
  };
  const corpus = generateLabelledCorpus({ articles, seed }).articles;
  collectGarbage();
  const started = performance.now();
  const perArticle = corpus.map((article) => splitSentences(article.text).map((span) => span.text));
  let pairs = 0;
  let matches = 0;
  for (let a = 0; a < perArticle.length; a++) {
    for (const left of perArticle[a]!) {
      for (let b = a + 1; b < perArticle.length; b++) {
        for (const right of perArticle[b]!) {
          pairs++;
          if (compareTwoStrings(left, right) >= BASELINE_MATCH_DICE) matches++;
        }
      }
    }
  }
  const wallMs = performance.now() - started;
  return {
    articles,
    sentences: perArticle.reduce((sum, sentences) => sum + sentences.length, 0),
    pairs,
    matches,
    wallMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function crossArticlePairs(sentencesPerArticle: readonly number[]): number {
  const total = sentencesPerArticle.reduce((sum, count) => sum + count, 0);
  const within = sentencesPerArticle.reduce((sum, count) => sum + count * count, 0);
  return (total * total - within) / 2;
}

const pairsOf = (count: number): number => (count * (count - 1)) / 2;

// Ground truth per aligned sentence: the fact whose span contains its start, else the noise line's
// own text (the same stray line in two articles is a correct match too).
function measureQuality(
  groups: readonly { members: readonly AlignedSentence[] }[],
  labels: readonly ArticleLabel[],
): AlignmentQuality {
  const spansByArticle = new Map(labels.map((label) => [label.id, label.facts]));
  const labelOf = (sentence: AlignedSentence): string => {
    const spans = spansByArticle.get(sentence.articleId) ?? [];
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = spans[middle]!;
      if (sentence.start < span.start) high = middle - 1;
      else if (sentence.start >= span.end) low = middle + 1;
      else return `fact:${span.fact}`;
    }
    return `noise:${sentence.text}`;
  };
  let groupPairs = 0;
  let correctPairs = 0;
  let capturedFactPairs = 0;
  let alignedFactSentences = 0;
  for (const group of groups) {
    const counts = new Map<string, number>();
    for (const member of group.members) {
      const label = labelOf(member);
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    groupPairs += pairsOf(group.members.length);
    for (const [label, count] of counts) {
      correctPairs += pairsOf(count);
      if (label.startsWith('fact:')) {
        capturedFactPairs += pairsOf(count);
        if (count > 1) alignedFactSentences += count;
      }
    }
  }
  // An article renders each fact at most once, so every pair of renderings is cross-article.
  const renderings = new Map<string, number>();
  let factSentences = 0;
  for (const label of labels) {
    for (const span of label.facts) {
      renderings.set(span.fact, (renderings.get(span.fact) ?? 0) + 1);
      factSentences++;
    }
  }
  const truePairs = [...renderings.values()].reduce((sum, count) => sum + pairsOf(count), 0);
  return {
    pairPrecision: groupPairs === 0 ? 0 : correctPairs / groupPairs,
    pairRecall: truePairs === 0 ? 0 : capturedFactPairs / truePairs,
    factSentencesAligned: factSentences === 0 ? 0 : alignedFactSentences / factSentences,
  };
}

// ---------------------------------------------------------------------------------------------
// Parent: spawns the children, aggregates, prints.

function spawnChild<T>(mode: 'align' | 'baseline', articles: number, seed: number): T {
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      SCRIPT,
      '--child',
      mode,
      '--articles',
      String(articles),
      '--seed',
      String(seed),
    ],
    { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 16 * 2 ** 20 },
  );
  if (result.status !== 0) {
    throw new Error(
      `${mode} run on ${articles} articles failed (status ${result.status}, signal ${result.signal}):\n${result.stderr}`,
    );
  }
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const integer = (value: number): string => Math.round(value).toLocaleString('en-US');
const fixed = (value: number, digits: number): string => value.toFixed(digits);
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

function machine(): string {
  const cores = cpus();
  return `Node ${process.version}, ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${integer(totalmem() / 2 ** 30)} GB RAM, ${process.platform}/${process.arch}`;
}

/**
 * Milliseconds a fixed CPU-bound workload takes (a seeded sort and an arithmetic loop): the
 * host's speed at the time, since wall times on a shared machine drift by 20% or more between
 * runs of the same code. Compare runs only when their speed checks agree.
 */
function speedCheckMs(): number {
  let state = 1;
  const values = Float64Array.from({ length: 2_000_000 }, () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  });
  const started = performance.now();
  values.sort();
  let sum = 0;
  for (let i = 0; i < 20_000_000; i++) sum += Math.sqrt(i) * (i & 7);
  const elapsed = performance.now() - started;
  if (!(sum > 0)) throw new Error('speed check did not run');
  return elapsed;
}

function main(): void {
  const sizes = positiveIntegers(argument('sizes') ?? DEFAULT_SIZES.join(','), 'sizes');
  const seed = Number(argument('seed') ?? 1);
  const budgetSeconds = Number(argument('baseline-budget') ?? DEFAULT_BASELINE_BUDGET_S);
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };

  // Other processes on the machine inflate wall times; the load average says how much to trust them.
  const loadAtStart = loadavg()[0]!;
  const speedAtStart = speedCheckMs();
  const aligned: { size: number; runs: AlignRun[] }[] = [];
  for (const size of sizes) {
    const count = size <= MEDIAN_RUN_LIMIT ? RUNS_SMALL : 1;
    const runs: AlignRun[] = [];
    for (let run = 0; run < count; run++) {
      log(`align: ${size} articles, run ${run + 1}/${count}…`);
      runs.push(spawnChild<AlignRun>('align', size, seed));
    }
    aligned.push({ size, runs });
  }

  // The baseline's cost is one compareTwoStrings per cross-article pair: measure the smallest size
  // (always), then run larger sizes only if the measured cost per pair predicts they fit the budget.
  const baseline: { size: number; run?: BaselineRun; estimateS?: number; pairs: number }[] = [];
  let microsecondsPerPair: number | undefined;
  for (const { size, runs } of budgetSeconds > 0 ? aligned : []) {
    const pairs = runs[0]!.crossArticlePairs;
    const estimateS =
      microsecondsPerPair === undefined ? undefined : (pairs * microsecondsPerPair) / 1e6;
    if (estimateS !== undefined && estimateS > budgetSeconds) {
      baseline.push({ size, estimateS, pairs });
      continue;
    }
    log(`baseline: ${size} articles (${integer(pairs)} pairs)…`);
    const run = spawnChild<BaselineRun>('baseline', size, seed);
    microsecondsPerPair = (run.wallMs * 1000) / run.pairs;
    baseline.push({ size, run, pairs });
  }

  const lines: string[] = [];
  lines.push(`Machine: ${machine()}`);
  lines.push(
    `Load average (1 min) at start ${fixed(loadAtStart, 1)}, at end ${fixed(loadavg()[0]!, 1)}. Speed check (fixed CPU loop, lower is faster): ${integer(speedAtStart)} ms at start, ${integer(speedCheckMs())} ms at end.`,
  );
  lines.push(
    `Corpus: generateCorpus({ articles, seed: ${seed} }) (bench/synthetic-corpus.ts); each run in a fresh process.`,
  );
  lines.push('');
  lines.push('**alignSentences**');
  lines.push('');
  lines.push(
    '| articles | sentences | runs | wall time (median) | all runs (s) | ms / article | sentences / s | RSS before (MB) | peak RSS (MB) | groups | unaligned | candidate pairs | compared pairs | pair precision | pair recall | fact sentences aligned |',
  );
  lines.push(
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const { size, runs } of aligned) {
    const wallMs = median(runs.map((run) => run.wallMs));
    const typical = runs.find((run) => run.wallMs === wallMs)!;
    lines.push(
      `| ${integer(size)} | ${integer(typical.sentences)} | ${runs.length} | ${fixed(wallMs / 1000, 2)} s | ${runs.map((run) => fixed(run.wallMs / 1000, 2)).join(', ')} | ${fixed(wallMs / size, 2)} | ${integer((typical.sentences / wallMs) * 1000)} | ${integer(typical.rssBeforeMb)} | ${integer(Math.max(...runs.map((run) => run.maxRssMb)))} | ${integer(typical.groups)} | ${integer(typical.unaligned)} | ${integer(typical.candidatePairs)} | ${integer(typical.comparedPairs)} | ${percent(typical.quality.pairPrecision)} | ${percent(typical.quality.pairRecall)} | ${percent(typical.quality.factSentencesAligned)} |`,
    );
  }
  lines.push('');
  lines.push(
    `**Naive baseline**: string-similarity \`compareTwoStrings\` on every cross-article sentence pair (sentences from splitSentences; splitting is timed). Sizes whose estimate exceeds ${budgetSeconds} s are skipped.`,
  );
  lines.push('');
  lines.push(
    '| articles | sentences | cross-article pairs | wall time | µs / pair | peak RSS (MB) | pairs with Dice ≥ 0.5 |',
  );
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { size, run, estimateS, pairs } of baseline) {
    if (run) {
      lines.push(
        `| ${integer(size)} | ${integer(run.sentences)} | ${integer(run.pairs)} | ${fixed(run.wallMs / 1000, 1)} s | ${fixed((run.wallMs * 1000) / run.pairs, 2)} | ${integer(run.maxRssMb)} | ${integer(run.matches)} |`,
      );
    } else {
      lines.push(
        `| ${integer(size)} | ${integer(aligned.find((entry) => entry.size === size)!.runs[0]!.sentences)} | ${integer(pairs)} | skipped, estimated ${integer(estimateS!)} s | – | – | – |`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

const child = argument('child');
if (child === 'align' || child === 'baseline') {
  const articles = Number(argument('articles'));
  const seed = Number(argument('seed'));
  const result = child === 'align' ? childAlign(articles, seed) : childBaseline(articles, seed);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  main();
}
