// The corpus's incremental copy detection finds exactly the clusters the whole-cluster functions
// (verbatimSentencePairs + findCopyClusters) find, after any sequence of changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ArticlePairScore,
  findCopyClusters,
  storySentenceCount,
  verbatimSentencePairs,
} from '../src/consensus/copy-clusters.js';
import { CopyIndex, copyProfile } from '../src/consensus/copy-index.js';

// A small pool, so that many articles repeat one sentence (longer sharer lists than the
// neighbour window) and many pairs share enough of them to be copies; one line is boilerplate,
// one too short to count.
const POOL = [
  ...Array.from(
    { length: 14 },
    (_, index) => `The delegation number ${index} arrived at the summit venue on Monday morning.`,
  ),
  'Reporting by Jane Doe; Editing by John Roe.',
  'Officials declined to comment.',
];

interface Article {
  id: string;
  sentences: { text: string }[];
}

// Mostly short articles over a few sentences, so that an article joining a sharer list pushes
// two copies more than the neighbour window apart.
const article = (id: string) =>
  fc
    .oneof(
      {
        weight: 3,
        arbitrary: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 2 }),
      },
      fc.array(fc.integer({ min: 0, max: POOL.length - 1 }), { minLength: 1, maxLength: 7 }),
    )
    .map((picks): Article => ({ id, sentences: picks.map((pick) => ({ text: POOL[pick]! })) }));

// Ids chosen so that code-unit order differs from insertion order.
const IDS = ['m', 'c', 'x', 'a', 'q', 'f', 'z', 'b', 'k', 'e', 'r', 'h', 'u', 'd'];

const near = (ids: readonly string[]) =>
  fc.array(
    fc.record({
      a: fc.constantFrom(...ids),
      b: fc.constantFrom(...ids),
      score: fc.constantFrom(0.85, 0.9, 0.95),
    }),
    { maxLength: 12 },
  );

/** The clusters `Corpus.score` used to compute over the whole cluster. */
function reference(articles: readonly Article[], pairs: readonly ArticlePairScore[]): string[][] {
  const ids = new Set(articles.map((one) => one.id));
  return findCopyClusters(
    [...verbatimSentencePairs(articles), ...pairs.filter((p) => ids.has(p.a) && ids.has(p.b))],
    new Map(articles.map((one) => [one.id, storySentenceCount(one.sentences)])),
  ).map((cluster) => cluster.ids);
}

const member = (one: Article) => ({ id: one.id, ...copyProfile(one.sentences) });

describe('CopyIndex', () => {
  it('profiles a sentence as verbatimSentencePairs and storySentenceCount read it', () => {
    const profile = copyProfile([{ text: POOL[0]! }, { text: POOL[14]! }, { text: POOL[15]! }]);
    expect([...profile.keys]).toEqual([POOL[0]!.toLowerCase()]);
    expect(profile.storyCount).toBe(2);
    expect(copyProfile([{ text: POOL[14]! }]).storyCount).toBe(1);
  });

  it('keeps the clusters of the whole-cluster functions through adds and removes', () => {
    fc.assert(
      fc.property(
        fc.tuple(...IDS.map((id) => article(id))),
        near(IDS),
        fc.array(fc.integer({ min: 0, max: IDS.length - 1 }), { minLength: 1, maxLength: 30 }),
        (articles, pairs, toggles) => {
          const index = new CopyIndex();
          const present = new Map<string, Article>();
          for (const toggle of toggles) {
            const one = articles[toggle]!;
            if (present.has(one.id)) {
              present.delete(one.id);
              index.update({ remove: [one.id] });
              index.forget(one.id);
            } else {
              present.set(one.id, one);
              // Near pairs are given once, by the later of the two articles (as Corpus.add does).
              const mine = pairs.filter(
                (p) => (p.a === one.id && present.has(p.b)) || (p.b === one.id && present.has(p.a)),
              );
              index.update({ add: [member(one)], near: mine });
            }
            const given = pairs.filter((p) => present.has(p.a) && present.has(p.b));
            expect(index.clusters()).toEqual(reference([...present.values()], given));
          }
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it('says which clusters a change would give without applying it', () => {
    fc.assert(
      fc.property(
        fc.tuple(...IDS.map((id) => article(id))),
        article('new'),
        near(IDS),
        near([...IDS, 'new']),
        fc.subarray(IDS.slice(0, 3)),
        (articles, scored, pairs, scoredPairs, leaving) => {
          const index = new CopyIndex();
          for (const one of articles) index.update({ add: [member(one)] });
          index.update({ near: pairs });
          const before = index.clusters();
          // The scored article may take the id of one that leaves (re-scoring an article).
          const joining = { ...scored, id: leaving[0] ?? scored.id };
          const extra = scoredPairs
            .filter((p) => p.a === 'new' || p.b === 'new')
            .map((p) => ({ a: joining.id, b: p.a === 'new' ? p.b : p.a, score: p.score }));
          const after = index.clustersWith({
            remove: leaving,
            add: [member(joining)],
            near: extra,
          });
          const stays = articles.filter((one) => !leaving.includes(one.id));
          const storedWithLeaving = leaving.includes(joining.id)
            ? pairs.filter((p) => p.a === joining.id || p.b === joining.id)
            : [];
          expect(after).toEqual(
            reference(
              [...stays, joining],
              [
                ...pairs.filter((p) => !leaving.includes(p.a) && !leaving.includes(p.b)),
                // Near pairs stored under a reused id still count for it.
                ...storedWithLeaving,
                ...extra,
              ],
            ),
          );
          expect(index.clusters()).toEqual(before);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
