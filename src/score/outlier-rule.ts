// The outlier rule: a robust statistic on the scores, confirmed by hard evidence.

/**
 * Modified z-score from which an article's low score is extreme: 3.5 is Iglewicz & Hoaglin's
 * recommended cut-off for modified z-scores. On the fixture stories the stale article lies far
 * beyond it (z > 5) and no consistent article comes near 1.
 */
export const ROBUST_Z_THRESHOLD = 3.5;

/**
 * Hard evidence items (stale figures plus clear-majority contradictions) that make an article an
 * outlier whatever its z-score — for clusters where several articles are bad and drag the median
 * down. Three independent wrong facts are not a matter of emphasis.
 */
export const HARD_EVIDENCE_ALONE = 3;

/**
 * Whether an article is an outlier: it carries hard evidence (at least one stale figure or
 * contradiction of a clear majority) AND either its score is extreme for the cluster
 * (robust z ≥ {@link ROBUST_Z_THRESHOLD}) or the hard evidence alone is overwhelming
 * (≥ {@link HARD_EVIDENCE_ALONE} items). A low score without hard evidence is never enough:
 * an article that covers a different angle is unusual, not wrong.
 */
export function isOutlier(robustZ: number, hardEvidence: number): boolean {
  if (hardEvidence < 1) return false;
  return robustZ >= ROBUST_Z_THRESHOLD || hardEvidence >= HARD_EVIDENCE_ALONE;
}
