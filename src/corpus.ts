// An incremental corpus: keep articles prepared, score a new one against them without redoing
// the rest, analyse the whole on demand, and round-trip through JSON.
import { ALIGN_THRESHOLD } from './align/align-sentences.js';
import { remapPersonConcepts } from './align/claim-concepts.js';
import { factScore } from './align/fact-concepts.js';
import type { PreparedSentence } from './align/types.js';
import type { Analysis, Contradiction, ReferenceDate, StaleFigure } from './analysis.js';
import {
  type AnalyzeOptions,
  type AnalyzeSettings,
  analyze,
  readAnalyzeOptions,
} from './analyze.js';
import {
  eventPlaceClaims,
  itineraryClaims,
  resolveRoleMentions,
  roleHolderClaims,
} from './consensus/build-claims.js';
import { agreementFor, type Claim } from './consensus/claims.js';
import { CorroborateError, describeType } from './errors.js';
import type { DateMention } from './extract/date-types.js';
import type { ArticleExtraction } from './extract/extract-cluster.js';
import { claimPersonKeys, clusterKeyMap } from './extract/person-coreference.js';
import { chooseReferenceDate, clusterReferenceDate } from './extract/reference-date.js';
import { MAX_ARTICLES } from './input/limits.js';
import {
  type ArticleInput,
  compareIds,
  type NormalizedArticle,
  validateArticle,
} from './input/validate-articles.js';
import { type CheckedRoleMention, checkRoleMentions } from './knowledge/stale-figures.js';
import { prepareArticles } from './pipeline/prepare.js';
import { agreementScore, type StatementCounts } from './score/agreement-score.js';

/** Format version of {@link CorpusJSON}; a corpus from a newer version is refused. */
export const CORPUS_FORMAT_VERSION = 1;

/** Options of {@link createCorpus}: those of `analyze`, kept for every later call. */
export type CorpusOptions = AnalyzeOptions;

/** What `Corpus.toJSON()` returns and `Corpus.fromJSON()` reads. */
export interface CorpusJSON {
  /** Marks the object as a serialised corpus; `fromJSON` refuses anything else. */
  format: 'corroborate-corpus';
  /** {@link CORPUS_FORMAT_VERSION} of the writer; `fromJSON` refuses newer versions. */
  version: number;
  /** The serialisable options (`asOf`, `algorithm`, `alignment`); a custom knowledge base is not stored. */
  options: {
    /** `options.asOf` as given (a `Date` as its UTC day, `YYYY-MM-DD`); absent when unset. */
    asOf?: string;
    /** The truth-discovery algorithm (`options.algorithm`); absent when unset. */
    algorithm?: string;
    /** A copy of the sentence-alignment options; absent when unset. */
    alignment?: AnalyzeOptions['alignment'];
  };
  /** The corpus's articles as they were added, sorted by id. */
  articles: ArticleInput[];
}

/** An existing article's sentence that states what a sentence of the scored article states. */
export interface CorpusMatch {
  /** Id of the existing article. */
  articleId: string;
  /** 0-based position of the matching sentence in that article. */
  sentenceIndex: number;
  /** The matching sentence, as written. */
  text: string;
  /** Fact score of the match (weighted Dice of concepts), from the alignment threshold to 1. */
  score: number;
}

/** How a new article compares with a corpus. */
export interface CorpusScore {
  /** Id of the scored article. */
  id: string;
  /** Agreement with the corpus, 0..1, computed as for `analyze` (see README, "Scores"). */
  score: number;
  /** The sentences and claims `score` is computed from, by outcome. */
  counts: StatementCounts;
  /** The date the article's claims are judged on (the corpus's consensus date if it has none). */
  referenceDate: ReferenceDate;
  /** People the article names in an office they did not hold on `referenceDate`; may be empty. */
  staleFigures: StaleFigure[];
  /** Claims of the new article that the corpus's majority contradicts. */
  contradictions: Contradiction[];
  /**
   * Existing articles that state at least one thing the new article states, or agree on a
   * claim. An article can be on both lists: it may confirm one claim and contradict another.
   */
  supportingArticles: string[];
  /** Existing articles on the other side of a contradiction. */
  contradictingArticles: string[];
  /** Per sentence of the new article (in order), the existing sentences that state the same thing. */
  matches: {
    /** 0-based position of the sentence in the scored article. */
    sentenceIndex: number;
    /** The sentence, as written. */
    text: string;
    /** Offset of the sentence in the article's original text. */
    start: number;
    /** Offset one past the sentence's last character. */
    end: number;
    /** Best match in each existing article, best first, at most 5; empty when none states it. */
    matches: CorpusMatch[];
  }[];
}

interface Entry {
  article: NormalizedArticle;
  /** Keys of the people the article names (bylines left out), for corpus-wide name resolution. */
  personKeys: string[];
  input: ArticleInput;
  sentences: PreparedSentence[];
  extraction: ArticleExtraction;
  claims: Claim[];
  ownDate: DateMention[];
}

// Candidates scored per sentence of a new article, and postings sampled per concept: the same
// bounds the aligner uses, so scoring stays O(sentences × candidates) however large the corpus.
const CANDIDATES_PER_SENTENCE = 24;
const POSTINGS_SCANNED = 400;
const KEYS_PER_SENTENCE = 8;
// Matches kept per sentence of a scored article, best first.
const MATCHES_KEPT = 5;

/**
 * A growing set of articles on one story. `add` and `remove` keep each article's sentences,
 * extraction and claims prepared, plus an inverted index over sentence concepts and a ledger
 * of claims, so `score(article)` compares one new article with everything in O(its sentences),
 * plus one pass over the corpus's person keys to resolve names ("President Biden" in one
 * article, "Joe Biden" in another), without re-analysing the corpus. `analyze()` runs the full
 * pipeline over the current articles.
 */
export class Corpus {
  readonly #settings: AnalyzeSettings;
  readonly #options: CorpusOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #postings = new Map<string, Set<string>>();
  // Sorted copies of postings, made on first use after a change: sampling a long posting in a
  // fixed order keeps scores independent of the order articles were added in.
  readonly #sortedPostings = new Map<string, string[]>();
  readonly #frequency = new Map<string, number>();
  readonly #ledger = new Map<string, Map<string | number, Set<string>>>();
  #sentenceCount = 0;

  constructor(articles: readonly ArticleInput[] = [], options: CorpusOptions = {}) {
    this.#settings = readAnalyzeOptions(options, 'createCorpus');
    this.#options = options;
    if (!Array.isArray(articles)) {
      throw new CorroborateError(
        'INVALID_ARTICLES',
        `articles must be an array of { id, text } objects, but it is ${describeType(articles)}.`,
        { field: 'articles', expected: 'array', received: describeType(articles) },
      );
    }
    if (articles.length > MAX_ARTICLES) {
      throw new CorroborateError(
        'LIMIT_EXCEEDED',
        `articles has ${articles.length} entries; a corpus holds at most ${MAX_ARTICLES}.`,
        { field: 'articles', limit: MAX_ARTICLES, received: articles.length },
      );
    }
    for (const article of articles) this.add(article);
  }

  /** Rebuilds a corpus from {@link Corpus.toJSON} output. Throws `INVALID_STATE` on anything else. */
  static fromJSON(json: unknown, options: Pick<CorpusOptions, 'knowledge'> = {}): Corpus {
    const value = typeof json === 'string' ? parseJson(json) : json;
    if (
      value === null ||
      typeof value !== 'object' ||
      (value as CorpusJSON).format !== 'corroborate-corpus'
    ) {
      throw new CorroborateError(
        'INVALID_STATE',
        'not a corroborate corpus: expected the object (or JSON text) that Corpus.toJSON() returns.',
        { field: 'format', expected: 'corroborate-corpus' },
      );
    }
    const { version, articles, options: stored } = value as CorpusJSON;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new CorroborateError(
        'INVALID_STATE',
        `corpus version must be a positive integer, but it is ${String(version)}.`,
        { field: 'version', expected: 'positive integer' },
      );
    }
    if (version > CORPUS_FORMAT_VERSION) {
      throw new CorroborateError(
        'INVALID_STATE',
        `this corpus was written by a newer corroborate (format version ${version}); this version reads up to ${CORPUS_FORMAT_VERSION}. Upgrade corroborate.`,
        { field: 'version', limit: CORPUS_FORMAT_VERSION, received: version },
      );
    }
    if (!Array.isArray(articles)) {
      throw new CorroborateError('INVALID_STATE', 'corpus.articles must be an array of articles.', {
        field: 'articles',
        expected: 'array',
      });
    }
    // Only the options toJSON writes are read back; anything else in a state is ignored.
    const { asOf, algorithm, alignment } = (stored ?? {}) as CorpusOptions;
    const restored: CorpusOptions = {};
    if (asOf !== undefined) restored.asOf = asOf;
    if (algorithm !== undefined) restored.algorithm = algorithm;
    if (alignment !== undefined) restored.alignment = alignment;
    if (options.knowledge) restored.knowledge = options.knowledge;
    return new Corpus(articles, restored);
  }

  /** Number of articles. */
  get size(): number {
    return this.#entries.size;
  }

  /** Article ids, sorted. */
  ids(): string[] {
    return [...this.#entries.keys()].sort(compareIds);
  }

  /** Whether an article with this id is in the corpus. */
  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /** Adds one article (validated; `DUPLICATE_ID` if its id is taken). Costs O(its length). */
  add(article: ArticleInput): this {
    const normalized = validateArticle(article, this.#entries.size);
    if (this.#entries.has(normalized.id)) {
      throw new CorroborateError(
        'DUPLICATE_ID',
        `the corpus already has an article with id ${JSON.stringify(normalized.id)}; remove it first or use another id.`,
        { id: normalized.id },
      );
    }
    if (this.#entries.size >= MAX_ARTICLES) {
      throw new CorroborateError(
        'LIMIT_EXCEEDED',
        `a corpus holds at most ${MAX_ARTICLES} articles.`,
        { field: 'articles', limit: MAX_ARTICLES },
      );
    }
    const entry = this.#prepare(normalized, article);
    this.#entries.set(normalized.id, entry);
    this.#index(entry, +1);
    return this;
  }

  /** Removes an article; returns whether it was there. */
  remove(id: string): boolean {
    const entry = this.#entries.get(id);
    if (!entry) return false;
    this.#index(entry, -1);
    this.#entries.delete(id);
    return true;
  }

  /**
   * Scores an article against the corpus without adding it: which existing sentences state
   * what it states, which of its claims the corpus's majority contradicts, its stale figures,
   * and an agreement score. An article whose id is in the corpus is compared with the others.
   */
  score(article: ArticleInput): CorpusScore {
    const normalized = validateArticle(article);
    const entry = this.#prepare(normalized, article);
    const self = normalized.id;
    const supporting = new Set<string>();
    const contradicting = new Set<string>();
    const counts: StatementCounts = {
      corroborated: 0,
      contradicted: 0,
      uncorroborated: 0,
      unchecked: 0,
    };

    // Names resolved across the corpus and the new article, as analyze resolves a cluster.
    const keyMap = clusterKeyMap([
      entry.personKeys,
      ...[...this.#entries.values()]
        .filter((other) => other.article.id !== self)
        .map((other) => other.personKeys),
    ]);
    const matches = entry.sentences.map((sentence) => {
      const found = this.#match(sentence, self, keyMap);
      if (found.length > 0) counts.corroborated++;
      else counts.uncorroborated++;
      for (const match of found) supporting.add(match.articleId);
      return {
        sentenceIndex: sentence.sentenceIndex,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        matches: found,
      };
    });

    const referenceDate = this.#referenceDate(entry, self);
    const checked = checkRoleMentions(
      normalized.text,
      entry.sentences,
      entry.extraction.roleMentions,
      this.#settings.knowledge,
      referenceDate,
      entry.ownDate,
    );
    counts.unchecked += checked.checked.filter(
      (check) => check.verdict.status === 'unchecked',
    ).length;
    const claims = this.#claimsOf(normalized, entry.sentences, entry.extraction, checked.checked);
    const staleSpans = checked.staleFigures.map((figure) => [figure.start, figure.end] as const);
    const contradictions: Contradiction[] = [];
    for (const claim of claims) {
      const values =
        claim.kind === 'itinerary'
          ? this.#itineraryLedger(claim.object, self)
          : this.#ledger.get(claim.object);
      const others = new Map<string | number, string[]>();
      for (const [value, ids] of values ?? []) {
        const list = [...ids].filter((id) => id !== self);
        if (list.length > 0) others.set(value, list.sort(compareIds));
      }
      const speakers = new Set([...others.values()].flat());
      if (speakers.size === 0) {
        counts.uncorroborated++;
        continue;
      }
      const agree = agreementFor(claim.kind);
      const agreeing = [...others]
        .filter(([value]) => agree(value, claim.value))
        .flatMap(([, ids]) => ids);
      const best = [...others].sort(
        (x, y) => y[1].length - x[1].length || compareIds(String(x[0]), String(y[0])),
      )[0]!;
      if (agreeing.length > 0) {
        counts.corroborated++;
        for (const id of agreeing) supporting.add(id);
        continue;
      }
      // Disagreement counts only against a clear majority of at least two articles.
      const majority = best[1].length >= 2 && best[1].length >= (2 / 3) * speakers.size;
      if (!majority) {
        counts.unchecked++;
        continue;
      }
      for (const id of best[1]) contradicting.add(id);
      contradictions.push({
        claim: claim.label,
        object: claim.object,
        kind: claim.kind,
        value: claim.kind === 'itinerary' ? claim.value : claim.display,
        consensus: String(best[0]),
        supportingSources: best[1],
        independentSupport: best[1].length,
        consensusShare: Math.round((best[1].length / speakers.size) * 1000) / 1000,
        strength: 'clear-majority',
        sentence: claim.evidence.sentence,
        sentenceIndex: claim.evidence.sentenceIndex,
        start: claim.evidence.start,
        end: claim.evidence.end,
      });
      if (!staleSpans.some(([s, e]) => claim.evidence.start < e && s < claim.evidence.end))
        counts.contradicted++;
    }
    counts.contradicted += checked.staleFigures.length;
    return {
      id: self,
      score: agreementScore(counts),
      counts,
      referenceDate,
      staleFigures: checked.staleFigures,
      contradictions: contradictions.sort(
        (x, y) => x.start - y.start || compareIds(x.object, y.object),
      ),
      supportingArticles: [...supporting].sort(compareIds),
      contradictingArticles: [...contradicting].sort(compareIds),
      matches,
    };
  }

  /** Runs the full `analyze` pipeline over the corpus's current articles. */
  analyze(): Analysis {
    if (this.#entries.size === 0) {
      throw new CorroborateError(
        'NO_ARTICLES',
        'the corpus is empty; add articles before analysing it.',
        { field: 'articles', received: 0 },
      );
    }
    return analyze(
      this.ids().map((id) => this.#entries.get(id)!.input),
      this.#options,
    );
  }

  /** A plain object with a format version, for `JSON.stringify` and {@link Corpus.fromJSON}. */
  toJSON(): CorpusJSON {
    const { asOf, algorithm, alignment } = this.#options;
    const options: CorpusJSON['options'] = {};
    if (asOf !== undefined)
      options.asOf = typeof asOf === 'string' ? asOf : asOf.toISOString().slice(0, 10);
    if (algorithm !== undefined) options.algorithm = algorithm;
    if (alignment !== undefined) options.alignment = { ...alignment };
    return {
      format: 'corroborate-corpus',
      version: CORPUS_FORMAT_VERSION,
      options,
      articles: this.ids().map((id) => copyArticle(this.#entries.get(id)!.input)),
    };
  }

  #prepare(article: NormalizedArticle, input: ArticleInput): Entry {
    const { sentences, extraction } = prepareArticles([article], this.#settings.knowledge)[0]!;
    const ownDate = extraction.statedDates;
    const referenceDate = chooseReferenceDate(
      article.publishedAt ? { publishedAt: article.publishedAt } : {},
      ownDate,
      { asOf: this.#settings.asOf, sentences: sentences! },
    );
    const checked = checkRoleMentions(
      article.text,
      sentences,
      extraction.roleMentions,
      this.#settings.knowledge,
      referenceDate,
      ownDate,
    );
    return {
      article,
      personKeys: claimPersonKeys(extraction.people),
      input: copyArticle(input),
      sentences,
      extraction,
      claims: this.#claimsOf(article, sentences, extraction, checked.checked),
      ownDate,
    };
  }

  #claimsOf(
    article: NormalizedArticle,
    sentences: readonly PreparedSentence[],
    extraction: ArticleExtraction,
    checked: readonly CheckedRoleMention[],
  ): Claim[] {
    const input = { articleId: article.id, text: article.text, sentences };
    const countries = new Map<string, string>();
    for (const stop of extraction.itinerary) countries.set(stop.countryCode, stop.country);
    for (const object of this.#ledger.keys()) {
      if (!object.startsWith('itinerary:')) continue;
      const code = object.slice('itinerary:'.length);
      if (!countries.has(code)) countries.set(code, this.#countryNames.get(code) ?? code);
    }
    const allCountries = [...countries]
      .map(([code, name]) => ({ code, name }))
      .sort((x, y) => compareIds(x.code, y.code));
    return [
      ...roleHolderClaims(input, resolveRoleMentions(checked, this.#settings.knowledge)),
      // Without the whole cluster there are no protagonists to leave out: every participant keys.
      ...eventPlaceClaims(input, extraction.eventSlots, new Set(), (key) => key),
      ...itineraryClaims(input, extraction.itinerary, allCountries).filter(
        (claim) => claim.value === 'included',
      ),
    ];
  }

  /**
   * What the corpus says about one country as a stop: articles that list it, and articles
   * whose list sentence (see `itineraryClaims`) leaves it out.
   */
  #itineraryLedger(object: string, self: string): Map<string | number, Set<string>> {
    const code = object.slice('itinerary:'.length);
    const included = new Set<string>();
    const excluded = new Set<string>();
    for (const [id, entry] of this.#entries) {
      if (id === self) continue;
      if (entry.extraction.itinerary.some((stop) => stop.countryCode === code)) included.add(id);
      else if (listsTrip(entry)) excluded.add(id);
    }
    const ledger = new Map<string | number, Set<string>>();
    if (included.size > 0) ledger.set('included', included);
    if (excluded.size > 0) ledger.set('not included', excluded);
    return ledger;
  }

  readonly #countryNames = new Map<string, string>();

  #index(entry: Entry, sign: 1 | -1): void {
    for (const sentence of entry.sentences) {
      const ref = sentenceRef(entry.article.id, sentence.sentenceIndex);
      this.#sentenceCount += sign;
      for (const concept of sentence.concepts) {
        this.#frequency.set(concept, (this.#frequency.get(concept) ?? 0) + sign);
        if (this.#frequency.get(concept) === 0) this.#frequency.delete(concept);
        this.#sortedPostings.delete(concept);
        const posting = this.#postings.get(concept) ?? new Set<string>();
        if (sign > 0) posting.add(ref);
        else posting.delete(ref);
        if (posting.size === 0) this.#postings.delete(concept);
        else this.#postings.set(concept, posting);
      }
    }
    for (const stop of entry.extraction.itinerary)
      this.#countryNames.set(stop.countryCode, stop.country);
    for (const claim of entry.claims) {
      const values = this.#ledger.get(claim.object) ?? new Map<string | number, Set<string>>();
      const ids = values.get(claim.value) ?? new Set<string>();
      if (sign > 0) ids.add(entry.article.id);
      else ids.delete(entry.article.id);
      if (ids.size === 0) values.delete(claim.value);
      else values.set(claim.value, ids);
      if (values.size === 0) this.#ledger.delete(claim.object);
      else this.#ledger.set(claim.object, values);
    }
  }

  #sortedPosting(concept: string): string[] {
    let sorted = this.#sortedPostings.get(concept);
    if (!sorted) {
      sorted = [...(this.#postings.get(concept) ?? [])].sort(compareIds);
      this.#sortedPostings.set(concept, sorted);
    }
    return sorted;
  }

  #weights() {
    const count = this.#sentenceCount + 1;
    return {
      weight: (concept: string) =>
        Math.log((count + 1) / ((this.#frequency.get(concept) ?? 0) + 1)) + 1,
      frequency: (concept: string) => this.#frequency.get(concept) ?? 0,
    };
  }

  /**
   * The existing sentences that state what `sentence` (of the article being scored) states;
   * person keys on both sides go through `keyMap` before the comparison.
   */
  #match(
    sentence: PreparedSentence,
    self: string,
    keyMap: ReadonlyMap<string, string>,
  ): CorpusMatch[] {
    // Candidates come from the index, which holds each article's own keys; the comparison
    // itself is made in the corpus-wide key space.
    const mine = remapPersonConcepts(sentence.concepts, keyMap);
    const weights = this.#weights();
    const keys = sentence.concepts
      .filter((concept) => weights.frequency(concept) >= 1)
      .map((concept) => ({ concept, weight: weights.weight(concept) }))
      .sort((x, y) => y.weight - x.weight || compareIds(x.concept, y.concept))
      .slice(0, KEYS_PER_SENTENCE);
    const accumulated = new Map<string, number>();
    for (const { concept, weight } of keys) {
      const posting = this.#sortedPosting(concept);
      const stride = Math.ceil(posting.length / POSTINGS_SCANNED) || 1;
      for (let index = 0; index < posting.length; index += stride) {
        const ref = posting[index]!;
        if (parseSentenceRef(ref).articleId === self) continue;
        accumulated.set(ref, (accumulated.get(ref) ?? 0) + weight);
      }
    }
    const candidates = [...accumulated]
      .sort((x, y) => y[1] - x[1] || compareIds(x[0], y[0]))
      .slice(0, CANDIDATES_PER_SENTENCE);
    const bestPerArticle = new Map<string, CorpusMatch>();
    for (const [ref] of candidates) {
      const { articleId, sentenceIndex } = parseSentenceRef(ref);
      const other = this.#entries.get(articleId)!.sentences[sentenceIndex]!;
      const score = factScore(mine, remapPersonConcepts(other.concepts, keyMap), weights);
      const threshold = this.#settings.alignment.threshold ?? ALIGN_THRESHOLD;
      if (score < threshold) continue;
      const current = bestPerArticle.get(articleId);
      if (!current || score > current.score) {
        bestPerArticle.set(articleId, {
          articleId,
          sentenceIndex: other.sentenceIndex,
          text: other.text,
          score: Math.round(score * 1e6) / 1e6,
        });
      }
    }
    return [...bestPerArticle.values()]
      .sort((x, y) => y.score - x.score || compareIds(x.articleId, y.articleId))
      .slice(0, MATCHES_KEPT);
  }

  #referenceDate(entry: Entry, self: string): ReferenceDate {
    const others = [...this.#entries.values()].filter((other) => other.article.id !== self);
    const cluster = clusterReferenceDate(
      others.map((other) => ({
        ...(other.article.publishedAt ? { publishedAt: other.article.publishedAt } : {}),
        dates: other.ownDate,
        sentences: other.sentences,
      })),
      { asOf: this.#settings.asOf },
    );
    return chooseReferenceDate(
      entry.article.publishedAt ? { publishedAt: entry.article.publishedAt } : {},
      entry.ownDate,
      { clusterDate: cluster.date, asOf: this.#settings.asOf, sentences: entry.sentences },
    );
  }
}

/**
 * Creates a corpus, optionally with articles (see {@link Corpus}).
 *
 * @example
 * ```ts
 * const corpus = createCorpus(existingArticles);
 * const result = corpus.score(newArticle); // { score, staleFigures, contradictions, supportingArticles, … }
 * corpus.add(newArticle);
 * ```
 */
export function createCorpus(
  articles: readonly ArticleInput[] = [],
  options: CorpusOptions = {},
): Corpus {
  return new Corpus(articles, options);
}

// A sentence's key in the index: its position first, so an id may hold any character (NUL too).
function sentenceRef(articleId: string, sentenceIndex: number): string {
  return `${sentenceIndex}:${articleId}`;
}

function parseSentenceRef(ref: string): { articleId: string; sentenceIndex: number } {
  const colon = ref.indexOf(':');
  return { sentenceIndex: Number(ref.slice(0, colon)), articleId: ref.slice(colon + 1) };
}

// Whether an article has a list sentence: one sentence naming two or more countries as stops.
function listsTrip(entry: Entry): boolean {
  const bySentence = new Map<number, Set<string>>();
  for (const stop of entry.extraction.itinerary) {
    const set = bySentence.get(stop.sentenceIndex) ?? new Set<string>();
    set.add(stop.countryCode);
    bySentence.set(stop.sentenceIndex, set);
  }
  return [...bySentence.values()].some((set) => set.size >= 2);
}

function copyArticle(article: ArticleInput): ArticleInput {
  const copy: ArticleInput = { id: article.id, text: article.text };
  if (article.source !== undefined && article.source !== null) copy.source = article.source;
  if (article.title !== undefined && article.title !== null) copy.title = article.title;
  if (article.url !== undefined && article.url !== null) copy.url = article.url;
  if (article.publishedAt !== undefined && article.publishedAt !== null) {
    copy.publishedAt =
      article.publishedAt instanceof Date ? article.publishedAt.toISOString() : article.publishedAt;
  }
  return copy;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CorroborateError(
      'INVALID_STATE',
      'the corpus JSON text does not parse; pass what Corpus.toJSON() returned.',
      { field: 'json', expected: 'JSON text' },
    );
  }
}
