// `corroborate --stories DIR`: every subfolder of DIR is its own story, analysed in parallel
// (worker threads and the main thread), one JSON line per story streamed in story-name order.
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CorroborateError, type KnowledgeInput, renderHtmlReport } from '../index.js';
import { compareIds } from '../input/validate-articles.js';
import { type IndexSources, renderStoriesIndex, storyFileName } from './stories-index.js';
import { runStoryJob, type StoryJob, type StoryResult } from './story-job.js';

/** Most worker threads `--jobs` accepts; more threads than this only queue on the cores. */
export const MAX_JOBS = 256;

/** What `--stories` was asked to do. */
export interface StoriesRun {
  /** Absolute path of the folder whose subfolders are the stories. */
  folder: string;
  /**
   * Stories analysed at once: the main thread and `jobs - 1` worker threads (fewer when there
   * are fewer stories); 1 runs every story in the main thread. Undefined (no `--jobs`): one
   * per core, and no more workers than the stories' size pays for (see {@link defaultWorkers}).
   */
  jobs: number | undefined;
  asOf: string | undefined;
  knowledge: readonly KnowledgeInput[];
  /** Absolute path of the folder the HTML reports and index go to, when asked for. */
  html: string | undefined;
  /**
   * `--ledger`: the ledger JSON text every story takes its priors from, and what records the
   * results (all of them, in story-name order, once every story is done) and returns the
   * index's source table.
   */
  ledger?: {
    priors(stories: readonly string[]): string;
    record(results: readonly StoryResult[]): IndexSources;
  };
}

/** The default `--jobs`: the cores Node may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Input bytes from which the default `--jobs` starts one more worker thread. A worker pays
 * about 2.7 s of CPU before its stories run at full speed (its own library, office table and
 * JIT warm-up: one worker running bench/stories.ts' 50 stories used 8.1 s of CPU, two used
 * 10.8 s), and a warm story costs ~0.11 s per 31 KB (8 synthetic articles): a worker is worth
 * starting for ~2.7 s of work, about 770 KB of input. BENCHMARKS.md, "Many stories".
 */
export const BYTES_PER_WORKER = 770_000;

/**
 * The worker threads of a run without `--jobs`: one fewer than the `jobs` threads (the main
 * thread takes stories too), never more than the stories after the main thread's first,
 * and one per {@link BYTES_PER_WORKER} of input, so a few small stories run in the main
 * thread instead of waiting for a worker to warm up.
 */
export function defaultWorkers(jobs: number, stories: number, bytes: number): number {
  return Math.max(0, Math.min(jobs - 1, stories - 1, Math.floor(bytes / BYTES_PER_WORKER)));
}

/** Bytes of every file under the stories' folders (what the readers will read at most). */
async function storiesBytes(jobs: readonly StoryJob[]): Promise<number> {
  let total = 0;
  for (const job of jobs) {
    const entries = await readdir(job.folder, { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const info = await stat(path.join(entry.parentPath ?? entry.path, entry.name)).catch(
        () => null,
      );
      total += info?.size ?? 0;
    }
  }
  return total;
}

/** Subfolders of `folder` in story-name order (code-point order, so any locale sorts alike). */
export async function listStories(folder: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorroborateError(
      'INVALID_FILE',
      `--stories ${folder}: cannot read the folder (${code === 'ENOENT' ? 'no such folder' : (code ?? String(error))}).`,
      { field: 'stories', flag: '--stories', file: folder },
    );
  }
  const stories = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort(compareIds);
  if (stories.length === 0) {
    throw new CorroborateError(
      'INVALID_FILE',
      `--stories ${folder}: no story folders in it; put each story's articles in its own subfolder.`,
      { field: 'stories', flag: '--stories', file: folder },
    );
  }
  return stories;
}

/**
 * Runs every story and calls `emit` once per story in story-name order, each as soon as it
 * and every story before it have finished. Returns the results in that order.
 */
export async function runStories(
  run: StoriesRun,
  emit: (result: StoryResult) => void,
): Promise<StoryResult[]> {
  const names = await listStories(run.folder);
  const ledger = run.ledger?.priors(names);
  const jobs: StoryJob[] = names.map((story, index) => ({
    index,
    story,
    folder: path.join(run.folder, story),
    asOf: run.asOf,
    knowledge: run.knowledge,
    ...(ledger === undefined ? {} : { ledger }),
  }));
  const results: (StoryResult | undefined)[] = new Array(jobs.length);
  let next = 0;
  const arrive = (result: StoryResult) => {
    results[result.index] = result;
    while (next < results.length && results[next] !== undefined) {
      emit(results[next] as StoryResult);
      next++;
    }
  };
  const workerFile = fileURLToPath(new URL('./story-worker.js', import.meta.url));
  // The main thread takes stories too, so `jobs` stories run at once with `jobs - 1` workers,
  // and never more workers than the stories left for them. From the sources (tests, tsx)
  // there is no built worker file: every story runs in this thread.
  const workers = !existsSync(workerFile)
    ? 0
    : run.jobs === undefined
      ? defaultWorkers(defaultJobs(), jobs.length, await storiesBytes(jobs))
      : Math.min(run.jobs, jobs.length) - 1;
  await runPool(jobs, workers, workerFile, arrive);
  const sources = run.ledger?.record(results as StoryResult[]);
  if (run.html !== undefined) await writeHtml(run.html, results as StoryResult[], sources);
  return results as StoryResult[];
}

/**
 * Runs every job on the main thread and `workers` worker threads. Each takes the next job
 * from one shared counter (`Atomics.add` on a SharedArrayBuffer) as soon as it is free, so no
 * thread waits for another to hand it work: a worker starts its first story (loading the
 * library and the office table) as soon as it starts, while the main thread does the same.
 */
async function runPool(
  jobs: readonly StoryJob[],
  workers: number,
  workerFile: string,
  arrive: (result: StoryResult) => void,
): Promise<void> {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const threads: Worker[] = [];
  let failure: Error | undefined;
  const stopAll = (error: Error) => {
    failure ??= error;
    for (const thread of threads) void thread.terminate();
  };
  const finished = Array.from(
    { length: workers },
    () =>
      new Promise<void>((resolve) => {
        const worker = new Worker(workerFile, { workerData: { jobs, counter } });
        threads.push(worker);
        worker.on('message', (message: StoryWorkerMessage) => {
          if ('result' in message) arrive(message.result);
          else if ('crash' in message)
            stopAll(new Error(`a story worker failed:\n${message.crash}`));
          else resolve();
        });
        worker.on('error', (error) => {
          stopAll(error);
          resolve();
        });
        worker.on('exit', () => resolve());
      }),
  );
  for (;;) {
    if (failure !== undefined) break;
    const index = Atomics.add(counter, 0, 1);
    const job = jobs[index];
    if (job === undefined) break;
    try {
      arrive(await runStoryJob(job));
    } catch (error) {
      stopAll(error instanceof Error ? error : new Error(String(error)));
    }
  }
  await Promise.all(finished);
  if (failure !== undefined) throw failure;
}

/** What a story worker posts: one result, its crash, or that no job is left. */
export type StoryWorkerMessage = { result: StoryResult } | { crash: string } | { done: true };

/** One HTML report per analysed story, and `index.html` linking them all. */
async function writeHtml(
  folder: string,
  results: readonly StoryResult[],
  sources?: IndexSources,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const files = storyFileNames(results.map((result) => result.story));
  for (const result of results) {
    if (!('analysis' in result)) continue;
    const page = renderHtmlReport(result.analysis, result.articles, {
      title: `${result.story}: ${result.analysis.articles.length} articles`,
    });
    await writeFile(path.join(folder, files[result.index] as string), page, 'utf8');
  }
  await writeFile(
    path.join(folder, 'index.html'),
    renderStoriesIndex(results, files, sources),
    'utf8',
  );
}

/** Distinct file names for the stories' reports, in story order. */
function storyFileNames(stories: readonly string[]): string[] {
  const used = new Set<string>(['index.html']);
  return stories.map((story) => {
    let name = storyFileName(story);
    for (let suffix = 2; used.has(name.toLowerCase()); suffix++) {
      name = storyFileName(`${story}-${suffix}`);
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** The JSON line of one story: its name, the outliers at a glance, and the whole analysis. */
export function storyLine(result: StoryResult): string {
  if ('error' in result) return JSON.stringify({ story: result.story, error: result.error });
  return JSON.stringify({
    story: result.story,
    articles: result.analysis.articles.length,
    outliers: result.analysis.outliers.map((outlier) => outlier.id),
    analysis: result.analysis,
  });
}
