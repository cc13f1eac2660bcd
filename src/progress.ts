// Progress reports and cancellation for the long-running entry points (analyze, the corpus):
// one small object the stages call in their per-article and per-sentence-batch loops.
import { CorroborateError } from './errors.js';

/**
 * The stages a long-running call reports, in the order `analyze` runs them, with the unit
 * `done` and `total` count:
 * - `prepare`: split, tokenize and profile each article (articles);
 * - `extract`: people, roles, places, dates of each article, names resolved across them (articles);
 * - `align`: match sentences across articles (sentences);
 * - `copies`: copy clusters and relatedness (articles);
 * - `dates`: reference dates (articles);
 * - `roles`: office-holder checks (articles);
 * - `claims`: claims, source trust and consensus (articles);
 * - `report`: article reports, outliers and facts (articles);
 * - `score`: `Corpus.score` matching the scored article's sentences with the corpus (sentences).
 *
 * `Corpus.add` and `createCorpus` report `prepare` (articles added); `Corpus.score` reports
 * `prepare` (1 article) then `score`.
 */
export type ProgressStage =
  | 'prepare'
  | 'extract'
  | 'align'
  | 'copies'
  | 'dates'
  | 'roles'
  | 'claims'
  | 'report'
  | 'score';

/** Every {@link ProgressStage}, in the order `analyze` (then `Corpus.score`) runs them. */
export const PROGRESS_STAGES: readonly ProgressStage[] = [
  'prepare',
  'extract',
  'align',
  'copies',
  'dates',
  'roles',
  'claims',
  'report',
  'score',
];

/**
 * One progress report: `done` of `total` units of `stage` (articles, or sentences for
 * `align`). Within a stage `done` only grows, from 0 to `total`; every stage that runs is
 * reported at 0 first and at `total` last. A stage may be skipped (no articles to align).
 */
export interface Progress {
  /** The stage running (see {@link PROGRESS_STAGES} for their order). */
  stage: ProgressStage;
  /** Units of the stage finished so far, 0 to `total`. */
  done: number;
  /** Units the stage has in all: articles, or sentences for `align`. */
  total: number;
}

/** The progress and cancel options shared by `analyze` and the corpus's methods. */
export interface ProgressOptions {
  /**
   * Called synchronously as the work advances (see {@link Progress}): at the start and end of
   * every stage and at most about every 1 % in between. It may call `controller.abort()`;
   * the call then throws `ABORTED` at once. An exception it throws ends the call unchanged.
   */
  onProgress?: (progress: Progress) => void;
  /**
   * Cancels the call: when it is aborted, the call throws (or rejects with)
   * `CorroborateError` code `ABORTED`, whose `details.stage` says which stage was running.
   * Checked before any work and in every stage's per-article and per-sentence-batch loops. A
   * synchronous call only sees an abort made from `onProgress` or before it started: use
   * `analyzeAsync` to abort from a timer, a request's close event or a button.
   */
  signal?: AbortSignal;
}

/** Reports per stage at most about this many times between 0 and total (1 % steps). */
const REPORTS_PER_STAGE = 100;

/**
 * The work of one call: stage starts, ticks and ends, each of which checks the signal (one
 * property read) and reports progress when a 1 % step is crossed. Library-internal.
 */
export class Work {
  /** A call with neither callback nor signal: every method returns at once. */
  static readonly none = new Work(undefined, undefined);

  /** The work of a call whose options were read by `readProgressOptions`. */
  static of(options: {
    onProgress: ((progress: Progress) => void) | undefined;
    signal: AbortSignal | undefined;
  }): Work {
    return options.onProgress === undefined && options.signal === undefined
      ? Work.none
      : new Work(options.onProgress, options.signal);
  }

  #stage: ProgressStage | 'start' = 'start';
  #total = 0;
  #nextReport = 0;
  #step = 1;
  readonly #onProgress: ((progress: Progress) => void) | undefined;
  readonly #signal: AbortSignal | undefined;

  constructor(onProgress?: (progress: Progress) => void, signal?: AbortSignal) {
    this.#onProgress = onProgress;
    this.#signal = signal;
  }

  /** Whether this work reports or can be cancelled at all (the checks are skipped otherwise). */
  get active(): boolean {
    return this.#onProgress !== undefined || this.#signal !== undefined;
  }

  /** Starts `stage` with `total` units: checks the signal and reports 0 of `total`. */
  start(stage: ProgressStage, total: number): void {
    this.#stage = stage;
    this.#total = total;
    this.#step = Math.max(1, Math.ceil(total / REPORTS_PER_STAGE));
    this.#nextReport = this.#step;
    this.check();
    this.#onProgress?.({ stage, done: 0, total });
    this.check();
  }

  /** `done` units of the current stage are finished: checks the signal, reports on a 1 % step. */
  tick(done: number): void {
    this.check();
    if (this.#onProgress === undefined || done < this.#nextReport || done >= this.#total) return;
    this.#nextReport = done + this.#step;
    this.#onProgress({ stage: this.#stage as ProgressStage, done, total: this.#total });
    this.check();
  }

  /**
   * The share `part / whole` of the current stage is finished, for a loop over something
   * other than the stage's unit (the pairs of the `copies` stage, an extract pass of two).
   */
  tickShare(part: number, whole: number): void {
    this.tick(whole === 0 ? 0 : Math.floor((this.#total * part) / whole));
  }

  /** Ends the current stage: reports `total` of `total`. */
  end(): void {
    this.check();
    if (this.#stage === 'start') return;
    this.#onProgress?.({ stage: this.#stage, done: this.#total, total: this.#total });
    this.check();
  }

  /** Throws `ABORTED` when the signal is aborted. */
  check(): void {
    if (this.#signal?.aborted) throw abortedError(this.#stage, this.#signal.reason);
  }
}

/** The `ABORTED` error for a call stopped during `stage` (`start`: before any work). */
export function abortedError(stage: ProgressStage | 'start', reason: unknown): CorroborateError {
  const why = reason instanceof Error ? reason.message : reason === undefined ? '' : String(reason);
  return new CorroborateError(
    'ABORTED',
    stage === 'start'
      ? `aborted before any work${why ? ` (${why})` : ''}.`
      : `aborted during the ${stage} stage${why ? ` (${why})` : ''}.`,
    { field: 'options.signal', stage },
  );
}
