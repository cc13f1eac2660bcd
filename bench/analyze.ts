// Times analyze() on synthetic corpora (bench/synthetic-corpus.ts) and corpus.score() of new
// articles against a corpus of each size; prints markdown tables for bench/BENCHMARKS.md.
// Run: npx tsx bench/analyze.ts [--sizes 100,1000] [--scores 30]
//
// Each size runs in a fresh Node process (cold JIT, empty caches); peak memory is that
// process's maxRSS, so it includes Node and the generated corpus.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { createCorpus } from '../src/corpus.js';
import { generateCorpus } from './synthetic-corpus.js';

const SCRIPT = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};

if (args[0] === '--child-analyze') {
  const size = Number(args[1]);
  const articles = generateCorpus({ articles: size, seed: 1 });
  const started = performance.now();
  const analysis = analyze(articles);
  const ms = performance.now() - started;
  const sentences = analysis.articles.reduce((sum, article) => sum + article.sentences, 0);
  process.stdout.write(
    JSON.stringify({
      size,
      ms,
      sentences,
      outliers: analysis.outliers.length,
      copies: analysis.copies.length,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
} else if (args[0] === '--child-score') {
  const size = Number(args[1]);
  const scores = Number(args[2]);
  const articles = generateCorpus({ articles: size + scores, seed: 2 });
  const started = performance.now();
  const corpus = createCorpus(articles.slice(0, size));
  const buildMs = performance.now() - started;
  corpus.score(articles[size]!); // warm-up: loads the lazy NLP modules once
  const times: number[] = [];
  for (const article of articles.slice(size + 1)) {
    const t = performance.now();
    corpus.score(article);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  process.stdout.write(
    JSON.stringify({
      size,
      buildMs,
      p50: at(0.5),
      p95: at(0.95),
      max: at(1),
      runs: times.length,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
} else {
  const sizes = option('--sizes', '100,1000').split(',').map(Number);
  const scores = Number(option('--scores', '30'));
  const run = (childArgs: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...childArgs], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout);
  };
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, ${cpus().length} cores\n`);
  console.log(
    '| articles | sentences | analyze (s) | ms / article | peak RSS (MB) | outliers | copy clusters |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const r = run(['--child-analyze', String(size)]);
    console.log(
      `| ${size} | ${r.sentences} | ${(r.ms / 1000).toFixed(2)} | ${(r.ms / size).toFixed(1)} | ${r.maxRssMb.toFixed(0)} | ${r.outliers} | ${r.copies} |`,
    );
  }
  console.log(
    '\n| corpus | build (s) | add (ms / article) | score p50 (ms) | p95 (ms) | max (ms) | runs | peak RSS (MB) |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const s = run(['--child-score', String(size), String(scores)]);
    console.log(
      `| ${s.size} | ${(s.buildMs / 1000).toFixed(2)} | ${(s.buildMs / s.size).toFixed(1)} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${s.runs} | ${s.maxRssMb.toFixed(0)} |`,
    );
  }
}
