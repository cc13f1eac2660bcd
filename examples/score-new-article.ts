// Keep a corpus of articles you already have and score each new one as it arrives.
import { type ArticleInput, createCorpus } from 'corroborate';

export function scoreArrival(existing: ArticleInput[], arrival: ArticleInput) {
  const corpus = createCorpus(existing);
  const result = corpus.score(arrival); // compares without adding
  corpus.add(arrival); // keep it for the next arrival
  return {
    score: result.score,
    staleFigures: result.staleFigures.map(
      (figure) => `${figure.person} (${figure.role}): held by ${figure.holderOnDate}`,
    ),
    contradictions: result.contradictions.map((c) => `${c.claim}: ${c.value} ≠ ${c.consensus}`),
    supportedBy: result.supportingArticles,
    contradictedBy: result.contradictingArticles,
    saved: JSON.stringify(corpus), // Corpus.fromJSON(saved) restores it
  };
}
