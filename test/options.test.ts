// Options and errors: every options reader refuses unknown keys naming the nearest valid one,
// every error carries structured details, and dates with an offset keep their calendar day.
import { describe, expect, it } from 'vitest';
import {
  alignSentences,
  analyze,
  chooseReferenceDate,
  clusterReferenceDate,
  compareSentences,
  createCorpus,
  createKnowledgeBase,
  createSourceLedger,
  discoverTruth,
  extractDates,
  extractPlaces,
  extractRoleMentions,
  findRoleConflicts,
  findStaleFigures,
  officeHolders,
  renderHtmlReport,
  renderTerminalReport,
  splitSentences,
} from '../src/index.js';
import { parseIsoDate } from '../src/input/parse-date.js';
import { editDistance, nearestKey, readOptions } from '../src/input/read-options.js';
import { thrown } from './helpers/guards.js';

const ARTICLES = [
  { id: 'a', text: 'The mayor opened the bridge on Monday.' },
  { id: 'b', text: 'On Monday the mayor opened the new bridge.' },
];

describe('readOptions', () => {
  it('names the nearest valid key for a misspelt one', () => {
    const error = thrown(() =>
      readOptions({ algoritm: 'crh' }, ['asOf', 'algorithm'], 'options', 'analyze'),
    );
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toContain('did you mean options.algorithm?');
    expect(error.details).toEqual({
      field: 'options.algoritm',
      suggestion: 'algorithm',
      valid: ['asOf', 'algorithm'],
    });
  });

  it('accepts known keys and undefined, and does not fire on a valid object', () => {
    expect(readOptions({ asOf: '2025-01-01' }, ['asOf'], 'options', 'f')).toEqual({
      asOf: '2025-01-01',
    });
    expect(readOptions(undefined, ['asOf'], 'options', 'f')).toEqual({});
  });

  it('refuses null, arrays and primitives with structured details', () => {
    for (const bad of [null, [], 'x', 3]) {
      const error = thrown(() => readOptions(bad, ['asOf'], 'options', 'f'));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.details).toMatchObject({ field: 'options', expected: 'object' });
    }
  });

  it('cuts a huge unknown key in the message', () => {
    const key = 'x'.repeat(100_000);
    const error = thrown(() => readOptions({ [key]: 1 }, ['asOf'], 'options', 'f'));
    expect(error.message.length).toBeLessThan(200);
  });

  it('nearestKey is case-insensitive and counts a transposition as one edit', () => {
    expect(nearestKey('ASOF', ['knowledge', 'asOf'])).toBe('asOf');
    expect(editDistance('tehshold', 'teshhold')).toBe(1);
    expect(editDistance('threshold', 'threshold')).toBe(0);
    expect(nearestKey('x', [])).toBeUndefined();
  });
});

describe('every public options reader refuses an unknown key', () => {
  const analysis = analyze(ARTICLES);
  const sentences = splitSentences(ARTICLES[0]?.text ?? '');
  const cases: [string, (options: never) => unknown, string][] = [
    ['analyze', (o) => analyze(ARTICLES, o), 'asOf'],
    ['createCorpus', (o) => createCorpus(ARTICLES, o), 'asOf'],
    ['alignSentences', (o) => alignSentences(ARTICLES, o), 'threshold'],
    ['compareSentences', (o) => compareSentences('a b', 'a b', o), 'threshold'],
    ['discoverTruth', (o) => discoverTruth([], { algorithm: 'voting', ...(o as object) }), 'alpha'],
    ['extractDates', (o) => extractDates(sentences, o), 'referenceDate'],
    ['extractPlaces', (o) => extractPlaces(sentences, o), 'adjectives'],
    [
      'extractRoleMentions',
      (o) => extractRoleMentions(sentences, officeHolders.roles, o),
      'people',
    ],
    ['chooseReferenceDate', (o) => chooseReferenceDate({}, [], o), 'asOf'],
    ['clusterReferenceDate', (o) => clusterReferenceDate([], o), 'asOf'],
    ['findRoleConflicts', (o) => findRoleConflicts(ARTICLES, o), 'knowledge'],
    ['findStaleFigures', (o) => findStaleFigures(ARTICLES[0] as never, o), 'asOf'],
    ['createKnowledgeBase', (o) => createKnowledgeBase({ roles: [], terms: [] }, o), 'base'],
    ['renderHtmlReport', (o) => renderHtmlReport(analysis, ARTICLES, o), 'title'],
    ['createSourceLedger', (o) => createSourceLedger(o), 'credibleMass'],
    ['SourceLedger.record', (o) => createSourceLedger().record(analysis, o), 'articles'],
    [
      'renderTerminalReport',
      (o) =>
        renderTerminalReport(analysis, { color: false, onlyOutliers: false, ...(o as object) }),
      'width',
    ],
  ];
  for (const [name, call, validKey] of cases) {
    it(name, () => {
      // One letter dropped from a real key: the message must point back to it.
      const misspelt = validKey.slice(0, -1);
      const error = thrown(() => call({ [misspelt]: undefined } as never));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.details.suggestion).toBe(validKey);
      expect(error.message).toContain(name);
    });
  }

  it('a nested alignment option is named with its path', () => {
    const error = thrown(() => analyze(ARTICLES, { alignment: { treshold: 0.5 } as never }));
    expect(error.details).toMatchObject({
      field: 'options.alignment.treshold',
      suggestion: 'threshold',
    });
  });
});

describe('errors carry structured details', () => {
  it('INVALID_DATE on an article names index, id and field apart from the message', () => {
    const error = thrown(() =>
      analyze([ARTICLES[0] as never, { id: 'late', text: 'x.', publishedAt: 'yesterday' }]),
    );
    expect(error.code).toBe('INVALID_DATE');
    expect(error.details).toMatchObject({ index: 1, id: 'late', field: 'publishedAt' });
  });

  it('INVALID_DATE on an option names the option path', () => {
    const error = thrown(() => analyze(ARTICLES, { asOf: '2025-02-30' }));
    expect(error.details).toMatchObject({ field: 'options.asOf', value: '2025-02-30' });
  });

  it('array-level errors name the field', () => {
    expect(thrown(() => analyze([])).details).toMatchObject({ field: 'articles' });
    expect(thrown(() => analyze('x' as never)).details).toMatchObject({
      field: 'articles',
      expected: 'array',
    });
  });
});

describe('dates with an offset', () => {
  it('are read on the calendar day of their offset, not in UTC', () => {
    expect(parseIsoDate('2025-06-01T23:30-05:00', 'd')).toBe('2025-06-01');
    expect(parseIsoDate('2025-06-02T00:30+09:00', 'd')).toBe('2025-06-02');
    expect(parseIsoDate('2025-06-01T23:30:00Z', 'd')).toBe('2025-06-01');
  });

  it('a time without offset keeps its written day whatever the machine zone', () => {
    expect(parseIsoDate('2025-06-01T23:59', 'd')).toBe('2025-06-01');
  });

  it('still refuses a bad time or a bad day', () => {
    expect(thrown(() => parseIsoDate('2025-06-01T99:99', 'd')).code).toBe('INVALID_DATE');
    expect(thrown(() => parseIsoDate('2025-02-30T10:00Z', 'd')).code).toBe('INVALID_DATE');
  });

  it('analyze takes an article published late in the evening west of UTC on that day', () => {
    const analysis = analyze([
      {
        id: 'a',
        text: 'The mayor opened the bridge today.',
        publishedAt: '2025-06-01T23:30-05:00',
      },
    ]);
    expect(analysis.referenceDate.date).toBe('2025-06-01');
  });
});
