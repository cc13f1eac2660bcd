// Hostile and messy input to analyze(), alignSentences() and findStaleFigures(): prototype-named
// ids, text that is not prose, huge articles and sentences, impossible dates and bad options.
// Every outcome must be a correct result or a CorroborateError with a code; never a TypeError
// or RangeError, never a hang. No wall-time assertions, and sizes stay medium so the suite's
// default timeout is never near: the huge inputs (a 200,000-character sentence, a 2 MB and a
// 10 MB article, 50,000 articles) are timed by bench/linear.ts and fuzz/limits.ts.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/analysis.js';
import { analyze } from '../src/analyze.js';
import { alignSentences } from '../src/api/align-sentences.js';
import { checkRoles, findStaleFigures } from '../src/api/find-stale-figures.js';
import type { ArticleInput } from '../src/index.js';
import { splitSentences } from '../src/text/split-sentences.js';
import { BERLIN_STORY, BERLIN_STORY_DATE } from './helpers/berlin-story.js';
import { codeOf } from './helpers/guards.js';

const STORY: ArticleInput[] = [...BERLIN_STORY];
const AS_OF = BERLIN_STORY_DATE;

/** Every span a result points at must be a real span of the article it names. */
function expectEvidenceInText(analysis: Analysis, articles: readonly ArticleInput[]): void {
  const textOf = new Map(articles.map((article) => [article.id, article.text]));
  const check = (id: string, start: number, end: number, sentence: string) => {
    const text = textOf.get(id)!;
    expect(typeof text).toBe('string');
    expect(0 <= start && start <= end && end <= text.length, `${id} ${start}-${end}`).toBe(true);
    expect(text).toContain(sentence);
    expect(sentence).toContain(text.slice(start, end));
  };
  for (const fact of analysis.facts) {
    for (const member of fact.members) {
      expect(textOf.get(member.articleId)!.slice(member.start, member.end)).toBe(member.text);
    }
  }
  for (const report of analysis.articles) {
    for (const figure of report.staleFigures) {
      check(report.id, figure.start, figure.end, figure.sentence);
      expect(textOf.get(report.id)!.slice(figure.start, figure.end)).toBe(figure.mention);
    }
    for (const contradiction of report.contradictions) {
      check(report.id, contradiction.start, contradiction.end, contradiction.sentence);
    }
  }
  for (const outlier of analysis.outliers) {
    for (const reason of outlier.reasons) {
      for (const evidence of reason.evidence) {
        check(evidence.articleId, evidence.start, evidence.end, evidence.sentence);
      }
    }
  }
}

/**
 * The same analysis with every article id mapped through `rename`, in fields and inside
 * messages (the ids must not occur in the text otherwise).
 */
function renameIds(value: unknown, rename: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    let renamed = value;
    for (const [from, to] of rename) renamed = renamed.replaceAll(from, to);
    return renamed;
  }
  if (Array.isArray(value)) return value.map((item) => renameIds(item, rename));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, renameIds(item, rename)]),
    );
  }
  return value;
}

describe('article ids that are Object.prototype property names', () => {
  const HOSTILE = ['__proto__', 'constructor', 'hasOwnProperty', 'toString'];

  it('gives the same analysis as ordinary ids, and pollutes no prototype', () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    // Ids that sort in the same order as the hostile ones, so every tie-break is the same.
    const plain = ['a__proto__', 'aconstructor', 'ahasOwnProperty', 'atoString'];
    const articles = STORY.map((article, index) => ({ ...article, id: HOSTILE[index]! }));
    const reference = STORY.map((article, index) => ({ ...article, id: plain[index]! }));
    const hostile = analyze(articles, { asOf: AS_OF });
    const expected = analyze(reference, { asOf: AS_OF });
    const back = new Map(plain.map((id, index) => [id, HOSTILE[index]!]));
    expect(hostile).toEqual(renameIds(expected, back));
    expect(hostile.outliers.map((outlier) => outlier.id)).toEqual(['toString']);
    expect(hostile.articles.map((report) => report.id).sort()).toEqual([...HOSTILE].sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('keeps prototype-named ids apart in alignment and role checks', () => {
    const articles = STORY.map((article, index) => ({ ...article, id: HOSTILE[index]! }));
    const alignment = alignSentences(articles);
    const ids = new Set([
      ...alignment.groups.flatMap((group) => group.members.map((member) => member.articleId)),
      ...alignment.unaligned.map((member) => member.articleId),
    ]);
    expect([...ids].sort()).toEqual([...HOSTILE].sort());
    expect(checkRoles(articles[3]!, { asOf: AS_OF }).articleId).toBe('toString');
    expect(findStaleFigures(articles[3]!, { asOf: AS_OF }).map((figure) => figure.person)).toEqual([
      'Olaf Scholz',
    ]);
  });

  it('treats a "__proto__" key inside an article object as data', () => {
    const article = JSON.parse(
      '{"id": "p", "text": "Merz met Macron.", "__proto__": {"polluted": 1}}',
    );
    const analysis = analyze([article, STORY[0]!, STORY[1]!], { asOf: AS_OF });
    expect(analysis.articles).toHaveLength(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('text that is not prose', () => {
  const CASES: Record<string, string> = {
    'only punctuation': '!!! ??? ... ,,, ;;; --- """ \'\'\' ((( ))) [[[ ]]] … — – •',
    'only numbers':
      '1 2 3 4 5. 10,000 20,000. 3.14159 2.71828. 99999999999999999999999999999 1e308 -0 NaN',
    emoji: '🇺🇸🇯🇵 👨‍👩‍👧‍👦 😀😀😀. 🎉! 👍🏽👍🏿. 🏳️‍🌈 ✊🏾 🫠.',
    'Arabic (right to left)':
      'التقى الرئيس ترامب بالرئيس شي في بوسان. وقال المستشار إن المحادثات كانت مفيدة.',
    'Hebrew with bidi controls':
      'הנשיא טראמפ נפגש עם שי. \u202eevil\u202c ‏שלום‎. \u2066isolate\u2069.',
    'combining marks': `${'a\u0301\u0302\u0303\u0304'.repeat(2000)} Ze\u0301lensky met Macron. ${'\u0301'.repeat(5000)}`,
    'lone surrogates': '\uD800 President \uDC00 Trump \uD800\uD800 met Xi. \uDBFF\uDFFF\uDFFF.',
    'NUL bytes': 'President\u0000Trump met\u0000Xi.\u0000 Chancellor\u0000Merz.\u0000\u0000',
    'control characters':
      'Trump\u0007 met\u001b[31m Xi\u0008 in\u000b Busan.\u000c\u0085 Merz spoke.',
  };
  for (const [name, text] of Object.entries(CASES)) {
    it(`analyses ${name} without error, with every span inside the text`, () => {
      const articles = [{ id: 'odd', text }, ...STORY];
      const analysis = analyze(articles, { asOf: AS_OF });
      expect(analysis.articles).toHaveLength(articles.length);
      expectEvidenceInText(analysis, articles);
      expect(() => JSON.stringify(analysis)).not.toThrow();
      const odd = analysis.articles.find((report) => report.id === 'odd')!;
      expect(odd.sentences).toBe(splitSentences(text).length);
      // The hostile article must not change the verdict on the stale one.
      expect(analysis.outliers.map((outlier) => outlier.id)).toContain('west');
    });
  }
});

describe('oversized input', () => {
  it('analyses a 200 KB article (many paragraphs) next to ordinary ones', () => {
    const paragraph = `${STORY[0]!.text} ${STORY[1]!.text}\n\n`;
    const big = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    const articles = [{ id: 'big', text: big }, ...STORY];
    const analysis = analyze(articles, { asOf: AS_OF });
    const report = analysis.articles.find((article) => article.id === 'big')!;
    expect(report.sentences).toBe(splitSentences(big).length);
    expect(Number.isFinite(report.score)).toBe(true);
  });

  it('analyses one 20,000-character sentence', () => {
    const sentence = `${'President Trump met Xi Jinping in Busan and '.repeat(460).slice(0, 20_000)}.`;
    const articles = [{ id: 'long', text: sentence }, ...STORY];
    const analysis = analyze(articles, { asOf: AS_OF });
    expect(analysis.articles.find((article) => article.id === 'long')!.sentences).toBe(1);
    expectEvidenceInText(analysis, articles);
  });

  it('analyses a 50,000-character run of one letter, digit and space pattern', () => {
    for (const text of [
      'a'.repeat(50_000),
      '9'.repeat(50_000),
      'a '.repeat(25_000),
      'A.'.repeat(25_000),
    ]) {
      const analysis = analyze([{ id: 'run', text }, ...STORY], { asOf: AS_OF });
      expect(analysis.articles).toHaveLength(5);
    }
  });

  const QUOTE_STORMS: Record<string, string> = {
    'straight double quotes': '"',
    'curly quotes': 'He said “it. ',
    'opening parentheses': '(Trump said. ',
    'straight single quotes': "'Trump said. ",
    'guillemets and brackets': '« [ { ',
  };
  for (const [name, unit] of Object.entries(QUOTE_STORMS)) {
    it(`analyses unbalanced ${name} repeated 5,000 times`, () => {
      const articles = [{ id: 'storm', text: unit.repeat(5_000) }, ...STORY];
      const analysis = analyze(articles, { asOf: AS_OF });
      expect(analysis.articles).toHaveLength(5);
      expectEvidenceInText(analysis, articles);
    });
  }

  it('analyses 2,000 tiny articles (50,000 are measured by fuzz/limits.ts)', () => {
    const articles = Array.from({ length: 2_000 }, (_, index) => ({
      id: `a${String(index).padStart(5, '0')}`,
      text: `Story ${index % 97} was reported by outlet ${index}.`,
    }));
    const analysis = analyze(articles);
    expect(analysis.articles).toHaveLength(2_000);
  });
});

describe('dates that do not exist, and dates far away', () => {
  const IMPOSSIBLE = [
    '2025-02-30',
    '2025-13-45',
    '2025-02-29',
    'yesterday',
    '',
    '2025-10-30T25:61:00Z',
    '-000001-01-01',
  ];
  for (const value of IMPOSSIBLE) {
    it(`refuses asOf and publishedAt ${JSON.stringify(value)} with INVALID_DATE`, () => {
      expect(codeOf(() => analyze(STORY, { asOf: value }))).toBe('INVALID_DATE');
      expect(codeOf(() => analyze([{ ...STORY[0]!, publishedAt: value }, STORY[1]!]))).toBe(
        'INVALID_DATE',
      );
      expect(codeOf(() => findStaleFigures(STORY[3]!, { asOf: value }))).toBe('INVALID_DATE');
    });
  }

  it('refuses dates of the wrong type and invalid or out-of-range Date objects', () => {
    for (const value of [
      new Date(Number.NaN),
      new Date(8.64e15),
      new Date(-8.64e15),
      1_700_000_000_000,
      {},
      ['2025-10-27'],
      true,
    ]) {
      expect(codeOf(() => analyze(STORY, { asOf: value as string }))).toBe('INVALID_DATE');
      expect(
        codeOf(() => analyze([{ ...STORY[0]!, publishedAt: value as string }, STORY[1]!])),
      ).toBe('INVALID_DATE');
    }
  });

  it('judges as of 0001-01-01: nobody held the offices yet', () => {
    const analysis = analyze(STORY, { asOf: '0001-01-01' });
    for (const report of analysis.articles) {
      expect(report.referenceDate.date).toBe('0001-01-01');
      for (const figure of report.staleFigures) expect(figure.kind).toBe('not-yet');
    }
  });

  it('judges as of 9999-12-31 and as published then: today’s holders are stale or unknown, never a crash', () => {
    const analysis = analyze(STORY, { asOf: '9999-12-31' });
    expect(analysis.articles.every((report) => report.referenceDate.date === '9999-12-31')).toBe(
      true,
    );
    const published = analyze(STORY.map((article) => ({ ...article, publishedAt: '9999-12-31' })));
    expect(published.articles).toHaveLength(4);
    expectEvidenceInText(published, STORY);
  });

  it('ignores impossible and absurd dates written in the text', () => {
    const text =
      'On February 30, 2025 German Chancellor Olaf Scholz spoke. On 2025-13-45 he left. ' +
      'In the year 275760 and on September 13, 275760 he returned. 99999999999999999999 days ago he was born. ' +
      'In 9007199254740993 years he will retire.';
    const analysis = analyze([{ id: 'dates', text }, ...STORY], { asOf: AS_OF });
    expect(analysis.articles.find((report) => report.id === 'dates')!.referenceDate.date).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    expect(codeOf(() => checkRoles({ id: 'dates', text }, { asOf: AS_OF }))).toBe('no error');
  });
});

describe('options and arguments of the wrong shape', () => {
  it('refuses non-array and malformed article lists with a code', () => {
    expect(codeOf(() => analyze(null as never))).toBe('INVALID_ARTICLES');
    expect(codeOf(() => analyze(new Set(STORY) as never))).toBe('INVALID_ARTICLES');
    expect(codeOf(() => analyze('text' as never))).toBe('INVALID_ARTICLES');
    expect(codeOf(() => analyze([]))).toBe('NO_ARTICLES');
    // biome-ignore lint/suspicious/noSparseArray: a hole is the input under test
    expect(codeOf(() => analyze([, STORY[0]] as never))).toBe('INVALID_ARTICLE');
    expect(codeOf(() => analyze([{ id: 'a', text: new String('x') }] as never))).toBe(
      'INVALID_ARTICLE',
    );
    expect(codeOf(() => analyze([STORY[0]!, STORY[0]!]))).toBe('DUPLICATE_ID');
  });

  it('refuses options of the wrong type with INVALID_OPTION', () => {
    for (const options of [
      5,
      'x',
      [],
      { algorithm: 'nope' },
      { algorithm: '__proto__' },
      { knowledge: {} },
      { alignment: 5 },
    ]) {
      expect(codeOf(() => analyze(STORY, options as never))).toBe('INVALID_OPTION');
    }
    for (const threshold of [Number.NaN, Number.POSITIVE_INFINITY, -1, 2, '0.5']) {
      expect(codeOf(() => analyze(STORY, { alignment: { threshold: threshold as number } }))).toBe(
        'INVALID_OPTION',
      );
    }
    for (const max of [-1, 0, 1.5, Number.NaN]) {
      expect(codeOf(() => alignSentences(STORY, { maxCandidatesPerSentence: max }))).toBe(
        'INVALID_OPTION',
      );
    }
  });

  it('refuses a knowledge base that only looks like one with a CorroborateError', () => {
    const fake = { holderOn: () => null } as never;
    expect(codeOf(() => analyze(STORY, { knowledge: fake }))).not.toBe('no error');
    expect(codeOf(() => findStaleFigures(STORY[3]!, { asOf: AS_OF, knowledge: fake }))).not.toBe(
      'no error',
    );
  });

  // BUG (align-sentences.ts, readAlignOptions): no upper bound on maxCandidatesPerSentence; the
  // value sizes a typed array (sentences × limit), so 1e12 throws a bare RangeError and 1e8
  // asks for gigabytes.
  it('refuses an absurd maxCandidatesPerSentence with a CorroborateError, not a RangeError', () => {
    const two = [
      { id: 'a', text: 'Trump met Xi in Busan.' },
      { id: 'b', text: 'Trump met Xi in Busan.' },
    ];
    expect(codeOf(() => alignSentences(two, { maxCandidatesPerSentence: 1e12 }))).not.toBe(
      'no error',
    );
    expect(codeOf(() => analyze(two, { alignment: { maxCandidatesPerSentence: 1e12 } }))).not.toBe(
      'no error',
    );
  });
});

describe('figures too large for a number', () => {
  // BUG (extract quantities → consensus): a 400-digit figure parses to Infinity, becomes a
  // figure claim, and discoverTruth refuses it, so analyze() throws INVALID_CLAIM about claims
  // the caller never passed. Found by `npx tsx fuzz/run.ts --seed 1` (input 289).
  it('analyses an article with a 400-digit figure instead of throwing INVALID_CLAIM', () => {
    const sentence = (amount: string) =>
      `Leaders pledged ${amount} dollars to new processing plants in Kuala Lumpur on Wednesday.`;
    const articles = [
      { id: 'a', text: sentence('9'.repeat(400)) },
      { id: 'b', text: sentence('48 billion') },
      { id: 'c', text: sentence('48 billion') },
    ];
    expect(codeOf(() => analyze(articles))).toBe('no error');
  });
});

describe('copies and empty articles in the consensus', () => {
  // Four articles; c and d name Merz as chancellor while the cluster's date (from a and b) is 2023.
  const CLUSTER: ArticleInput[] = [
    {
      id: 'a',
      text: 'Trade ministers met in Geneva on Tuesday to discuss tariffs on steel. The talks lasted six hours.',
      publishedAt: '2023-05-01',
    },
    {
      id: 'b',
      text: 'Ministers gathered in Geneva to talk about steel tariffs. Talks went on for six hours.',
      publishedAt: '2025-10-29',
    },
    {
      id: 'c',
      text: 'German Chancellor Friedrich Merz said the steel talks in Geneva were useful.',
    },
    { id: 'd', text: 'German Chancellor Friedrich Merz welcomed the Geneva talks on steel.' },
  ];

  // BUG (analyze.ts, findOutliers): the robust z-score takes the median and MAD over every
  // article, so an exact copy (already recognised as one: same copy cluster) still adds a second
  // score and moves the median; here it turns c and d into outliers.
  it('an exact copy of one article leaves the other articles’ outlier verdicts unchanged', () => {
    const before = analyze(CLUSTER);
    const after = analyze([...CLUSTER, { ...CLUSTER[0]!, id: 'a-copy' }]);
    expect(after.copies.some((copy) => copy.ids.includes('a') && copy.ids.includes('a-copy'))).toBe(
      true,
    );
    expect(after.consensus.independentSources).toBe(before.consensus.independentSources);
    expect(after.outliers.map((outlier) => outlier.id)).toEqual(
      before.outliers.map((outlier) => outlier.id),
    );
  });

  // BUG (analyze.ts): an article with no sentences says nothing, yet counts as an independent
  // source, so two real articles and one empty one make "a consensus can be weighed".
  it('an empty article does not count toward the independent sources a consensus needs', () => {
    const two = [STORY[0]!, STORY[2]!];
    const withEmpty = analyze([...two, { id: 'empty', text: '' }], { asOf: AS_OF });
    expect(withEmpty.consensus.independentSources).toBe(
      analyze(two, { asOf: AS_OF }).consensus.independentSources,
    );
    expect(withEmpty.consensus.possible).toBe(false);
  });
});
