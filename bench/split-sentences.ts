// Times splitSentences on the seed articles, a 5 MB synthetic article and the adversarial inputs the
// pathological tests use; prints a markdown table for bench/BENCHMARKS.md.
// Run: npx tsx bench/split-sentences.ts [seeds-directory]   (default: ../shared/seeds next to the repo)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/text/split-sentences.js';

/** Timed samples per case; the median is reported (odd, so the median is a real sample). */
const SAMPLES = 7;

/** Samples discarded first so the JIT has optimised the scanner (small inputs vary 5× before that). */
const WARM_UP_SAMPLES = 3;

/** Each sample repeats the call until it lasts this long, so sub-millisecond cases are not timer noise. */
const MIN_SAMPLE_MS = 50;

const DEFAULT_SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

/** Paragraphs in news styles, written for the benchmark (headline, byline, quotes, lists, wraps). */
const NEWS_PARAGRAPHS = [
  'Leaders Meet for Talks on Trade #N',
  'By Ana Ruiz, Asia correspondent',
  'U.S. President Jane Roe met Mr. Kato at 10 a.m. on Oct. 30 in Osaka. The talks, the #Nth this year, covered a $2.8 trillion trade gap and a 6.7% tariff. “It is on my list. We will see… We are close,” she said.',
  'Key points\n- Tariffs cut by 27.5%\n- Exports up 3.5bn yen\n1. A review in Jan. 2026\n2. A summit in the U.K. later',
  'The delegation flew back to the U.S. He said Acme Corp. and Globex Inc. had signed. Officials from the U.S. Treasury agreed? Nobody knows! Details are at https://example.org/trade/#N.html today.',
  'Analysts at the firm wrote that the deal, which covers\nsemiconductors and soybeans, was signed after a long\nnight of talks. Sen. Walsh and Lt. Gen. Ruiz were present (it was their first visit.) Source: Reuters',
];

function newsArticle(targetLength: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let count = 0; length < targetLength; count++) {
    const paragraph = NEWS_PARAGRAPHS[count % NEWS_PARAGRAPHS.length]!.replaceAll(
      '#N',
      String(count),
    );
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

function readSeeds(directory: string): string | undefined {
  try {
    const files = readdirSync(directory)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    if (files.length === 0) return undefined;
    return files.map((name) => readFileSync(join(directory, name), 'utf8')).join('\n\n');
  } catch {
    return undefined;
  }
}

interface Row {
  name: string;
  characters: number;
  units: number;
  medianMs: number;
}

function measure(name: string, input: string): Row {
  const started = performance.now();
  const units = splitSentences(input).length;
  const firstMs = Math.max(performance.now() - started, 0.001);
  const callsPerSample = Math.max(1, Math.ceil(MIN_SAMPLE_MS / firstMs));
  const times: number[] = [];
  for (let sample = 0; sample < WARM_UP_SAMPLES + SAMPLES; sample++) {
    const sampleStart = performance.now();
    for (let call = 0; call < callsPerSample; call++) splitSentences(input);
    if (sample >= WARM_UP_SAMPLES) times.push((performance.now() - sampleStart) / callsPerSample);
  }
  times.sort((left, right) => left - right);
  return { name, characters: input.length, units, medianMs: times[Math.floor(SAMPLES / 2)]! };
}

function formatRow(row: Row): string {
  const perSecond = row.medianMs > 0 ? Math.round((row.units / row.medianMs) * 1000) : 0;
  return `| ${row.name} | ${row.characters.toLocaleString('en-US')} | ${row.units.toLocaleString('en-US')} | ${row.medianMs.toFixed(2)} | ${perSecond.toLocaleString('en-US')} |`;
}

const seedsDirectory = process.argv[2] ?? DEFAULT_SEEDS;
const seeds = readSeeds(seedsDirectory);

const cases: Array<[string, string]> = [
  ...(seeds === undefined
    ? []
    : ([['seed articles (5, concatenated)', seeds]] as Array<[string, string]>)),
  ['synthetic news article, 5 MB', newsArticle(5 * 1024 * 1024)],
  ['200,000 chars, no sentence end', 'word '.repeat(40_000).trimEnd()],
  ['"U.S. " × 50,000', 'U.S. '.repeat(50_000)],
  ['unbalanced “ × 20,000', '“'.repeat(20_000)],
  ['unbalanced "“Yes. " × 20,000', '“Yes. '.repeat(20_000)],
  ['"..." × 10,000', '...'.repeat(10_000)],
  ['"Wait... " × 10,000', 'Wait... '.repeat(10_000)],
  ['1,000,000 periods', '.'.repeat(1_000_000)],
  ['"- item\\n" × 100,000', '- item\n'.repeat(100_000)],
];

const lines = [
  `splitSentences — Node ${process.version}, median of ${SAMPLES} samples (≥ ${MIN_SAMPLE_MS} ms each) after ${WARM_UP_SAMPLES} warm-up samples`,
  '',
  '| case | input size (chars) | units | ms per call | sentences/s |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...cases.map(([name, input]) => formatRow(measure(name, input))),
];
if (seeds === undefined) lines.push('', `(seed articles not found in ${seedsDirectory}; skipped)`);
process.stdout.write(`${lines.join('\n')}\n`);
