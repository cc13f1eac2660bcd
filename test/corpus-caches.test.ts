// The corpus's caches (copy detection, claims, cluster members) follow every add and remove:
// a corpus that was built in another order, or went through removals and re-additions, scores
// an article exactly as a corpus freshly built from the same articles.
import { describe, expect, it } from 'vitest';
import { generateLabelledCorpus } from '../bench/synthetic-corpus.js';
import { type ArticleInput, createCorpus } from '../src/index.js';

// Short articles with syndicated copies among them (the generator plants copies), plus an exact
// duplicate under another id and an article scored again under its own id.
const { articles, labels } = generateLabelledCorpus({
  articles: 20,
  seed: 5,
  sentencesPerArticle: [6, 9],
});
const corpusArticles = articles.slice(0, 16);
const duplicate: ArticleInput = { ...corpusArticles[3]!, id: 'zz-duplicate' };
const scored: ArticleInput[] = [
  ...articles.slice(16),
  corpusArticles[7]!,
  { ...corpusArticles[3]!, id: 'new-copy-of-3' },
];

describe('Corpus caches', () => {
  it('the generated corpus has copies to detect', () => {
    expect(labels.slice(0, 16).some((label) => label.copyOf !== undefined)).toBe(true);
  });

  it('score the same whatever the order of adds and removes', () => {
    const fresh = createCorpus([...corpusArticles, duplicate]);
    const expected = scored.map((article) => fresh.score(article));

    const reversed = createCorpus([duplicate, ...[...corpusArticles].reverse()]);
    expect(scored.map((article) => reversed.score(article))).toEqual(expected);

    // Remove the original of the duplicate, then an article that others copy, score (the
    // caches must follow), then put both back.
    const churned = createCorpus([...corpusArticles, duplicate]);
    const copied = labels.find(
      (label) => label.copyOf !== undefined && label.copyOf !== corpusArticles[3]!.id,
    )!.copyOf!;
    churned.remove(corpusArticles[3]!.id);
    churned.remove(copied);
    const without = createCorpus(
      [...corpusArticles, duplicate].filter(
        (a) => a.id !== corpusArticles[3]!.id && a.id !== copied,
      ),
    );
    expect(churned.score(scored[0]!)).toEqual(without.score(scored[0]!));
    churned.add(corpusArticles[3]!);
    churned.add(corpusArticles.find((article) => article.id === copied)!);
    expect(scored.map((article) => churned.score(article))).toEqual(expected);
  });

  it('follow the members and the claim context through every change', () => {
    const story = (id: string, ...sentences: string[]): ArticleInput => ({
      id,
      text: sentences.join(' '),
      publishedAt: '2025-10-26',
    });
    const host =
      'Japanese Prime Minister Sanae Takaichi hosted a dinner for the visiting delegation.';
    const trip = 'The trip includes stops in Malaysia, Japan and South Korea.';
    const talks = 'President Donald Trump will meet Chinese President Xi Jinping in Busan.';
    const pool = [
      story('a', host, trip, talks),
      story('b', host, talks, 'Officials said the talks would focus on trade and security.'),
      story('c', trip, talks),
      // Same text as a: the original is a (first id); z takes its place when a leaves.
      story('z', host, trip, talks),
      story('d', host, 'The trip includes stops in Malaysia, Japan and the Philippines.'),
    ];
    const probes = [
      story(
        'x1',
        'Japanese Prime Minister Fumio Kishida hosted a dinner for the visiting delegation.',
      ),
      // A stop no corpus article names: every article with a list of stops now leaves it out.
      story('x2', 'The trip includes stops in Malaysia, Japan and Vietnam.', talks),
      story(
        'x3',
        trip,
        'President Donald Trump will meet Chinese President Xi Jinping in Beijing.',
      ),
      pool[0]!,
    ];
    const corpus = createCorpus();
    const present = new Map<string, ArticleInput>();
    const steps: [string, ArticleInput?][] = [
      ['add', pool[0]],
      ['add', pool[3]],
      ['add', pool[1]],
      ['add', pool[2]],
      ['remove', pool[0]],
      ['add', pool[4]],
      ['add', pool[0]],
      ['remove', pool[3]],
      ['remove', pool[2]],
    ];
    for (const [action, article] of steps) {
      if (action === 'add') {
        corpus.add(article!);
        present.set(article!.id, article!);
      } else {
        corpus.remove(article!.id);
        present.delete(article!.id);
      }
      const fresh = createCorpus([...present.values()]);
      for (const probe of probes) expect(corpus.score(probe)).toEqual(fresh.score(probe));
    }
  });
});
