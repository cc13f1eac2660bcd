// Wording and ordering shared by the terminal and HTML reports, so both say the same thing.
import type {
  Analysis,
  ArticleReport,
  ReferenceDate,
  ReferenceDateRule,
  RoleConflict,
  StaleFigure,
} from '../analysis.js';
import { CorroborateError, describeType } from '../errors.js';
import { compareIds } from '../input/validate-articles.js';

/** Articles best score first; equal scores by id, so the order never depends on the input's. */
export function rankArticles(articles: readonly ArticleReport[]): ArticleReport[] {
  return [...articles].sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
}

/** A score in 0..1 as two decimals ("0.93"); out-of-range or non-finite values are clamped. */
export function formatScore(score: number): string {
  return clampUnit(score).toFixed(2);
}

/** A share in 0..1 as a whole percentage ("83%"). */
export function formatPercent(share: number): string {
  return `${Math.round(clampUnit(share) * 100)}%`;
}

/** Clamps to 0..1; NaN becomes 0 so a bad score can never draw a bar past its frame. */
export function clampUnit(value: number): number {
  if (!Number.isFinite(value)) return value === Number.POSITIVE_INFINITY ? 1 : 0;
  return Math.min(1, Math.max(0, value));
}

/** "1 article", "3 articles". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const RULE_WORDS: Record<ReferenceDateRule, string> = {
  'published-at': 'publication date',
  'stated-in-text': 'stated in the text',
  'cluster-consensus': 'consensus of the articles',
  'as-of': 'given with --as-of / asOf',
  none: 'no date',
};

/** How a reference date was chosen, in words: "stated in the text". */
export function describeReferenceRule(rule: ReferenceDateRule): string {
  return RULE_WORDS[rule] ?? rule;
}

/** "2025-10-24 (stated in the text: …)" or "none (…)" when no date could be set. */
export function describeReferenceDate(reference: ReferenceDate): string {
  const rule = describeReferenceRule(reference.rule);
  const head = reference.date ?? 'none';
  const reason = withoutFinalStop(reference.reason);
  if (reason === '') return `${head} (${rule})`;
  return `${head} (${rule}: ${reason})`;
}

/**
 * The reference date in one short line a person can check: the date, the rule, and for a
 * cluster consensus how many articles were dated and how many were not —
 * "2025-10-30 (median of 601 article dates: 590 published, 11 stated in the text; 12 articles
 * undated)". The rule's full account (every date) stays in `analysis.referenceDate.reason`;
 * listing 601 dates made a 7,261-character header.
 */
export function summarizeReferenceDate(
  analysis: Pick<Analysis, 'referenceDate' | 'articles'>,
): string {
  const reference = analysis.referenceDate;
  const head = reference.date ?? 'none';
  let published = 0;
  let stated = 0;
  for (const article of analysis.articles) {
    if (article.referenceDate.rule === 'published-at') published++;
    else if (article.referenceDate.rule === 'stated-in-text') stated++;
  }
  const dated = published + stated;
  const undated = analysis.articles.length - dated;
  const sources = [
    published > 0 ? `${published} published` : '',
    stated > 0 ? `${stated} stated in the text` : '',
  ].filter((part) => part !== '');
  const undatedNote = undated > 0 ? `; ${plural(undated, 'article')} undated` : '';
  switch (reference.rule) {
    case 'cluster-consensus':
      return `${head} (median of ${plural(dated, 'article date')}${sources.length > 0 ? `: ${sources.join(', ')}` : ''}${undatedNote})`;
    case 'as-of':
      return `${head} (${describeReferenceRule(reference.rule)}${undatedNote})`;
    case 'none':
      return `none (no article is dated and no asOf was given)`;
    default:
      return `${head} (${describeReferenceRule(reference.rule)})`;
  }
}

/**
 * What a stale figure's confidence means, for wherever it is shown: it is the confidence of
 * the knowledge-base records behind the judgement (the least confident of them).
 */
export const CONFIDENCE_EXPLANATION =
  'Confidence: how far the knowledge-base records behind the judgement have been verified (the least verified of them counts): high, medium (the default for a record that states none) or low. It is about the records, not about the article.';

/**
 * Above this many articles a report puts the outliers before the full ranking, so they are
 * the first thing a reader sees; a 600-article ranking pushed them ~1,200 lines down. Twenty
 * articles' ranking fits one terminal screen (two lines each at 50 lines).
 */
export const BIG_CLUSTER_ARTICLES = 20;

/** Whether an article URL may be shown as a link: http and https only (never javascript:). */
export function isLinkableUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url.trim());
}

/** A reason set in parentheses reads better without its own full stop. */
function withoutFinalStop(text: string): string {
  const trimmed = text.trim();
  return trimmed.endsWith('.') && !trimmed.endsWith('..') ? trimmed.slice(0, -1) : trimmed;
}

/** Whether consensus was possible, with the count and algorithm, in one line. */
export function describeConsensus(consensus: Analysis['consensus']): string {
  const sources = plural(consensus.independentSources, 'independent source');
  const head = consensus.possible
    ? `possible: ${sources}, weighed by ${consensus.algorithm}`
    : `not possible: ${sources}`;
  const reason = withoutFinalStop(consensus.reason);
  return reason === '' ? head : `${head} (${reason})`;
}

/**
 * A stale figure as a sentence a person can check against the record:
 * "Rudolf Elphberg held Prime Minister of Ruritania until 2023-06-30; on 2025-06-02 it was held by Flavia Strelsau."
 */
export function describeStaleFigure(figure: StaleFigure): string {
  const onDate = figure.holderOnDate
    ? `on ${figure.referenceDate} it was held by ${figure.holderOnDate}`
    : `nobody is known to have held it on ${figure.referenceDate}`;
  switch (figure.kind) {
    case 'stale': {
      const until = figure.heldUntil ? ` until ${figure.heldUntil}` : '';
      return `${figure.person} held the office of ${figure.role}${until}; ${onDate}.`;
    }
    case 'not-yet': {
      const from = figure.heldFrom ? ` on ${figure.heldFrom}` : ' later';
      return `${figure.person} took the office of ${figure.role} only${from}; ${onDate}.`;
    }
    case 'never-held':
      return `${figure.person} never held the office of ${figure.role}; ${onDate}.`;
    default:
      return `${figure.person} is not the holder of ${figure.role}; ${onDate}.`;
  }
}

/** Every stale figure of the given articles, by article id then position in the text. */
export function collectStaleFigures(
  articles: readonly ArticleReport[],
): { articleId: string; figure: StaleFigure }[] {
  const found: { articleId: string; figure: StaleFigure }[] = [];
  for (const article of articles) {
    for (const figure of article.staleFigures) found.push({ articleId: article.id, figure });
  }
  return found.sort(
    (a, b) =>
      compareIds(a.articleId, b.articleId) ||
      a.figure.start - b.figure.start ||
      a.figure.end - b.figure.end ||
      compareIds(a.figure.person, b.figure.person),
  );
}

/** A value from a claim as text: numbers without trailing noise, strings as written. */
export function formatValue(value: string | number): string {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  }
  return value;
}

/**
 * Rejects what is plainly not an `Analysis` (wrong type, another format version) before a
 * renderer walks it, so the caller gets a message instead of a TypeError deep inside.
 */
export function assertAnalysis(value: unknown, caller: string): asserts value is Analysis {
  const record = value as Partial<Analysis> | null;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `${caller}: analysis must be the object analyze() returns, but it is ${describeType(value)}.`,
      { field: 'analysis', expected: 'object', received: describeType(value) },
    );
  }
  if (record.version !== 1) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `${caller}: analysis.version must be 1 (this renderer's format), but it is ${JSON.stringify(record.version) ?? 'undefined'}.`,
      { field: 'analysis.version', expected: 1 },
    );
  }
  for (const field of ['articles', 'facts', 'copies', 'outliers'] as const) {
    if (!Array.isArray(record[field])) {
      throw new CorroborateError(
        'INVALID_OPTION',
        `${caller}: analysis.${field} must be an array, but it is ${describeType(record[field])}.`,
        { field: `analysis.${field}`, expected: 'array', received: describeType(record[field]) },
      );
    }
  }
  if (!record.referenceDate || !record.consensus || !record.knowledge) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `${caller}: analysis lacks referenceDate, consensus or knowledge; pass the object analyze() returns.`,
      { field: 'analysis', expected: 'referenceDate, consensus, knowledge' },
    );
  }
}

/** Scores from here read as good (green): the fixture's agreeing articles all score above it. */
export const GOOD_SCORE = 0.75;
/** Scores from here and below GOOD_SCORE read as fair (amber); below, poor. The scale's midpoint. */
export const FAIR_SCORE = 0.5;

/** How a score reads at a glance; an outlier always reads poor, whatever its score. */
export function scoreTone(score: number, isOutlier: boolean): 'good' | 'fair' | 'poor' {
  if (isOutlier || !(score >= FAIR_SCORE)) return 'poor';
  return score < GOOD_SCORE ? 'fair' : 'good';
}

/** A number with one decimal ("8.8"), as given: the analysis decides the sign's meaning. */
export function formatOneDecimal(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : String(value);
}

/**
 * Every role conflict of the articles, each once: every article in a conflict carries a
 * copy of it. Sides sorted by person, their articles by id; conflicts by role then sides.
 */
export function uniqueRoleConflicts(articles: readonly ArticleReport[]): RoleConflict[] {
  const unique = new Map<string, RoleConflict>();
  for (const article of articles) {
    for (const conflict of article.roleConflicts) {
      const sides = conflict.sides
        .map((side) => ({ ...side, articles: [...side.articles].sort(compareIds) }))
        .sort((a, b) => compareIds(a.person, b.person));
      const key = JSON.stringify([
        conflict.roleId,
        sides.map((side) => [side.person, side.articles]),
      ]);
      if (!unique.has(key)) unique.set(key, { ...conflict, sides });
    }
  }
  return [...unique.entries()].sort(([a], [b]) => compareIds(a, b)).map(([, conflict]) => conflict);
}
