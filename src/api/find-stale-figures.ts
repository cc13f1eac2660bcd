// findStaleFigures(): one article against the dated office-holder table.
import type { ReferenceDate, StaleFigure } from '../analysis.js';
import { chooseReferenceDate } from '../extract/reference-date.js';
import { type IsoDate, parseIsoDate } from '../input/parse-date.js';
import { readOptions as readOptionsObject } from '../input/read-options.js';
import { type ArticleInput, validateArticle } from '../input/validate-articles.js';
import type { UncheckedReason } from '../knowledge/judge-role-mention.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { readKnowledgeOption } from '../knowledge/office-holders.js';
import { checkRoleMentions } from '../knowledge/stale-figures.js';
import type { CoverageWindow } from '../knowledge/types.js';
import { type ExtractedArticle, extractArticles } from '../pipeline/prepare.js';

/** Options of {@link findStaleFigures} and {@link checkRoles}. */
export interface FindStaleFiguresOptions {
  /**
   * The date to judge on when the article has no `publishedAt` and states no full date of
   * its own. Without it (and without those), nothing is judged and the report says why.
   */
  asOf?: string | Date;
  /**
   * The office-holder table.
   * @default officeHolders
   */
  knowledge?: KnowledgeBase;
}

/** One role mention of an article and what the table says about it. */
export interface RoleMentionCheck {
  /** The mention as written: "German Chancellor Olaf Scholz". */
  mention: string;
  /**
   * The person: as the table names them when the mention is confirmed or stale, else the name
   * as written.
   */
  person: string;
  /** The office, when the title pins it down (or the judgement resolved a bare title). */
  roleId: string | null;
  /**
   * `confirmed`: the table bears the mention out on the reference date (the office held then,
   * or before it for "former", or soon after for "incoming"); `stale`: it does not (see the
   * matching {@link StaleFigure}); `unchecked`: not judged (see `reason`).
   */
  status: 'confirmed' | 'stale' | 'unchecked';
  /** Why an unchecked mention was not judged. */
  reason?: UncheckedReason;
  /**
   * The days on which the table knows every holder of `roleId`; a mention dated outside them
   * is `unchecked` with reason `outside-coverage`. Null when no role is pinned down.
   */
  coverage: CoverageWindow | null;
  /** 0-based position in the article of the sentence holding the mention. */
  sentenceIndex: number;
  /** Offset of the mention's first character in the article's original text. */
  start: number;
  /** Offset one past the mention's last character in the article's original text. */
  end: number;
}

/** Everything {@link checkRoles} finds in one article. */
export interface RoleCheckReport {
  /** Id of the checked article. */
  articleId: string;
  /** The date judged against and the rule that chose it (`none`: nothing was judged). */
  referenceDate: ReferenceDate;
  /** Every role mention found, confirmed, stale or unchecked, in text order. */
  mentions: RoleMentionCheck[];
  /** The stale mentions, with who held each office on the reference date; may be empty. */
  staleFigures: StaleFigure[];
}

/**
 * Checks every role mention of one article against the office-holder table on the
 * article's reference date: `publishedAt`, else the latest full date the text states
 * (not quoted, not about the past), else `options.asOf`, else none — and then nothing is
 * judged and `referenceDate.reason` says why.
 *
 * @example
 * ```ts
 * const report = checkRoles({ id: 'a', text: 'German Chancellor Olaf Scholz said…' }, { asOf: '2025-10-26' });
 * report.staleFigures[0]?.holderOnDate; // "Friedrich Merz"
 * ```
 */
export function checkRoles(
  article: ArticleInput,
  options: FindStaleFiguresOptions = {},
): RoleCheckReport {
  const normalized = validateArticle(article);
  const { asOf, knowledge } = readOptions(options);
  const [{ sentences, extraction }] = extractArticles([normalized], knowledge) as [
    ExtractedArticle,
  ];
  const referenceDate = chooseReferenceDate(
    normalized.publishedAt ? { publishedAt: normalized.publishedAt } : {},
    extraction.statedDates,
    { asOf },
  );
  const { checked, staleFigures } = checkRoleMentions(
    normalized.text,
    sentences,
    extraction.roleMentions,
    knowledge,
    referenceDate,
    extraction.statedDates,
  );
  return {
    articleId: normalized.id,
    referenceDate,
    mentions: checked.map(({ mention, verdict }) => ({
      mention: normalized.text.slice(mention.start, mention.end),
      person:
        verdict.status === 'stale'
          ? verdict.person
          : verdict.status === 'confirmed'
            ? verdict.term.person
            : mention.person,
      roleId: verdict.roleId,
      status: verdict.status,
      ...(verdict.status === 'unchecked' ? { reason: verdict.reason } : {}),
      coverage: verdict.coverage,
      sentenceIndex: mention.sentenceIndex,
      start: mention.start,
      end: mention.end,
    })),
    staleFigures,
  };
}

/**
 * The people an article names in offices they did not hold on its reference date, with who
 * held each office that day. A person named without a role is not judged; "former", "then-",
 * "late" and "predecessor" mentions are not stale; a term that ended within
 * `HANDOVER_GRACE_DAYS` of the date is forgiven. Use {@link checkRoles} for every mention
 * and the reference date that was used.
 *
 * @throws {CorroborateError} `INVALID_ARTICLE` for a non-article, `INVALID_DATE` for an
 * invalid `asOf` or `publishedAt`, `INVALID_OPTION` for a bad knowledge base.
 */
export function findStaleFigures(
  article: ArticleInput,
  options: FindStaleFiguresOptions = {},
): StaleFigure[] {
  return checkRoles(article, options).staleFigures;
}

function readOptions(options: unknown): { asOf: IsoDate | null; knowledge: KnowledgeBase } {
  const { asOf, knowledge } = readOptionsObject(
    options ?? undefined,
    ['asOf', 'knowledge'],
    'options',
    'findStaleFigures',
  ) as FindStaleFiguresOptions;
  return {
    asOf: asOf === undefined || asOf === null ? null : parseIsoDate(asOf, 'options.asOf'),
    knowledge: readKnowledgeOption(knowledge),
  };
}
