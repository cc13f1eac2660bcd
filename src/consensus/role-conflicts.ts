// Role conflicts: one office named with different holders by different articles — no dates needed.
import type { Evidence, RoleConflict } from '../analysis.js';
import { readOptions } from '../input/read-options.js';
import type { ArticleInput } from '../input/validate-articles.js';
import { compareIds, validateArticles } from '../input/validate-articles.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { readKnowledgeOption } from '../knowledge/office-holders.js';
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
 * there), with the articles and sentences on each side. Works without any dates or holder
 * table: it only compares the articles with each other. Only present-tense mentions with a
 * certain office count ("former", "then-" and bare titles are left out); short names are
 * resolved across the cluster first, so "Takaichi" and "Sanae Takaichi" are one side.
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
  const extracted = extractArticles(normalized, knowledge);
  const sentences = extracted.map((article) => article.sentences);
  const extractions = extracted.map((article) => article.extraction);
  const byRole = new Map<
    string,
    Map<string, { name: string; articles: Set<string>; evidence: Evidence[] }>
  >();
  normalized.forEach((article, index) => {
    for (const mention of extractions[index]!.roleMentions) {
      if (mention.roleId === null || (mention.modifier?.tense ?? 'present') !== 'present') continue;
      const sides = byRole.get(mention.roleId) ?? new Map();
      const side = sides.get(mention.personKey) ?? {
        name: mention.person,
        articles: new Set<string>(),
        evidence: [],
      };
      if (mention.person.length > side.name.length) side.name = mention.person;
      side.articles.add(article.id);
      side.evidence.push({
        articleId: article.id,
        sentenceIndex: mention.sentenceIndex,
        sentence: sentences[index]![mention.sentenceIndex]!.text,
        start: mention.start,
        end: mention.end,
      });
      sides.set(mention.personKey, side);
      byRole.set(mention.roleId, sides);
    }
  });
  const conflicts: RoleConflict[] = [];
  for (const roleId of [...byRole.keys()].sort(compareIds)) {
    const sides = byRole.get(roleId)!;
    if (sides.size < 2) continue;
    conflicts.push({
      roleId,
      role: knowledge.getRole(roleId)?.label ?? roleId,
      sides: [...sides.values()]
        .map((side) => ({
          person: side.name,
          articles: [...side.articles].sort(compareIds),
          evidence: side.evidence,
        }))
        .sort((x, y) => y.articles.length - x.articles.length || compareIds(x.person, y.person)),
    });
  }
  return conflicts;
}
