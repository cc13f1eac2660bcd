// The source ledger on real sources: TruthFinder's Book-Author data with each book as a story
// and the bookstores as sources. Books are judged one at a time (ISBN order) by discoverTruth,
// each store's listing is recorded as corroborated or contradicted against that book's
// consensus, and the next book starts from the ledger's priors. Reports the Spearman rank
// correlation between each store's ledger reliability and its accuracy on the hand-checked
// golden books, and golden accuracy with the ledger's priors against without.
//
//   npx tsx bench/ledger-book-author.ts [dir] [--min-golden 5] [--algorithm voting]
//   (dir holds book.txt and book_golden.txt; default ../shared/data/truth-book)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  discoverTruth,
  type TruthAlgorithm,
  type TruthClaim,
} from '../src/consensus/discover-truth.js';
import { compareIds } from '../src/input/validate-articles.js';
import { createSourceLedger } from '../src/ledger/source-ledger.js';
import { readBookAuthor } from './book-author-data.js';
import { spearman } from './rank-correlation.js';

const argv = process.argv.slice(2);
const option = (flag: string, fallback: string) => {
  const index = argv.indexOf(flag);
  return index === -1 ? fallback : (argv[index + 1] ?? fallback);
};
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const positional = argv.find(
  (arg, index) => !arg.startsWith('--') && !argv[index - 1]?.startsWith('--'),
);
const directory = resolve(positional ?? join(repositoryRoot, '../shared/data/truth-book'));
const minGolden = Number(option('--min-golden', '5'));
const algorithms = option('--algorithm', 'voting,crh').split(',') as TruthAlgorithm[];

const data = readBookAuthor(directory);
const byBook = new Map<string, TruthClaim[]>();
for (const claim of data.claims) {
  const list = byBook.get(claim.object);
  if (list) list.push(claim);
  else byBook.set(claim.object, [claim]);
}
const books = [...byBook.keys()].sort(compareIds);

// Each store's accuracy on the golden books: the truth the ledger never sees.
const goldenTally = new Map<string, { right: number; all: number }>();
for (const claim of data.claims) {
  const answer = data.golden.get(claim.object);
  if (answer === undefined) continue;
  const tally = goldenTally.get(claim.source) ?? { right: 0, all: 0 };
  tally.all++;
  if (claim.value === answer) tally.right++;
  goldenTally.set(claim.source, tally);
}

console.log(
  `Book-Author: ${books.length} books as stories, ${new Set(data.claims.map((c) => c.source)).size} stores, ${data.golden.size} golden books; stores with at least ${minGolden} golden listings are ranked.\n`,
);
console.log(
  '| algorithm | stores ranked | Spearman (ledger reliability vs golden accuracy) | golden accuracy without priors | with ledger priors |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const algorithm of algorithms) {
  const ledger = createSourceLedger();
  let rightWith = 0;
  let rightWithout = 0;
  for (const [position, book] of books.entries()) {
    const claims = byBook.get(book)!;
    const stores = [...new Set(claims.map((claim) => claim.source))];
    const without = discoverTruth(claims, { algorithm });
    const withPriors = discoverTruth(claims, {
      algorithm,
      initialTrust: ledger.priors(stores, algorithm),
    });
    const answer = data.golden.get(book);
    if (answer !== undefined) {
      if (without.truth[book] === answer) rightWithout++;
      if (withPriors.truth[book] === answer) rightWith++;
    }
    const chosen = withPriors.truth[book];
    ledger.recordStory({
      story: `book-${String(position).padStart(5, '0')}`,
      date: null,
      sources: stores.sort(compareIds).map((store) => {
        const agrees = claims.some((claim) => claim.source === store && claim.value === chosen);
        return {
          source: store,
          articles: 1,
          units: 1,
          agreeingUnits: agrees ? 1 : 0,
          corroborated: agrees ? 1 : 0,
          contradicted: agrees ? 0 : 1,
          uncorroborated: 0,
          staleFigures: 0,
          unrelated: 0,
        };
      }),
    });
  }
  const ranked = [...goldenTally].filter(([, tally]) => tally.all >= minGolden);
  const rho = spearman(
    ranked.map(([, tally]) => tally.right / tally.all),
    ranked.map(([store]) => ledger.reliability(store)?.reliability ?? 0.5),
  );
  console.log(
    `| ${algorithm} | ${ranked.length} | ${rho.toFixed(3)} | ${((rightWithout / data.golden.size) * 100).toFixed(1)}% | ${((rightWith / data.golden.size) * 100).toFixed(1)}% |`,
  );
}
