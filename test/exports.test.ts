// The public surface is pinned: adding or removing an export must be a deliberate change here.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public exports', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ABBREVIATIONS',
      'ALIGN_THRESHOLD',
      'CORPUS_FORMAT_VERSION',
      'Corpus',
      'CorroborateError',
      'HANDOVER_GRACE_DAYS',
      'MAX_ARTICLES',
      'MAX_ARTICLE_LENGTH',
      'MAX_FIELD_LENGTH',
      'MIN_CONSENSUS_SOURCES',
      'SAME_SENTENCE_THRESHOLD',
      'SourceLedger',
      'TRUTH_ALGORITHMS',
      'alignSentences',
      'analyze',
      'checkRoles',
      'chooseReferenceDate',
      'clusterReferenceDate',
      'compareSentences',
      'computeAgreementMatrix',
      'createCorpus',
      'createKnowledgeBase',
      'createSourceLedger',
      'detectLanguage',
      'discoverTruth',
      'extractDates',
      'extractEventSlots',
      'extractItinerary',
      'extractPeople',
      'extractPlaces',
      'extractQuantities',
      'extractRoleMentions',
      'findRoleConflicts',
      'findStaleFigures',
      'normalizePersonName',
      'officeHolders',
      'quantitiesAgree',
      'renderHtmlReport',
      'renderTerminalReport',
      'sourceKey',
      'splitSentences',
      'termCovers',
    ]);
  });

  it('CorroborateError is an Error with a stable code', () => {
    const error = new api.CorroborateError('NO_ARTICLES', 'articles is empty');
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('NO_ARTICLES');
    expect(error.name).toBe('CorroborateError');
  });
});
