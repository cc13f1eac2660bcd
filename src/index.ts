// The public entry of corroborate: explicit named re-exports only, grouped by stage.

export { CorroborateError } from './errors.js';
export type { CorroborateErrorCode } from './errors.js';

export type { ArticleInput } from './input/validate-articles.js';
export { MAX_ARTICLES, MAX_ARTICLE_LENGTH } from './input/limits.js';

export { splitSentences } from './text/split-sentences.js';
export { ABBREVIATIONS } from './text/abbreviations.js';
export type { SentenceSpan } from './text/types.js';

export { compareSentences, SAME_SENTENCE_THRESHOLD } from './align/compare-sentences.js';
export type { SentenceComparison, SentenceFeatures, CompareSentencesOptions } from './align/compare-sentences.js';
export { alignSentences } from './align/align-sentences.js';
export type {
  AlignedPair,
  AlignedSentence,
  Alignment,
  AlignmentGroup,
  AlignOptions,
} from './align/align-sentences.js';

export { findStaleFigures, checkRoles } from './knowledge/find-stale-figures.js';
export type {
  FindStaleFiguresOptions,
  RoleCheckReport,
  RoleMentionCheck,
} from './knowledge/find-stale-figures.js';
export { normalizePersonName } from './knowledge/person-names.js';

export type {
  Confidence,
  KnowledgeRecords,
  RoleKind,
  RoleRecord,
  TermRecord,
} from './knowledge/types.js';
