// CPU time of corpus.score() per call, for a shared host where wall times are inflated by other
// jobs: builds a corpus of synthetic articles (bench/synthetic-corpus.ts, seed 2), scores new
// ones, and prints CPU and wall p50/p95 per call and the build's CPU time.
// Run: npx tsx bench/corpus-score.ts [--size 1000] [--scores 15] [--root DIR]
//
// --root times another checkout's source (its src/ and bench/) with this script, so a change
// can be compared with the commit before it on the same host, e.g.
//   git archive main | tar -x -C /tmp/main && ln -s "$PWD/node_modules" /tmp/main/node_modules
//   npx tsx bench/corpus-score.ts --root /tmp/main
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const root = resolve(option('--root', fileURLToPath(new URL('..', import.meta.url))));
const size = Number(option('--size', '1000'));
const scores = Number(option('--scores', '15'));

const { createCorpus } = await import(pathToFileURL(resolve(root, 'src/corpus.ts')).href);
const { generateCorpus } = await import(
  pathToFileURL(resolve(root, 'bench/synthetic-corpus.ts')).href
);

const articles = generateCorpus({ articles: size + scores, seed: 2 });
const built = process.cpuUsage();
const corpus = createCorpus(articles.slice(0, size));
const buildCpu = process.cpuUsage(built);
corpus.score(articles[size]); // warm-up: loads the lazy NLP modules once
const cpu: number[] = [];
const wall: number[] = [];
for (const article of articles.slice(size + 1)) {
  const started = process.cpuUsage();
  const t = performance.now();
  corpus.score(article);
  wall.push(performance.now() - t);
  const used = process.cpuUsage(started);
  cpu.push((used.user + used.system) / 1000);
}
const at = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
console.log(
  `${root}: ${size} articles, build CPU ${((buildCpu.user + buildCpu.system) / 1e6).toFixed(1)} s; ` +
    `score CPU p50 ${at(cpu, 0.5).toFixed(1)} ms, p95 ${at(cpu, 0.95).toFixed(1)} ms; ` +
    `wall p50 ${at(wall, 0.5).toFixed(1)} ms, p95 ${at(wall, 0.95).toFixed(1)} ms (${cpu.length} calls)`,
);
