// Cancel latency of analyzeAsync on a 1,000-article synthetic story: one full run is timed,
// then the signal is aborted from a timer at several shares of that time, and the time from
// abort() to the promise's rejection is recorded, and to the worker thread's exit (its
// JavaScript stops at once; the exit waits for its heap to be freed), with the process's CPU
// time in the 500 ms after the exit (near zero: nothing runs on). Also, for the synchronous analyze, the longest interval between two progress
// reports per stage (how long it runs without reporting, and so without a chance to abort
// from onProgress). Prints markdown for bench/BENCHMARKS.md.
// Run: npx tsx bench/cancel.ts [--articles 1000] [--at 0.05,0.2,0.35,0.5,0.65,0.8]
import { cpus, loadavg } from 'node:os';
import { analyze } from '../src/analyze.js';
import { analyzeAsync, lastWorkerExit } from '../src/analyze-async.js';
import { CorroborateError } from '../src/errors.js';
import type { Progress, ProgressStage } from '../src/progress.js';
import { generateCorpus } from './synthetic-corpus.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const size = Number(option('--articles', '1000'));
const shares = option('--at', '0.05,0.2,0.35,0.5,0.65,0.8').split(',').map(Number);
const articles = generateCorpus({ articles: size, seed: 1 });

console.log(
  `node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, ${cpus().length} cores, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}, ${size} articles\n`,
);

// The process's CPU over 500 ms with nothing running, for comparison with the aborted runs.
const idleBefore = process.cpuUsage();
await new Promise((resolve) => setTimeout(resolve, 500));
const idle = process.cpuUsage(idleBefore);
console.log(`CPU in 500 ms idle: ${((idle.user + idle.system) / 1000).toFixed(0)} ms`);

// One full run (the worker starts cold, as in the aborted runs: each abort ends its worker).
const fullStart = performance.now();
await analyzeAsync(articles);
const fullSeconds = (performance.now() - fullStart) / 1000;
console.log(`full analyzeAsync run: ${fullSeconds.toFixed(2)} s\n`);

// analyzeAsync: abort from a timer at a share of the full run; latency = abort() → rejection.
console.log(
  '| abort after (s) | stage running | abort → rejection (ms) | abort → worker exit (ms) | CPU in the 500 ms after (ms) |',
);
console.log('| ---: | --- | ---: | ---: | ---: |');
const latencies: number[] = [];
const exits: number[] = [];
for (const share of shares) {
  const seconds = Number((share * fullSeconds).toFixed(2));
  const controller = new AbortController();
  let stage: ProgressStage | 'none' = 'none';
  let abortedAt = 0;
  const timer = setTimeout(() => {
    abortedAt = performance.now();
    controller.abort();
  }, seconds * 1000);
  const outcome = await analyzeAsync(articles, {
    signal: controller.signal,
    onProgress: (progress) => {
      stage = progress.stage;
    },
  }).then(
    () => 'finished',
    (error: unknown) => (CorroborateError.is(error) ? error.code : String(error)),
  );
  const latency = performance.now() - abortedAt;
  clearTimeout(timer);
  const exit = ((await lastWorkerExit()) ?? Number.NaN) - abortedAt;
  const cpuBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (outcome !== 'ABORTED') {
    console.log(`| ${seconds} | — | ${outcome} before the abort |`);
    continue;
  }
  latencies.push(latency);
  exits.push(exit);
  console.log(
    `| ${seconds} | ${stage} | ${latency.toFixed(1)} | ${exit.toFixed(0)} | ${cpuMs.toFixed(0)} |`,
  );
}
const summary = (label: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return;
  console.log(
    `${label}: max ${sorted.at(-1)!.toFixed(1)} ms, p50 ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(1)} ms over ${sorted.length} aborts`,
  );
};
console.log('');
summary('abort → rejection', latencies);
summary('abort → worker exit', exits);

// Synchronous analyze: the longest interval between two progress reports, per stage.
const longest = new Map<ProgressStage, number>();
const reports = new Map<ProgressStage, number>();
let last = performance.now();
const started = last;
analyze(articles, {
  onProgress: (progress: Progress) => {
    const now = performance.now();
    longest.set(progress.stage, Math.max(longest.get(progress.stage) ?? 0, now - last));
    reports.set(progress.stage, (reports.get(progress.stage) ?? 0) + 1);
    last = now;
  },
});
console.log(
  `\nsynchronous analyze: ${((performance.now() - started) / 1000).toFixed(2)} s; longest interval between two reports, by the stage of the later one:\n`,
);
console.log('| stage | reports | longest interval (ms) |');
console.log('| --- | ---: | ---: |');
for (const [stage, ms] of longest)
  console.log(`| ${stage} | ${reports.get(stage)} | ${ms.toFixed(0)} |`);
