// Syndication at any scale: a story copied 10 or 1,000 times is one source; boilerplate is not copying.
import { describe, expect, it } from 'vitest';
import {
  findCopyClusters,
  isBoilerplateSentence,
  storySentenceCount,
  VERBATIM_NEIGHBOURS,
  verbatimSentencePairs,
} from '../src/consensus/copy-clusters.js';
import { type ArticleInput, analyze } from '../src/index.js';

// Four independent reports put the meeting in Busan; one wire story, copied n times, says Beijing.
// Before copy clusters worked at scale, 70 such copies made 74 independent sources and three of
// the four correct reports were contradicted.
// ind-1 carries the same credit line as the wire: boilerplate, which must not make it a copy.
const INDEPENDENT: ArticleInput[] = [
  {
    id: 'ind-1',
    text: 'President Trump met Chinese leader Xi Jinping in Busan on Thursday. The two leaders talked for almost two hours about trade and fentanyl. Reporting by Jane Roe; Editing by John Doe.',
  },
  {
    id: 'ind-2',
    text: 'Donald Trump and Xi Jinping held talks in Busan, South Korea. Their meeting lasted close to two hours, officials said.',
  },
  {
    id: 'ind-3',
    text: 'Xi Jinping and Donald Trump sat down together in Busan on Thursday. Trade dominated the meeting, aides said.',
  },
  {
    id: 'ind-4',
    text: 'In Busan, Trump met Xi for talks on trade on Thursday. The meeting ran for about two hours.',
  },
];
const WIRE =
  'President Trump met Chinese leader Xi Jinping in Beijing on Thursday. The two leaders discussed soybeans, tariffs and export controls at length. Officials from both sides described the talks as constructive and long. Reporting by Jane Roe; Editing by John Doe. All rights reserved.';

function withCopies(n: number): ArticleInput[] {
  // Each outlet adds its own rights line, so no copy is an exact duplicate of another (exact
  // duplicates are settled before copy detection) and the copies meet only through the story.
  const copies = Array.from({ length: n }, (_, i) => ({
    id: `wire-${String(i).padStart(4, '0')}`,
    text: `${WIRE} © 2025 Outlet ${i} Media. All rights reserved.`,
  }));
  return [...INDEPENDENT, ...copies];
}

describe('a wire story copied many times', () => {
  const verdicts = (n: number) => {
    const analysis = analyze(withCopies(n), { asOf: '2025-10-31' });
    const wire = analysis.articles.find((report) => report.id === 'wire-0000')!;
    return {
      independentSources: analysis.consensus.independentSources,
      clusterSizes: analysis.copies.map((copy) => copy.ids.length),
      wireContradiction: wire.contradictions.map((c) => [c.value, c.consensus]),
      independent: analysis.articles
        .filter((report) => report.id.startsWith('ind-'))
        .map((report) => ({
          id: report.id,
          counts: report.counts,
          contradictions: report.contradictions,
          flags: report.flags,
        })),
      outliers: analysis.outliers
        .map((outlier) => outlier.id)
        .filter((id) => id.startsWith('ind-')),
    };
  };

  it('counts once at 10, 70 and 200 copies: same consensus, same verdicts on the others', () => {
    const ten = verdicts(10);
    expect(ten.independentSources).toBe(5);
    expect(ten.clusterSizes).toEqual([10]);
    expect(ten.wireContradiction).toEqual([['Beijing, China', 'Busan, South Korea']]);
    expect(ten.independent.every((report) => report.contradictions.length === 0)).toBe(true);
    for (const n of [70, 200]) {
      const many = verdicts(n);
      expect(many.clusterSizes).toEqual([n]);
      expect({ ...many, clusterSizes: [] }).toEqual({ ...ten, clusterSizes: [] });
    }
  });

  it('is one copy cluster at 1,000 copies (copy-cluster stage), with linear pair count', () => {
    const articles = withCopies(1000).map((article) => ({
      id: article.id,
      sentences: article.text.split(/(?<=\.) /).map((text) => ({ text })),
    }));
    const pairs = verbatimSentencePairs(articles);
    // Two story sentences of the wire are long enough to hash (the third too); never all pairs.
    expect(pairs.length).toBeLessThanOrEqual(3 * 1000 * VERBATIM_NEIGHBOURS);
    const counts = new Map(articles.map((a) => [a.id, storySentenceCount(a.sentences)]));
    const clusters = findCopyClusters(pairs, counts);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.ids).toHaveLength(1000);
    expect(clusters[0]!.ids.some((id) => id.startsWith('ind-'))).toBe(false);
  });

  it('must not call articles that share one stock sentence copies, however many share it', () => {
    const stock =
      'The Kremlin has repeatedly denied any involvement in the attack on the pipeline.';
    const articles = Array.from({ length: 200 }, (_, i) => ({
      id: `own-${String(i).padStart(3, '0')}`,
      sentences: [
        { text: `Reporter number ${i} filed this account of the pipeline blast from the coast.` },
        { text: `Local witness ${i} said the explosion shook windows for several seconds.` },
        { text: stock },
      ],
    }));
    const counts = new Map(articles.map((a) => [a.id, storySentenceCount(a.sentences)]));
    expect(findCopyClusters(verbatimSentencePairs(articles.slice(0, 2)), counts)).toEqual([]);
    expect(findCopyClusters(verbatimSentencePairs(articles), counts)).toEqual([]);
  });

  it('must not call articles copies for sharing only boilerplate lines', () => {
    const footer = [
      'Reporting by Jane Roe in Seoul; Editing by John Doe and Mary Major.',
      'Sign up for our newsletter to get the day’s top stories every morning.',
      'Copyright 2025 Example Newswire Limited. All rights reserved.',
    ];
    const articles = ['a', 'b'].map((id) => ({
      id,
      sentences: [
        { text: `Story ${id} is about something else than the other one entirely.` },
      ].concat(footer.map((text) => ({ text }))),
    }));
    const counts = new Map(articles.map((a) => [a.id, storySentenceCount(a.sentences)]));
    expect(verbatimSentencePairs(articles)).toEqual([]);
    expect(findCopyClusters(verbatimSentencePairs(articles), counts)).toEqual([]);
  });
});

describe('isBoilerplateSentence', () => {
  it('recognises credits, rights notices, newsletter footers and photo credits', () => {
    for (const line of [
      'Reporting by Jane Roe; Editing by John Doe.',
      'Additional reporting by Kim Lee in Seoul.',
      'Editing by Mark Heinrich.',
      'All rights reserved.',
      '© 2025 Example News. All rights reserved.',
      'Sign up for our newsletter to get the latest updates.',
      'Photo: Jane Roe/Reuters',
      'The leaders shake hands at the summit (Photo by John Doe/Getty Images)',
      'This material may not be published, broadcast, rewritten or redistributed.',
    ]) {
      expect(isBoilerplateSentence(line), line).toBe(true);
    }
  });

  it('must not fire on reporting that merely mentions reporting, rights or photos', () => {
    for (const line of [
      'Reporting from Busan, our correspondent said the talks ran late.',
      'The editor said reporting by local media had been accurate.',
      'Human rights groups said the reserved seats were empty.',
      'The photo showed the two leaders shaking hands in Busan.',
      'Xi Jinping signed up to a new trade framework with the United States.',
    ]) {
      expect(isBoilerplateSentence(line), line).toBe(false);
    }
  });
});
