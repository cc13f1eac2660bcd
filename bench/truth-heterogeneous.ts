// Benchmark: truth discovery on seeded heterogeneous synthetic data (bench/heterogeneous-claims.ts):
// categorical error and numeric MAE per algorithm, with source reliabilities that vary and with
// reliabilities that are all the same (same mean accuracy), averaged over seeds.
// Usage: npx tsx bench/truth-heterogeneous.ts [seeds]   (default 5: seeds 1…5)
import { discoverTruth, TRUTH_ALGORITHMS } from '../src/consensus/discover-truth.js';
import { generateHeterogeneous } from './heterogeneous-claims.js';

const seeds = Number(process.argv[2] ?? 5);
const ENTITIES = 300;
const COVERAGE = 0.45;
const SOURCES = 9;
// Reliabilities 0.2 … 0.9 (mean 0.55) against nine sources of 0.55 each.
const varied = Array.from({ length: SOURCES }, (_, i) => 0.2 + (0.7 * i) / (SOURCES - 1));
const uniform = Array.from({ length: SOURCES }, () => 0.55);

for (const [label, accuracy] of [
  ['varied reliabilities (0.20–0.90)', varied],
  ['equal reliabilities (0.55 each)', uniform],
] as const) {
  const totals = new Map<string, { error: number; mae: number; ms: number }>();
  let claimCount = 0;
  let tiedObjects = 0;
  let categoricalObjects = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const data = generateHeterogeneous({ seed, entities: ENTITIES, accuracy, coverage: COVERAGE });
    claimCount += data.claims.length;
    const voting = discoverTruth(data.claims, { algorithm: 'voting' });
    for (const object of data.categorical) {
      const beliefs = voting.belief[object];
      if (beliefs === undefined) continue;
      categoricalObjects++;
      if (beliefs.length > 1 && beliefs[0]!.belief === beliefs[1]!.belief) tiedObjects++;
    }
    for (const algorithm of TRUTH_ALGORITHMS) {
      const started = performance.now();
      const result = discoverTruth(data.claims, { algorithm });
      const ms = performance.now() - started;
      let wrong = 0;
      let judged = 0;
      for (const object of data.categorical) {
        if (result.truth[object] === undefined) continue;
        judged++;
        if (result.truth[object] !== data.truth.get(object)) wrong++;
      }
      let deviation = 0;
      let measured = 0;
      for (const object of data.continuous) {
        const chosen = result.truth[object];
        if (typeof chosen !== 'number') continue;
        deviation += Math.abs(chosen - (data.truth.get(object) as number));
        measured++;
      }
      const sum = totals.get(algorithm) ?? { error: 0, mae: 0, ms: 0 };
      sum.error += wrong / judged / seeds;
      sum.mae += deviation / measured / seeds;
      sum.ms += ms / seeds;
      totals.set(algorithm, sum);
    }
  }
  console.log(
    `\n${label}: ${SOURCES} sources, ${ENTITIES} entities × 3 labels + 1 number, coverage ${COVERAGE}, ` +
      `seeds 1–${seeds}; ${Math.round(claimCount / seeds)} claims per set; ` +
      `${((100 * tiedObjects) / categoricalObjects).toFixed(1)} % of label objects tied under voting.\n`,
  );
  console.log('| algorithm | categorical error | vs voting | numeric MAE | ms |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const base = totals.get('voting')!.error;
  for (const [algorithm, sum] of totals) {
    const change = ((sum.error - base) / base) * 100;
    console.log(
      `| ${algorithm} | ${sum.error.toFixed(3)} | ${change >= 0 ? '+' : ''}${change.toFixed(0)} % | ` +
        `${sum.mae.toFixed(2)} | ${sum.ms.toFixed(0)} |`,
    );
  }
}
