// Many stories at once with worker threads: every story is an independent job whose input
// (its articles) and output (the Analysis) are plain JSON, so a pool of workers — here
// threads, past one machine the consumers of a queue — shards the work by story.
// Run: npx tsx examples/story-workers.ts [folder-of-story-folders]   (default: fixtures/)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { type Analysis, type ArticleInput, analyze } from 'corroborate';

/** One job: a story's name and its articles. Serialisable: it can cross a thread or a queue. */
export interface StoryJob {
  story: string;
  articles: ArticleInput[];
}

/** One result: serialisable too, so it can be stored, streamed or sent back. */
export interface StoryOutcome {
  story: string;
  outliers: string[];
  analysis: Analysis;
}

/** The whole job, as a worker (or a queue consumer on another machine) runs it. */
export function runJob(job: StoryJob): StoryOutcome {
  const analysis = analyze(job.articles);
  return { story: job.story, outliers: analysis.outliers.map((o) => o.id), analysis };
}

/** Runs the jobs on `threads` worker threads; results come back in the jobs' order. */
export function analyzeStories(
  jobs: readonly StoryJob[],
  threads = availableParallelism(),
): Promise<StoryOutcome[]> {
  return new Promise((resolve, reject) => {
    const results: StoryOutcome[] = new Array(jobs.length);
    let next = 0;
    let done = 0;
    const pool = Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, () => {
      // This same file is the worker: see the `isMainThread` branch at the bottom.
      // Compiled to JS, the worker is just this file. Run as TypeScript (npx tsx), the worker
      // thread must register tsx's loader itself before importing it.
      const worker = import.meta.url.endsWith('.ts')
        ? new Worker(
            `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`,
            { eval: true },
          )
        : new Worker(new URL(import.meta.url));
      worker.on('error', reject);
      worker.on('message', ({ index, outcome }: { index: number; outcome: StoryOutcome }) => {
        results[index] = outcome;
        if (++done === jobs.length) {
          for (const each of pool) void each.terminate();
          resolve(results);
        } else if (next < jobs.length) {
          worker.postMessage({ index: next, job: jobs[next++] });
        }
      });
      return worker;
    });
    for (const worker of pool) {
      if (next < jobs.length) worker.postMessage({ index: next, job: jobs[next++] });
    }
  });
}

/** Every subfolder of `folder` with .txt articles is a story. */
export function readStories(folder: string): StoryJob[] {
  return readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isDirectory())
    .sort()
    .map((story) => ({
      story,
      articles: readdirSync(join(folder, story))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => ({
          id: name.replace(/\.txt$/, ''),
          text: readFileSync(join(folder, story, name), 'utf8'),
        })),
    }))
    .filter((job) => job.articles.length > 0);
}

if (!isMainThread) {
  parentPort?.on('message', ({ index, job }: { index: number; job: StoryJob }) => {
    parentPort?.postMessage({ index, outcome: runJob(job) });
  });
} else if (process.argv[1]?.replace(/\\/g, '/').endsWith('examples/story-workers.ts')) {
  const jobs = readStories(process.argv[2] ?? 'fixtures');
  analyzeStories(jobs).then((outcomes) => {
    for (const { story, outliers, analysis } of outcomes) {
      // One JSON line per story: what a stream engine would publish downstream.
      console.log(JSON.stringify({ story, articles: analysis.articles.length, outliers }));
    }
  });
}
