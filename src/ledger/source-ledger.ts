// Source track records across stories: what each outlet's articles were judged in every
// analysed story, and a reliability estimate with a credible interval built from them.
import type { Analysis, ArticleReport } from '../analysis.js';
import type { TruthAlgorithm } from '../consensus/discover-truth.js';
import { CorroborateError, describeType } from '../errors.js';
import { readOptions } from '../input/read-options.js';
import { compareIds } from '../input/validate-articles.js';
import { betaQuantile } from './beta.js';
import { type SourceKeyFields, sourceKey } from './source-key.js';

/** Format version written by {@link SourceLedger.toJSON}; `fromJSON` refuses newer ones. */
export const SOURCE_LEDGER_FORMAT_VERSION = 1;

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Options of {@link createSourceLedger}. */
export interface SourceLedgerOptions {
  /**
   * Half-life of a story's weight in days, counted back from the newest story in the ledger:
   * with 90, a story 90 days older than the newest counts half. `null` keeps every story at
   * full weight (and makes the ledger independent of the order stories arrive in, like
   * everything else here: decay is measured from the newest date, not from arrival).
   * @default null
   */
  halfLifeDays?: number | null;
  /**
   * Beta prior of every source's reliability, as pseudo-stories of agreement and disagreement.
   * The default, one of each, is uniform: a source seen once stays near the middle.
   * @default { agree: 1, disagree: 1 }
   */
  prior?: {
    /** Pseudo-stories of agreement. */
    agree: number;
    /** Pseudo-stories of disagreement. */
    disagree: number;
  };
  /**
   * Probability mass of the credible interval reported with each reliability.
   * @default 0.9
   */
  credibleMass?: number;
}

/** What one source's articles were judged in one story. */
export interface StorySourceRecord {
  /** The source's key (see {@link sourceKey}). */
  source: string;
  /** Its articles in the story. */
  articles: number;
  /**
   * Evidence units: each article with at least one corroborated or contradicted statement
   * counts 1, or 1/k when it is one of k syndicated copies (so a copied story counts once).
   */
  units: number;
  /** The part of `units` that agreed: each article's unit × corroborated / (corroborated + contradicted). */
  agreeingUnits: number;
  /** Statements (sentences and claims) another independent source backs. */
  corroborated: number;
  /** Statements that disagree with the consensus, stale figures included. */
  contradicted: number;
  /** Statements nobody else reports. */
  uncorroborated: number;
  /** People named in an office they did not hold on the reference date. */
  staleFigures: number;
  /** Articles flagged `unrelated` (about something the others do not report). */
  unrelated: number;
}

/** One recorded story: its key, date and what each source's articles were judged. */
export interface StoryRecord {
  /** Stable key: `options.story`, else a hash of the article ids and the reference date. */
  story: string;
  /** The story's date (`YYYY-MM-DD`): `options.date`, else the analysis's reference date. */
  date: string | null;
  /** One record per source, sorted by source. */
  sources: StorySourceRecord[];
}

/** A source's track record and reliability estimate. */
export interface SourceReliability {
  /** The source's key. */
  source: string;
  /**
   * Posterior mean of the share of its evidence that agreed with the consensus, 0..1: a Beta
   * posterior over evidence units (one per article, copies sharing one), time-decayed.
   */
  reliability: number;
  /** Equal-tailed credible interval of `reliability` holding `credibleMass` of the posterior. */
  interval: [number, number];
  /** Stories in which the source had an article. */
  stories: number;
  /** Effective (decayed) evidence units behind the estimate. */
  evidence: number;
  /** Statements another independent source backed, over all its stories (not decayed). */
  corroborated: number;
  /** Statements that disagreed with the consensus, stale figures included (not decayed). */
  contradicted: number;
  /** Statements nobody else reported (not decayed). */
  uncorroborated: number;
  /** Stale figures over all its stories. */
  staleFigures: number;
  /** Articles flagged `unrelated`. */
  unrelated: number;
  /** Reliability after each of its stories, oldest first (for a chart over time). */
  history: {
    /** The story's key. */
    story: string;
    /** The story's date, or null. */
    date: string | null;
    /** Posterior mean reliability right after the story. */
    reliability: number;
  }[];
}

/** A source's estimate right after one of its stories (see {@link SourceLedger.history}). */
export interface SourceHistoryPoint {
  /** The story's key. */
  story: string;
  /** The story's date, or null when it has none. */
  date: string | null;
  /** Posterior mean reliability over the source's stories up to and including this one. */
  reliability: number;
  /** Credible interval of that estimate (`credibleMass` of the posterior). */
  interval: [number, number];
  /** Effective (decayed to this story's date) evidence units behind it. */
  evidence: number;
}

/** What {@link SourceLedger.toJSON} returns and {@link SourceLedger.fromJSON} reads. */
export interface SourceLedgerJSON {
  /** Marks the object as a source ledger; `fromJSON` refuses anything else. */
  format: 'corroborate-source-ledger';
  /** {@link SOURCE_LEDGER_FORMAT_VERSION} of the writer; `fromJSON` refuses newer versions. */
  version: number;
  /** The ledger's settings (see {@link SourceLedgerOptions}). */
  options: SourceLedgerSettings;
  /** Every recorded story, oldest first (undated last), then by key. */
  stories: StoryRecord[];
}

/** Options of {@link SourceLedger.record}. */
export interface RecordOptions {
  /**
   * Key of the story; recording a story with a key already present replaces it. The default, a
   * hash of the article ids and the reference date, takes two stories for one when their ids
   * repeat (ids named after the outlet): pass a key of your own then.
   */
  story?: string;
  /** The story's date (`YYYY-MM-DD`); defaults to the analysis's reference date. */
  date?: string;
  /**
   * The articles that were analysed, to key sources by `url` host where a report has no
   * `source` (reports carry `source` but not always `url`).
   */
  articles?: readonly SourceKeyFields[];
}

/** A ledger's options with defaults filled in, as {@link SourceLedger.options} returns them. */
export interface SourceLedgerSettings {
  /** Half-life of a story's weight in days, or null for no decay. */
  halfLifeDays: number | null;
  /** Beta prior of every source's reliability, in pseudo-evidence units. */
  prior: {
    /** Pseudo-evidence units of agreement. */
    agree: number;
    /** Pseudo-evidence units of disagreement. */
    disagree: number;
  };
  /** Probability mass of the credible intervals. */
  credibleMass: number;
}

/**
 * A ledger of source track records across stories. Record each story's {@link Analysis};
 * ask for a source's {@link SourceReliability} or a ranking. Recording is idempotent per story
 * key, and the result does not depend on the order stories are recorded in.
 *
 * @example
 * ```ts
 * const ledger = createSourceLedger({ halfLifeDays: 90 });
 * for (const story of stories) ledger.record(analyze(story.articles), { story: story.name });
 * console.table(ledger.rank().map(({ source, reliability, interval }) => ({ source, reliability, interval })));
 * ```
 */
export class SourceLedger {
  readonly #settings: SourceLedgerSettings;
  readonly #stories = new Map<string, StoryRecord>();
  /** Estimates of every source, computed on demand and dropped when a story is recorded. */
  #cached: Map<string, SourceReliability> | null = null;
  /** Per source, the Beta parameters after each of its stories (as `history`), with #cached. */
  #posteriors = new Map<string, { a: number; b: number }[]>();

  constructor(options: SourceLedgerOptions = {}) {
    this.#settings = readLedgerOptions(options);
  }

  /** Restores a ledger from {@link SourceLedger.toJSON}'s object or its JSON text. */
  static fromJSON(json: unknown): SourceLedger {
    let value = json;
    if (typeof json === 'string') {
      try {
        value = JSON.parse(json);
      } catch {
        throw new CorroborateError('INVALID_STATE', 'source ledger JSON text does not parse.', {
          field: 'json',
          expected: 'JSON text',
        });
      }
    }
    const ledger = value as Partial<SourceLedgerJSON> | null;
    if (
      ledger === null ||
      typeof ledger !== 'object' ||
      ledger.format !== 'corroborate-source-ledger'
    ) {
      throw new CorroborateError(
        'INVALID_STATE',
        'not a corroborate source ledger: expected the object (or JSON text) that SourceLedger.toJSON() returns.',
        { field: 'format', expected: 'corroborate-source-ledger' },
      );
    }
    const { version } = ledger;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new CorroborateError(
        'INVALID_STATE',
        `source ledger version must be a positive integer, but it is ${describeType(version)}.`,
        { field: 'version' },
      );
    }
    if (version > SOURCE_LEDGER_FORMAT_VERSION) {
      throw new CorroborateError(
        'INVALID_STATE',
        `this source ledger was written by a newer corroborate (format version ${version}); this version reads up to ${SOURCE_LEDGER_FORMAT_VERSION}. Upgrade corroborate.`,
        { field: 'version' },
      );
    }
    if (!Array.isArray(ledger.stories)) {
      throw new CorroborateError('INVALID_STATE', 'source ledger stories must be an array.', {
        field: 'stories',
      });
    }
    let restored: SourceLedger;
    try {
      restored = new SourceLedger(ledger.options ?? {});
    } catch (error) {
      // Bad settings in a stored ledger are a bad state, not a bad option of this call.
      if (!CorroborateError.is(error)) throw error;
      throw new CorroborateError('INVALID_STATE', `source ledger ${error.message}`, {
        field: 'options',
      });
    }
    ledger.stories.forEach((story, index) => {
      const checked = readStory(story, index);
      restored.#stories.set(checked.story, checked);
    });
    return restored;
  }

  /** The settings in force, defaults filled. */
  get options(): Readonly<SourceLedgerSettings> {
    return this.#settings;
  }

  /** Number of stories recorded. */
  get size(): number {
    return this.#stories.size;
  }

  /**
   * Records what one analysed story says about each source: per publisher key (see
   * {@link sourceKey}), its statement counts, stale figures, `unrelated` flags and evidence
   * units (articles not analysed, e.g. not in English, add nothing). Replaces an earlier
   * record of the same story key. Returns the story's record.
   */
  record(analysis: Analysis, options: RecordOptions = {}): StoryRecord {
    readOptions(options, ['story', 'date', 'articles'], 'options', 'SourceLedger.record');
    const reports = readReports(analysis);
    const urls = new Map<string, string>();
    for (const article of options.articles ?? [])
      if (article.url) urls.set(article.id, article.url);
    const copyShare = new Map<string, number>();
    for (const cluster of analysis.copies ?? [])
      for (const id of cluster.ids) copyShare.set(id, 1 / cluster.ids.length);

    const bySource = new Map<string, StorySourceRecord>();
    for (const report of reports) {
      const url = (report as { url?: string | null }).url ?? urls.get(report.id) ?? null;
      const source = sourceKey({ id: report.id, source: report.source, url });
      const entry = bySource.get(source) ?? emptySourceRecord(source);
      bySource.set(source, entry);
      entry.articles++;
      if (report.notAnalysable !== undefined) continue;
      const { corroborated, contradicted, uncorroborated } = report.counts;
      entry.corroborated += corroborated;
      entry.contradicted += contradicted;
      entry.uncorroborated += uncorroborated;
      entry.staleFigures += report.staleFigures.length;
      // An article about another event says nothing about its outlet's accuracy on this one.
      if ((report.flags as readonly string[]).includes('unrelated')) {
        entry.unrelated++;
        continue;
      }
      const judged = corroborated + contradicted;
      if (judged === 0) continue;
      const unit = copyShare.get(report.id) ?? 1;
      entry.units += unit;
      entry.agreeingUnits += (unit * corroborated) / judged;
    }
    const date = options.date ?? analysis.referenceDate?.date ?? null;
    const story: StoryRecord = {
      story: options.story ?? storyKey(reports, date),
      date,
      sources: [...bySource.values()].sort((x, y) => compareIds(x.source, y.source)),
    };
    this.recordStory(story);
    return story;
  }

  /**
   * Records a story given as per-source records (for pipelines that judge claims themselves).
   * Source names are keyed as {@link sourceKey} keys a `source` (trimmed, lower-cased).
   * Replaces an earlier record of the same story key.
   */
  recordStory(story: StoryRecord): void {
    const checked = readStory(story, this.#stories.size);
    this.#stories.set(checked.story, checked);
    this.#cached = null;
  }

  /** Source keys with a record, sorted. */
  sources(): string[] {
    const keys = new Set<string>();
    for (const story of this.#stories.values())
      for (const entry of story.sources) keys.add(entry.source);
    return [...keys].sort(compareIds);
  }

  /** A source's track record and reliability, or null when it has none. */
  reliability(source: string): SourceReliability | null {
    const estimate = this.#estimates().get(sourceKey({ id: source, source }));
    // Copies: the cached estimates must not change under a caller that edits what it got.
    return estimate ? structuredClone(estimate) : null;
  }

  /**
   * A source's estimate after each of its stories, oldest first (undated stories last), with
   * its credible interval and evidence: what a chart of the source over time needs. Empty
   * when the source has no record. Intervals are computed here, per call, not by `rank()`;
   * `options.last` keeps only the most recent points (and computes only theirs).
   */
  history(source: string, options: { last?: number } = {}): SourceHistoryPoint[] {
    readOptions(options, ['last'], 'options', 'SourceLedger.history');
    const { last = Number.POSITIVE_INFINITY } = options;
    if (!(last >= 0)) {
      throw new CorroborateError(
        'INVALID_OPTION',
        'options.last must be a number of points, 0 or more.',
        { field: 'last' },
      );
    }
    const key = sourceKey({ id: source, source });
    const estimate = this.#estimates().get(key);
    if (!estimate) return [];
    const posteriors = this.#posteriors.get(key)!;
    const tail = (1 - this.#settings.credibleMass) / 2;
    const from = Math.max(0, estimate.history.length - Math.floor(last));
    return estimate.history.slice(from).map((point, offset) => {
      const index = from + offset;
      const { a, b } = posteriors[index]!;
      return {
        story: point.story,
        date: point.date,
        reliability: point.reliability,
        interval: [round(betaQuantile(tail, a, b)), round(betaQuantile(1 - tail, a, b))],
        evidence: round(a + b - this.#priorMass()),
      };
    });
  }

  /**
   * Every source, most reliable first: by the lower end of the credible interval, so a source
   * seen twice does not outrank one seen two hundred times with the same record; then by
   * reliability, then by key.
   */
  rank(): SourceReliability[] {
    return structuredClone([...this.#estimates().values()]).sort(
      (x, y) =>
        y.interval[0] - x.interval[0] ||
        y.reliability - x.reliability ||
        compareIds(x.source, y.source),
    );
  }

  /**
   * Starting trust for a story's truth discovery from the sources' track records: source →
   * trust, for `discoverTruth`'s `initialTrust` (see {@link priorTrust} for how each algorithm
   * reads it). Each source's reliability is first shrunk towards the mean of every source with
   * evidence, by how much the sources really differ (empirical Bayes: the spread of their
   * estimates beyond what their own uncertainty explains); when the ledger cannot tell its
   * sources apart, every source gets the same trust and the story is judged as without a
   * ledger. An average source, and any source the ledger has not seen, weighs 1.
   */
  priors(sources: readonly string[], algorithm: TruthAlgorithm): Record<string, number> {
    const estimates = this.#estimates();
    const population = [...estimates.values()].filter((estimate) => estimate.evidence > 0);
    const priors: Record<string, number> = {};
    if (population.length < 2) return priors;
    const variance = (estimate: SourceReliability) => {
      const n = estimate.evidence + this.#priorMass();
      return (estimate.reliability * (1 - estimate.reliability)) / (n + 1);
    };
    const mean =
      population.reduce((sum, estimate) => sum + estimate.reliability, 0) / population.length;
    const spread =
      population.reduce((sum, estimate) => sum + (estimate.reliability - mean) ** 2, 0) /
      (population.length - 1);
    const noise =
      population.reduce((sum, estimate) => sum + variance(estimate), 0) / population.length;
    const between = Math.max(0, spread - noise);
    for (const source of sources) {
      const estimate = estimates.get(sourceKey({ id: source, source }));
      if (!estimate || estimate.evidence <= 0) continue;
      const shrink = between / (between + variance(estimate));
      const reliability = mean + shrink * (estimate.reliability - mean);
      priors[source] = priorTrust(reliability, algorithm, mean);
    }
    return priors;
  }

  #priorMass(): number {
    return this.#settings.prior.agree + this.#settings.prior.disagree;
  }

  /** A plain object with a format version, for `JSON.stringify` and {@link SourceLedger.fromJSON}. */
  toJSON(): SourceLedgerJSON {
    return {
      format: 'corroborate-source-ledger',
      version: SOURCE_LEDGER_FORMAT_VERSION,
      options: {
        halfLifeDays: this.#settings.halfLifeDays,
        prior: { ...this.#settings.prior },
        credibleMass: this.#settings.credibleMass,
      },
      stories: this.#orderedStories().map((story) => ({
        ...story,
        sources: story.sources.map((entry) => ({ ...entry })),
      })),
    };
  }

  // Stories oldest first (undated last), then by key: the order histories are told in.
  #orderedStories(): StoryRecord[] {
    return [...this.#stories.values()].sort(
      (x, y) =>
        (x.date ?? '9999-99-99').localeCompare(y.date ?? '9999-99-99') ||
        compareIds(x.story, y.story),
    );
  }

  #estimates(): Map<string, SourceReliability> {
    this.#cached ??= this.#estimate();
    return this.#cached;
  }

  #estimate(): Map<string, SourceReliability> {
    const { prior, credibleMass, halfLifeDays } = this.#settings;
    const stories = this.#orderedStories();
    const newest = stories.reduce<string | null>(
      (latest, story) =>
        story.date !== null && (latest === null || story.date > latest) ? story.date : latest,
      null,
    );
    // Decay is measured from the newest dated story; an undated story counts as the newest.
    const weightAt = (date: string | null, reference: string | null) =>
      halfLifeDays === null || date === null || reference === null
        ? 1
        : 0.5 ** (daysBetween(date, reference) / halfLifeDays);
    const tail = (1 - credibleMass) / 2;
    const running = new Map<
      string,
      {
        agree: number;
        disagree: number;
        lastDate: string | null;
        estimate: SourceReliability;
        posteriors: { a: number; b: number }[];
      }
    >();
    for (const story of stories) {
      for (const entry of story.sources) {
        let state = running.get(entry.source);
        if (!state) {
          state = {
            agree: 0,
            disagree: 0,
            lastDate: story.date,
            estimate: {
              source: entry.source,
              reliability: 0,
              interval: [0, 1],
              stories: 0,
              evidence: 0,
              corroborated: 0,
              contradicted: 0,
              uncorroborated: 0,
              staleFigures: 0,
              unrelated: 0,
              history: [],
            },
            posteriors: [],
          };
          running.set(entry.source, state);
        }
        // Running sums decayed to this story's date, for the history.
        const carry = state.lastDate === null ? 1 : weightAt(state.lastDate, story.date);
        state.agree = state.agree * carry + entry.agreeingUnits;
        state.disagree = state.disagree * carry + (entry.units - entry.agreeingUnits);
        if (story.date !== null) state.lastDate = story.date;
        const estimate = state.estimate;
        estimate.stories++;
        estimate.corroborated += entry.corroborated;
        estimate.contradicted += entry.contradicted;
        estimate.uncorroborated += entry.uncorroborated;
        estimate.staleFigures += entry.staleFigures;
        estimate.unrelated += entry.unrelated;
        const a = prior.agree + state.agree;
        const b = prior.disagree + state.disagree;
        estimate.history.push({
          story: story.story,
          date: story.date,
          reliability: round(a / (a + b)),
        });
        state.posteriors.push({ a, b });
      }
    }
    for (const state of running.values()) {
      // Final figures: every story decayed to the newest date.
      const carry = state.lastDate === null ? 1 : weightAt(state.lastDate, newest);
      const a = prior.agree + state.agree * carry;
      const b = prior.disagree + state.disagree * carry;
      const estimate = state.estimate;
      estimate.reliability = round(a / (a + b));
      estimate.interval = [round(betaQuantile(tail, a, b)), round(betaQuantile(1 - tail, a, b))];
      estimate.evidence = round(a + b - prior.agree - prior.disagree);
    }
    this.#posteriors = new Map([...running].map(([key, state]) => [key, state.posteriors]));
    return new Map([...running].map(([key, state]) => [key, state.estimate]));
  }
}

/** Bounds of a prior weight: no source is silenced, none outvotes a hundred others. */
const MIN_PRIOR_WEIGHT = 0.01;
const MAX_PRIOR_WEIGHT = 100;

/**
 * The starting trust a source with reliability `reliability` gets in `algorithm`, where an
 * average source (reliability `average`) gets each algorithm's default:
 * - `truthfinder` and `2-estimates` read trust as a probability of being right: the
 *   reliability itself (kept inside their valid ranges);
 * - every other algorithm reads trust as a vote weight, 1 by default: one plus the log-odds of
 *   being right relative to the average source, 1 + logit(r) − logit(average), kept within
 *   [0.01, 100]. Log-odds is the weight that makes a weighted vote of independent sources most
 *   likely right; the odds themselves would let one reliable outlet outvote a dozen. Voting keeps
 *   these weights fixed; sums, average-log, investment and pooled-investment start from them;
 *   CRH and CATD use them as the weights of their first round, after which each story's own
 *   losses take over.
 */
export function priorTrust(reliability: number, algorithm: TruthAlgorithm, average = 0.5): number {
  if (algorithm === 'truthfinder') return Math.min(0.99, Math.max(0.01, reliability));
  if (algorithm === '2-estimates') return Math.min(1, Math.max(0.01, reliability));
  const weight = 1 + logit(reliability) - logit(average);
  return Math.min(MAX_PRIOR_WEIGHT, Math.max(MIN_PRIOR_WEIGHT, weight));
}

function logit(p: number): number {
  const clamped = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(clamped / (1 - clamped));
}

/** A new, empty {@link SourceLedger}. */
export function createSourceLedger(options: SourceLedgerOptions = {}): SourceLedger {
  return new SourceLedger(options);
}

function emptySourceRecord(source: string): StorySourceRecord {
  return {
    source,
    articles: 0,
    units: 0,
    agreeingUnits: 0,
    corroborated: 0,
    contradicted: 0,
    uncorroborated: 0,
    staleFigures: 0,
    unrelated: 0,
  };
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function daysBetween(from: string, to: string): number {
  return Math.max(0, (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// FNV-1a over the sorted article ids and the date: the same story gets the same key.
function storyKey(reports: readonly ArticleReport[], date: string | null): string {
  const text = `${date ?? ''}\u0000${reports
    .map((report) => report.id)
    .sort(compareIds)
    .join('\u0000')}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ code, 0x811c9dc5) >>> 0;
  }
  return `story-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

function readLedgerOptions(options: unknown): SourceLedgerSettings {
  const record = readOptions(
    options ?? null,
    ['halfLifeDays', 'prior', 'credibleMass'],
    'options',
    'createSourceLedger',
  );
  const {
    halfLifeDays = null,
    prior = { agree: 1, disagree: 1 },
    credibleMass = 0.9,
  } = record as SourceLedgerOptions;
  if (
    halfLifeDays !== null &&
    !(typeof halfLifeDays === 'number' && halfLifeDays > 0 && Number.isFinite(halfLifeDays))
  ) {
    throw new CorroborateError(
      'INVALID_OPTION',
      'options.halfLifeDays must be a positive number of days, or null for no decay.',
      { field: 'halfLifeDays' },
    );
  }
  if (
    prior === null ||
    typeof prior !== 'object' ||
    !isPositive(prior.agree) ||
    !isPositive(prior.disagree)
  ) {
    throw new CorroborateError(
      'INVALID_OPTION',
      'options.prior must be { agree, disagree } with two positive numbers (pseudo-stories).',
      { field: 'prior' },
    );
  }
  if (!(typeof credibleMass === 'number' && credibleMass > 0 && credibleMass < 1)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      'options.credibleMass must be a number between 0 and 1 (e.g. 0.9).',
      { field: 'credibleMass' },
    );
  }
  return { halfLifeDays, prior: { agree: prior.agree, disagree: prior.disagree }, credibleMass };
}

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function readReports(analysis: unknown): ArticleReport[] {
  const articles = (analysis as Partial<Analysis> | null)?.articles;
  if (
    analysis === null ||
    typeof analysis !== 'object' ||
    !Array.isArray(articles) ||
    articles.some(
      (report) =>
        report === null ||
        typeof report !== 'object' ||
        typeof report.id !== 'string' ||
        typeof report.counts !== 'object' ||
        !Array.isArray(report.flags) ||
        !Array.isArray(report.staleFigures),
    )
  ) {
    throw new CorroborateError(
      'INVALID_OPTION',
      'record() expects the Analysis that analyze() returns (an object with an articles array of reports).',
      { field: 'analysis' },
    );
  }
  return articles;
}

const SOURCE_RECORD_COUNTS = [
  'articles',
  'units',
  'agreeingUnits',
  'corroborated',
  'contradicted',
  'uncorroborated',
  'staleFigures',
  'unrelated',
] as const;

function readStory(value: unknown, index: number): StoryRecord {
  const story = value as Partial<StoryRecord> | null;
  const fail = (what: string): never => {
    throw new CorroborateError('INVALID_STATE', `source ledger story ${index}: ${what}.`, {
      index,
    });
  };
  if (story === null || typeof story !== 'object') return fail('not an object');
  if (typeof story.story !== 'string' || story.story === '')
    fail('story must be a non-empty string');
  if (story.date !== null && !(typeof story.date === 'string' && ISO_DATE.test(story.date)))
    fail('date must be YYYY-MM-DD or null');
  if (!Array.isArray(story.sources)) return fail('sources must be an array');
  const sources = story.sources.map((entry) => {
    if (
      entry === null ||
      typeof entry !== 'object' ||
      typeof entry.source !== 'string' ||
      entry.source === ''
    )
      fail('each source record needs a non-empty source');
    for (const field of SOURCE_RECORD_COUNTS) {
      if (!isCount(entry[field])) fail(`${entry.source}.${field} must be a non-negative number`);
    }
    if (entry.agreeingUnits > entry.units + 1e-9)
      fail(`${entry.source}.agreeingUnits exceeds its units`);
    // Keys are normalised as record() makes them, so a look-up by any spelling finds them.
    const copy = emptySourceRecord(sourceKey({ id: entry.source, source: entry.source }));
    for (const field of SOURCE_RECORD_COUNTS) copy[field] = entry[field];
    return copy;
  });
  const seen = new Set<string>();
  for (const entry of sources) {
    if (seen.has(entry.source)) fail(`source ${JSON.stringify(entry.source)} appears twice`);
    seen.add(entry.source);
  }
  sources.sort((x, y) => compareIds(x.source, y.source));
  return { story: story.story!, date: story.date ?? null, sources };
}
