// The public surface is pinned: adding or removing an export must be a deliberate change here.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public exports', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ABBREVIATIONS',
      'CORPUS_FORMAT_VERSION',
      'Corpus',
      'CorroborateError',
      'MAX_ARTICLES',
      'MAX_ARTICLE_LENGTH',
      'MAX_FIELD_LENGTH',
      'PROGRESS_STAGES',
      'SourceLedger',
      'TRUTH_ALGORITHMS',
      'alignSentences',
      'analyze',
      'analyzeAsync',
      'checkRoles',
      'chooseReferenceDate',
      'clusterReferenceDate',
      'compareSentences',
      'computeAgreementMatrix',
      'createCorpus',
      'createKnowledgeBase',
      'createSourceLedger',
      'defaults',
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
    const error = new api.CorroborateError('NO_ARTICLES', 'articles is empty', {
      field: 'articles',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('NO_ARTICLES');
    expect(error.name).toBe('CorroborateError');
    expect(error.details).toEqual({ field: 'articles' });
  });

  it('CorroborateError.is and instanceof recognise an error from another copy of the class', () => {
    // A second build (the CJS file beside the ESM one) has its own class object but the same
    // Symbol.for brand.
    const foreign = Object.assign(new Error('x'), { code: 'NO_ARTICLES', details: {} });
    Object.defineProperty(foreign, Symbol.for('corroborate.CorroborateError'), { value: true });
    expect(api.CorroborateError.is(foreign)).toBe(true);
    expect(foreign instanceof api.CorroborateError).toBe(true);
    const plain = Object.assign(new Error('x'), { code: 'NO_ARTICLES' });
    expect(api.CorroborateError.is(plain)).toBe(false);
    expect(plain instanceof api.CorroborateError).toBe(false);
    expect(api.CorroborateError.is(null)).toBe(false);
  });

  it('an error thrown by the CJS build is recognised by the ESM build', async () => {
    const { createRequire } = await import('node:module');
    const { existsSync } = await import('node:fs');
    const dist = new URL('../dist/index.cjs', import.meta.url);
    if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first.');
    const cjs = createRequire(import.meta.url)(dist.pathname);
    // Through a URL, not a literal path: type checking runs before the build in CI.
    const esm = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof api;
    let thrown: unknown;
    try {
      cjs.analyze([]);
    } catch (error) {
      thrown = error;
    }
    expect(esm.CorroborateError.is(thrown)).toBe(true);
    expect(thrown instanceof esm.CorroborateError).toBe(true);
    expect(thrown instanceof api.CorroborateError).toBe(true);
  });
});
