// Same-event articles that an ECB+ trial finds in disagreement: every article of a trial's
// k − 1 same-event (`ecb`) documents whose agreement is below 1, with each contradiction that
// cut it (the slot, both values, this article's sentence and the consensus sentences), and
// P@1 as bench/eval-real.ts counts it (three decimals). The
// trials are those of bench/eval-real.ts (same seeds, same draw), so a contradiction listed
// here is one the eval's figures rest on.
//
// Run: npx tsx bench/same-event-contradictions.ts [path] [--seed S] [--ks 4,6] [--trials N] [--quiet]
//   path     ECB+ folder (default ../shared/data/ecb-plus-dev, relative to the repo root)
//   --quiet  print only the counts
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { readEcbPlus } from './ecb-plus.js';
import { buildTrials, lowestCredit } from './ecb-trials.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1]! : fallback;
};
const valued = new Set(['--trials', '--seed', '--ks']);
const positional = args.filter(
  (arg, index) => !arg.startsWith('--') && !valued.has(args[index - 1] ?? ''),
);
const dataPath = resolve(ROOT, positional[0] ?? '../shared/data/ecb-plus-dev');
const seed = Number(option('--seed', '12'));
const ks = option('--ks', '4,6').split(',').map(Number);
const trialsPerTopic = Number(option('--trials', '6'));
const quiet = args.includes('--quiet');

// The draw of bench/eval-real.ts (bench/ecb-trials.ts), so the two scripts judge the same trials.
const trialOptions = { ks, trialsPerTopic, seed };

const documents = readEcbPlus(dataPath);
const p1 = new Map<number, { credit: number; trials: number }>(
  ks.map((k) => [k, { credit: 0, trials: 0 }]),
);
let sameArticles = 0;
let disagreeing = 0;
const byKind = new Map<string, number>();
for (const trial of buildTrials(documents, trialOptions)) {
  const analysis = analyze(trial.documents.map(({ id, text }) => ({ id, text })));
  const row = p1.get(trial.k)!;
  row.trials++;
  row.credit += lowestCredit(
    new Map(analysis.articles.map((article) => [article.id, article.score])),
    trial.sibling,
  );
  for (const article of analysis.articles) {
    if (article.id === trial.sibling) continue;
    sameArticles++;
    if (article.agreement >= 1) continue;
    disagreeing++;
    if (quiet) {
      for (const c of article.contradictions)
        if (c.strength !== 'different-event') byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
      continue;
    }
    console.log(
      `\n## topic ${trial.topic} k=${trial.k} ${article.id}: agreement ${article.agreement}, score ${article.score} (sibling ${trial.sibling})`,
    );
    for (const c of article.contradictions) {
      byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
      console.log(
        `- [${c.kind}, ${c.strength}] ${c.claim}: “${c.value}” vs consensus “${c.consensus}” (${c.supportingSources.join(', ')})`,
      );
      console.log(`    this: ${c.sentence.replace(/\s+/g, ' ')}`);
      const groupId = c.object.split(':')[1];
      const fact = analysis.facts.find((f) => f.id === groupId);
      for (const member of fact?.members ?? []) {
        if (member.articleId === article.id) continue;
        const tag = member.articleId === trial.sibling ? ' (sibling)' : '';
        console.log(`    ${member.articleId}${tag}: ${member.text.replace(/\s+/g, ' ')}`);
      }
    }
  }
}
console.log(
  `\nseed ${seed}: P@1 ${[...p1].map(([k, row]) => `k=${k} ${(row.credit / row.trials).toFixed(3)}`).join(', ')}; ${disagreeing} of ${sameArticles} same-event articles (trial × article) with agreement < 1; contradictions by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`,
);
