// An article's agreement with the consensus, from counts a person can audit.

/** What an article's statements came to when checked. */
export interface StatementCounts {
  /** Statements another independent source also makes (aligned sentences, agreeing claims). */
  corroborated: number;
  /** Claims that disagree with a consensus, plus stale figures (contradicted by the table). */
  contradicted: number;
  /** Statements no other source makes: not wrong, just unconfirmed. */
  uncorroborated: number;
  /** Claims that could not be checked (office not in the table, no reference date, no consensus). */
  unchecked: number;
}

// One contradiction outweighs three corroborations: most sentences of a news article are
// background that others repeat, while a single wrong office holder or meeting place is what a
// reader is misled by. With 3, the stale fixture article (6 contradictions, ~10 corroborations)
// scores below 0.4 while a consistent article with one disputed figure stays above 0.8.
export const CONTRADICTION_WEIGHT = 3;

// Laplace prior: an article with nothing checkable scores 0.5 (no evidence either way).
export const SCORE_PRIOR = 1;

/**
 * Agreement score in [0, 1]: (corroborated + 1) / (corroborated + 3·contradicted + 2).
 * Uncorroborated and unchecked statements do not move it: being first or alone is not wrong.
 */
export function agreementScore(counts: StatementCounts): number {
  const agree = counts.corroborated + SCORE_PRIOR;
  const total = counts.corroborated + CONTRADICTION_WEIGHT * counts.contradicted + 2 * SCORE_PRIOR;
  return Math.round((agree / total) * 1000) / 1000;
}

/**
 * Where an article overlaps the others, does it agree: (corroborated + 1) /
 * (corroborated + 1 + 3·contradicted). 1 when nothing is contradicted, however few or many
 * statements others back; it falls with each contradiction, less so the more of the article
 * the others confirm. It never rises above 1 with more corroborations.
 */
export function agreementFigure(counts: StatementCounts): number {
  const agree = counts.corroborated + SCORE_PRIOR;
  return Math.round((agree / (agree + CONTRADICTION_WEIGHT * counts.contradicted)) * 1000) / 1000;
}

/**
 * An article's score: min(1, relatedness) × agreement — backed by the other sources means
 * both that they report what it reports and that they do not contradict it. An article the
 * others report more of than the typical one (relatedness > 1) scores no higher for it.
 */
export function combinedScore(relatedness: number, agreement: number): number {
  return Math.round(Math.min(1, Math.max(0, relatedness)) * agreement * 1000) / 1000;
}
