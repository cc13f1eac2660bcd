// A one-line progress bar on stderr for long reads and analyses, shown only on a terminal.
import {
  type Progress as AnalysisProgress,
  PROGRESS_STAGES,
  type ProgressStage,
} from '../index.js';

/** Where progress goes: stderr, and whether it is a terminal. */
export interface ProgressTarget {
  write(chunk: string): unknown;
  isTTY: boolean;
}

/**
 * Files from which reading shows a progress bar. Fifty .txt files read in well under a
 * second here; a bar that flashes for less than that is noise.
 */
export const PROGRESS_MIN_FILES = 50;
/** Cells in the bar. */
const PROGRESS_CELLS = 24;

/** Reports progress; `finish` clears the line so the report starts on a clean one. */
export interface Progress {
  /** Draws `done` of `total`, after `stageLabel` (default: the bar's label). */
  update(done: number, total: number, stageLabel?: string): void;
  finish(): void;
}

/**
 * A progress bar that redraws in place with `\r`, only when the target is a terminal and
 * the total is at least `minTotal` (default PROGRESS_MIN_FILES files), and only when the
 * drawn line changes.
 */
export function createProgress(
  target: ProgressTarget,
  label: string,
  minTotal = PROGRESS_MIN_FILES,
): Progress {
  let drawn = '';
  return {
    update(done, total, stageLabel = label) {
      if (!target.isTTY || total < minTotal) return;
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const filled = Math.round(share * PROGRESS_CELLS);
      // Percent, not the file count, so a run of 100,000 files redraws at most 101 times.
      const line = `${stageLabel} [${'#'.repeat(filled)}${'.'.repeat(PROGRESS_CELLS - filled)}] ${Math.floor(share * 100)}% of ${total}`;
      if (line === drawn) return;
      target.write(`\r${line}`);
      drawn = line;
    },
    finish() {
      if (drawn === '') return;
      target.write(`\r${' '.repeat(drawn.length)}\r`);
      drawn = '';
    },
  };
}

/** The stages `analyze` reports (`score` is the corpus's). */
const ANALYSIS_STAGES: readonly ProgressStage[] = PROGRESS_STAGES.filter(
  (stage) => stage !== 'score',
);

/**
 * The analysis's progress (`analyze`'s `onProgress`) as a bar per stage, e.g.
 * `analysing: align (3/8) [#####...] 21% of 44111`, for runs of at least
 * PROGRESS_MIN_FILES articles on a terminal (smaller ones finish before a bar is worth it).
 */
export function createAnalysisProgress(
  target: ProgressTarget,
  articles: number,
): { report(progress: AnalysisProgress): void; finish(): void } {
  const bar = createProgress(target, 'analysing', 0);
  const shown = target.isTTY && articles >= PROGRESS_MIN_FILES;
  return {
    report({ stage, done, total }) {
      if (!shown) return;
      const step = ANALYSIS_STAGES.indexOf(stage) + 1;
      bar.update(done, total, `analysing: ${stage} (${step}/${ANALYSIS_STAGES.length})`);
    },
    finish: () => bar.finish(),
  };
}
