// Real-data evaluation on ECB+ (odd topics, the dev half): seeded trials of k−1 articles about
// one event plus one about a sibling event of the same kind, and the seed articles of the
// motivating story. Prints markdown for bench/BENCHMARKS.md.
//
// Run: npm run eval -- [path] [--quick] [--trials N] [--seed S] [--seeds dir] [--ks 4,6] [--verbose] [--other-story]
//   path     ECB+ folder (default ../shared/data/ecb-plus-dev, relative to the repo root)
//   --quick  2 trials per topic and k instead of 6 (for iterating; about a third of the time)
//   --seeds  folder of .txt articles analysed as one story (default ../shared/seeds); its
//            outliers and their reasons are printed (skipped when the folder is missing)
//   --other-story  the odd article is an `ecb` article of another topic (another story
//            altogether) instead of the topic's own `ecbplus` sibling event
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../src/analysis.js';
import { analyze } from '../src/analyze.js';
import { stem } from '../src/text/stem.js';
import { isStopword } from '../src/text/stopwords.js';
import { type EcbDocument, readEcbPlus } from './ecb-plus.js';
import { buildTrials, lowestCredit, type Trial } from './ecb-trials.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1]! : fallback;
};
const valued = new Set(['--trials', '--seed', '--seeds', '--ks']);
const positional = args.filter(
  (arg, index) => !arg.startsWith('--') && !valued.has(args[index - 1] ?? ''),
);
const dataPath = resolve(ROOT, positional[0] ?? '../shared/data/ecb-plus-dev');
const quick = args.includes('--quick');
const verbose = args.includes('--verbose');
const otherStory = args.includes('--other-story');
const trialsPerTopic = Number(option('--trials', quick ? '2' : '6'));
const seed = Number(option('--seed', '12'));
const ks = option('--ks', '4,6').split(',').map(Number);
const seedsPath = resolve(ROOT, option('--seeds', '../shared/seeds'));

// The draw (bench/ecb-trials.ts, mulberry32): every run with the same options has the same trials.
const trialOptions = { ks, trialsPerTopic, seed, otherStory };

// --- the TF-IDF baseline: whole articles as stem vectors, IDF over every document of the folder.
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
function stems(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? [])
    .filter((word) => !isStopword(word))
    .map((word) => stem(word));
}

function tfidfBaseline(documents: readonly EcbDocument[]) {
  const df = new Map<string, number>();
  const counts = new Map<string, Map<string, number>>();
  for (const document of documents) {
    const tf = new Map<string, number>();
    for (const term of stems(document.text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    counts.set(document.id, tf);
    for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const vectors = new Map<string, Map<string, number>>();
  for (const [id, tf] of counts) {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const weight = (1 + Math.log(count)) * Math.log(documents.length / df.get(term)!);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    vectors.set(id, vector);
  }
  const cosine = (a: string, b: string) => {
    const x = vectors.get(a)!;
    const y = vectors.get(b)!;
    let sum = 0;
    for (const [term, weight] of x) sum += weight * (y.get(term) ?? 0);
    return sum;
  };
  return (trial: Trial): Map<string, number> =>
    new Map(
      trial.documents.map((document) => {
        const others = trial.documents.filter((other) => other !== document);
        const mean =
          others.reduce((sum, other) => sum + cosine(document.id, other.id), 0) / others.length;
        return [document.id, mean] as const;
      }),
    );
}

// --- alignment against the gold: sentences sharing a cross-document event instance.
function ecbSentenceAt(document: EcbDocument, start: number, end: number): number | null {
  let best: number | null = null;
  let bestOverlap = 0;
  for (const [number, [s, e]] of document.sentences) {
    const overlap = Math.min(e, end) - Math.max(s, start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = number;
    }
  }
  return best;
}

const sharesEvent = (a: EcbDocument, i: number, b: EcbDocument, j: number): boolean => {
  const x = a.events.get(i);
  const y = b.events.get(j);
  if (!x || !y) return false;
  for (const instance of x) if (y.has(instance)) return true;
  return false;
};

interface AlignmentCounts {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

function alignmentCounts(trial: Trial, analysis: Analysis): AlignmentCounts {
  const byId = new Map(trial.documents.map((document) => [document.id, document]));
  const predicted = new Set<string>();
  for (const fact of analysis.facts) {
    for (let x = 0; x < fact.members.length; x++) {
      for (let y = x + 1; y < fact.members.length; y++) {
        const a = fact.members[x]!;
        const b = fact.members[y]!;
        const i = ecbSentenceAt(byId.get(a.articleId)!, a.start, a.end);
        const j = ecbSentenceAt(byId.get(b.articleId)!, b.start, b.end);
        if (i === null || j === null) continue;
        const [first, second] =
          a.articleId < b.articleId
            ? [`${a.articleId}#${i}`, `${b.articleId}#${j}`]
            : [`${b.articleId}#${j}`, `${a.articleId}#${i}`];
        predicted.add(`${first}|${second}`);
      }
    }
  }
  const counts: AlignmentCounts = { predicted: 0, correct: 0, gold: 0, found: 0 };
  for (const pair of predicted) {
    const [left, right] = pair.split('|') as [string, string];
    const [aId, i] = left.split('#') as [string, string];
    const [bId, j] = right.split('#') as [string, string];
    const a = byId.get(aId)!;
    const b = byId.get(bId)!;
    if (!a.annotated.has(Number(i)) || !b.annotated.has(Number(j))) continue;
    counts.predicted++;
    if (sharesEvent(a, Number(i), b, Number(j))) counts.correct++;
  }
  const docs = [...trial.documents].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (let x = 0; x < docs.length; x++) {
    for (let y = x + 1; y < docs.length; y++) {
      const a = docs[x]!;
      const b = docs[y]!;
      for (const i of a.annotated) {
        for (const j of b.annotated) {
          if (!sharesEvent(a, i, b, j)) continue;
          counts.gold++;
          if (predicted.has(`${a.id}#${i}|${b.id}#${j}`)) counts.found++;
        }
      }
    }
  }
  return counts;
}

// --- per-trial figures of the library.
const outlierKinds = (analysis: Analysis, id: string): string[] =>
  analysis.outliers.find((outlier) => outlier.id === id)?.reasons.map((reason) => reason.kind) ??
  [];

interface Row {
  trials: number;
  p1: number;
  p1Relatedness: number;
  baseline: number;
  siblingUnrelated: number;
  siblingOutlier: number;
  sameArticles: number;
  sameUnrelated: number;
  sameOutlier: number;
  staleArticles: number;
  staleFigures: number;
  /** Articles judged on a date borrowed from the cluster, and articles left with no date. */
  borrowedDate: number;
  /** Same-event articles judged on the sibling's date (a date no same-event article states). */
  borrowedFromSibling: number;
  noDate: number;
  articles: number;
  alignment: AlignmentCounts;
  ms: number;
}

const emptyRow = (): Row => ({
  trials: 0,
  p1: 0,
  p1Relatedness: 0,
  baseline: 0,
  siblingUnrelated: 0,
  siblingOutlier: 0,
  sameArticles: 0,
  sameUnrelated: 0,
  sameOutlier: 0,
  staleArticles: 0,
  staleFigures: 0,
  borrowedDate: 0,
  borrowedFromSibling: 0,
  noDate: 0,
  articles: 0,
  alignment: { predicted: 0, correct: 0, gold: 0, found: 0 },
  ms: 0,
});

function runTrials(documents: readonly EcbDocument[]): Map<number, Row> {
  const baseline = tfidfBaseline(documents);
  const rows = new Map<number, Row>(ks.map((k) => [k, emptyRow()]));
  const failures: string[] = [];
  for (const trial of buildTrials(documents, trialOptions)) {
    const row = rows.get(trial.k)!;
    const started = performance.now();
    const analysis = analyze(trial.documents.map(({ id, text }) => ({ id, text })));
    row.ms += performance.now() - started;
    row.trials++;
    const scores = new Map(analysis.articles.map((article) => [article.id, article.score]));
    const credit = lowestCredit(scores, trial.sibling);
    row.p1 += credit;
    const relatedness = new Map(
      analysis.articles.map((article) => {
        const value = (article as { relatedness?: number }).relatedness;
        return [article.id, value ?? article.score] as const;
      }),
    );
    row.p1Relatedness += lowestCredit(relatedness, trial.sibling);
    row.baseline += lowestCredit(baseline(trial), trial.sibling);
    const ownDate = (article: Analysis['articles'][number]) =>
      article.referenceDate.rule === 'stated-in-text' ? article.referenceDate.date : null;
    const siblingDate = ownDate(analysis.articles.find((article) => article.id === trial.sibling)!);
    const sameEventDates = new Set(
      analysis.articles.filter((article) => article.id !== trial.sibling).map(ownDate),
    );
    for (const article of analysis.articles) {
      row.articles++;
      if (
        article.id !== trial.sibling &&
        article.referenceDate.rule === 'cluster-consensus' &&
        article.referenceDate.date === siblingDate &&
        !sameEventDates.has(siblingDate)
      )
        row.borrowedFromSibling++;
      if (article.referenceDate.rule === 'cluster-consensus') row.borrowedDate++;
      if (article.referenceDate.date === null) row.noDate++;
      const kinds = outlierKinds(analysis, article.id);
      if (article.staleFigures.length > 0) {
        row.staleArticles++;
        row.staleFigures += article.staleFigures.length;
        if (verbose) {
          for (const figure of article.staleFigures)
            console.error(
              `stale ${article.id}: ${figure.person} as ${figure.role} on ${figure.referenceDate} (${article.referenceDate.reason})`,
            );
        }
      }
      if (article.id === trial.sibling) {
        if (kinds.includes('unrelated')) row.siblingUnrelated++;
        if (kinds.length > 0) row.siblingOutlier++;
      } else {
        row.sameArticles++;
        if (kinds.includes('unrelated')) row.sameUnrelated++;
        if (kinds.length > 0) row.sameOutlier++;
        if (verbose && kinds.length > 0)
          console.error(`same-event article flagged ${article.id} (${kinds.join(', ')})`);
      }
    }
    if (credit < 1)
      failures.push(
        `${trial.topic} k=${trial.k}: ${[...scores].map(([id, score]) => `${id}${id === trial.sibling ? '*' : ''}=${score}`).join(' ')}`,
      );
    const counts = alignmentCounts(trial, analysis);
    row.alignment.predicted += counts.predicted;
    row.alignment.correct += counts.correct;
    row.alignment.gold += counts.gold;
    row.alignment.found += counts.found;
  }
  if (verbose) for (const failure of failures) console.error(`P@1 miss ${failure}`);
  return rows;
}

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function printRows(rows: Map<number, Row>): void {
  console.log(
    '| k | trials | P@1 score | P@1 relatedness | P@1 TF-IDF baseline | `unrelated` on siblings | `unrelated` on same-event | any outlier: siblings / same-event | stale figures (articles) | cluster date (of them the sibling’s) / no date: articles | alignment P / R (pairs) | ms per trial |',
  );
  console.log(
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [k, row] of rows) {
    const a = row.alignment;
    console.log(
      `| ${k} | ${row.trials} | **${fixed(row.p1 / row.trials, 3)}** | ${fixed(row.p1Relatedness / row.trials)} | ${fixed(row.baseline / row.trials)} | ${fixed((100 * row.siblingUnrelated) / row.trials, 0)}% (${row.siblingUnrelated}) | ${fixed((100 * row.sameUnrelated) / row.sameArticles, 1)}% (${row.sameUnrelated} of ${row.sameArticles}) | ${row.siblingOutlier} / ${row.sameOutlier} | ${row.staleFigures} (${row.staleArticles}) | ${row.borrowedDate} (${row.borrowedFromSibling}) / ${row.noDate} of ${row.articles} | ${fixed(a.correct / a.predicted)} / ${fixed(a.found / a.gold)} (${a.predicted} predicted, ${a.gold} gold) | ${fixed(row.ms / row.trials, 0)} |`,
    );
  }
}

function runSeeds(): void {
  if (!existsSync(seedsPath)) {
    console.log(`\n(seed articles not found at ${seedsPath}: skipped)`);
    return;
  }
  const files = readdirSync(seedsPath)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  const analysis = analyze(
    files.map((file) => ({
      id: file.replace(/\.txt$/, ''),
      text: readFileSync(join(seedsPath, file), 'utf8'),
    })),
  );
  console.log(`\nSeed articles (${files.length}, ${seedsPath}):`);
  for (const article of analysis.articles) {
    const extra = article as { relatedness?: number; agreement?: number };
    console.log(
      `- ${article.id}: score ${article.score}${extra.relatedness === undefined ? '' : `, relatedness ${extra.relatedness}, agreement ${extra.agreement}`}, stale ${article.staleFigures.map((figure) => figure.person).join('; ') || 'none'}, reference date ${article.referenceDate.date} (${article.referenceDate.rule})${article.flags.includes('outlier') ? ' — OUTLIER' : ''}`,
    );
  }
  for (const outlier of analysis.outliers) {
    console.log(`  outlier ${outlier.id}:`);
    for (const reason of outlier.reasons)
      console.log(`    [${reason.kind}] ${reason.message.slice(0, 160)}`);
  }
}

const started = performance.now();
const documents = readEcbPlus(dataPath);
console.log(
  `ECB+ ${dataPath}: ${documents.length} documents, ${trialsPerTopic} trials per topic and k, seed ${seed}${quick ? ' (--quick)' : ''}${otherStory ? ', the odd article from another story (--other-story)' : ''}\n`,
);
printRows(runTrials(documents));
runSeeds();
console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
