// The public entry of corroborate: explicit named re-exports only, grouped by pipeline stage.

// Types reachable from public signatures and results, exported so code that stores a result
// can name them (declaration emit fails with TS4023 otherwise; test/public-types.test.ts).
export type {
  CompareSentencesOptions,
  NamePair,
  NumberPair,
  SentenceComparison,
  SentenceFeatures,
} from './align/compare-sentences.js';
// Sentence comparison and alignment
export { compareSentences } from './align/compare-sentences.js';
export type { ParaphraseFeatures } from './align/paraphrase-features.js';
export type { NameMention, NumberMention, NumberUnit } from './align/sentence-profile.js';
export type { TermWeights } from './align/term-weights.js';
export type {
  AlignedPair,
  AlignedSentence,
  Alignment,
  AlignmentGroup,
  AlignOptions,
} from './align/types.js';
export type {
  Analysis,
  ArticleFlagKind,
  ArticlePrior,
  ArticleReport,
  ClaimKind,
  Contradiction,
  CopyCluster,
  Evidence,
  Fact,
  Outlier,
  OutlierReason,
  ReferenceDate,
  ReferenceDateRule,
  RoleConflict,
  StaleFigure,
} from './analysis.js';
export type { AnalyzeOptions } from './analyze.js';
// The whole pipeline
export { analyze } from './analyze.js';
export { analyzeAsync } from './analyze-async.js';
export type { AlignSentencesOptions } from './api/align-sentences.js';
export { alignSentences } from './api/align-sentences.js';
export type { FindRoleConflictsOptions } from './api/find-role-conflicts.js';
export { findRoleConflicts } from './api/find-role-conflicts.js';
export type {
  FindStaleFiguresOptions,
  RoleCheckReport,
  RoleMentionCheck,
} from './api/find-stale-figures.js';
export { checkRoles, findStaleFigures } from './api/find-stale-figures.js';
export type {
  DiscoverTruthOptions,
  TruthAlgorithm,
  TruthBelief,
  TruthClaim,
  TruthExplanation,
  TruthResult,
  TruthSupporter,
  TruthValue,
  ValueSimilarity,
} from './consensus/discover-truth.js';
export { discoverTruth, TRUTH_ALGORITHMS } from './consensus/discover-truth.js';
// Consensus
export type { CorpusJSON, CorpusMatch, CorpusOptions, CorpusScore } from './corpus.js';
// Incremental corpus
export { CORPUS_FORMAT_VERSION, Corpus, createCorpus } from './corpus.js';
export type { Defaults } from './defaults.js';
// Tuning constants, grouped
export { defaults } from './defaults.js';
export type { CorroborateErrorCode, CorroborateErrorDetails } from './errors.js';
// Errors
export { CorroborateError } from './errors.js';
export type { UnitSpan } from './extract/article-date-evidence.js';
export type {
  DateKind,
  DateMention,
  DatePeriod,
  DateResolution,
  ExtractDatesOptions,
} from './extract/date-types.js';
export { extractDates } from './extract/dates.js';
export { extractEventSlots } from './extract/event-slots.js';
export { extractItinerary } from './extract/itinerary.js';
// Extraction
export { extractPeople } from './extract/people/extract-people.js';
export type { ExtractPlacesOptions } from './extract/places.js';
export { extractPlaces } from './extract/places.js';
export type { CurrencyCode, QuantityMention, QuantityUnit } from './extract/quantities.js';
export { extractQuantities, quantitiesAgree } from './extract/quantities.js';
export type {
  ChooseReferenceDateOptions,
  ClusterReferenceDateOptions,
  DatedArticle,
} from './extract/reference-date.js';
export { chooseReferenceDate, clusterReferenceDate } from './extract/reference-date.js';
export type { ExtractRoleMentionsOptions } from './extract/role-mentions.js';
export { extractRoleMentions } from './extract/role-mentions.js';
export type {
  EventKind,
  EventSlot,
  ItineraryStop,
  PersonMention,
  PersonSource,
  PlaceKind,
  PlaceMention,
  RoleMention,
  RoleMentionShape,
  RoleModifier,
  RoleModifierKind,
  RoleTense,
  SlotPlace,
} from './extract/types.js';
export type {
  DetectedLanguage,
  DetectedScript,
  LanguageDetection,
  StopwordLanguage,
} from './input/detect-language.js';
export { detectLanguage } from './input/detect-language.js';
export { MAX_ARTICLE_LENGTH, MAX_ARTICLES, MAX_FIELD_LENGTH } from './input/limits.js';
// Input
export type { ArticleInput } from './input/validate-articles.js';
export type {
  KnowledgeBase,
  KnowledgeBaseOptions,
  PersonMatch,
  TermCoversOptions,
} from './knowledge/knowledge-base.js';
export { createKnowledgeBase, termCovers } from './knowledge/knowledge-base.js';
// Knowledge base and stale figures
export { officeHolders } from './knowledge/office-holders.js';
export type { PersonMatchKind } from './knowledge/person-names.js';
export { normalizePersonName } from './knowledge/person-names.js';
export type {
  Confidence,
  CoverageWindow,
  KnowledgeInput,
  KnowledgeRecords,
  KnowledgeTermRecord,
  OfficeTerm,
  Role,
  RoleKind,
  RoleRecord,
  TermRecord,
} from './knowledge/types.js';
export type { SourceKeyFields } from './ledger/source-key.js';
// Source track records across stories
export { sourceKey } from './ledger/source-key.js';
export type {
  RecordOptions,
  SourceHistoryPoint,
  SourceLedgerJSON,
  SourceLedgerOptions,
  SourceLedgerSettings,
  SourceReliability,
  StoryRecord,
  StorySourceRecord,
} from './ledger/source-ledger.js';
export { createSourceLedger, SourceLedger } from './ledger/source-ledger.js';
export type { Progress, ProgressOptions, ProgressStage } from './progress.js';
export { PROGRESS_STAGES } from './progress.js';
export type {
  AgreementCell,
  AgreementMatrix,
  AgreementMatrixOptions,
} from './report/agreement-matrix.js';
export { computeAgreementMatrix } from './report/agreement-matrix.js';
export type { HtmlReportArticle, HtmlReportOptions } from './report/html.js';
export { renderHtmlReport } from './report/html.js';
export type { TerminalReportOptions } from './report/terminal.js';
// Reports
export { renderTerminalReport } from './report/terminal.js';
export type { StatementCounts } from './score/agreement-score.js';
export { ABBREVIATIONS } from './text/abbreviations.js';
// Text
export { splitSentences } from './text/split-sentences.js';
export type { SentenceSpan } from './text/types.js';
