// analyzeAsync(): analyze in a worker thread, so the caller's event loop stays free and an
// AbortSignal fired from a timer, a closed request or a button stops the work at once.
import { Worker } from 'node:worker_threads';
import type { Analysis } from './analysis.js';
import { type AnalyzeOptions, readAnalyzeOptions } from './analyze.js';
import { CorroborateError, type CorroborateErrorCode } from './errors.js';
import { readProgressOptions } from './input/read-options.js';
import { type ArticleInput, validateArticles } from './input/validate-articles.js';
import { officeHolders } from './knowledge/office-holders.js';
import type { KnowledgeInput } from './knowledge/types.js';
import type { SourceLedgerJSON } from './ledger/source-ledger.js';
import { abortedError, type Progress, type ProgressStage } from './progress.js';

/** What the main thread sends the worker: one `analyze` call, as structured-cloneable data. */
export interface AnalyzeRequest {
  articles: ArticleInput[];
  options: Pick<AnalyzeOptions, 'asOf' | 'algorithm' | 'alignment'>;
  /** A knowledge base other than the bundled table, as its records. */
  knowledge?: KnowledgeInput;
  ledger?: SourceLedgerJSON;
  /** Whether to post progress reports. */
  progress: boolean;
}

/** What the worker posts back. */
export type AnalyzeWorkerMessage =
  | { progress: Progress }
  | { analysis: Analysis }
  | {
      error: {
        code?: CorroborateErrorCode;
        message: string;
        details?: Record<string, unknown>;
      };
    };

/**
 * {@link analyze} without blocking: the same analysis, computed in a worker thread, as a
 * promise. `options.onProgress` receives the worker's reports on this thread;
 * `options.signal` rejects the promise with `CorroborateError` code `ABORTED` as soon as it is
 * aborted and terminates the worker: its JavaScript stops at once, and its memory is released
 * as the thread exits (`details.stage` is the last stage reported). Bad input
 * rejects with the error `analyze` would throw.
 *
 * The worker loads the library and the office table once (about a second of CPU, once per
 * process: an idle worker is kept for the next call and never keeps the process alive).
 * `options.knowledge`, when not the bundled table, is copied to the worker as its records
 * (`knowledge.toJSON()`), and `options.ledger` as its JSON. For small stories and scripts,
 * the synchronous `analyze` is cheaper.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * setTimeout(() => controller.abort(), 5_000);
 * const analysis = await analyzeAsync(articles, { signal: controller.signal });
 * ```
 */
export async function analyzeAsync(
  articles: readonly ArticleInput[],
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const settings = readAnalyzeOptions(options, 'analyzeAsync');
  const { onProgress, signal } = readProgressOptions(
    (options ?? {}) as Record<string, unknown>,
    'analyzeAsync',
  );
  if (signal?.aborted) throw abortedError('start', signal.reason);
  // Bad articles fail here, with analyze's own errors, before anything is copied.
  validateArticles(articles);
  const request: AnalyzeRequest = {
    articles: articles.map(plainArticle),
    options: {
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(options.algorithm === undefined ? {} : { algorithm: options.algorithm }),
      ...(options.alignment === undefined ? {} : { alignment: { ...options.alignment } }),
    },
    progress: onProgress !== undefined,
  };
  if (settings.knowledge !== officeHolders) request.knowledge = settings.knowledge.toJSON();
  if (settings.ledger !== null) request.ledger = settings.ledger.toJSON();

  const worker = takeWorker();
  return new Promise<Analysis>((resolve, reject) => {
    // Until the worker reports, it is loading the library and preparing the articles.
    let stage: ProgressStage = 'prepare';
    let settled = false;
    /** Stops listening; keeps the worker for the next call or terminates it. */
    const finish = (keep: boolean): void => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep) releaseWorker(worker);
      else stopped = worker.terminate().then(() => performance.now());
    };
    // `terminate` stops the worker's JavaScript at once; its heap is freed as the thread exits.
    const onAbort = () => {
      if (settled) return;
      finish(false);
      reject(abortedError(stage, signal?.reason));
    };
    const onMessage = (message: AnalyzeWorkerMessage) => {
      if (settled) return;
      if ('progress' in message) {
        stage = message.progress.stage;
        try {
          onProgress?.(message.progress);
        } catch (error) {
          finish(false);
          reject(error);
        }
        // onProgress may have aborted: the abort listener has run, and settled.
        return;
      }
      finish(true);
      if ('analysis' in message) resolve(message.analysis);
      else reject(revive(message.error));
    };
    const onError = (error: Error) => {
      if (settled) return;
      finish(false);
      reject(workerFailed(`failed: ${error.message}`, { cause: error.message }));
    };
    const onExit = (code: number) => {
      if (settled) return;
      finish(false);
      reject(workerFailed(`stopped (exit code ${code})`, { exitCode: code }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}

// One idle worker kept between calls (unreferenced: it never keeps the process alive).
let idle: Worker | undefined;
// When the last terminated worker's thread exited (performance.now()), for bench/cancel.ts.
let stopped: Promise<number> | undefined;

/**
 * When the worker of the last aborted or failed call exited (its `performance.now()`), or
 * undefined when none was stopped. Not exported from the package: bench/cancel.ts reads it.
 */
export function lastWorkerExit(): Promise<number> | undefined {
  return stopped;
}

function takeWorker(): Worker {
  const worker = idle ?? startWorker();
  idle = undefined;
  worker.ref();
  return worker;
}

function releaseWorker(worker: Worker): void {
  if (idle === undefined) {
    worker.unref();
    idle = worker;
  } else {
    void worker.terminate();
  }
}

/**
 * A new worker: `analyze-worker.cjs` next to the built library, or, when running from the
 * TypeScript sources (tests, `tsx`), `analyze-worker-dev.mjs`, which registers tsx (Node 20
 * does not pass `--import tsx` on to a worker) and loads `analyze-worker.ts`.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  const fromSources = here.endsWith('.ts');
  const worker = new Worker(
    new URL(fromSources ? './analyze-worker-dev.mjs' : './analyze-worker.cjs', here),
  );
  // An idle worker that dies (it should not) is simply not reused.
  worker.on('exit', () => {
    if (idle === worker) idle = undefined;
  });
  return worker;
}

/**
 * The worker's error as the error `analyze` would have thrown on this thread; an error without
 * a code (a failure inside the thread, not bad input) becomes `WORKER_FAILED`. Internal.
 */
export function revive(error: {
  code?: CorroborateErrorCode;
  message: string;
  details?: Record<string, unknown>;
}): Error {
  if (error.code !== undefined)
    return new CorroborateError(error.code, error.message, error.details ?? {});
  return workerFailed(`failed: ${error.message}`, { cause: error.message });
}

/** `WORKER_FAILED`: the worker thread ended or failed without an analysis or a coded error. */
function workerFailed(what: string, details: Record<string, unknown>): CorroborateError {
  return new CorroborateError(
    'WORKER_FAILED',
    `analyzeAsync: the worker thread ${what} before it answered; run the same articles through analyze() to see whether the input or the thread is at fault.`,
    { field: 'worker', ...details },
  );
}

/** An article as plain data (a `Date` stays a `Date`; other fields are left behind). */
function plainArticle(article: ArticleInput): ArticleInput {
  const copy: ArticleInput = { id: article.id, text: article.text };
  for (const key of ['title', 'source', 'url', 'publishedAt'] as const) {
    const value = article[key];
    if (value !== undefined) (copy as unknown as Record<string, unknown>)[key] = value;
  }
  return copy;
}
