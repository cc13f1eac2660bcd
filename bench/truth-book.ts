// Benchmark: discoverTruth on TruthFinder's Book-Author data (Yin, Han & Yu, KDD 2007).
// Usage: npx tsx bench/truth-book.ts [dir]   (dir holds book.txt and book_golden.txt;
// default ../shared/data/truth-book relative to the repository root).
//
// Bookstores are sources, ISBNs objects, and each listing's author string, normalised to its sorted set of
// surnames (bench/author-list.ts), the value. Accuracy: the share of the hand-checked golden books whose chosen
// value is exactly the golden surname set under the same normaliser. Published: Voting ≈ 0.71, TruthFinder ≈ 0.95.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type DiscoverTruthOptions,
  discoverTruth,
  TRUTH_ALGORITHMS,
  type TruthClaim,
} from '../src/consensus/discover-truth.js';
import { authorListSupport, normalizeAuthorList } from './author-list.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const directory = resolve(process.argv[2] ?? join(repositoryRoot, '../shared/data/truth-book'));

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

const claims: TruthClaim[] = [];
let listings = 0;
let withoutAuthors = 0;
for (const line of readLines(join(directory, 'book.txt'))) {
  const [source, isbn, , authors] = line.split('\t');
  if (source === undefined || isbn === undefined) continue;
  listings++;
  const value = normalizeAuthorList(authors ?? '');
  if (value === null) {
    withoutAuthors++;
    continue;
  }
  claims.push({ source: source.trim(), object: isbn.trim(), value });
}

const golden = new Map<string, string>();
for (const line of readLines(join(directory, 'book_golden.txt'))) {
  const [isbn, authors] = line.split('\t');
  if (isbn === undefined) continue;
  const value = normalizeAuthorList(authors ?? '');
  if (value !== null) golden.set(isbn.trim(), value);
}

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
