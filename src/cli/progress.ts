// A one-line progress bar on stderr for long reads, shown only on a terminal.

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
  update(done: number, total: number): void;
  finish(): void;
}

/**
 * A progress bar that redraws in place with `\r`, only when the target is a terminal and
 * the run has at least PROGRESS_MIN_FILES files, and only when the drawn line changes.
 */
export function createProgress(target: ProgressTarget, label: string): Progress {
  let drawn = '';
  return {
    update(done, total) {
      if (!target.isTTY || total < PROGRESS_MIN_FILES) return;
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const filled = Math.round(share * PROGRESS_CELLS);
      // Percent, not the file count, so a run of 100,000 files redraws at most 101 times.
      const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(PROGRESS_CELLS - filled)}] ${Math.floor(share * 100)}% of ${total}`;
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
