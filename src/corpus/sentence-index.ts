// The corpus's inverted index over sentence concepts: postings kept sorted as articles come and
// go, concept frequencies for IDF weights, and each corpus sentence's character bigrams computed
// once. `Corpus.score` asks it for the candidate sentences of a new article's sentence.
import { INDEX_KEYS_PER_SENTENCE, MAX_POSTINGS_SCANNED } from '../align/align-sentences.js';
import type { ConceptWeights } from '../align/fact-concepts.js';
import { sentenceBigrams } from '../align/sentence-profile.js';
import type { PreparedSentence } from '../align/types.js';
import { compareIds } from '../input/validate-articles.js';
import type { BigramProfile } from '../text/bigrams.js';
import { smoothedIdf } from '../text/idf.js';

/** A corpus sentence found as a candidate: its article and its index there. */
export interface SentenceCandidate {
  articleId: string;
  sentenceIndex: number;
}

/**
 * Postings, frequencies and bigrams of the corpus's sentences. Postings are kept sorted
 * (code-unit order of the sentence refs): sampling a long posting in a fixed order keeps
 * scores independent of the order articles were added in, and an insertion costs one binary
 * search and one splice, not a re-sort.
 */
export class SentenceIndex {
  readonly #postings = new Map<string, string[]>();
  readonly #frequency = new Map<string, number>();
  /** Character bigrams of the corpus's sentences that were compared for copying, by sentence. */
  readonly #bigramsOf = new Map<PreparedSentence, BigramProfile>();
  #sentenceCount = 0;

  /** Adds (`sign` 1) or removes (`sign` −1) an article's sentences. */
  update(articleId: string, sentences: readonly PreparedSentence[], sign: 1 | -1): void {
    for (const sentence of sentences) {
      const ref = sentenceRef(articleId, sentence.sentenceIndex);
      this.#sentenceCount += sign;
      for (const concept of sentence.concepts) {
        this.#frequency.set(concept, (this.#frequency.get(concept) ?? 0) + sign);
        if (this.#frequency.get(concept) === 0) this.#frequency.delete(concept);
        const posting = this.#postings.get(concept) ?? [];
        const at = sortedPosition(posting, ref);
        if (sign > 0) {
          if (posting[at] !== ref) posting.splice(at, 0, ref);
        } else if (posting[at] === ref) posting.splice(at, 1);
        if (posting.length === 0) this.#postings.delete(concept);
        else this.#postings.set(concept, posting);
      }
      if (sign < 0) this.#bigramsOf.delete(sentence);
    }
  }

  /** The character bigrams of a corpus sentence, computed once (dropped when it is removed). */
  bigrams(sentence: PreparedSentence): BigramProfile {
    let profile = this.#bigramsOf.get(sentence);
    if (!profile) {
      profile = sentenceBigrams(sentence.text);
      this.#bigramsOf.set(sentence, profile);
    }
    return profile;
  }

  /**
   * Concept weights over the corpus as it is now (IDF, the scored sentence counted in), each
   * computed once per call: valid while no article is added or removed.
   */
  weights(): ConceptWeights {
    const count = this.#sentenceCount + 1;
    const known = new Map<string, number>();
    return {
      weight: (concept: string) => {
        let weight = known.get(concept);
        if (weight === undefined) {
          weight = smoothedIdf(count, this.#frequency.get(concept) ?? 0);
          known.set(concept, weight);
        }
        return weight;
      },
      frequency: (concept: string) => this.#frequency.get(concept) ?? 0,
    };
  }

  /**
   * The `limit` corpus sentences sharing the most weight of `sentence`'s rarest concepts (at
   * most {@link INDEX_KEYS_PER_SENTENCE} of them, each long posting sampled at a fixed
   * stride), best first; `skip`'s own sentences (an article scored again) left out.
   */
  candidates(
    sentence: PreparedSentence,
    weights: ConceptWeights,
    limit: number,
    skip: string | undefined,
  ): SentenceCandidate[] {
    const keys = sentence.concepts
      .filter((concept) => weights.frequency(concept) >= 1)
      .map((concept) => ({ concept, weight: weights.weight(concept) }))
      .sort((x, y) => y.weight - x.weight || compareIds(x.concept, y.concept))
      .slice(0, INDEX_KEYS_PER_SENTENCE);
    const accumulated = new Map<string, number>();
    for (const { concept, weight } of keys) {
      const posting = this.#postings.get(concept) ?? [];
      const stride = Math.ceil(posting.length / MAX_POSTINGS_SCANNED) || 1;
      for (let index = 0; index < posting.length; index += stride) {
        const ref = posting[index]!;
        if (skip !== undefined && isRefOf(ref, skip)) continue;
        accumulated.set(ref, (accumulated.get(ref) ?? 0) + weight);
      }
    }
    return topCandidates(accumulated, limit).map(([ref]) => parseSentenceRef(ref));
  }
}

/** Where `ref` is, or would go, in a list of ids sorted by `compareIds` (binary search). */
export function sortedPosition(posting: readonly string[], ref: string): number {
  let low = 0;
  let high = posting.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareIds(posting[middle]!, ref) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

// A sentence's key in the index: its position first, so an id may hold any character (NUL too).
function sentenceRef(articleId: string, sentenceIndex: number): string {
  return `${sentenceIndex}:${articleId}`;
}

/**
 * The `limit` best candidates, best first: highest accumulated weight, then sentence key in
 * code-unit order (the order a full sort gives), kept in a bounded sorted list instead of
 * sorting every candidate.
 */
function topCandidates(
  accumulated: ReadonlyMap<string, number>,
  limit: number,
): [string, number][] {
  const before = (x: [string, number], y: [string, number]) =>
    x[1] > y[1] || (x[1] === y[1] && compareIds(x[0], y[0]) < 0);
  const best: [string, number][] = [];
  for (const candidate of accumulated) {
    if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** Whether a sentence key belongs to the article `articleId` (without parsing it). */
function isRefOf(ref: string, articleId: string): boolean {
  return ref.endsWith(articleId) && ref.indexOf(':') === ref.length - articleId.length - 1;
}

function parseSentenceRef(ref: string): SentenceCandidate {
  const colon = ref.indexOf(':');
  return { sentenceIndex: Number(ref.slice(0, colon)), articleId: ref.slice(colon + 1) };
}
