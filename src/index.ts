// The public entry of corroborate: explicit named re-exports only, grouped by stage.

export type { CorroborateErrorCode } from './errors.js';
export { CorroborateError } from './errors.js';
export { MAX_ARTICLE_LENGTH, MAX_ARTICLES } from './input/limits.js';
export type { ArticleInput } from './input/validate-articles.js';
export type {
  Confidence,
  KnowledgeRecords,
  RoleKind,
  RoleRecord,
  TermRecord,
} from './knowledge/types.js';
export type { SentenceSpan } from './text/types.js';
