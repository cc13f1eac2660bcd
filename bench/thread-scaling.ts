// How well the analysis scales across threads on this machine, without the CLI: one story
// (fixtures/asia-trip-2025) analysed again and again in one fresh worker thread alone, then in
// two fresh worker threads at once, each reporting its mean milliseconds per analysis over
// successive batches (1, 4, 10, 20, 20 runs: the first is cold, the last ones warm). A pure
// arithmetic loop is timed the same two ways as a control: it shows what the cores give when
// the work touches no memory. `--stories` (src/cli/stories.ts) can only win what this shows.
// Run: npx tsx bench/thread-scaling.ts [--no-build]   (uses dist/, like bench/stories.ts)
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BATCHES = [1, 4, 10, 20, 20];
const SPIN = 400_000_000;

// The measured work, as plain JavaScript so a worker thread runs it as is (Node 20 workers do
// not inherit tsx): 'spin' is the arithmetic control, 'analyze' the story batches with the built
// library (as a user loads it, so each thread pays what a --stories worker pays).
const WORK = `
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
module.exports = function work(kind, repo, batches, spinCount) {
  if (kind === 'spin') {
    const started = performance.now();
    let x = 0;
    for (let i = 0; i < spinCount; i++) x += i % 7;
    return [performance.now() - started + (x === -1 ? 1 : 0)];
  }
  const library = require(path.join(repo, 'dist', 'index.cjs'));
  const folder = path.join(repo, 'fixtures', 'asia-trip-2025');
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: name, text: readFileSync(path.join(folder, name), 'utf8') }));
  return batches.map((runs) => {
    const started = performance.now();
    for (let run = 0; run < runs; run++) library.analyze(articles);
    return (performance.now() - started) / runs;
  });
};`;

type Kind = 'spin' | 'analyze';

// Each worker loads the work, says it is ready, and starts when told to, so threads start together.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const module_ = { exports: {} };
new Function('module', 'require', workerData.source)(module_, require);
parentPort.postMessage('ready');
parentPort.once('message', () => {
  parentPort.postMessage(module_.exports(workerData.kind, workerData.repo, workerData.batches, workerData.spin));
});`;

/** Runs `kind` in `threads` fresh worker threads at once (each cold); each one's figures. */
async function inThreads(kind: Kind, threads: number): Promise<number[][]> {
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(WORKER, {
        eval: true,
        workerData: { source: WORK, kind, repo: REPO, batches: BATCHES, spin: SPIN },
      }),
  );
  await Promise.all(
    workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))),
  );
  const results = workers.map(
    (worker) =>
      new Promise<number[]>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  );
  for (const worker of workers) worker.postMessage('go');
  const figures = await Promise.all(results);
  await Promise.all(workers.map((worker) => worker.terminate()));
  return figures;
}

const show = (values: readonly number[]) => values.map((value) => value.toFixed(0)).join(' / ');

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
  }
  console.log(
    `${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}`,
  );
  console.log('');
  console.log(`| work | threads | ms per unit, batches of ${BATCHES.join(', ')} |`);
  console.log('| --- | --- | --- |');
  for (const kind of ['spin', 'analyze'] as const) {
    const [alone] = await inThreads(kind, 1);
    console.log(`| ${kind} | one thread alone | ${show(alone!)} |`);
    const [first, second] = await inThreads(kind, 2);
    console.log(`| ${kind} | two threads at once: first | ${show(first!)} |`);
    console.log(`| ${kind} | two threads at once: second | ${show(second!)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
