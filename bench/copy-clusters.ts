// Benchmark: copy detection (verbatim sentence hashing + clustering) at 10,000 articles.
// Usage: npx tsx bench/copy-clusters.ts [articles]   (default 10,000; median of 5 runs after 2 warm-ups)
import {
  findCopyClusters,
  storySentenceCount,
  verbatimSentencePairs,
} from '../src/consensus/copy-clusters.js';

const total = Number(process.argv[2] ?? 10_000);
type Article = { id: string; sentences: { text: string }[] };
const FOOTER = [
  'Reporting by Jane Roe; Editing by John Doe.',
  'Sign up for our newsletter to get the day’s top stories every morning.',
  'All rights reserved.',
];
const STOCK = 'The ministry has repeatedly denied any involvement in the incident at the port.';

function story(tag: string, length: number): { text: string }[] {
  return Array.from({ length }, (_, k) => ({
    text: `Story ${tag} sentence ${k} reports what officials in region ${tag} said about item ${k} today.`,
  }));
}

// One story republished `total` times.
const oneStory: Article[] = Array.from({ length: total }, (_, i) => ({
  id: `copy-${String(i).padStart(6, '0')}`,
  sentences: [...story('wire', 8), ...FOOTER.map((text) => ({ text }))],
}));
// 50 wire stories copied 100 times each, the rest independent; all share a footer, half a stock line.
const mixed: Article[] = Array.from({ length: total }, (_, i) => {
  const wire = i < 5000 ? `wire-${i % 50}` : `own-${i}`;
  const sentences = [...story(wire, 8), ...FOOTER.map((text) => ({ text }))];
  if (i % 2 === 0) sentences.push({ text: STOCK });
  return { id: `a-${String(i).padStart(6, '0')}`, sentences };
});

function run(articles: Article[]) {
  const counts = new Map(articles.map((a) => [a.id, storySentenceCount(a.sentences)]));
  const started = performance.now();
  const pairs = verbatimSentencePairs(articles);
  const clusters = findCopyClusters(pairs, counts);
  return { ms: performance.now() - started, pairs: pairs.length, clusters };
}

console.log(
  `| case | articles | sentences | sentence pairs | clusters (largest) | ms (median of 5) |`,
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [label, articles] of [
  ['one story copied', oneStory],
  ['50 stories × 100 copies + independent', mixed],
] as const) {
  for (let i = 0; i < 2; i++) run(articles);
  const times: number[] = [];
  let last = run(articles);
  for (let i = 0; i < 5; i++) {
    last = run(articles);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  const sentences = articles.reduce((sum, a) => sum + a.sentences.length, 0);
  const largest = Math.max(0, ...last.clusters.map((c) => c.ids.length));
  console.log(
    `| ${label} | ${articles.length} | ${sentences} | ${last.pairs} | ${last.clusters.length} (${largest}) | ${times[2]!.toFixed(0)} |`,
  );
}
