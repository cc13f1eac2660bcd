// Role conflicts: one office named with different holders by different articles — no dates needed.
import type { RoleConflict } from '../analysis.js';
import { chooseReferenceDate } from '../extract/reference-date.js';
import { readOptions } from '../input/read-options.js';
import type { ArticleInput } from '../input/validate-articles.js';
import { compareIds, validateArticles } from '../input/validate-articles.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { readKnowledgeOption } from '../knowledge/office-holders.js';
import { checkRoleMentions } from '../knowledge/stale-figures.js';
import { extractArticles } from '../pipeline/prepare.js';
import { resolveRoleMentions, roleHolderClaims } from './build-claims.js';
import type { Claim } from './claims.js';

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

/**
 * The offices that role-holder claims (see `roleHolderClaims`) name with two or more holders:
 * per office (in id order), one side per holder (in name order) with the articles naming them
 * and the evidence of each claim. The one role-conflict rule, for analyze and
 * {@link findRoleConflicts} alike.
 */
export function roleConflictsIn(claims: readonly Claim[]): RoleConflict[] {
  const byObject = new Map<
    string,
    { role: NonNullable<Claim['role']>; sides: Map<string, Claim[]> }
  >();
  for (const claim of claims) {
    if (claim.kind !== 'role-holder' || !claim.role) continue;
    const entry = byObject.get(claim.object) ?? { role: claim.role, sides: new Map() };
    const value = String(claim.value);
    const side = entry.sides.get(value);
    if (side) side.push(claim);
    else entry.sides.set(value, [claim]);
    byObject.set(claim.object, entry);
  }
  const conflicts: RoleConflict[] = [];
  for (const object of [...byObject.keys()].sort(compareIds)) {
    const { role, sides } = byObject.get(object)!;
    if (sides.size < 2) continue;
    conflicts.push({
      roleId: role.id,
      role: role.label,
      sides: [...sides.keys()].sort(compareIds).map((person) => {
        const sideClaims = sides.get(person)!;
        return {
          person,
          articles: [...new Set(sideClaims.map((claim) => claim.articleId))].sort(compareIds),
          evidence: sideClaims.map((claim) => claim.evidence),
        };
      }),
    });
  }
  return conflicts;
}
