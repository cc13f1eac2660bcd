// The CLI's analysis progress bar (src/cli/progress.ts): per stage, on a terminal, for big runs.
import { describe, expect, it } from 'vitest';
import { createAnalysisProgress, PROGRESS_MIN_FILES } from '../src/cli/progress.js';

function target(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, write: (chunk: string) => chunks.push(chunk), isTTY };
}

describe('createAnalysisProgress', () => {
  it('draws each stage with its place among the eight, and clears the line at the end', () => {
    const out = target(true);
    const bar = createAnalysisProgress(out, PROGRESS_MIN_FILES);
    bar.report({ stage: 'prepare', done: 0, total: 50 });
    bar.report({ stage: 'prepare', done: 25, total: 50 });
    bar.report({ stage: 'align', done: 400, total: 400 });
    bar.finish();
    expect(out.chunks[0]).toBe(`\ranalysing: prepare (1/8) [${'.'.repeat(24)}] 0% of 50`);
    expect(out.chunks[1]).toBe(
      `\ranalysing: prepare (1/8) [${'#'.repeat(12)}${'.'.repeat(12)}] 50% of 50`,
    );
    expect(out.chunks[2]).toBe(`\ranalysing: align (3/8) [${'#'.repeat(24)}] 100% of 400`);
    expect(out.chunks.at(-1)).toMatch(/^\r +\r$/);
  });

  it('redraws only when the line changes', () => {
    const out = target(true);
    const bar = createAnalysisProgress(out, 100);
    for (let done = 0; done <= 1000; done++) bar.report({ stage: 'align', done, total: 100_000 });
    // 0 % and 1 %: the cells and the percent change twice in the first 1 %.
    expect(out.chunks).toHaveLength(2);
  });

  it('draws nothing off a terminal, or for fewer articles than a bar is worth', () => {
    for (const [isTTY, articles] of [
      [false, 1000],
      [true, PROGRESS_MIN_FILES - 1],
    ] as const) {
      const out = target(isTTY);
      const bar = createAnalysisProgress(out, articles);
      bar.report({ stage: 'prepare', done: 1, total: 2 });
      bar.finish();
      expect(out.chunks).toEqual([]);
    }
  });
});
