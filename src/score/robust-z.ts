// Robust outlier statistics on article scores: median and MAD, not mean and standard deviation,
// so one bad article cannot hide itself by dragging the average down.

/** Consistency constant that makes the MAD estimate the standard deviation of normal data. */
export const MAD_TO_SIGMA = 1.4826;

// Scores of articles that agree with each other are nearly equal, so the MAD can be ~0 and
// any tiny gap would look infinite. 0.05 is the spread of scores among the four consistent
// fixture articles; a gap must be large against that to count.
export const MAD_FLOOR = 0.05;

/** The median of a list (mean of the middle two for even lengths); NaN for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Modified z-scores (Iglewicz & Hoaglin 1993) measured downwards: how far each score lies
 * BELOW the median, in robust standard deviations. Scores above the median get 0.
 */
export function robustLowZ(scores: readonly number[]): number[] {
  const judge = lowZJudge(scores);
  return scores.map(judge);
}

/**
 * A function giving any score's modified z below the median of `scores` (the reference
 * population), with the MAD floored at {@link MAD_FLOOR}. Judging against a fixed population
 * lets an article be judged without entering the statistics it is judged by.
 */
export function lowZJudge(scores: readonly number[]): (score: number) => number {
  if (scores.length === 0) return () => 0;
  const center = median(scores);
  const mad = Math.max(median(scores.map((score) => Math.abs(score - center))), MAD_FLOOR);
  return (score) => Math.round((Math.max(0, center - score) / (MAD_TO_SIGMA * mad)) * 100) / 100;
}
