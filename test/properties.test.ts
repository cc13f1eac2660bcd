// Properties of the public API over generated story clusters: determinism, order freedom, every
// sentence accounted for, bounded scores, copies counted once, frozen inputs accepted and untouched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { alignSentences } from '../src/api/align-sentences.js';
import { checkRoles, findStaleFigures } from '../src/api/find-stale-figures.js';
import type { ArticleInput } from '../src/index.js';
import { splitSentences } from '../src/text/split-sentences.js';
import { deepFreeze } from './helpers/guards.js';

// analyze costs ~0.05-0.5 s per generated cluster: 40 runs keep each property under ~20 s.
const ANALYZE_RUNS = 40;
const ALIGN_RUNS = 60;
/** One seed for every property, so a failure reproduces; fast-check prints it with the counterexample. */
const SEED = 20251030;

// Pools of news-like parts: real office titles and holders (current and stale), places, figures.
const PEOPLE = [
  'German Chancellor Friedrich Merz',
  'Chancellor Olaf Scholz',
  'Japanese Prime Minister Sanae Takaichi',
  'Prime Minister Fumio Kishida',
  'South Korean President Lee Jae Myung',
  'President Yoon Suk Yeol',
  'Chinese President Xi Jinping',
  'NATO Secretary General Mark Rutte',
  'NATO chief Jens Stoltenberg',
  'President Donald Trump',
  'former President Joe Biden',
  'UN Secretary-General António Guterres',
  'Treasury Secretary Scott Bessent',
  'Anwar Ibrahim',
  'the Malaysian prime minister',
];
const VERBS = [
  'met',
  'spoke with',
  'hosted',
  'held talks with',
  'thanked',
  'criticised',
  'will meet',
];
const PLACES = [
  'Busan',
  'Beijing',
  'Tokyo',
  'Kuala Lumpur',
  'Gyeongju',
  'Seoul',
  'Manila',
  'Berlin',
];
const WHEN = [
  'on Thursday',
  'on October 30',
  'on 29 October 2025',
  'last week',
  'in 2023',
  'yesterday',
  'on Oct. 28',
];
const FIGURES = [
  '$550 billion',
  '12 million tonnes of soybeans',
  '57%',
  '3,000 troops',
  '1.5 trillion yen',
  'four days',
  '10 percent',
];

const sentence: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...PLACES),
        fc.constantFrom(...WHEN),
      )
      .map(([a, verb, b, place, when]) => `${a} ${verb} ${b} in ${place} ${when}.`),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...PEOPLE), fc.constantFrom(...FIGURES), fc.constantFrom(...PLACES))
      .map(
        ([who, figure, place]) =>
          `${who} announced ${figure} in new investment, officials in ${place} said.`,
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PEOPLE), fc.constantFrom(...PLACES), fc.constantFrom(...PLACES))
      .map(
        ([who, from, to]) =>
          `"We will see what happens," ${who} told reporters before flying from ${from} to ${to}.`,
      ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

const text = fc
  .array(sentence, { minLength: 0, maxLength: 8 })
  .chain((sentences) => fc.constantFrom(' ', '\n\n', '\n').map((glue) => sentences.join(glue)));

const ID_POOL = [
  'reuters',
  'ap',
  'afp',
  'bbc',
  '__proto__',
  'constructor',
  'toString',
  'z',
  'A',
  'é',
];
const PUBLISHED = [undefined, '2025-10-29', '2023-05-01', '2025-10-31T08:00:00Z'];

/** 2 to 6 articles with unique ids, some with a publication date, source or title. */
const cluster: fc.Arbitrary<ArticleInput[]> = fc
  .uniqueArray(fc.oneof(fc.constantFrom(...ID_POOL), fc.string({ minLength: 1, maxLength: 8 })), {
    minLength: 2,
    maxLength: 6,
    selector: (id) => id,
  })
  .filter((ids) => ids.every((id) => id.trim() !== ''))
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            text,
            publishedAt: fc.constantFrom(...PUBLISHED),
            source: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
          })
          .map(({ text: body, publishedAt, source }) => {
            const article: ArticleInput = { id, text: body };
            if (publishedAt !== undefined) article.publishedAt = publishedAt;
            if (source !== undefined) article.source = source;
            return article;
          }),
      ),
    ),
  );

const asOf = fc.constantFrom(undefined, '2025-10-30', '2019-01-01');

/** Every finite number in a result, with its path, for range checks. */
function numbersIn(value: unknown, path = '$', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') {
    out.push([path, value]);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) numbersIn(item, `${path}[${index}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) numbersIn(item, `${path}.${key}`, out);
  }
  return out;
}

describe('analyze properties', () => {
  it('is deterministic: two runs on equal inputs deep-equal each other', () => {
    fc.assert(
      fc.property(cluster, asOf, (articles, date) => {
        const first = analyze(articles, { asOf: date });
        const second = analyze(structuredClone(articles), { asOf: date });
        expect(second).toEqual(first);
      }),
      { numRuns: ANALYZE_RUNS, seed: SEED },
    );
  });

  it('is order-free: any permutation of the articles gives the same analysis', () => {
    fc.assert(
      fc.property(
        cluster.chain((articles) =>
          fc.tuple(
            fc.constant(articles),
            fc.shuffledSubarray(articles, { minLength: articles.length }),
          ),
        ),
        asOf,
        ([articles, permuted], date) => {
          const original = analyze(articles, { asOf: date });
          const shuffled = analyze(permuted, { asOf: date });
          // Keyed by id first, so a failure names the article whose verdict moved.
          const byId = (analysis: typeof original) =>
            Object.fromEntries(
              analysis.articles.map((report) => [
                `id:${report.id}`,
                { score: report.score, flags: report.flags, counts: report.counts },
              ]),
            );
          expect(byId(shuffled)).toEqual(byId(original));
          expect(shuffled.outliers).toEqual(original.outliers);
          expect(shuffled).toEqual(original);
        },
      ),
      { numRuns: ANALYZE_RUNS, seed: SEED },
    );
  });

  it('keeps every number finite and every score, share and similarity in [0, 1]', () => {
    fc.assert(
      fc.property(cluster, asOf, (articles, date) => {
        const analysis = analyze(articles, { asOf: date });
        for (const [path, value] of numbersIn(analysis)) {
          expect(Number.isFinite(value), path).toBe(true);
        }
        const unitInterval = [
          ...analysis.articles.map((report) => report.score),
          ...analysis.articles.flatMap((report) =>
            report.contradictions.map((c) => c.consensusShare),
          ),
          ...analysis.facts.map((fact) => fact.score),
          ...analysis.copies.map((copy) => copy.similarity),
          ...analysis.outliers.map((outlier) => outlier.score),
        ];
        for (const value of unitInterval) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        for (const report of analysis.articles) {
          for (const count of Object.values(report.counts)) expect(count).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: ANALYZE_RUNS, seed: SEED },
    );
  });

  it('counts an exact duplicate once: the other articles keep their outlier status', () => {
    fc.assert(
      fc.property(cluster, fc.nat(), asOf, (articles, pick, date) => {
        const copied = articles[pick % articles.length]!;
        const copyId = `${copied.id}\u0000copy`;
        const before = analyze(articles, { asOf: date });
        const after = analyze([...articles, { ...copied, id: copyId }], { asOf: date });
        const outlierIds = (analysis: typeof before) =>
          analysis.outliers
            .map((outlier) => outlier.id)
            .filter((id) => id !== copied.id && id !== copyId)
            .sort();
        expect(outlierIds(after)).toEqual(outlierIds(before));
        // The copy and its original are one copy cluster when they have any sentence to
        // share (an empty article copies nothing), and then count as one source.
        if (splitSentences(copied.text).length > 0) {
          const cluster = after.copies.find((copy) => copy.ids.includes(copyId));
          expect(cluster?.ids).toContain(copied.id);
          expect(after.consensus.independentSources).toBe(before.consensus.independentSources);
        }
      }),
      { numRuns: ANALYZE_RUNS, seed: SEED },
    );
  });

  it('accepts deeply frozen articles and options and never mutates them', () => {
    fc.assert(
      fc.property(cluster, asOf, (articles, date) => {
        const withDates = articles.map((article, index) =>
          index === 0 ? { ...article, publishedAt: new Date(Date.UTC(2025, 9, 29)) } : article,
        );
        const options = { asOf: date, alignment: { threshold: 0.5 } };
        const snapshot = structuredClone({ withDates, options });
        const frozen = deepFreeze({ withDates, options });
        const analysis = analyze(frozen.withDates, frozen.options);
        expect({ withDates, options }).toEqual(snapshot);
        expect(analysis.articles.length).toBe(articles.length);
      }),
      { numRuns: ANALYZE_RUNS, seed: SEED },
    );
  });
});

describe('alignSentences properties', () => {
  it('accounts for every sentence of every article exactly once (groups + unaligned)', () => {
    fc.assert(
      fc.property(cluster, (articles) => {
        const alignment = alignSentences(articles);
        const seen = new Map<string, number>();
        const members = [
          ...alignment.groups.flatMap((group) => group.members),
          ...alignment.unaligned,
        ];
        for (const member of members) {
          const key = `${member.articleId}\u0000${member.sentenceIndex}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
        let expected = 0;
        for (const article of articles) {
          const spans = splitSentences(article.text);
          expected += spans.length;
          spans.forEach((span, index) => {
            expect(seen.get(`${article.id}\u0000${index}`), `${article.id} #${index}`).toBe(1);
            const member = members.find(
              (m) => m.articleId === article.id && m.sentenceIndex === index,
            )!;
            expect([member.text, member.start, member.end]).toEqual([
              span.text,
              span.start,
              span.end,
            ]);
          });
        }
        expect(members.length).toBe(expected);
        expect(alignment.stats.sentences).toBe(expected);
        for (const group of alignment.groups) {
          expect(group.members.length).toBeGreaterThanOrEqual(2);
          expect(new Set(group.members.map((m) => m.articleId)).size).toBe(group.members.length);
          expect(group.score).toBeGreaterThanOrEqual(0);
          expect(group.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: ALIGN_RUNS, seed: SEED },
    );
  });

  it('is order-free and never mutates frozen input', () => {
    fc.assert(
      fc.property(cluster, (articles) => {
        const snapshot = structuredClone(articles);
        const frozen = deepFreeze(structuredClone(articles));
        const forward = alignSentences(frozen);
        const backward = alignSentences([...frozen].reverse());
        expect(backward).toEqual(forward);
        expect(frozen).toEqual(snapshot);
      }),
      { numRuns: ALIGN_RUNS, seed: SEED },
    );
  });
});

describe('findStaleFigures and checkRoles properties', () => {
  it('are deterministic, accept frozen input and point at real spans of the text', () => {
    fc.assert(
      fc.property(cluster, asOf, (articles, date) => {
        for (const article of articles) {
          const snapshot = structuredClone(article);
          const frozen = deepFreeze(structuredClone(article));
          const report = checkRoles(frozen, deepFreeze({ asOf: date }));
          expect(checkRoles(article, { asOf: date })).toEqual(report);
          expect(findStaleFigures(frozen, { asOf: date })).toEqual(report.staleFigures);
          expect(frozen).toEqual(snapshot);
          for (const mention of report.mentions) {
            expect(article.text.slice(mention.start, mention.end)).toBe(mention.mention);
          }
          for (const figure of report.staleFigures) {
            expect(article.text.slice(figure.start, figure.end)).toBe(figure.mention);
            expect(article.text).toContain(figure.sentence);
          }
        }
      }),
      { numRuns: ANALYZE_RUNS, seed: SEED },
    );
  });
});
