// findRoleConflicts(): the prepare stage and the one role-conflict rule, without the rest of analyze.
import type { RoleConflict } from '../analysis.js';
import { resolveRoleMentions, roleHolderClaims } from '../consensus/build-claims.js';
import { roleConflictsIn } from '../consensus/role-conflicts.js';
import { chooseReferenceDate } from '../extract/reference-date.js';
import { readOptions } from '../input/read-options.js';
import { type ArticleInput, validateArticles } from '../input/validate-articles.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { readKnowledgeOption } from '../knowledge/office-holders.js';
import { checkRoleMentions } from '../knowledge/stale-figures.js';
import { extractArticles } from '../pipeline/prepare.js';

/** Options of {@link findRoleConflicts}. */
export interface FindRoleConflictsOptions {
  /**
   * Supplies the offices and how text names them; its holders are NOT consulted.
   * @default officeHolders
   */
  knowledge?: KnowledgeBase;
}

/**
 * Finds offices that different articles of one cluster name with different holders
 * ("Japanese Prime Minister Fumio Kishida" here, "Japan's new prime minister, Sanae Takaichi"
 * there), with the articles and sentences on each side: the rule analyze applies
 * ({@link roleConflictsIn}) to the same role-holder claims. Needs no dates: the table's
 * holders are consulted only to write a person's name as the table does, and, when an article
 * has a date (`publishedAt` or a full date it states), to pin a bare title to its office as
 * analyze does. Only present-tense mentions count ("former" and "then-" are left out); short
 * names are resolved across the cluster first, so "Takaichi" and "Sanae Takaichi" are one side.
 */
export function findRoleConflicts(
  articles: readonly ArticleInput[],
  options: FindRoleConflictsOptions = {},
): RoleConflict[] {
  const { knowledge: given } = readOptions(
    options,
    ['knowledge'],
    'options',
    'findRoleConflicts',
  ) as FindRoleConflictsOptions;
  const knowledge = readKnowledgeOption(given);
  const normalized = validateArticles(articles);
  const claims = extractArticles(normalized, knowledge).flatMap(
    ({ article, sentences, extraction }) => {
      const referenceDate = chooseReferenceDate(
        article.publishedAt ? { publishedAt: article.publishedAt } : {},
        extraction.statedDates,
        { asOf: null },
      );
      const { checked } = checkRoleMentions(
        article.text,
        sentences,
        extraction.roleMentions,
        knowledge,
        referenceDate,
        extraction.statedDates,
      );
      return roleHolderClaims(
        { articleId: article.id, text: article.text, sentences },
        resolveRoleMentions(checked, knowledge),
      );
    },
  );
  return roleConflictsIn(claims);
}
