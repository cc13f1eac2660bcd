// Source-by-source agreement: the share of the facts two articles both state on which they agree.
import type { Analysis, Fact } from '../analysis.js';
import { CorroborateError } from '../errors.js';
import { readOptions } from '../input/read-options.js';
import { compareIds } from '../input/validate-articles.js';
import { assertAnalysis, formatValue, rankArticles, uniqueRoleConflicts } from './format.js';

/** Agreement between two articles, counted over what both state. */
export interface AgreementCell {
  /** Id of the row's article. */
  a: string;
  /** Id of the column's article. */
  b: string;
  /** Aligned facts and contested claims both articles state. */
  compared: number;
  /** Of those, how many they state the same way. */
  agreed: number;
  /** `agreed / compared`, or null when the two articles share nothing to compare. */
  share: number | null;
}

/** A square matrix over `ids` (rank order): `cells[i][j]` compares `ids[i]` with `ids[j]`. */
export interface AgreementMatrix {
  /** Article ids of the rows and columns, best score first (ties by id); at most `maxArticles`. */
  ids: string[];
  /** Diagonal cells compare an article with itself: `compared` 0, `share` null. */
  cells: AgreementCell[][];
  /** Articles in the analysis; more than `ids.length` when the matrix was cut to a size. */
  totalArticles: number;
}

/** Options of {@link computeAgreementMatrix}. */
export interface AgreementMatrixOptions {
  /**
   * Most articles in the matrix: a larger analysis shows its outliers first, then the best
   * ranked articles.
   * @default 60
   */
  maxArticles?: number;
}

/**
 * Most articles in a matrix. Sixty rows keep the HTML heatmap readable on a laptop screen
 * and its cell count (3,600) small; larger corpora show outliers first, then the best ranked.
 */
export const MAX_MATRIX_ARTICLES = 60;

/**
 * Computes pairwise agreement from `analysis.facts` and the articles' contradictions.
 *
 * For articles a ≠ b:
 * - every fact with member sentences from both a and b is one compared item; it is a
 *   disagreement when some dispute in the fact gives a and b different values, an article's
 *   value being the dissent value it is listed under, else the fact's consensus value;
 * - every role conflict (an office named with different holders) where both a and b name a
 *   holder is one compared item on the object `role:<roleId>`: agreed when they name the
 *   same person, a disagreement otherwise;
 * - every contradiction of a whose `supportingSources` include b (or of b naming a) is one
 *   more compared item and one disagreement;
 * - an object is counted once per pair, whichever of the three sources names it first (so a
 *   role disputed in a shared fact, a role conflict and a contradiction counts once);
 * - `share = (compared − disagreements) / compared`, null when `compared` is 0.
 *
 * Symmetric, and independent of the order of the analysis's arrays.
 */
export function computeAgreementMatrix(
  analysis: Analysis,
  options: AgreementMatrixOptions = {},
): AgreementMatrix {
  assertAnalysis(analysis, 'computeAgreementMatrix');
  const { maxArticles = MAX_MATRIX_ARTICLES } = readOptions(
    options,
    ['maxArticles'],
    'options',
    'computeAgreementMatrix',
  ) as AgreementMatrixOptions;
  if (typeof maxArticles !== 'number' || !Number.isInteger(maxArticles) || maxArticles < 0) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `computeAgreementMatrix: options.maxArticles must be a whole number ≥ 0, but it is ${String(maxArticles)}.`,
      { field: 'options.maxArticles' },
    );
  }
  const ids = pickMatrixArticles(analysis, maxArticles);
  const position = new Map(ids.map((id, index) => [id, index]));
  const size = ids.length;
  const compared = square(size);
  const disagreed = square(size);
  // Objects already counted per pair, so a contradiction on a disputed fact is not counted twice.
  const countedObjects = new Map<string, Set<string>>();

  for (const fact of analysis.facts) {
    const members = [...new Set(fact.members.map((member) => member.articleId))]
      .filter((id) => position.has(id))
      .sort(compareIds);
    if (members.length < 2) continue;
    const values = factValues(fact);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as string;
        const b = members[j] as string;
        const x = position.get(a) as number;
        const y = position.get(b) as number;
        bump(compared, x, y);
        let differs = false;
        for (const dispute of fact.disputes) {
          const sideOf = values.get(dispute.object);
          if (!sideOf) continue;
          remember(countedObjects, a, b, dispute.object);
          if (sideOf(a) !== sideOf(b)) differs = true;
        }
        if (differs) bump(disagreed, x, y);
      }
    }
  }

  for (const conflict of uniqueRoleConflicts(analysis.articles)) {
    const object = `role:${conflict.roleId}`;
    const sideOf = new Map<string, number>();
    conflict.sides.forEach((side, index) => {
      for (const id of side.articles)
        if (position.has(id) && !sideOf.has(id)) sideOf.set(id, index);
    });
    const named = [...sideOf.keys()].sort(compareIds);
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const a = named[i] as string;
        const b = named[j] as string;
        if (!remember(countedObjects, a, b, object)) continue;
        const x = position.get(a) as number;
        const y = position.get(b) as number;
        bump(compared, x, y);
        if (sideOf.get(a) !== sideOf.get(b)) bump(disagreed, x, y);
      }
    }
  }

  for (const article of analysis.articles) {
    if (!position.has(article.id)) continue;
    for (const contradiction of article.contradictions) {
      for (const supporter of new Set(contradiction.supportingSources)) {
        if (supporter === article.id || !position.has(supporter)) continue;
        const [a, b] = [article.id, supporter].sort(compareIds) as [string, string];
        if (!remember(countedObjects, a, b, contradiction.object)) continue;
        const x = position.get(a) as number;
        const y = position.get(b) as number;
        bump(compared, x, y);
        bump(disagreed, x, y);
      }
    }
  }

  const cells = ids.map((a, x) =>
    ids.map((b, y): AgreementCell => {
      const count = x === y ? 0 : (compared[x]?.[y] ?? 0);
      const agreed = count - (x === y ? 0 : (disagreed[x]?.[y] ?? 0));
      return { a, b, compared: count, agreed, share: count === 0 ? null : agreed / count };
    }),
  );
  return { ids, cells, totalArticles: analysis.articles.length };
}

/** Outliers first, then the best ranked, up to `max`; shown in rank order. */
function pickMatrixArticles(analysis: Analysis, max: number): string[] {
  const ranked = rankArticles(analysis.articles).map((article) => article.id);
  const limit = Math.max(0, Math.floor(max));
  if (ranked.length <= limit) return ranked;
  const chosen = new Set(
    analysis.outliers
      .map((outlier) => outlier.id)
      .sort(compareIds)
      .slice(0, limit),
  );
  for (const id of ranked) {
    if (chosen.size >= limit) break;
    chosen.add(id);
  }
  return ranked.filter((id) => chosen.has(id));
}

/** For each disputed object of a fact, a function giving the value an article takes. */
function factValues(fact: Fact): Map<string, (articleId: string) => string> {
  const values = new Map<string, (articleId: string) => string>();
  for (const dispute of fact.disputes) {
    const dissentOf = new Map<string, string>();
    for (const side of dispute.dissent) {
      for (const id of side.articles) dissentOf.set(id, formatValue(side.value));
    }
    const consensus = formatValue(dispute.consensus);
    values.set(dispute.object, (id) => dissentOf.get(id) ?? consensus);
  }
  return values;
}

function square(size: number): number[][] {
  return Array.from({ length: size }, () => new Array<number>(size).fill(0));
}

/** Adds one to both mirror cells. */
function bump(matrix: number[][], x: number, y: number): void {
  const row = matrix[x];
  const mirror = matrix[y];
  if (row) row[y] = (row[y] ?? 0) + 1;
  if (mirror) mirror[x] = (mirror[x] ?? 0) + 1;
}

/** Records that a pair was compared on an object; false if it already was. */
function remember(
  counted: Map<string, Set<string>>,
  a: string,
  b: string,
  object: string,
): boolean {
  const key = JSON.stringify([a, b]);
  let objects = counted.get(key);
  if (!objects) {
    objects = new Set();
    counted.set(key, objects);
  }
  if (objects.has(object)) return false;
  objects.add(object);
  return true;
}
