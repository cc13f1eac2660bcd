// Benchmark: discoverTruth on TruthFinder's Book-Author data (Yin, Han & Yu, KDD 2007).
// Usage: npx tsx bench/truth-book.ts [dir]   (dir holds book.txt and book_golden.txt;
// default ../shared/data/truth-book relative to the repository root).
//
// Bookstores are sources, ISBNs objects, and each listing's author string, normalised to its sorted set of
// surnames (bench/author-list.ts), the value. Accuracy: the share of the hand-checked golden books whose chosen
// value is exactly the golden surname set under the same normaliser. Published: Voting ≈ 0.71, TruthFinder ≈ 0.95.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type DiscoverTruthOptions,
  discoverTruth,
  TRUTH_ALGORITHMS,
} from '../src/consensus/discover-truth.js';
import { authorListSupport } from './author-list.js';
import { readBookAuthor } from './book-author-data.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const directory = resolve(process.argv[2] ?? join(repositoryRoot, '../shared/data/truth-book'));

const { claims, golden, listings, withoutAuthors } = readBookAuthor(directory);

interface Run {
  label: string;
  options: DiscoverTruthOptions;
}

const runs: Run[] = TRUTH_ALGORITHMS.map((algorithm) => ({
  label: algorithm,
  options: { algorithm },
}));
runs.push({
  label: 'truthfinder + author-subset similarity',
  options: {
    algorithm: 'truthfinder',
    valueSimilarity: (a, b) => authorListSupport(String(a), String(b)),
  },
});

const sources = new Set(claims.map((claim) => claim.source)).size;
const books = new Set(claims.map((claim) => claim.object)).size;
console.log(
  `Book-Author: ${listings} listings, ${claims.length} claims with authors (${withoutAuthors} listings without), ` +
    `${sources} stores, ${books} books; ${golden.size} golden books.\n`,
);
console.log('| algorithm | accuracy (golden) | iterations | converged | ms |');
console.log('| --- | --- | --- | --- | --- |');
for (const run of runs) {
  // One warm-up run so the timing measures the algorithm, not the JIT compiling it.
  discoverTruth(claims, run.options);
  const started = performance.now();
  const result = discoverTruth(claims, run.options);
  const elapsed = performance.now() - started;
  let correct = 0;
  for (const [isbn, authors] of golden) if (result.truth[isbn] === authors) correct++;
  console.log(
    `| ${run.label} | ${(correct / golden.size).toFixed(2)} | ${result.iterations} | ${result.converged} | ${elapsed.toFixed(0)} |`,
  );
}
