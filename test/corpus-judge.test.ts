// One judge: Corpus.score says about an article what analyze says about it in the same cluster,
// up to the documented differences (see the README, "Corpus.score and analyze").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArticleInput, analyze, type Contradiction, createCorpus } from '../src/index.js';

// Sentences built from office holders and places, full names only (a corpus resolves short
// names against the corpus, analyze within the cluster), no figures or dates (analyze's claims
// read off aligned groups have no counterpart in a corpus).
const CHANCELLORS = ['Friedrich Merz', 'Olaf Scholz'];
const PRIME_MINISTERS = ['Sanae Takaichi', 'Fumio Kishida'];
const CITIES = ['Busan', 'Beijing', 'Tokyo'];
const STOPS = ['Malaysia, Japan and South Korea', 'Malaysia, Japan and the Philippines'];

const sentence = fc.oneof(
  fc
    .constantFrom(...CHANCELLORS)
    .map((name) => `German Chancellor ${name} welcomed the agreement in a statement.`),
  fc
    .constantFrom(...PRIME_MINISTERS)
    .map((name) => `Japanese Prime Minister ${name} hosted a dinner for the visiting delegation.`),
  fc
    .constantFrom(...CITIES)
    .map((city) => `President Donald Trump will meet Chinese President Xi Jinping in ${city}.`),
  fc.constantFrom(...STOPS).map((stops) => `The trip includes stops in ${stops}.`),
  fc.constant('Officials said the talks would focus on trade and security.'),
);

const story = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 5 })
  .map((articles) =>
    articles.map(
      (sentences, index): ArticleInput => ({
        id: `a${index}`,
        text: sentences.join(' '),
        publishedAt: '2025-10-26',
      }),
    ),
  );

/** A contradiction as both entry points must agree on it. */
function essence(contradiction: Contradiction) {
  const { object, value, consensus, strength, supportingSources, start, end } = contradiction;
  return { object, value, consensus, strength, supportingSources, start, end };
}

// Objects of claims analyze reads off aligned groups (`event-place:g3`): not made by a corpus.
const GROUP_OBJECT = /:g\d+$/;

describe('Corpus.score and analyze judge alike', () => {
  it('gives an article the stale figures and contradictions analyze gives it in the same cluster', () => {
    fc.assert(
      fc.property(story, (articles) => {
        const scored = articles.at(-1)!;
        const analysis = analyze(articles);
        // A documented difference: a corpus measures no relatedness, so an article analyze
        // sets aside as `unrelated` still weighs in its consensus. Such stories are skipped.
        fc.pre(analysis.articles.every((article) => !article.flags.includes('unrelated')));
        const corpus = createCorpus(articles.slice(0, -1));
        const result = corpus.score(scored);
        const report = analysis.articles.find((article) => article.id === scored.id)!;
        expect(result.staleFigures).toEqual(report.staleFigures);
        expect(result.contradictions.map(essence)).toEqual(
          report.contradictions
            .filter((contradiction) => !GROUP_OBJECT.test(contradiction.object))
            .map(essence),
        );
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});

describe('Corpus.score: the documented differences', () => {
  const article = (id: string, text: string): ArticleInput => ({
    id,
    text,
    publishedAt: '2024-06-15',
  });
  const cluster = [
    article('a', 'G7 leaders agreed to lend Ukraine $60 billion backed by frozen Russian assets.'),
    article(
      'b',
      'Ukraine will receive a $60 billion loan from the G7, repaid from Russian assets.',
    ),
    article('c', 'The G7 loan to Ukraine, worth $60 billion, is backed by frozen Russian assets.'),
  ];
  const odd = article(
    'd',
    'G7 leaders agreed to lend Ukraine $90 billion backed by Russian assets.',
  );

  it('does not judge the figures analyze reads off aligned groups', () => {
    const report = analyze([...cluster, odd]).articles.find((article) => article.id === 'd')!;
    expect(report.contradictions.map((contradiction) => contradiction.kind)).toContain('quantity');
    expect(createCorpus(cluster).score(odd).contradictions).toEqual([]);
  });

  it('leaves out an article not in English, with the reason, as analyze does', () => {
    const german: ArticleInput = {
      id: 'de',
      text: 'Die Staats- und Regierungschefs haben sich am Samstag in Apulien auf ein Darlehen für die Ukraine geeinigt, das aus den Erträgen eingefrorener russischer Vermögen zurückgezahlt wird.',
    };
    const result = createCorpus(cluster).score(german);
    const report = analyze([...cluster, german]).articles.find((article) => article.id === 'de')!;
    expect(result.notAnalysable).toBe(report.notAnalysable);
    expect(result.score).toBe(report.score);
    expect(result.matches.every((sentence) => sentence.matches.length === 0)).toBe(true);
    // And a corpus article not in English weighs nothing in the consensus.
    const withGerman = createCorpus([...cluster, german]);
    expect(withGerman.score(odd).counts).toEqual(createCorpus(cluster).score(odd).counts);
  });
});
