// Time and peak memory of analyze() at the sizes the limits allow, each in a fresh process.
//
//   npx tsx fuzz/limits.ts [--synthetic 500,2000] [--tiny 50000] [--big-mb 10]
//
// synthetic: N articles from bench/synthetic-corpus.ts (seed 42); tiny: N one-sentence
// articles; big: one article of M megabytes (repeated synthetic paragraphs) beside two others.
// Prints one JSON line per run: articles, characters, seconds, maxRssMB (process peak).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../bench/synthetic-corpus.js';
import { analyze } from '../src/analyze.js';
import type { ArticleInput } from '../src/input/validate-articles.js';

function articlesFor(kind: string, size: number): ArticleInput[] {
  if (kind === 'synthetic') return generateCorpus({ articles: size, seed: 42 });
  if (kind === 'tiny') {
    return Array.from({ length: size }, (_, index) => ({
      id: `a${String(index).padStart(6, '0')}`,
      text: `Story ${index % 97} was reported by outlet ${index}.`,
    }));
  }
  const [first, second, third] = generateCorpus({ articles: 3, seed: 42 });
  let text = '';
  while (text.length < size * 1_000_000) text += `${first!.text}\n\n`;
  return [{ id: 'big', text }, second!, third!];
}

function measure(kind: string, size: number): void {
  const articles = articlesFor(kind, size);
  const characters = articles.reduce((sum, article) => sum + article.text.length, 0);
  const started = performance.now();
  const analysis = analyze(articles);
  const seconds = (performance.now() - started) / 1000;
  const line = {
    kind,
    size,
    articles: articles.length,
    characters,
    seconds: Math.round(seconds * 10) / 10,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    outliers: analysis.outliers.length,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  measure(argv[1]!, Number(argv[2]));
} else {
  const runs: [string, number][] = [];
  const option = (flag: string, fallback: string) => {
    const index = argv.indexOf(flag);
    return (index === -1 ? fallback : (argv[index + 1] ?? ''))
      .split(',')
      .filter(Boolean)
      .map(Number);
  };
  for (const size of option('--synthetic', '500,2000')) runs.push(['synthetic', size]);
  for (const size of option('--tiny', '50000')) runs.push(['tiny', size]);
  for (const size of option('--big-mb', '10')) runs.push(['big-mb', size]);
  for (const [kind, size] of runs) {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, String(size)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
    );
    process.stdout.write(output);
  }
}
