// Each article's reference date — the day its claims are judged on — and the cluster's
// consensus date, each with the rule that chose it and a reason a person can check.
import type { ReferenceDate } from '../analysis.js';
import { CorroborateError, describeType } from '../errors.js';
import { daysBetween, type IsoDate, parseIsoDate } from '../input/parse-date.js';
import { readOptions } from '../input/read-options.js';
import {
  countStatedDays,
  type DatingEvidence,
  datingEvidence,
  latestStatedYear,
  type UnitSpan,
} from './article-date-evidence.js';
import type { DateMention } from './date-types.js';
import { nearestMonthDay } from './dates/resolve.js';

/**
 * Stated dates before this year are ignored as reference dates: they are history the
 * extractor did not recognise as such (the bundled office-holder table starts in 2014,
 * and no news article analysed with it was written before 1900).
 */
export const MIN_STATED_YEAR = 1900;

/**
 * A stated date more than this many days after `asOf` is ignored: an article cannot be written
 * after the day it is judged on, so such a date is a forecast or a typo. A month of slack
 * allows for an `asOf` set a little before the newest articles of a batch.
 */
export const MAX_DAYS_AFTER_AS_OF = 30;

/** Options of {@link chooseReferenceDate}. */
export interface ChooseReferenceDateOptions {
  /** The cluster's consensus date (see {@link clusterReferenceDate}), used when the article states none. */
  clusterDate?: IsoDate | null;
  /** The date to judge on when nothing else sets one; also bounds stated dates from above. */
  asOf?: IsoDate | null;
  /**
   * The article's units (`splitSentences`), indexed like the mentions' `sentenceIndex`: with
   * them a dateline is told from a date in the middle of a lead sentence. Without them every
   * date in the first units counts as a dateline.
   */
  sentences?: readonly UnitSpan[];
}

/** One article as {@link clusterReferenceDate} sees it: its published date and the dates it states. */
export interface DatedArticle {
  /** The article's publication date when its metadata gives one; it then is the reference date. */
  publishedAt?: IsoDate;
  /** Date mentions from `extractDates`, extracted without a reference date. */
  dates: readonly DateMention[];
  /** The article's units, as in {@link ChooseReferenceDateOptions.sentences}. */
  sentences?: readonly UnitSpan[];
}

/** Options of {@link clusterReferenceDate}. */
export interface ClusterReferenceDateOptions {
  /** Bounds stated dates from above (see {@link MAX_DAYS_AFTER_AS_OF}). */
  asOf?: IsoDate | null;
}

/**
 * Chooses the date an article's claims are judged on, by the first rule that applies:
 * 1. `published-at`: the article's `publishedAt`.
 * 2. `stated-in-text`: a full date the text states (day, month and year written, or a
 *    month-day whose year the same sentence writes) that is not quoted, not history
 *    ("In 2023 alone, …", "since …"), not looking ahead ("will meet on …") and plausibly dates
 *    the article: its dateline (a date at the edge of one of the first units), else — when
 *    no later year is stated — a date in the lead or one the body states twice (see
 *    `datingEvidence`). Datelines first, the latest of them; else the latest
 *    supported body date. A date that only looks ahead counts when it stands in the lead (the
 *    earliest such: the article was written before it). Any other date — a background date
 *    about the past, a lone date deep in the text — is not used, and the reason names it.
 *    Dates before {@link MIN_STATED_YEAR} or more than {@link MAX_DAYS_AFTER_AS_OF} days after
 *    `asOf` are ignored. Ties go to the date written first.
 * 3. `cluster-consensus`: `options.clusterDate` (see {@link clusterReferenceDate}).
 * 4. `as-of`: `options.asOf`.
 * 5. `none`: `date` is null and staleness cannot be judged.
 *
 * Pass the mentions of `extractDates` called without a reference date: dates resolved from a
 * reference date are never evidence for one.
 *
 * @throws CorroborateError `INVALID_ARTICLE` when `article` is not an object; `INVALID_DATE`
 * when `publishedAt`, `clusterDate`, `asOf` or a mention's value is not a real date;
 * `INVALID_OPTION` when `dates` is not an array of date mentions or `options` not an object.
 */
export function chooseReferenceDate(
  article: { publishedAt?: IsoDate },
  dates: readonly DateMention[],
  options: ChooseReferenceDateOptions = {},
): ReferenceDate {
  if (article === null || typeof article !== 'object') {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `chooseReferenceDate expects the article as an object such as { publishedAt: "2025-10-24" }, but got ${describeType(article)}.`,
      { field: 'article' },
    );
  }
  assertOptions(options, 'chooseReferenceDate', ['clusterDate', 'asOf', 'sentences']);
  const asOf = optionalDate(options.asOf, 'options.asOf');
  const clusterDate = optionalDate(options.clusterDate, 'options.clusterDate');
  assertMentions(dates, 'dates');
  if (article.publishedAt !== undefined) {
    const date = parseIsoDate(article.publishedAt, 'article.publishedAt');
    return {
      date,
      rule: 'published-at',
      reason: `published on ${date} (the article's publishedAt).`,
    };
  }
  const stated = statedDate(dates, asOf, options.sentences);
  if (stated.choice !== null) {
    return { date: stated.choice.date, rule: 'stated-in-text', reason: stated.choice.reason };
  }
  const ignored = stated.ignored.length > 0 ? ` ${ignoredNote(stated.ignored, asOf)}` : '';
  if (clusterDate !== null) {
    return {
      date: clusterDate,
      rule: 'cluster-consensus',
      reason: `no publication date and no date in the text that dates the article (a dateline, or a date the text keeps to); the other articles' consensus date is ${clusterDate}.${ignored}`,
    };
  }
  if (asOf !== null) {
    return {
      date: asOf,
      rule: 'as-of',
      reason: `no publication date, no date in the text that dates the article and no cluster date; judged as of options.asOf, ${asOf}.${ignored}`,
    };
  }
  return {
    date: null,
    rule: 'none',
    reason: `no publication date, no date in the text that dates the article, no cluster date and no asOf: staleness cannot be judged.${ignored}`,
  };
}

/**
 * The cluster's consensus date: the median of the articles' own dates (each article's
 * `publishedAt`, else the date {@link chooseReferenceDate} would take from its text). An
 * article with only month-day dates ("on October 30") takes the year that puts them nearest to
 * the median of the others. With an even count the lower middle date is taken: an actual date
 * an article gives, and the earlier one, so that a person who left office between the two is
 * not flagged on the strength of the later guess. Null (`rule: 'none'`) when no article has a
 * date. The result does not depend on the order of `articles`.
 *
 * @throws CorroborateError `INVALID_OPTION` when `articles` is not an array of `{ dates }`
 * objects; `INVALID_DATE` as {@link chooseReferenceDate}.
 */
export function clusterReferenceDate(
  articles: readonly DatedArticle[],
  options: ClusterReferenceDateOptions = {},
): ReferenceDate {
  if (!Array.isArray(articles)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `clusterReferenceDate expects an array of { publishedAt?, dates } objects, but got ${describeType(articles)}.`,
      { field: 'articles' },
    );
  }
  assertOptions(options, 'clusterReferenceDate', ['asOf']);
  const asOf = optionalDate(options.asOf, 'options.asOf');
  const own: IsoDate[] = [];
  const undated: DatedArticle[] = [];
  articles.forEach((article: unknown, index) => {
    const entry = article as Partial<DatedArticle> | null;
    if (entry === null || typeof entry !== 'object') {
      throw new CorroborateError(
        'INVALID_OPTION',
        `clusterReferenceDate: articles[${index}] must be an object { publishedAt?, dates }, but got ${describeType(article)}.`,
        { field: 'articles', index },
      );
    }
    assertMentions(entry.dates, `articles[${index}].dates`);
    const dates = entry.dates as readonly DateMention[];
    if (entry.publishedAt !== undefined) {
      own.push(
        parseIsoDate(entry.publishedAt, `articles[${index}].publishedAt`, {
          index,
          field: 'publishedAt',
        }),
      );
      return;
    }
    const stated = statedDate(dates, asOf, entry.sentences).choice;
    if (stated !== null) own.push(stated.date);
    else undated.push({ dates });
  });
  const anchor = own.length > 0 ? lowerMedian(own) : null;
  let borrowed = 0;
  if (anchor !== null) {
    for (const article of undated) {
      const date = monthDayWithClusterYear(article.dates, anchor, asOf);
      if (date !== null) {
        own.push(date);
        borrowed++;
      }
    }
  }
  if (own.length === 0) {
    return {
      date: null,
      rule: 'none',
      reason:
        'no article has a publication date or states a full date: the cluster has no consensus date.',
    };
  }
  const sorted = [...own].sort();
  const median = lowerMedian(sorted);
  const borrowedNote =
    borrowed === 0 ? '' : ` (${borrowed} of them a month-day with the year taken from the others)`;
  return {
    date: median,
    rule: 'cluster-consensus',
    reason: `median of the dates of ${sorted.length} article${sorted.length === 1 ? '' : 's'}${borrowedNote}: ${sorted.join(', ')} → ${median}.`,
  };
}

/** The lower median of ISO dates (sorted internally; string order is date order). */
function lowerMedian(dates: readonly IsoDate[]): IsoDate {
  const sorted = [...dates].sort();
  return sorted[Math.floor((sorted.length - 1) / 2)] as IsoDate;
}

/** Why a stated date was not used. */
interface IgnoredDate {
  mention: DateMention;
  why: 'before-1900' | 'after-as-of' | 'background';
}

interface StatedChoice {
  date: IsoDate;
  reason: string;
}

/** Whether a mention is a full date that can be evidence of the article's own date. */
function isFullStatement(mention: DateMention): boolean {
  if (mention.value === null || mention.quoted || mention.past) return false;
  return (
    mention.kind === 'full' || (mention.kind === 'month-day' && mention.resolvedBy === 'explicit')
  );
}

const EVIDENCE_NOTE: Record<Exclude<DatingEvidence, 'background'>, string> = {
  dateline: '',
  lead: '',
  repeated: ', stated more than once',
};

/** The date rule 2 of {@link chooseReferenceDate} takes, and the dates it had to ignore. */
function statedDate(
  dates: readonly DateMention[],
  asOf: IsoDate | null,
  units?: readonly UnitSpan[],
): { choice: StatedChoice | null; ignored: IgnoredDate[] } {
  const ignored: IgnoredDate[] = [];
  const usable: { mention: DateMention; date: IsoDate }[] = [];
  dates.forEach((mention, index) => {
    if (!isFullStatement(mention)) return;
    const date = parseIsoDate(mention.value, `dates[${index}].value`, {
      index,
      field: 'value',
    });
    if (Number(date.slice(0, 4)) < MIN_STATED_YEAR) {
      ignored.push({ mention, why: 'before-1900' });
    } else if (asOf !== null && daysBetween(asOf, date) > MAX_DAYS_AFTER_AS_OF) {
      ignored.push({ mention, why: 'after-as-of' });
    } else {
      usable.push({ mention, date });
    }
  });
  const context = {
    latestYear: latestStatedYear(dates),
    statedDays: countStatedDays(usable.map((entry) => entry.mention)),
    ...(units ? { units } : {}),
  };
  const judged = usable.map((entry) => ({
    ...entry,
    evidence: datingEvidence(entry.mention, entry.date, context),
  }));
  const present = judged.filter((entry) => !entry.mention.future);
  const datelines = present.filter((entry) => entry.evidence === 'dateline');
  const supported = present.filter((entry) => entry.evidence !== 'background');
  const best = datelines.length > 0 ? datelines : supported;
  for (const entry of present)
    if (entry.evidence === 'background')
      ignored.push({ mention: entry.mention, why: 'background' });
  if (best.length > 0) {
    const latest = pick(best, (a, b) => b.date.localeCompare(a.date));
    const note = EVIDENCE_NOTE[latest.evidence as Exclude<DatingEvidence, 'background'>];
    return {
      choice: {
        date: latest.date,
        reason: `stated in the text: “${latest.mention.text}” (sentence ${latest.mention.sentenceIndex + 1}${note}).`,
      },
      ignored,
    };
  }
  const upcoming = judged.filter((entry) => entry.mention.future && entry.evidence === 'dateline');
  if (upcoming.length > 0) {
    const earliest = pick(upcoming, (a, b) => a.date.localeCompare(b.date));
    return {
      choice: {
        date: earliest.date,
        reason: `stated in the text as upcoming: “${earliest.mention.text}” (sentence ${earliest.mention.sentenceIndex + 1}); the article was written no later than that.`,
      },
      ignored,
    };
  }
  return { choice: null, ignored };
}

/** The first entry by `order`, ties going to the mention written first. */
function pick<T extends { mention: DateMention }>(
  entries: readonly T[],
  order: (a: T, b: T) => number,
): T {
  const sorted = [...entries].sort(
    (a, b) =>
      order(a, b) ||
      a.mention.sentenceIndex - b.mention.sentenceIndex ||
      a.mention.start - b.mention.start,
  );
  return sorted[0] as T;
}

function ignoredNote(ignored: readonly IgnoredDate[], asOf: IsoDate | null): string {
  const parts = ignored.map(({ mention, why }) => {
    if (why === 'before-1900') return `“${mention.text}” (before ${MIN_STATED_YEAR})`;
    if (why === 'after-as-of')
      return `“${mention.text}” (more than ${MAX_DAYS_AFTER_AS_OF} days after asOf ${asOf})`;
    return `“${mention.text}” (sentence ${mention.sentenceIndex + 1}: a date in the body, not a dateline, stated once or before a later year: background, not the article's date)`;
  });
  return `Ignored stated date${parts.length === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

/**
 * For an article with no full date: its month-day dates ("on October 30") with the year that
 * puts each nearest the cluster's `anchor`, chosen like stated dates (latest that does not look
 * ahead, else earliest). Null when it has none.
 */
function monthDayWithClusterYear(
  dates: readonly DateMention[],
  anchor: IsoDate,
  asOf: IsoDate | null,
): IsoDate | null {
  const present: IsoDate[] = [];
  const ahead: IsoDate[] = [];
  for (const mention of dates) {
    if (mention.kind !== 'month-day' || mention.quoted || mention.past) continue;
    if (mention.month === undefined || mention.day === undefined) continue;
    const date = nearestMonthDay(anchor, mention.month, mention.day);
    if (date === null) continue;
    if (asOf !== null && daysBetween(asOf, date) > MAX_DAYS_AFTER_AS_OF) continue;
    (mention.future ? ahead : present).push(date);
  }
  if (present.length > 0) return [...present].sort().at(-1) as IsoDate;
  if (ahead.length > 0) return [...ahead].sort()[0] as IsoDate;
  return null;
}

function assertOptions(options: unknown, caller: string, validKeys: readonly string[]): void {
  readOptions(options, validKeys, 'options', caller);
}

function optionalDate(value: unknown, field: string): IsoDate | null {
  return value === undefined || value === null ? null : parseIsoDate(value, field);
}

/** Throws `INVALID_OPTION` unless `dates` is an array of date mentions (the fields this module reads). */
function assertMentions(dates: unknown, field: string): void {
  if (!Array.isArray(dates)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `${field} must be an array of date mentions from extractDates, but got ${describeType(dates)}.`,
      { field },
    );
  }
  dates.forEach((mention: unknown, index) => {
    const entry = mention as Partial<DateMention> | null;
    if (
      entry === null ||
      typeof entry !== 'object' ||
      typeof entry.kind !== 'string' ||
      typeof entry.text !== 'string' ||
      (entry.value !== null && typeof entry.value !== 'string') ||
      typeof entry.quoted !== 'boolean' ||
      typeof entry.past !== 'boolean' ||
      typeof entry.sentenceIndex !== 'number'
    ) {
      throw new CorroborateError(
        'INVALID_OPTION',
        `${field}[${index}] must be a date mention from extractDates ({ text, kind, value, quoted, past, sentenceIndex, … }), but got ${describeType(mention)} without those fields.`,
        { field, index },
      );
    }
  });
}
