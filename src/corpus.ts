// An incremental corpus: keep articles prepared, score a new one against them without redoing
// the rest, analyse the whole on demand, and round-trip through JSON.
import { ALIGN_THRESHOLD } from './align/align-sentences.js';
import { remapPersonConcepts } from './align/claim-concepts.js';
import { type ConceptWeights, factScore } from './align/fact-concepts.js';
import { sentenceBigrams } from './align/sentence-profile.js';
import type { PreparedSentence } from './align/types.js';
import type { Analysis, ReferenceDate } from './analysis.js';
import { type AnalyzeSettings, analyze, readAnalyzeOptions } from './analyze.js';
import { type ClaimContext, claimContext, sourceClaims } from './consensus/article-claims.js';
import { agreementFor, type Claim } from './consensus/claims.js';
import { computeConsensus, sourceTrust } from './consensus/consensus.js';
import {
  type ArticlePairScore,
  isBoilerplateSentence,
  NEAR_VERBATIM_SCORE,
} from './consensus/copy-clusters.js';
import { CopyIndex, copyProfile } from './consensus/copy-index.js';
import { judgeClaims, MIN_CONSENSUS_SOURCES } from './consensus/judge.js';
import {
  claimInputs,
  claimSource,
  copyArticle,
  copyMember,
  type Entry,
  notAnalysableScore,
} from './corpus/entry.js';
import { SentenceIndex, sortedPosition } from './corpus/sentence-index.js';
import {
  CORPUS_FORMAT_VERSION,
  type CorpusJSON,
  type CorpusMatch,
  type CorpusOptions,
  type CorpusScore,
} from './corpus/types.js';
import { CorroborateError, describeType } from './errors.js';
import { claimPersonKeys, clusterKeyMap } from './extract/person-coreference.js';
import { chooseReferenceDate, clusterReferenceDate } from './extract/reference-date.js';
import { detectLanguage } from './input/detect-language.js';
import { MAX_ARTICLES } from './input/limits.js';
import { readOptions, readProgressOptions } from './input/read-options.js';
import {
  type ArticleInput,
  compareIds,
  type NormalizedArticle,
  validateArticle,
} from './input/validate-articles.js';
import { checkRoleMentions } from './knowledge/stale-figures.js';
import { articlePriors } from './ledger/article-priors.js';
import { prepareArticles } from './pipeline/prepare.js';
import { type ProgressOptions, Work } from './progress.js';
import { agreementScore, type StatementCounts } from './score/agreement-score.js';
import { type BigramProfile, diceCoefficient } from './text/bigrams.js';

export {
  CORPUS_FORMAT_VERSION,
  type CorpusJSON,
  type CorpusMatch,
  type CorpusOptions,
  type CorpusScore,
} from './corpus/types.js';

// Matches kept per sentence of a scored article, best first.
const MATCHES_KEPT = 5;

/**
 * A growing set of articles on one story. `add` and `remove` keep each article prepared
 * (sentences, extraction, role checks, copy profile), an inverted index over sentence
 * concepts, and the corpus's copy detection (`consensus/copy-index.ts`), so `score(article)`
 * matches a new article's sentences in O(its sentences), finds its copies from the pairs it
 * makes, and judges its claims with analyze's own judge (`consensus/judge.ts`) in one pass
 * over the corpus's claims (each article's own rebuilt only when what they read of the cluster
 * changes), plus one pass over its person keys to resolve names ("President Biden" in one
 * article, "Joe Biden" in another), without re-analysing the corpus. All caches belong to
 * the instance. `analyze()` runs the full pipeline over the current articles.
 */
export class Corpus {
  readonly #settings: AnalyzeSettings;
  readonly #options: CorpusOptions;
  readonly #entries = new Map<string, Entry>();
  /** The inverted index over the corpus's sentence concepts (see `corpus/sentence-index.ts`). */
  readonly #index = new SentenceIndex();
  /**
   * Copy detection among the articles a scored article is weighed against (the members: see
   * `#isMember`), kept up to date by `add` and `remove`, with each article's near-verbatim
   * sentence pairs with the articles added before it.
   */
  readonly #copies = new CopyIndex();
  /** Analysable articles by their text (when not blank), ids sorted: the first is the member. */
  readonly #byText = new Map<string, string[]>();
  /** The members sorted by id; null when an `add` or `remove` changed them. */
  #members: Entry[] | null = null;

  constructor(articles: readonly ArticleInput[] = [], options: CorpusOptions = {}) {
    this.#settings = readAnalyzeOptions(options, 'createCorpus');
    const work = Work.of(
      readProgressOptions((options ?? {}) as Record<string, unknown>, 'createCorpus'),
    );
    work.check();
    const { onProgress: _onProgress, signal: _signal, ...kept } = options ?? {};
    this.#options = kept;
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
    work.start('prepare', articles.length);
    for (const [index, article] of articles.entries()) {
      this.#add(article);
      work.tick(index + 1);
    }
    work.end();
  }

  /**
   * Rebuilds a corpus from {@link Corpus.toJSON} output, with the knowledge base and source
   * ledger given here (neither is stored); `onProgress` and `signal` apply to the rebuild.
   * Throws `INVALID_STATE` on anything else.
   */
  static fromJSON(
    json: unknown,
    options: Pick<CorpusOptions, 'knowledge' | 'ledger' | 'onProgress' | 'signal'> = {},
  ): Corpus {
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
    if (options.ledger) restored.ledger = options.ledger;
    if (options.onProgress !== undefined) restored.onProgress = options.onProgress;
    if (options.signal !== undefined) restored.signal = options.signal;
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

  /**
   * Adds one article (validated; `DUPLICATE_ID` if its id is taken). Costs O(its length) plus
   * one index look-up per sentence (its near-verbatim pairs, for copy detection). Reports the
   * `prepare` stage (1 article) to `options.onProgress`; `options.signal` cancels it (`ABORTED`,
   * the corpus unchanged).
   */
  add(article: ArticleInput, options?: ProgressOptions): this {
    const work = workOf(options, 'Corpus.add');
    work.start('prepare', 1);
    this.#add(article, work);
    work.end();
    return this;
  }

  #add(article: ArticleInput, work: Work = Work.none): void {
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
    // Near-verbatim sentences shared with the articles already here, for copy detection; the
    // articles added later find their pairs with this one themselves.
    const near: ArticlePairScore[] = [];
    const weights = this.#index.weights();
    for (const sentence of entry.sentences)
      this.#match(sentence, normalized.id, new Map(), near, weights);
    // The last check: past it the article is added whole, before it nothing has changed.
    work.check();
    this.#entries.set(normalized.id, entry);
    this.#index.update(normalized.id, entry.sentences, +1);
    this.#join(entry, near);
  }

  /** Removes an article; returns whether it was there. */
  remove(id: string): boolean {
    const entry = this.#entries.get(id);
    if (!entry) return false;
    this.#index.update(id, entry.sentences, -1);
    this.#entries.delete(id);
    this.#leave(entry);
    return true;
  }

  /**
   * Scores an article against the corpus without adding it: which existing sentences state
   * what it states, which of its claims the corpus's majority contradicts, its stale figures,
   * and an agreement score. An article whose id is in the corpus is compared with the others.
   * Reports the `prepare` (1 article) and `score` (its sentences) stages to
   * `options.onProgress`; `options.signal` cancels it (`ABORTED`).
   */
  score(article: ArticleInput, options?: ProgressOptions): CorpusScore {
    const work = workOf(options, 'Corpus.score');
    work.start('prepare', 1);
    const normalized = validateArticle(article);
    const entry = this.#prepare(normalized, article);
    const self = normalized.id;
    work.end();
    if (entry.notAnalysable !== null) return notAnalysableScore(entry, entry.notAnalysable);
    work.start('score', entry.sentences.length);
    // The articles analyze would weigh x against: not x's id, not an exact duplicate (of x or
    // of an article earlier in id order: analyze folds those into their original), analysable.
    const { leaving, joining } = this.#overlay(entry);
    const cluster = this.#clusterWith(entry, leaving, joining);

    // Names resolved across the corpus and the new article, as analyze resolves a cluster.
    const keyMap = clusterKeyMap([
      entry.personKeys,
      ...[...this.#entries.values()]
        .filter((other) => other.article.id !== self)
        .map((other) => other.personKeys),
    ]);
    const nearVerbatim: ArticlePairScore[] = [];
    const conceptWeights = this.#index.weights();
    const remapped = new Map<PreparedSentence, readonly string[]>();
    const found = entry.sentences.map((sentence, index) => {
      work.tick(index);
      return this.#match(sentence, self, keyMap, nearVerbatim, conceptWeights, remapped);
    });

    // Copies: word-for-word sentences (hashed) and near-verbatim ones (the compared pairs), as
    // analyze finds them, among the articles x is weighed against: the corpus's own copy pairs
    // are kept by `add` and `remove`; only the pairs x makes, or unmakes, are looked at here.
    const copies = this.#copies.clustersWith({
      remove: leaving,
      add: [...joining, entry].map(copyMember),
      near: nearVerbatim,
    });
    const ids = cluster.map((member) => member.article.id);
    const weights = new Map(ids.map((id) => [id, 1]));
    const clusterOf = new Map<string, string>();
    for (const copy of copies) {
      for (const id of copy) {
        weights.set(id, 1 / copy.length);
        clusterOf.set(id, copy[0]!);
      }
    }
    const independentOf = (id: string) => clusterOf.get(id) ?? id;
    const selfUnit = independentOf(self);
    const independentSources = new Set(
      cluster
        .filter((member) => member.sentences.length > 0)
        .map((member) => independentOf(member.article.id)),
    ).size;
    const consensusPossible = independentSources >= MIN_CONSENSUS_SOURCES;

    const supporting = new Set<string>();
    const counts: StatementCounts = {
      corroborated: 0,
      contradicted: 0,
      uncorroborated: 0,
      unchecked: 0,
    };
    const matches = entry.sentences.map((sentence, index) => {
      const sentenceMatches = found[index]!;
      // A copy of the article does not corroborate it (as in analyze's aligned groups).
      if (sentenceMatches.some((match) => independentOf(match.articleId) !== selfUnit))
        counts.corroborated++;
      else counts.uncorroborated++;
      for (const match of sentenceMatches) supporting.add(match.articleId);
      return {
        sentenceIndex: sentence.sentenceIndex,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        matches: sentenceMatches,
      };
    });

    const referenceDate = this.#referenceDate(entry, cluster, independentOf);
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

    // Claims: the same builders, consensus and judge as analyze, over the same articles. A
    // corpus article's claims are rebuilt only when what they read of the cluster changed.
    const context = claimContext(cluster.map((member) => member.extraction));
    const countries = JSON.stringify(context.allCountries);
    const claims = cluster.flatMap((member) =>
      member === entry
        ? sourceClaims(claimSource(member, checked.checked), context, this.#settings.knowledge)
        : this.#claimsOf(member, context, countries),
    );
    // With a ledger, truth discovery starts from the sources' track records, as in analyze;
    // the ledger is read at each call, so stories recorded since change later scores.
    const { ledger, algorithm } = this.#settings;
    const priors =
      ledger === null
        ? null
        : articlePriors(
            cluster.map((member) => member.article),
            ledger,
            algorithm,
          );
    const trust = sourceTrust(claims, ids, weights, algorithm, priors?.initialTrust);
    const own = claims.filter((claim) => claim.articleId === self);
    const objects = new Set(own.map((claim) => claim.object));
    const consensus = computeConsensus(
      claims.filter((claim) => objects.has(claim.object)),
      weights,
      trust,
      clusterOf,
    );
    const tally = judgeClaims(
      own,
      consensus,
      { consensusPossible, independentOf },
      checked.staleFigures.map((figure) => [figure.start, figure.end] as const),
    );
    counts.corroborated += tally.corroborated;
    counts.uncorroborated += tally.uncorroborated;
    counts.unchecked += tally.unchecked;
    counts.contradicted += tally.contradicted + checked.staleFigures.length;
    for (const claim of own) {
      const object = consensus.get(claim.object)!;
      if (object.value === null || !agreementFor(claim.kind)(claim.value, object.value)) continue;
      for (const id of object.supporters) if (independentOf(id) !== selfUnit) supporting.add(id);
    }
    const contradicting = new Set(
      tally.contradictions.flatMap((contradiction) => contradiction.supportingSources),
    );
    work.end();
    return {
      id: self,
      score: agreementScore(counts),
      counts,
      referenceDate,
      staleFigures: checked.staleFigures,
      contradictions: tally.contradictions,
      supportingArticles: [...supporting].sort(compareIds),
      contradictingArticles: [...contradicting].sort(compareIds),
      matches,
      ...(priors === null ? {} : { prior: priors.byArticle.get(self)! }),
    };
  }

  /**
   * Whether a corpus article takes part when an article is scored: analysable, and not an exact
   * duplicate of an article earlier in id order (analyze folds those into their original).
   * Blank articles are never duplicates.
   */
  #isMember(entry: Entry): boolean {
    if (entry.notAnalysable !== null) return false;
    const text = entry.article.text;
    return text.trim() === '' || this.#byText.get(text)![0] === entry.article.id;
  }

  /** Copy detection and the member list follow an article that was just added. */
  #join(entry: Entry, near: ArticlePairScore[]): void {
    this.#members = null;
    const text = entry.article.text;
    if (entry.notAnalysable === null && text.trim() !== '') {
      const group = this.#byText.get(text) ?? [];
      group.splice(sortedPosition(group, entry.article.id), 0, entry.article.id);
      this.#byText.set(text, group);
      // An earlier id with the same text is no longer the original: this one is.
      const replaced = group[0] === entry.article.id && group.length > 1 ? [group[1]!] : [];
      if (group[0] !== entry.article.id) {
        this.#copies.update({ near });
        return;
      }
      this.#copies.update({ remove: replaced, add: [copyMember(entry)], near });
      return;
    }
    this.#copies.update({ add: entry.notAnalysable === null ? [copyMember(entry)] : [], near });
  }

  /** Copy detection and the member list follow an article that was just removed. */
  #leave(entry: Entry): void {
    this.#members = null;
    const id = entry.article.id;
    const text = entry.article.text;
    if (entry.notAnalysable === null && text.trim() !== '') {
      const group = this.#byText.get(text)!;
      const wasFirst = group[0] === id;
      group.splice(sortedPosition(group, id), 1);
      if (group.length === 0) this.#byText.delete(text);
      if (wasFirst) {
        const next = group[0];
        this.#copies.update({
          remove: [id],
          add: next === undefined ? [] : [copyMember(this.#entries.get(next)!)],
        });
      }
    } else if (entry.notAnalysable === null) {
      this.#copies.update({ remove: [id] });
    }
    this.#copies.forget(id);
  }

  /**
   * How the members change when `entry` is scored: the corpus article with its id leaves (and
   * the next article with that one's text becomes the original), and so does the original of
   * its text. Both are rare; usually nothing changes.
   */
  #overlay(entry: Entry): { leaving: string[]; joining: Entry[] } {
    const leaving: string[] = [];
    const joining: Entry[] = [];
    const self = entry.article.id;
    const same = this.#entries.get(self);
    if (same && this.#isMember(same)) {
      leaving.push(self);
      const text = same.article.text;
      const next = text.trim() === '' ? undefined : this.#byText.get(text)![1];
      if (next !== undefined && text !== entry.article.text) joining.push(this.#entries.get(next)!);
    }
    const original =
      entry.article.text.trim() === '' ? undefined : this.#byText.get(entry.article.text)?.[0];
    if (original !== undefined && original !== self) leaving.push(original);
    return { leaving, joining };
  }

  /** The scored article and the members it is weighed against, by id. */
  #clusterWith(entry: Entry, leaving: readonly string[], joining: readonly Entry[]): Entry[] {
    if (this.#members === null) {
      this.#members = [...this.#entries.values()]
        .filter((other) => this.#isMember(other))
        .sort((x, y) => compareIds(x.article.id, y.article.id));
    }
    const cluster =
      leaving.length > 0
        ? this.#members.filter((member) => !leaving.includes(member.article.id))
        : [...this.#members];
    for (const member of [...joining, entry]) {
      let at = 0;
      let high = cluster.length;
      while (at < high) {
        const middle = (at + high) >> 1;
        if (compareIds(cluster[middle]!.article.id, member.article.id) < 0) at = middle + 1;
        else high = middle;
      }
      cluster.splice(at, 0, member);
    }
    return cluster;
  }

  /** A corpus article's claims in a cluster's context, rebuilt only when that context changed for it. */
  #claimsOf(entry: Entry, context: ClaimContext, countries: string): Claim[] {
    const key = claimInputs(entry.extraction, context, countries);
    if (entry.claims?.context !== key) {
      entry.claims = {
        context: key,
        claims: sourceClaims(claimSource(entry, entry.checked), context, this.#settings.knowledge),
      };
    }
    return entry.claims.claims;
  }

  /**
   * Runs the full `analyze` pipeline over the corpus's current articles, with the corpus's
   * options and this call's `onProgress` and `signal`.
   */
  analyze(options?: ProgressOptions): Analysis {
    const progress = readProgressOptions(
      readOptions(options, PROGRESS_OPTION_KEYS, 'options', 'Corpus.analyze'),
      'Corpus.analyze',
    );
    if (this.#entries.size === 0) {
      throw new CorroborateError(
        'NO_ARTICLES',
        'the corpus is empty; add articles before analysing it.',
        { field: 'articles', received: 0 },
      );
    }
    return analyze(
      this.ids().map((id) => this.#entries.get(id)!.input),
      {
        ...this.#options,
        ...(progress.onProgress === undefined ? {} : { onProgress: progress.onProgress }),
        ...(progress.signal === undefined ? {} : { signal: progress.signal }),
      },
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
    // As in analyze, an article not in English takes no part: no sentences, no claims.
    const detection = detectLanguage(article.text);
    if (!detection.analysable) {
      return {
        article,
        personKeys: [],
        input: copyArticle(input),
        notAnalysable: detection.reason,
        sentences: [],
        extraction: {
          people: [],
          things: [],
          roleMentions: [],
          places: [],
          eventSlots: [],
          itinerary: [],
          statedDates: [],
        },
        checked: [],
        ownDate: [],
        copy: null,
      };
    }
    const { sentences, extraction } = prepareArticles([article], this.#settings.knowledge)[0]!;
    const ownDate = extraction.statedDates;
    const referenceDate = chooseReferenceDate(
      article.publishedAt ? { publishedAt: article.publishedAt } : {},
      ownDate,
      { asOf: this.#settings.asOf, sentences },
    );
    const { checked } = checkRoleMentions(
      article.text,
      sentences,
      extraction.roleMentions,
      this.#settings.knowledge,
      referenceDate,
      ownDate,
    );
    return {
      article,
      // Each key once: name resolution reads which keys an article writes, not how often.
      personKeys: [...new Set(claimPersonKeys(extraction.people))],
      input: copyArticle(input),
      notAnalysable: null,
      sentences,
      extraction,
      checked,
      ownDate,
      copy: copyProfile(sentences),
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
    nearVerbatim: ArticlePairScore[],
    weights: ConceptWeights,
    remapped = new Map<PreparedSentence, readonly string[]>(),
  ): CorpusMatch[] {
    // Candidates come from the index, which holds each article's own keys; the comparison
    // itself is made in the corpus-wide key space.
    const mine = remapPersonConcepts(sentence.concepts, keyMap);
    // Only an article already in the corpus (scored again) has sentences in the index to skip.
    const candidates = this.#index.candidates(
      sentence,
      weights,
      this.#settings.alignment.maxCandidatesPerSentence,
      this.#entries.has(self) ? self : undefined,
    );
    const bestPerArticle = new Map<string, CorpusMatch>();
    let mineBigrams: BigramProfile | undefined;
    let mineLowered: string | undefined;
    let mineBoilerplate: boolean | undefined;
    for (const { articleId, sentenceIndex } of candidates) {
      const other = this.#entries.get(articleId)!.sentences[sentenceIndex]!;
      // A corpus sentence is a candidate for many of the new article's sentences: its concepts
      // are mapped into the cluster's key space once per call.
      let theirs = remapped.get(other);
      if (theirs === undefined) {
        theirs = remapPersonConcepts(other.concepts, keyMap);
        remapped.set(other, theirs);
      }
      const score = factScore(mine, theirs, weights);
      const threshold = this.#settings.alignment.threshold ?? ALIGN_THRESHOLD;
      if (score < threshold) continue;
      // Copying is judged on the wording (as analyze does on its compared pairs): a sentence
      // reworded by a word or two is a near-verbatim repeat; identical ones are hashed apart.
      mineLowered ??= sentence.text.toLowerCase();
      mineBoilerplate ??= isBoilerplateSentence(sentence.text);
      if (mineLowered !== other.text.toLowerCase() && !mineBoilerplate) {
        mineBigrams ??= sentenceBigrams(sentence.text);
        const dice = diceCoefficient(mineBigrams, this.#index.bigrams(other));
        if (dice >= NEAR_VERBATIM_SCORE) nearVerbatim.push({ a: self, b: articleId, score: dice });
      }
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

  /**
   * The scored article's reference date as analyze would choose it in `cluster`: its own date,
   * else the cluster's, voted by one article per independent source with sentences.
   */
  #referenceDate(
    entry: Entry,
    cluster: readonly Entry[],
    independentOf: (id: string) => string,
  ): ReferenceDate {
    const own = chooseReferenceDate(
      entry.article.publishedAt ? { publishedAt: entry.article.publishedAt } : {},
      entry.ownDate,
      { asOf: this.#settings.asOf, sentences: entry.sentences },
    );
    // The cluster's date (a vote over every member) only counts for an article with no date of its own.
    if (own.rule === 'published-at' || own.rule === 'stated-in-text') return own;
    const voters = cluster.filter(
      (member) =>
        member.sentences.length > 0 && independentOf(member.article.id) === member.article.id,
    );
    const clusterDate = clusterReferenceDate(
      voters.map((member) => ({
        ...(member.article.publishedAt ? { publishedAt: member.article.publishedAt } : {}),
        dates: member.ownDate,
        sentences: member.sentences,
      })),
      { asOf: this.#settings.asOf },
    );
    return chooseReferenceDate(
      entry.article.publishedAt ? { publishedAt: entry.article.publishedAt } : {},
      entry.ownDate,
      { clusterDate: clusterDate.date, asOf: this.#settings.asOf, sentences: entry.sentences },
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

/** The keys of a corpus method's {@link ProgressOptions}. */
const PROGRESS_OPTION_KEYS = ['onProgress', 'signal'] as const;

/** The work of one corpus call from its options (validated; `ABORTED` when already aborted). */
function workOf(options: unknown, caller: string): Work {
  const record = readOptions(options ?? undefined, PROGRESS_OPTION_KEYS, 'options', caller);
  const work = Work.of(readProgressOptions(record, caller));
  work.check();
  return work;
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
