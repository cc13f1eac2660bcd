// What `--ledger FILE` costs a run besides the stories: reading and checking the file, the
// priors' JSON text every story job receives, recording, ranking, the HTML index's histories and
// charts, and writing the file back — on a synthetic ledger of N stories × S sources per story.
// Run: npx tsx bench/ledger-file.ts [--stories 10000] [--sources 10] [--outlets 200]
// Prints a markdown row per size for bench/BENCHMARKS.md (doubling the stories shows linearity).
import { ledgerText, priorLedgerText } from '../src/cli/ledger-file.js';
import { indexSources } from '../src/cli/ledger-run.js';
import { createSourceLedger, SourceLedger } from '../src/index.js';
import { betaQuantile } from '../src/ledger/beta.js';
import { renderSourceSection } from '../src/report/source-chart.js';
import { mulberry32 } from './synthetic-corpus.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? Number(args[index + 1]) : fallback;
};
const STORIES = option('--stories', 10_000);
const SOURCES = option('--sources', 10);
const OUTLETS = option('--outlets', 200);

// CPU time of this (single-threaded) process, not wall time: the shared host's load inflates
// wall times several-fold and unevenly; CPU time still includes garbage collection.
function timed<T>(run: () => T): { value: T; ms: number } {
  const started = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(started);
  return { value, ms: (used.user + used.system) / 1000 };
}

function measure(stories: number): string {
  const random = mulberry32(stories);
  const ledger = createSourceLedger({ halfLifeDays: 90 });
  const built = timed(() => {
    for (let index = 0; index < stories; index++) {
      const outlets = new Set<number>();
      while (outlets.size < SOURCES) outlets.add(Math.floor(random() * OUTLETS));
      const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(index / 20)));
      ledger.recordStory({
        story: `story-${index}`,
        date: day.toISOString().slice(0, 10),
        sources: [...outlets].map((outlet) => {
          const units = 1;
          return {
            source: `outlet-${outlet}`,
            articles: 1,
            units,
            agreeingUnits: random() < 0.5 + outlet / (2 * OUTLETS) ? units : 0,
            corroborated: 4,
            contradicted: 1,
            uncorroborated: 2,
            staleFigures: 0,
            unrelated: 0,
          };
        }),
      });
    }
    return ledger.rank().length;
  });
  const text = timed(() => ledgerText(ledger.toJSON()));
  const read = timed(() => SourceLedger.fromJSON(text.value));
  const rank = timed(() => read.value.rank());
  const priors = timed(() => priorLedgerText(read.value, new Set(['story-0', 'story-1'])));
  const index = timed(() =>
    renderSourceSection(
      indexSources({ file: 'ledger.json', path: '', existed: true, ledger: read.value }).rows,
      { file: 'ledger.json', stories, credibleMass: 0.9 },
    ),
  );
  const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
  return `| ${stories.toLocaleString('en')} × ${SOURCES} | ${built.value} | ${mib(Buffer.byteLength(text.value))} | ${read.ms.toFixed(0)} | ${rank.ms.toFixed(0)} | ${priors.ms.toFixed(0)} | ${text.ms.toFixed(0)} | ${index.ms.toFixed(0)} (${mib(Buffer.byteLength(index.value))} MiB) |`;
}

console.log(
  '| stories × sources | outlets | file MiB | read + check ms CPU | rank ms | priors text ms | write text ms | HTML section ms |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const stories of [STORIES / 2, STORIES]) console.log(measure(stories));

// The chart intervals' cost: one Beta quantile on the ledger's usual parameters.
const parameters: [number, number, number][] = [];
for (const p of [0.05, 0.95])
  for (const a of [1, 2, 5, 30, 200]) for (const b of [1, 2.5, 7, 60]) parameters.push([p, a, b]);
const rounds = 500;
const quantiles = timed(() => {
  for (let round = 0; round < rounds; round++)
    for (const [p, a, b] of parameters) betaQuantile(p, a, b);
});
console.log(
  `\nbetaQuantile: ${((quantiles.ms * 1000) / (rounds * parameters.length)).toFixed(1)} µs CPU a call (p 0.05 and 0.95, a 1–200, b 1–60)`,
);
