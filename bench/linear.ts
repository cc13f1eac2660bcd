// Is analyze() linear in the length of one sentence and of one article? Times the pathological
// long sentence ('President Trump met Xi Jinping in Busan and ' repeated, then '.') at growing
// lengths, next to four ordinary articles, and one ordinary article of 2 MB (many paragraphs).
// Each case runs in a fresh Node process (cold JIT), best of --runs.
//
//   npx tsx bench/linear.ts [--lengths 25000,50000,100000,200000] [--article-mb 0.5,2] [--runs 2]
//
// Prints a markdown table for bench/BENCHMARKS.md and the ratio time(200k) / time(50k), which
// is 4 for a linear stage and 16 for a quadratic one.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { BERLIN_STORY, BERLIN_STORY_DATE } from '../test/helpers/berlin-story.js';

const SCRIPT = fileURLToPath(import.meta.url);
const AS_OF = BERLIN_STORY_DATE;
const LONG_SENTENCE_UNIT = 'President Trump met Xi Jinping in Busan and ';

const STORY = BERLIN_STORY;

/** One sentence of `length` characters (plus the final stop). */
export function longSentence(length: number): string {
  return `${LONG_SENTENCE_UNIT.repeat(Math.ceil(length / LONG_SENTENCE_UNIT.length)).slice(0, length)}.`;
}

/** An ordinary article of about `megabytes` MB: the story's paragraphs repeated. */
export function bigArticle(megabytes: number): string {
  const paragraph = `${STORY[0]!.text} ${STORY[1]!.text} ${STORY[3]!.text}\n\n`;
  return paragraph.repeat(Math.ceil((megabytes * 1_000_000) / paragraph.length));
}

function child(kind: string, size: number): void {
  const text = kind === 'sentence' ? longSentence(size) : bigArticle(size);
  const articles = [{ id: 'long', text }, ...STORY];
  const started = performance.now();
  const analysis = analyze(articles, { asOf: AS_OF });
  const ms = performance.now() - started;
  const report = analysis.articles.find((article) => article.id === 'long')!;
  process.stdout.write(
    JSON.stringify({
      ms,
      sentences: report.sentences,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

interface Run {
  ms: number;
  sentences: number;
  maxRssMb: number;
}

function measure(kind: string, size: number, runs: number): Run {
  let best: Run | null = null;
  for (let run = 0; run < runs; run++) {
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, SCRIPT, '--child', kind, String(size)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const result = JSON.parse(output) as Run;
    if (best === null || result.ms < best.ms) best = result;
  }
  return best!;
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  child(argv[1]!, Number(argv[2]));
} else {
  const option = (flag: string, fallback: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? fallback : (argv[index + 1] ?? fallback);
  };
  const lengths = option('--lengths', '25000,50000,100000,200000').split(',').map(Number);
  const megabytes = option('--article-mb', '0.5,2').split(',').map(Number);
  const runs = Number(option('--runs', '2'));
  const times = new Map<number, number>();
  console.log(`analyze() next to four short articles, best of ${runs} fresh-process runs\n`);
  console.log('| input | characters | sentences | time | peak RSS |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const length of lengths) {
    const result = measure('sentence', length, runs);
    times.set(length, result.ms);
    console.log(
      `| one long sentence | ${length.toLocaleString('en-US')} | ${result.sentences} | ${(result.ms / 1000).toFixed(2)} s | ${Math.round(result.maxRssMb)} MB |`,
    );
  }
  const articleTimes: number[] = [];
  for (const size of megabytes) {
    const article = measure('article', size, runs);
    articleTimes.push(article.ms);
    console.log(
      `| ordinary article | ${bigArticle(size).length.toLocaleString('en-US')} | ${article.sentences.toLocaleString('en-US')} | ${(article.ms / 1000).toFixed(2)} s | ${Math.round(article.maxRssMb)} MB |`,
    );
  }
  const low = times.get(50_000);
  const high = times.get(200_000);
  if (low !== undefined && high !== undefined) {
    console.log(
      `\ntime(200k) / time(50k) = ${(high / low).toFixed(2)} (4 for a linear stage, 16 for a quadratic one)`,
    );
  }
  if (megabytes.length >= 2) {
    const growth = megabytes.at(-1)! / megabytes[0]!;
    console.log(
      `time(${megabytes.at(-1)} MB) / time(${megabytes[0]} MB) = ${(articleTimes.at(-1)! / articleTimes[0]!).toFixed(2)} (${growth} for a linear pipeline)`,
    );
  }
}
