// Throughput of the date and quantity extractors and the reference-date rules on 1 MB of
// deterministic synthetic news (bench/synthetic-corpus.ts, fixed seed), on the seed articles when
// present, and on 1 MB adversarial inputs; prints a markdown table for bench/BENCHMARKS.md.
// Run: npx tsx bench/extract-dates-quantities.ts [seeds-directory]   (default: ../shared/seeds next to the repo)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DateMention } from '../src/extract/date-types.js';
import { extractDates } from '../src/extract/dates.js';
import { extractQuantities } from '../src/extract/quantities.js';
import { chooseReferenceDate, clusterReferenceDate } from '../src/extract/reference-date.js';
import { splitSentences } from '../src/text/split-sentences.js';
import type { SentenceSpan } from '../src/text/types.js';
import { generateCorpus } from './synthetic-corpus.js';

/** Timed samples per case; the median is reported (odd, so the median is a real sample). */
const SAMPLES = 5;
/** Samples discarded first so the JIT has optimised the extractors. */
const WARM_UP_SAMPLES = 2;
/** Synthetic text generated, in characters: 1 MB (2^20 UTF-16 code units). */
const TARGET_CHARACTERS = 1024 * 1024;
/** Seed of the synthetic corpus: fixed, so every run measures the same text. */
const CORPUS_SEED = 20251024;
/** Reference date used for the resolving runs (any fixed date; the synthetic story is in Nov 2025). */
const REFERENCE_DATE = '2025-11-12';

const DEFAULT_SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

/** Articles of the synthetic corpus, split into sentences, until their text reaches the target. */
function syntheticArticles(): SentenceSpan[][] {
  const articles: SentenceSpan[][] = [];
  let characters = 0;
  // Generate in one call (the generator is deterministic per seed and count) and take a prefix:
  // its articles average about 3,800 characters, so 400 are ample for 1 MB.
  for (const article of generateCorpus({ articles: 400, seed: CORPUS_SEED })) {
    if (characters >= TARGET_CHARACTERS) break;
    articles.push(splitSentences(article.text));
    characters += article.text.length;
  }
  if (characters < TARGET_CHARACTERS) throw new Error('synthetic corpus shorter than 1 MB');
  return articles;
}

function seedArticles(directory: string): SentenceSpan[][] | undefined {
  try {
    const files = readdirSync(directory)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    if (files.length === 0) return undefined;
    return files.map((name) => splitSentences(readFileSync(join(directory, name), 'utf8')));
  } catch {
    return undefined;
  }
}

/** One long sentence of adversarial text, as one article. */
function adversarial(unit: string): SentenceSpan[][] {
  const text = unit.repeat(Math.ceil(TARGET_CHARACTERS / unit.length)).slice(0, TARGET_CHARACTERS);
  return [[{ text, start: 0, end: text.length }]];
}

interface Row {
  corpus: string;
  step: string;
  characters: number;
  sentences: number;
  found: number;
  medianMs: number;
}

/** Median wall time of `run` over the articles, and what the last run found. */
function measure(
  corpus: string,
  step: string,
  articles: readonly SentenceSpan[][],
  run: (articles: readonly SentenceSpan[][]) => number,
): Row {
  const times: number[] = [];
  let found = 0;
  for (let sample = 0; sample < WARM_UP_SAMPLES + SAMPLES; sample++) {
    const started = performance.now();
    found = run(articles);
    if (sample >= WARM_UP_SAMPLES) times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  let characters = 0;
  let sentences = 0;
  for (const article of articles) {
    sentences += article.length;
    for (const sentence of article) characters += sentence.text.length;
  }
  return {
    corpus,
    step,
    characters,
    sentences,
    found,
    medianMs: times[Math.floor(SAMPLES / 2)] as number,
  };
}

const dates = (articles: readonly SentenceSpan[][]) =>
  articles.reduce((count, article) => count + extractDates(article).length, 0);
const datesWithReference = (articles: readonly SentenceSpan[][]) =>
  articles.reduce(
    (count, article) => count + extractDates(article, { referenceDate: REFERENCE_DATE }).length,
    0,
  );
const quantities = (articles: readonly SentenceSpan[][]) =>
  articles.reduce((count, article) => count + extractQuantities(article).length, 0);
/** Dates of every article, the cluster date, then each article's reference date: the full step. */
const referenceDates = (articles: readonly SentenceSpan[][]) => {
  const perArticle: { dates: DateMention[] }[] = articles.map((article) => ({
    dates: extractDates(article),
  }));
  const cluster = clusterReferenceDate(perArticle);
  let stated = 0;
  for (const article of perArticle) {
    const chosen = chooseReferenceDate({}, article.dates, { clusterDate: cluster.date });
    if (chosen.rule === 'stated-in-text') stated++;
  }
  return stated;
};

function formatRow(row: Row): string {
  const megabytesPerSecond = row.characters / (1024 * 1024) / (row.medianMs / 1000);
  const sentencesPerSecond = Math.round((row.sentences / row.medianMs) * 1000);
  return `| ${row.corpus} | ${row.step} | ${row.characters.toLocaleString('en-US')} | ${row.sentences.toLocaleString('en-US')} | ${row.found.toLocaleString('en-US')} | ${row.medianMs.toFixed(1)} | ${megabytesPerSecond.toFixed(2)} | ${sentencesPerSecond.toLocaleString('en-US')} |`;
}

const seedsDirectory = process.argv[2] ?? DEFAULT_SEEDS;
const seeds = seedArticles(seedsDirectory);
const synthetic = syntheticArticles();

const rows: Row[] = [];
const corpora: Array<[string, SentenceSpan[][]]> = [
  [`synthetic news, ${synthetic.length} articles`, synthetic],
  ...(seeds === undefined
    ? []
    : ([['seed articles (5)', seeds]] as Array<[string, SentenceSpan[][]]>)),
];
for (const [name, articles] of corpora) {
  rows.push(measure(name, 'extractDates', articles, dates));
  rows.push(measure(name, 'extractDates + referenceDate', articles, datesWithReference));
  rows.push(measure(name, 'extractQuantities', articles, quantities));
  rows.push(
    measure(
      name,
      'dates → cluster → chooseReferenceDate (found = stated-in-text)',
      articles,
      referenceDates,
    ),
  );
}
const worstCases: Array<[string, string]> = [
  ['1 MB of "1/"', '1/'],
  ['1 MB of "-1"', '-1'],
  ['1 MB of "from 1% to 2% to "', 'from 1% to 2% to '],
  ['1 MB of "October 30, "', 'October 30, '],
  ['1 MB of "one two three "', 'one two three '],
];
for (const [name, unit] of worstCases) {
  const articles = adversarial(unit);
  rows.push(measure(name, 'extractDates + referenceDate', articles, datesWithReference));
  rows.push(measure(name, 'extractQuantities', articles, quantities));
}

const lines = [
  `extractDates / extractQuantities / reference dates — Node ${process.version}, median of ${SAMPLES} runs after ${WARM_UP_SAMPLES} warm-up runs; sentence splitting is done beforehand and not timed`,
  '',
  '| corpus | step | characters | sentences | found | ms | MB/s | sentences/s |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(formatRow),
];
if (seeds === undefined) lines.push('', `(seed articles not found in ${seedsDirectory}; skipped)`);
process.stdout.write(`${lines.join('\n')}\n`);
